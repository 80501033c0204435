"""The places probe opening29 (bench/places_news_opening29.json): real headlines and
sentences that a one-word city opens, read by ``citydiplo._geo._opening``. Locks the right
readings as a floor and every reading against the hand annotation (no wrong answer, no
extra)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from citydiplo import find_places

ROOT = Path(__file__).resolve().parents[1]
CASES = json.loads((ROOT / "bench" / "places_news_opening29.json").read_text("utf-8"))["cases"]
TEXTS = ROOT / "bench" / "texts" / "places_opening29"

# the readings that must stay found: (passage, name as written, subdivision)
FLOOR = [
    ("en_1", "Busan", "KR-26"),  # "Busan and Miami have agreed ..."
    ("en_1", "Miami", "US-FL"),
    ("en_2", "Istanbul", "TR-34"),
    ("en_7", "Seoul", "KR-11"),
    ("ru_1", "Пермским краем", "RU-PER"),
    ("ru_1", "Мордовией", "RU-MO"),
    ("ru_2", "Минск", "BY-HM"),  # "Минск и Казань стали городами-побратимами"
    ("ru_2", "Казань", "RU-TA"),
    ("ru_3", "Казань", "RU-TA"),  # "Казань подписала соглашение ..."
    ("ru_3", "Тэджон", "KR-30"),
    ("ru_4", "Казань", "RU-TA"),  # "Казань стала побратимом с китайским городом"
]


def _found(case_id: str) -> list[tuple[str, str | None]]:
    case = next(c for c in CASES if c["id"] == case_id)
    text = (TEXTS / f"{case_id}.txt").read_text("utf-8")
    return [(m.text, m.place.subdivision) for m in find_places(text, lang=case["lang"])]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_every_reading_is_annotated_and_the_floor_holds(case: dict[str, Any]) -> None:
    found = _found(str(case["id"]))
    annotated = {m["span"]: m["subdivision"] for m in case["mentions"]}
    assert all(sub in (annotated.get(name) or ()) for name, sub in found), found
    floor = {(name, sub) for i, name, sub in FLOOR if i == case["id"]}
    assert floor <= set(found), found
