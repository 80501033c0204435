"""Hostile readings of extraction: a tie dated after the publication day is not made yet."""

from __future__ import annotations

import pytest

from citydiplo import extract


def _ties(text: str, lang: str, published: str) -> list[tuple[str, object, object]]:
    out: list[tuple[str, object, object]] = []
    for r in extract(text, lang=lang, published=published).records:
        if r.type == "agreement":
            out.append((r.type, r.planned, r.signed))
        elif r.type == "partnership":
            out.append((r.type, r.status, r.established))
    return sorted(out, key=str)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("横浜市は来週の金曜日に上海市と友好都市協定を締結する。", "ja"),
        ("上海市与横滨市下个星期五签署友好城市协议。", "zh"),
    ],
)
def test_a_tie_dated_after_publication_is_planned(text: str, lang: str) -> None:
    assert _ties(text, lang, "2025-06-12") == [
        ("agreement", True, None),
        ("partnership", "proposed", None),
    ]


def test_a_tie_dated_before_publication_stays_made() -> None:
    got = _ties("부산시와 후쿠오카시는 3일 자매결연 협정을 체결했다.", "ko", "2025-06-12")
    assert [(t, str(d)) for t, _, d in got] == [
        ("agreement", "2025-06-03"),
        ("partnership", "2025-06-03"),
    ]
    assert ("agreement", False) in [(t, p) for t, p, _ in got]


def test_a_month_holding_the_publication_day_decides_nothing() -> None:
    got = _ties("上海市与横滨市6月签署友好城市协议。", "zh", "2025-06-12")
    assert ("agreement", False) in [(t, p) for t, p, _ in got]


def test_a_visit_after_publication_keeps_its_date() -> None:
    x = extract("横浜市長は来週の金曜日に上海市を訪問する。", lang="ja", published="2025-06-12")
    events = [r for r in x.records if r.type == "event"]
    assert [(str(r.date), r.planned) for r in events] == [("2025-06-20", True)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Talks on a sister-city agreement between Busan and Fukuoka failed in 2023.", "en"),
        ("The sister-city agreement between Busan and Fukuoka fell through in 2023.", "en"),
        (
            "Переговоры о соглашении о побратимстве между Казанью и Стамбулом сорвались"
            " в 2023 году.",
            "ru",
        ),
        ("上海市与横滨市的友好城市协议谈判于2023年破裂。", "zh"),
        ("横浜市と上海市の友好都市協定は2023年に頓挫した。", "ja"),
        ("Thỏa thuận kết nghĩa giữa Đà Nẵng và Busan đã đổ vỡ vào năm 2023.", "vi"),
        ("लखनऊ और कानपुर के बीच सिस्टर सिटी समझौता 2023 में विफल रहा।", "hi"),
    ],
)
def test_a_tie_whose_talks_failed_is_no_record(text: str, lang: str) -> None:
    assert _ties(text, lang, "2025-06-12") == []


def test_a_signed_tie_stays() -> None:
    text = "Mayor Kim of Suwon signed a sister city agreement with Hue City in 2023."
    got = _ties(text, "en", "2025-06-12")
    assert [(t, str(d)) for t, _, d in got] == [("agreement", "2023"), ("partnership", "2023")]
