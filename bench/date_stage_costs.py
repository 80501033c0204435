"""What each step of ``parse_date`` costs per case, without a profiler's overhead (not a test).

Run: ``python bench/date_stage_costs.py [corpus ...]`` (the names of ``bench_parse_date.py``;
default: outside, blind16a, blind16b).

One pass over the corpora records the arguments of every call of the functions that
``_parse``, ``_scan`` and ``_guards`` call by name (and of the scan's per-kind checks); then
each function is timed alone on its recorded calls (CPU time, best of ``ROUNDS``), and the
table lists µs per case and per call. A function's time includes the functions it calls, so
the rows overlap (``scan`` holds ``_atoms`` and ``refine``); ``parse_date`` is the whole.
A profiler adds about as much per call as many of these steps cost, so its shares mislead;
these do not. The steps that mutate what they are given would be timed on changed input: none
of the listed ones do on these corpora (they build new lists and dicts).
"""

from __future__ import annotations

import contextlib
import sys
import time
import types
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_parse_date as bench

from citydiplo._text import _guards, _parse, _scan

ROUNDS = 7
Call = tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]


def _record(calls: dict[str, list[Call]]) -> Callable[[], None]:
    """Wrap every pipeline function the three modules call by name, and the scan's checks;
    return what undoes it (the timing then calls the functions themselves, recording none)."""
    undo: list[tuple[Any, str, Any]] = []

    def wrap(f: Callable[..., Any], key: str) -> Callable[..., Any]:
        def recorded(*args: Any, **kwargs: Any) -> Any:
            calls[key].append((f, args, kwargs))
            return f(*args, **kwargs)

        return recorded

    for mod in (_parse, _scan, _guards):
        short = mod.__name__.rsplit(".", 1)[-1]
        for name, obj in list(vars(mod).items()):
            if (
                isinstance(obj, types.FunctionType)
                and obj.__module__.startswith("citydiplo._text")
                and name != "parse_date"
            ):
                undo.append((mod, name, obj))
                setattr(mod, name, wrap(obj, f"{short}.{name}"))
    checks = dict(_scan._CHECKS)
    for kind, check in checks.items():
        _scan._CHECKS[kind] = wrap(check, f"check[{kind}] {check.__name__}")

    def restore() -> None:
        for mod, name, obj in undo:
            setattr(mod, name, obj)
        _scan._CHECKS.update(checks)

    return restore


def main() -> None:
    names = sys.argv[1:] or ["outside", "blind16a", "blind16b"]
    cases = [c for name in names for c in bench.load(bench.CORPORA[name])]
    for case in cases:  # (grammars built, caches filled)
        bench.ours(case)
    whole = float("inf")
    for _ in range(ROUNDS):
        t = time.process_time()
        for case in cases:
            bench.ours(case)
        whole = min(whole, time.process_time() - t)
    calls: dict[str, list[Call]] = defaultdict(list)
    restore = _record(calls)
    for case in cases:
        bench.ours(case)
    restore()
    rows = []
    for key, recorded in calls.items():
        best = float("inf")
        for _ in range(ROUNDS):
            t = time.process_time()
            for f, args, kwargs in recorded:
                with contextlib.suppress(Exception):  # (an error is the step's answer)
                    f(*args, **kwargs)
            best = min(best, time.process_time() - t)
        rows.append((best, key, len(recorded)))
    n = len(cases)
    print(f"corpora: {', '.join(names)}; {n} cases; parse_date {whole / n * 1e6:.1f} µs/case")
    print(f"{'step':48} {'µs/case':>8} {'share':>6} {'calls/case':>10} {'µs/call':>8}")
    for best, key, count in sorted(rows, reverse=True)[:45]:
        print(
            f"{key:48} {best / n * 1e6:8.2f} {best / whole:6.1%} {count / n:10.2f} "
            f"{best / count * 1e6:8.2f}"
        )


if __name__ == "__main__":
    main()
