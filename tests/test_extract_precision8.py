"""Literal cases for the families of false candidates cut on heldout8 and the earlier sets:
each rule has sentences it changes and near misses it leaves alone."""

from __future__ import annotations

from typing import Any

from citydiplo import extract
from citydiplo._extract._yearless import YEARLESS


def _when(r: Any) -> str | None:
    d = getattr(r, "date", None) or getattr(r, "signed", None) or getattr(r, "established", None)
    return None if d is None else str(d)


def _found(text: str, lang: str, published: str | None = None
           ) -> list[tuple[str, str, tuple[str, ...], str | None]]:
    x = extract(text, lang=lang, published=published)
    return [(r.type, str(r.kind), tuple(sorted(r.actors)), _when(r)) for r in x.records]


# A day given without its year dates no record (``_yearless``).

GOSEONG = "고성군이 경기 안산시와 9월 20일 고성군청에서 자매결연 협약을 체결했다."
HANOI = "Sáng 26-5, Chủ tịch UBND TP Hà Nội tiếp Thị trưởng thành phố Seoul."
SUWON = "On June 12, Mayor Kim of Suwon visited Hue City."


def test_a_day_without_a_year_leaves_the_record_undated() -> None:
    assert _found(GOSEONG, "ko") == [
        ("partnership", "sister", ("city-ansansi", "city-kosong"), None),
        ("agreement", "sister_city", ("city-ansansi", "city-kosong"), None)]
    assert _found(HANOI, "vi") == [("event", "meeting", ("city-hanoi", "city-seoul"), None)]
    assert _found(SUWON, "en") == [
        ("event", "visit", ("city-hue", "city-suwon", "person-kim"), None)]


def test_the_evidence_says_why_and_the_date_stays_a_mention() -> None:
    x = extract(HANOI, lang="vi")
    assert [x.evidence[r.id].date_rule for r in x.records] == [YEARLESS]
    assert [m.text for m in x.mentions if m.kind == "date"] == ["Sáng 26-5"]


def test_with_a_publication_date_or_a_year_the_day_dates_the_record() -> None:
    assert _found(GOSEONG, "ko", "2023-09-21") == [
        ("partnership", "sister", ("city-ansansi", "city-kosong"), "2023-09-20"),
        ("agreement", "sister_city", ("city-ansansi", "city-kosong"), "2023-09-20")]
    assert _found(HANOI, "vi", "2017-05-27") == [
        ("event", "meeting", ("city-hanoi", "city-seoul"), "2017-05-26")]
    assert _found("On June 12, 2024, Mayor Kim of Suwon visited Hue City.", "en") == [
        ("event", "visit", ("city-hue", "city-suwon", "person-kim"), "2024-06-12")]
