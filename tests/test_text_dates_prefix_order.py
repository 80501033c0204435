"""A prefix is taken off before a span's second day the same way in every process.

Hebrew writes a conjunction before a prefix ("5 וב-7 במרץ": the 5th and on the 7th of March).
The check for a span whose first day was not read took off whichever prefix the set of
prefixes gave first ("ב" or "וב"), so in some processes the conjunction was seen and the text
refused, and in others the 7th was returned alone (silently dropping the 5th). The shortest
prefix is now taken off, so the conjunction is always seen. Each text is parsed in processes
with different hash seeds (the order of a set of strings changes with the seed).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from citydiplo import DateParseError, parse_date

SCRIPT = """
import json, sys
from citydiplo import DateParseError, parse_date
out = []
for text in json.loads(sys.argv[1]):
    try:
        out.append(str(parse_date(text, lang="he")))
    except DateParseError:
        out.append(None)
print(json.dumps(out))
"""
# two days joined by "and" before a prefix: never the second day alone
LISTED = ["5 וב-7 במרץ 2020", "ב-5 וב-7 במרץ 2020", "12 וה-14 ביוני 2019", "ב-3 ומ-5 במאי 2021"]
# read as before in every process: a span, a day after a prefix, a day alone
READ = {
    "5-7 במרץ 2020": "2020-03-05/2020-03-07",
    "ב-7 במרץ 2020": "2020-03-07",
    "ה-14 ביוני 2019": "2019-06-14",
}


def _in_process(seed: int, texts: list[str]) -> list[str | None]:
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, json.dumps(texts)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    result: list[str | None] = json.loads(done.stdout)
    return result


def test_a_day_after_a_conjunction_and_a_prefix_is_never_read_alone_in_any_process() -> None:
    texts = LISTED + list(READ)
    expected = [None] * len(LISTED) + list(READ.values())
    for seed in range(6):
        assert _in_process(seed, texts) == expected, seed


@pytest.mark.parametrize("text", LISTED)
def test_listed_days_are_refused(text: str) -> None:
    with pytest.raises(DateParseError):
        parse_date(text, lang="he")


@pytest.mark.parametrize(("text", "value"), sorted(READ.items()))
def test_spans_and_prefixed_days_are_read(text: str, value: str) -> None:
    assert str(parse_date(text, lang="he")) == value
