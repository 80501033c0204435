"""Families of false candidates found by the round-14 development set (bench/extract_devset14).

Each case is written from the meaning of the sentence, not from what the code returns.
"""

from __future__ import annotations

import pytest

from citydiplo import extract


def _types(text: str, lang: str) -> list[str]:
    return sorted(r.type for r in extract(text, lang=lang).records)


def _partners(text: str, lang: str) -> list[list[str]]:
    return [sorted(r.parties) for r in extract(text, lang=lang).dataset.partnerships]


# -- relations in general between sides told only as "the two sides" found no tie ----------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Đoàn đại biểu Hà Nội thăm Viêng Chăn. "
            "Hai bên nhất trí thúc đẩy quan hệ hữu nghị, hợp tác.",
            "vi",
        ),
        ("青岛市代表团访问群山市。双方就两市的友好关系进行了座谈。", "zh"),
    ],
)
def test_talk_of_relations_between_the_two_sides_is_no_tie(text: str, lang: str) -> None:
    assert _partners(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Đoàn đại biểu Hà Nội thăm Viêng Chăn. Hai bên nhất trí thiết lập quan hệ hữu nghị.",
            "vi",
        ),
        (
            "Quan hệ hợp tác hữu nghị giữa huyện Mèo Vạc và huyện Phù Ninh ngày càng được củng cố.",
            "vi",
        ),
    ],
)
def test_a_founded_or_named_relation_stays_a_tie(text: str, lang: str) -> None:
    assert len(_partners(text, lang)) == 1


# -- "many times" is a practice, not an occurrence ---------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("台南市長や議員の皆さんが何度も京都を訪問され、交流を深めてきました。", "ja"),
        ("Делегация Казани неоднократно посещала Иркутск.", "ru"),
        ("The mayor of Tainan has visited Kyoto many times.", "en"),
    ],
)
def test_repeated_visits_are_no_event(text: str, lang: str) -> None:
    assert "event" not in _types(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("台南市長が京都を訪問しました。", "ja"),
        ("The mayor of Tainan visited Kyoto.", "en"),
    ],
)
def test_a_single_visit_is_an_event(text: str, lang: str) -> None:
    assert "event" in _types(text, lang)


# -- places that only say where a hub lies are no sides ----------------------------------


def test_places_linked_by_a_hub_are_no_parties() -> None:
    t = (
        "옌타이와 칭다오를 잇는 교통의 요지인 웨이하이시는 군산시와 지난 2014년 10월 국제 "
        "우호도시 관계를 체결했다."
    )
    ties = _partners(t, "ko")
    assert all("city-yantai" not in p and "city-qingdao" not in p for p in ties), ties


def test_a_relation_word_in_a_quoted_programme_title_is_no_tie() -> None:
    t = (
        "Today Gujarat Chief Minister Bhupendra Patel participated in the ‘Gujarat Shizuoka "
        "Partnership Day’ program organized at Mahatma Mandir in Gandhinagar. The event was "
        "organised in the presence of Governor of Shizuoka Prefecture of Japan Mr. Suzuki "
        "Yasutomo, members of the delegation, state ministers and dignitaries."
    )
    assert _partners(t, "en") == []


def test_a_relation_word_outside_quotes_with_both_sides_named_stays() -> None:
    t = "Mandaue City and Mosul City established a partnership in 2011."
    assert len(_partners(t, "en")) == 1
