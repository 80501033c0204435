"""The date engine answers as it did before it was made faster.

``data/date_engine_frozen.jsonl`` holds texts built from CLDR month and weekday names (read
through Babel), figures in Latin and native digits and separators, about 220 per language,
with the answers of commit 953ab96 (written by ``bench/date_engine_freeze.py``, which says
how to rewrite the file when a rule is changed on purpose): ``parse_date``'s value, or its
error's class and message, and the ``repr`` of every mention ``find_dates`` gives, with and
without ``ref``. Changes of speed must leave every one of them as it is.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from citydiplo import CitydiploError, PartialDate, find_dates, parse_date

DATA = Path(__file__).parent / "data" / "date_engine_frozen.jsonl"
LANGUAGES = ("en", "ko", "vi", "zh", "ja", "ru", "hi", "gu", "he", "fa")


def _cases() -> dict[str, list[dict[str, Any]]]:
    by_lang: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for line in DATA.read_text("utf-8").splitlines():
        if line.strip():
            case = json.loads(line)
            by_lang[case["lang"]].append(case)
    return by_lang


CASES = _cases()


def _parse(text: str, lang: str, ref: PartialDate | None) -> list[str]:
    try:
        value = parse_date(text, lang=lang, ref=ref)
    except CitydiploError as exc:
        return ["!" + type(exc).__name__, str(exc)]
    return [type(value).__name__, str(value)]


def test_the_frozen_texts_cover_every_language_and_both_outcomes() -> None:
    assert sorted(CASES) == sorted(LANGUAGES)
    for lang in LANGUAGES:
        cases = CASES[lang]
        assert len(cases) >= 200, lang
        # dates read, texts refused, mentions found and texts with none: all represented
        assert any(not c["parse"][0].startswith("!") for c in cases), lang
        assert any(c["parse"][0].startswith("!") for c in cases), lang
        assert any(c["find"] for c in cases) and any(not c["find"] for c in cases), lang


@pytest.mark.parametrize("lang", LANGUAGES)
def test_parse_date_and_find_dates_answer_as_before(lang: str) -> None:
    wrong = []
    for case in CASES[lang]:
        ref = PartialDate(case["ref"]) if case["ref"] else None
        got = {
            "parse": _parse(case["text"], lang, ref),
            "find": [repr(m) for m in find_dates(case["text"], lang=lang, ref=ref)],
        }
        if got != {"parse": case["parse"], "find": case["find"]}:
            wrong.append((case["text"], case["ref"], got))
    assert not wrong, wrong[:5]


def test_the_check_fails_on_a_changed_answer() -> None:
    case = next(c for c in CASES["en"] if not c["parse"][0].startswith("!"))
    ref = PartialDate(case["ref"]) if case["ref"] else None
    assert _parse(case["text"], "en", ref) == case["parse"]
    assert _parse(case["text"] + " 1999 2001", "en", ref) != case["parse"]
