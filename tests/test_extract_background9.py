"""A city's list of the partners it already has is no news of new ties
(``_extract/_background.py``, ``_extract/data/background.json``).

Short articles written for these tests. Each positive recalls, with a background word or a
phrase of a tie already held, three or more partners with no date: on the code before the
rule each gave a partnership per partner. Each negative is a near miss that keeps its ties.
"""

from __future__ import annotations

import pytest

from citydiplo import extract


def _ties(text: str, lang: str) -> list[list[str]]:
    """The ties read besides the news sentence's own (its friendship agreement founds the
    tie of its two cities, see ``_extract/_founded_ties.py``)."""
    return sorted(sorted(r.actors) for r in extract(text, lang=lang).records
                  if r.type == "partnership" and sorted(r.actors) not in NEWS_TIES)


NEWS = {
    "en": "Suwon and Hue signed a friendship agreement on 5 May 2024. ",
    "zh": "2024年5月5日，苏州市与顺化市签署友好协议。",
}
NEWS_TIES = [["city-hue", "city-suwon"], ["city-hue", "city-suzhou"]]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", NEWS["en"] + "Meanwhile, Suwon has sister cities in Hanoi, Kobe and Lyon."),
    ("en", NEWS["en"] + "The city also has sister cities in Hanoi, Kobe and Lyon."),
    ("zh", NEWS["zh"] + "目前，苏州市已与河内市、神户市、里昂市结为友好城市。"),
])
def test_background_list_gives_no_partnership(lang: str, text: str) -> None:
    assert _ties(text, lang) == []


def test_background_list_keeps_the_news_of_the_article() -> None:
    text = NEWS["en"] + "Meanwhile, Suwon has sister cities in Hanoi, Kobe and Lyon."
    assert [r.type for r in extract(text, lang="en").records] == ["agreement", "partnership"]


def test_background_list_is_listed_as_skipped() -> None:
    text = NEWS["en"] + "Meanwhile, Suwon has sister cities in Hanoi, Kobe and Lyon."
    reasons = [s.reason for s in extract(text, lang="en").skipped]
    assert "a city's list of the partners it already has" in reasons


# --- negatives ------------------------------------------------------------------------


def test_list_without_a_background_word_stays() -> None:
    text = NEWS["en"] + "In June, Suwon became a sister city of Hanoi, Kobe and Lyon."
    assert len(_ties(text, "en")) == 3


def test_dated_list_after_a_background_word_stays() -> None:
    text = NEWS["en"] + ("Meanwhile, Suwon signed sister city agreements with Hanoi, Kobe "
                         "and Lyon on 7 May 2024.")
    assert len(_ties(text, "en")) == 3


def test_one_partner_after_a_background_word_stays() -> None:
    text = "Meanwhile, Suwon and Hanoi are sister cities."
    assert _ties(text, "en") == [["city-hanoi", "city-suwon"]]


def test_background_word_inside_a_sentence_does_not_open_it() -> None:
    # "meanwhile" that does not open the sentence recalls nothing
    text = NEWS["en"] + "Suwon meanwhile became a sister city of Hanoi, Kobe and Lyon in 2024."
    assert len(_ties(text, "en")) == 3
