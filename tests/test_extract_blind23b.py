"""Extraction on the round-23 fa/hi/ru development set (bench/extract_devset23b): a date said
after "گفت:" dates no record told before it, a signing word in that speech borrows no sides
from the speaker's clause, "N روز گذشته" counts days and is no "yesterday", and Hindi "के
दौरान" (during) neither holds a visit word nor opens a second meeting."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from citydiplo import extract, find_dates

DEVSET = Path(__file__).resolve().parent.parent / "bench" / "extract_devset23b"


@cache
def _records(stem: str) -> tuple[Any, ...]:
    meta = json.loads((DEVSET / f"{stem}.json").read_text("utf-8"))
    text = (DEVSET / meta["text"]).read_text("utf-8")
    return tuple(extract(text, lang=meta["lang"], published=meta["published"]).records)


def _date(r: Any) -> str:
    return str(getattr(r, "signed", None) or getattr(r, "date", None))


def test_fa_speech_after_said_dates_no_memorandum_and_lends_no_sides() -> None:
    # "... با بیان اینکه ... گفت: دیروز سالروز امضاء تفاهمنامههای هستهای بین ایران و 1+5 بوده است"
    recs = _records("fa_tabnakesfahan_mazandaran_marche")
    agreements = [r for r in recs if r.type == "agreement"]
    assert [_date(r) for r in agreements] == ["2016-07-14"]
    assert "2016-07-13" not in {_date(r) for r in recs}


def test_fa_count_before_past_day_is_no_yesterday() -> None:
    # "هیأت ... که از دو روز گذشته به مازندران سفر کرده بودند": since two days ago
    text = "هیأت تجاری که از دو روز گذشته به مازندران سفر کرده بودند"
    assert find_dates(text, lang="fa", ref="2016-07-14") == []
    found = find_dates("روز گذشته هیأت وارد شد", lang="fa", ref="2016-07-14")
    assert [str(d.value) for d in found] == ["2016-07-13"]


def test_hi_during_the_meeting_is_no_new_visit() -> None:
    # "अपनी मुलाकात के दौरान चीनी राजदूत ने राज्यपाल से कहा कि ..."
    recs = _records("hi_livehindustan_bihar_china_ambassador")
    assert [r.type for r in recs] == ["event"]
    assert recs[0].kind.value == "meeting"


def test_fa_date_in_speech_after_colon_leaves_the_meeting_undated() -> None:
    t = "استاندار مازندران با استاندار مارکه دیدار کرد و گفت: دیروز روز خوبی بود."
    recs = extract(t, lang="fa", published="2016-07-14").records
    assert [(r.type, _date(r)) for r in recs] == [("event", "None")]


def test_ru_head_of_a_city_in_the_genitive_is_no_person() -> None:
    # "Глава Благовещенска" (bench/extract_devset22b): the head of Blagoveshchensk, unnamed
    x = extract("Глава Благовещенска встретился с делегацией города Хэйхэ.", lang="ru")
    assert not [a for a in x.dataset.actors if a.type == "person"]
    y = extract("Мэр Собянин встретился с делегацией города Минска.", lang="ru")
    assert [a.id for a in y.dataset.actors if a.type == "person"] == ["person-собянин"]
