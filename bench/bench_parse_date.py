"""Benchmark parse_date against dateparser on tests/data/date_corpus.jsonl (not a test).

Prints accuracy per language and throughput (parses per second) for both, and the ratio.
A case whose ``expected`` is null must raise (parse_date) or return None (dateparser).

    python bench/bench_parse_date.py
"""

from __future__ import annotations

import datetime
import json
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from citydiplo._datetext import parse_date
from citydiplo._errors import DateParseError
from citydiplo.dates import DateRange, PartialDate

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "date_corpus.jsonl"


def _ours(case: dict[str, Any]) -> str | None:
    ref = PartialDate(case["ref"]) if case["ref"] else None
    try:
        return str(parse_date(case["text"], lang=case["lang"], ref=ref))
    except DateParseError:
        return None


def _dateparser() -> Callable[[dict[str, Any]], str | None] | None:
    try:
        import dateparser
    except ImportError:
        return None

    def run(case: dict[str, Any]) -> str | None:
        settings: dict[str, Any] = {}
        if case["ref"]:
            settings["RELATIVE_BASE"] = datetime.datetime.fromisoformat(case["ref"])
        try:
            got = dateparser.parse(case["text"], languages=[case["lang"]], settings=settings)
        except Exception:
            return None
        if got is None:
            return None
        expected = case["expected"] or ""
        # dateparser always gives a day; compare at the precision we expect
        if expected and "/" not in expected and len(expected) == 4:
            return f"{got.year:04d}"
        if expected and "/" not in expected and len(expected) == 7 and int(expected[5:]) <= 12:
            return f"{got.year:04d}-{got.month:02d}"
        return got.date().isoformat()

    return run


def _score(
    parse: Callable[[dict[str, Any]], str | None], cases: list[dict[str, Any]]
) -> tuple[dict[str, tuple[int, int]], float]:
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for case in cases:
        tally[case["lang"]][1] += 1
        tally[case["lang"]][0] += parse(case) == case["expected"]
    rounds = max(1, 2000 // len(cases))
    started = time.perf_counter()
    for _ in range(rounds):
        for case in cases:
            parse(case)
    rate = rounds * len(cases) / (time.perf_counter() - started)
    return {lang: (ok, n) for lang, (ok, n) in tally.items()}, rate


def main() -> None:
    cases = [json.loads(line) for line in CORPUS.read_text("utf-8").splitlines() if line]
    for case in cases:  # validate the corpus itself
        if case["expected"]:
            text = case["expected"]
            DateRange(text) if "/" in text else PartialDate(text)
    ours, our_rate = _score(_ours, cases)
    other = _dateparser()
    theirs, their_rate = _score(other, cases) if other else ({}, 0.0)
    print(f"{len(cases)} cases from {CORPUS.name}")
    print(f"{'lang':<6}{'n':>4}{'parse_date':>12}{'dateparser':>12}")
    for lang in sorted(ours):
        ok, n = ours[lang]
        their = f"{100 * theirs[lang][0] / n:.1f}%" if lang in theirs else "-"
        print(f"{lang:<6}{n:>4}{100 * ok / n:>11.1f}%{their:>12}")
    total = sum(n for _, n in ours.values())
    print(f"{'all':<6}{total:>4}{100 * sum(ok for ok, _ in ours.values()) / total:>11.1f}%", end="")
    if theirs:
        print(f"{100 * sum(ok for ok, _ in theirs.values()) / total:>11.1f}%")
    else:
        print(f"{'(dateparser not installed)':>30}")
    print(f"throughput: parse_date {our_rate:,.0f}/s", end="")
    if their_rate:
        print(f", dateparser {their_rate:,.0f}/s, ratio {our_rate / their_rate:.1f}x")
    else:
        print()


if __name__ == "__main__":
    main()
