"""Benchmark parse_date against dateparser on the annotated corpus (not a test).

Run: ``python bench/bench_parse_date.py`` (``pip install dateparser`` to include the baseline).

Each case of ``tests/data/date_corpus.jsonl`` has a text, its language, a reference date or
null and the expected EDTF value (null: must raise). parse_date is right when it returns the
expected value, or raises DateParseError where null is expected. dateparser gives a datetime
and no precision, so it is scored leniently: right when its date falls within the expected
value's bounds (for a range: equals its start), or when it returns None where null is expected.
"""

from __future__ import annotations

import datetime
import json
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from citydiplo import DateParseError, PartialDate, parse_date, parse_edtf
from citydiplo.dates import DateRange

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "date_corpus.jsonl"
ROUNDS = 20


def load() -> list[dict[str, Any]]:
    return [json.loads(line) for line in CORPUS.read_text("utf-8").splitlines() if line.strip()]


def ours(case: dict[str, Any]) -> str | None:
    ref = PartialDate(case["ref"]) if case["ref"] else None
    try:
        return str(parse_date(case["text"], lang=case["lang"], ref=ref))
    except DateParseError:
        return None


def theirs(parse: Any, case: dict[str, Any]) -> datetime.datetime | None:
    settings: dict[str, Any] = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
    if case["ref"]:
        settings["RELATIVE_BASE"] = datetime.datetime.fromisoformat(case["ref"])
    else:
        settings["RELATIVE_BASE"] = datetime.datetime(2000, 1, 1)  # never the clock
    try:
        result: datetime.datetime | None = parse(
            case["text"], languages=[case["lang"]], settings=settings
        )
        return result
    except Exception:  # dateparser raises assorted errors on odd input
        return None


def their_score(case: dict[str, Any], got: datetime.datetime | None) -> bool:
    if case["expected"] is None:
        return got is None
    if got is None:
        return False
    value = parse_edtf(case["expected"])
    day = got.date()
    if isinstance(value, DateRange):
        return day == value.earliest()
    return value.earliest() <= day <= value.latest()


def throughput(fn: Any, cases: list[dict[str, Any]], rounds: int) -> float:
    # CPU time of this process: the machine may be shared, and other processes' load
    # should not count against either parser
    start = time.process_time()
    for _ in range(rounds):
        for case in cases:
            fn(case)
    return rounds * len(cases) / (time.process_time() - start)


def main() -> None:
    cases = load()
    per_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    misses = []
    for case in cases:
        got = ours(case)
        ok = got == case["expected"]
        per_lang[case["lang"]][0] += ok
        per_lang[case["lang"]][1] += 1
        if not ok:
            misses.append((case["lang"], case["text"], case["expected"], got))
    try:
        import dateparser
    except ImportError:
        dateparser = None
    if dateparser is not None:
        for case in cases:
            per_lang[case["lang"]][2] += their_score(case, theirs(dateparser.parse, case))
    print(f"{len(cases)} cases")
    print(f"{'lang':5} {'n':>4} {'parse_date':>11} {'dateparser':>11}")
    total = [0, 0, 0]
    for lang in sorted(per_lang):
        right, n, their = per_lang[lang]
        total = [total[0] + right, total[1] + n, total[2] + their]
        theirs_text = f"{their / n:11.1%}" if dateparser else "          -"
        print(f"{lang:5} {n:4d} {right / n:11.1%} {theirs_text}")
    theirs_total = f"{total[2] / total[1]:11.1%}" if dateparser else "          -"
    print(f"{'all':5} {total[1]:4d} {total[0] / total[1]:11.1%} {theirs_total}")
    # Both parsers see the same cases, in alternating rounds so they share the machine's
    # noise; each rate is the best of its rounds.
    ours_rates, their_rates = [], []
    for _ in range(3):
        ours_rates.append(throughput(ours, cases, ROUNDS))
        if dateparser is not None:
            their_rates.append(throughput(lambda c: theirs(dateparser.parse, c), cases, 1))
    ours_rate = max(ours_rates)
    print(f"parse_date: {ours_rate:,.0f} parses/s")
    if dateparser is not None:
        their_rate = max(their_rates)
        print(f"dateparser: {their_rate:,.0f} parses/s")
        print(f"throughput ratio parse_date / dateparser: {ours_rate / their_rate:.1f}x")
    else:
        print("dateparser not installed: pip install dateparser for the baseline")
    for lang, text, expected, got in misses:
        print(f"  miss [{lang}] {text!r}: expected {expected}, got {got}")


if __name__ == "__main__":
    main()
