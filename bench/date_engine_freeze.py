"""Freeze what ``parse_date`` and ``find_dates`` answer, to check that a faster engine gives the
same answers (not a test; the tests read the file it writes).

Run: ``python bench/date_engine_freeze.py OUT.jsonl`` writes, for texts built from CLDR month
and weekday names (read through Babel), figures in Latin and native digits and separators in
all ten languages (a fixed seed: the same texts in every run), the answers of the tree on
``PYTHONPATH``: the value or the error's class and message of ``parse_date``, and the
``repr`` of every mention of ``find_dates``, with and without ``ref``.
``tests/data/date_engine_frozen.jsonl`` was written this way from commit 953ab96, before the
engine was made faster, and ``tests/test_text_dates_frozen.py`` checks the current tree
against it. A deliberate change of a rule that moves one of its answers rewrites the file
with this script, and the change of each answer is reviewed in its diff.

``--corpora`` adds every case of the corpora in ``bench/`` and ``tests/data/``; run it on two
trees and compare the files (``cmp``) to check that they answer alike everywhere.
Texts on which the tree fails with an error that is not a ``CitydiploError`` are left out
and listed on standard error.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from citydiplo import PartialDate, find_dates, parse_date
from citydiplo._errors import CitydiploError

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("en", "ko", "vi", "zh", "ja", "ru", "hi", "gu", "he", "fa")
PER_LANGUAGE = 220
REF = "2024-03-15"
# the native digits of the languages that write them (fold reads them as figures)
_DIGITS = {"fa": "۰۱۲۳۴۵۶۷۸۹", "hi": "०१२३४५६७८९", "gu": "૦૧૨૩૪૫૬૭૮૯"}
_SEPARATORS = (" ", "  ", ", ", "-", "/", ".", "~", " – ", "(", ")", "年", "月", "日")
_SEPARATORS += ("년 ", "월 ", "일", " năm ", " tháng ", " г.", " года", " में", "ના", "ב", "-ה")


def _names(lang: str) -> list[str]:
    from babel.dates import get_day_names, get_month_names

    names: list[str] = []
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            names += get_month_names(width, context, lang).values()
            names += get_day_names(width, context, lang).values()
    return sorted(set(names))


def _number(rnd: random.Random, lang: str) -> str:
    n = rnd.choice([rnd.randint(1, 31), rnd.randint(1, 12), rnd.randint(1800, 2199)])
    text = str(n if rnd.random() < 0.9 else rnd.randint(0, 9999))
    if lang in _DIGITS and rnd.random() < 0.4:
        text = text.translate(str.maketrans("0123456789", _DIGITS[lang]))
    return text


def generated() -> Iterator[tuple[str, str, str | None]]:
    """The generated texts: (text, lang, ref)."""
    rnd = random.Random(953)
    for lang in LANGUAGES:
        names = _names(lang)
        for _ in range(PER_LANGUAGE):
            parts = []
            for _ in range(rnd.randint(1, 6)):
                r = rnd.random()
                if r < 0.35:
                    parts.append(rnd.choice(names))
                elif r < 0.7:
                    parts.append(_number(rnd, lang))
                else:
                    parts.append(rnd.choice(_SEPARATORS))
            # most parts a space apart, some glued ("2024年", "Mar5")
            text = "".join(p + (" " if rnd.random() < 0.6 else "") for p in parts)
            if text.strip():
                yield text, lang, rnd.choice([None, REF])


def corpora() -> Iterator[tuple[str, str, str | None]]:
    """Every case of the date corpora."""
    paths = [ROOT / "tests/data/date_corpus.jsonl", ROOT / "tests/data/date_news_corpus.jsonl"]
    for path in [*paths, *sorted((ROOT / "bench").glob("date_*_cases.jsonl"))]:
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                yield case["text"], case["lang"], case["ref"]


def answers(text: str, lang: str, ref: str | None) -> dict[str, Any]:
    """What the tree answers for one text."""
    r = PartialDate(ref) if ref else None
    out: dict[str, Any] = {}
    try:
        value = parse_date(text, lang=lang, ref=r)
        out["parse"] = [type(value).__name__, str(value)]
    except CitydiploError as exc:
        out["parse"] = ["!" + type(exc).__name__, str(exc)]
    out["find"] = [repr(m) for m in find_dates(text, lang=lang, ref=r)]
    return out


def main() -> None:
    out = Path(sys.argv[1])
    sources = [generated(), corpora()] if "--corpora" in sys.argv else [generated()]
    seen: set[tuple[str, str, str | None]] = set()
    lines = []
    for source in sources:
        for case in source:
            if case in seen:
                continue
            seen.add(case)
            try:
                got = answers(*case)
            except Exception as exc:  # a crash is no answer to freeze
                print(f"left out {case!r}: {type(exc).__name__}: {exc}", file=sys.stderr)
                continue
            text, lang, ref = case
            lines.append(
                json.dumps({"text": text, "lang": lang, "ref": ref, **got}, ensure_ascii=False)
            )
    out.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"{len(lines)} texts written to {out}")


if __name__ == "__main__":
    main()
