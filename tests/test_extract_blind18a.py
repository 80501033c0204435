"""Extraction cases of the 18a development set's families (en, ko, vi, zh, ja).

Each case is written from the text: the records a reader takes from it.
"""

from __future__ import annotations

from citydiplo import extract
from citydiplo._extract._segment import sentences


def _events(text: str, lang: str, published: str | None = None) -> list[tuple[str, str]]:
    x = extract(text, lang=lang, published=published)
    return [(r.kind.value, str(r.date)) for r in x.records if r.type == "event"]


# -- a sentence mark written onto the next sentence ends a sentence ----------------------


def test_glued_full_stop_ends_a_sentence_en() -> None:
    t = "The mayor welcomed the delegation from Japan.He said that the two cities signed a pact."
    assert [t[s:e] for s, e, _ in sentences(t, "en")] == [
        "The mayor welcomed the delegation from Japan.",
        "He said that the two cities signed a pact.",
    ]


def test_glued_full_stop_ends_a_sentence_vi() -> None:
    t = "Đoàn đã đến thăm tỉnh Tuyên Quang.Chủ tịch UBND tỉnh tiếp đoàn."
    assert [t[s:e] for s, e, _ in sentences(t, "vi")] == [
        "Đoàn đã đến thăm tỉnh Tuyên Quang.",
        "Chủ tịch UBND tỉnh tiếp đoàn.",
    ]


def test_glued_mark_keeps_abbreviations_and_numbers() -> None:
    # new negative: passes before and after
    t = "The U.S. team of 3.5 Ph.D. students came to Busan."
    assert [t[s:e] for s, e, _ in sentences(t, "en")] == [t]


# -- a sentence stating its own (unread) time borrows no earlier date --------------------


def test_unread_own_time_takes_no_linked_date_en() -> None:
    t = ("In 2009, Dalian signed an agreement with Ota. In May of this year, during the visit "
         "of the delegation, Dalian and Ota agreed to cooperate.")
    assert all(d == "None" for _, d in _events(t, "en"))


def test_unread_yesterday_takes_no_linked_date_en() -> None:
    t = ("Suwon and Hue became sister cities in 2010. Yesterday, during the visit of the "
         "delegation, the mayor of Hue met the mayor of Suwon.")
    assert all(d == "None" for _, d in _events(t, "en"))
