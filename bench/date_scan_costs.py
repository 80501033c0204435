"""Where the grammar's one pattern spends its time, position by position (not a test).

Run: ``python bench/date_scan_costs.py [corpus ...]`` (the names of ``bench_parse_date.py``;
default: outside, blind16a, blind16b).

``_scan._atoms`` searches each folded text with the language's one pattern: at every position
the outer lookahead admits (a figure, or the first characters of a word of the vocabulary) the
engine tries the alternatives in order until one matches. This tool times a ``match`` of the
pattern at every position of every text of the corpora (CPU time, best of ``ROUNDS``, minus
the cost of a call that does nothing), and sums the cost by what the position turned out to be:

- ``match``: a position where an alternative matched (a date, or a reading a check drops);
- ``tried``: a position where no alternative matched, grouped by the word that starts there
  ("the", "in", "2024"): the cost a token-first engine would save, since no date starts with
  such a token sequence, yet every alternative whose few-character guard it passes is tried;
- ``other``: every other position (rejected by the outer lookahead or the boundary check).

The sum over positions is close to what the search costs, since ``search`` tries the same
positions. Timings on a shared machine are noisy: compare shares, not absolute figures.
"""

from __future__ import annotations

import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_parse_date as bench

from citydiplo._text._fast import fast
from citydiplo._text._find import _languages
from citydiplo._text._lexicon import grammar
from citydiplo._text._numerals import fold

ROUNDS = 7
REPEAT = 20  # calls per timing (one call is too short for the clock)
_WORD = re.compile(r"\w+|\S")


def _cost(call: object, arg: tuple[str, int]) -> float:
    """The best CPU time of ``REPEAT`` calls, in microseconds per call."""
    best = float("inf")
    fn = call  # (a local name: the loop below is what is timed)
    for _ in range(ROUNDS):
        t = time.process_time()
        for _ in range(REPEAT):
            fn(*arg)  # type: ignore[operator]
        best = min(best, time.process_time() - t)
    return best / REPEAT * 1e6


def main() -> None:
    names = sys.argv[1:] or ["outside", "blind16a", "blind16b"]
    cases = [c for name in names for c in bench.load(bench.CORPORA[name])]
    nothing = re.compile("(?!)").match
    overhead = _cost(nothing, ("x" * 40, 3))  # (a call that does nothing)
    by_kind: dict[str, Counter[str]] = defaultdict(Counter)
    words: dict[str, Counter[str]] = defaultdict(Counter)
    texts: Counter[str] = Counter()
    for case in cases:
        g = grammar(_languages(case["text"], case["lang"]))
        folded = fold(case["text"])[0]
        match = fast(g).pattern.match
        lang = case["lang"]
        texts[lang] += 1
        for pos in range(len(folded)):
            cost = max(0.0, _cost(match, (folded, pos)) - overhead)
            m = match(folded, pos)
            if m is not None and fast(g).table.get(m.lastindex) is not None:  # type: ignore[arg-type]
                by_kind[lang]["match"] += cost
            elif cost > 0.3:  # (alternatives were entered: more than the guards' cost)
                by_kind[lang]["tried"] += cost
                word = _WORD.match(folded, pos)
                words[lang][re.sub(r"\d", "9", word.group()) if word else "?"] += cost
            else:
                by_kind[lang]["other"] += cost
    print(f"corpora: {', '.join(names)}; {len(cases)} texts; µs per text (best of {ROUNDS})")
    print(f"{'lang':5} {'total':>7} {'match':>7} {'tried':>7} {'other':>7}  costliest tried words")
    for lang in sorted(by_kind):
        n = texts[lang]
        k = by_kind[lang]
        total = sum(k.values())
        top = ", ".join(f"{w!r} {c / n:.1f}" for w, c in words[lang].most_common(6))
        print(
            f"{lang:5} {total / n:7.1f} {k['match'] / n:7.1f} {k['tried'] / n:7.1f} "
            f"{k['other'] / n:7.1f}  {top}"
        )
    every = Counter[str]()
    for k in by_kind.values():
        every.update(k)
    total = sum(every.values())
    print(
        f"all   {total / len(cases):7.1f} {every['match'] / len(cases):7.1f} "
        f"{every['tried'] / len(cases):7.1f} {every['other'] / len(cases):7.1f}  "
        f"(tried: {every['tried'] / total:.0%} of the pattern's time)"
    )


if __name__ == "__main__":
    main()
