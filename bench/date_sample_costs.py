"""Where ``parse_date`` spends its time, by sampling the running stack (not a test).

Run: ``python bench/date_sample_costs.py [corpus ...]`` (the names of ``bench_parse_date.py``;
default: outside, blind17a, blind18a, blind18b).

The cases of the corpora are parsed over and over for ``SECONDS`` while a second thread looks
at the main thread's stack every few hundred microseconds (``sys._current_frames``). Each
sample counts once for the function running (its own time, "self"; a C function such as a
regex search counts for the Python function that called it), once for every function on the
stack ("inclusive"), and once for the line of each pipeline function (``parse_date``,
``scan``, ``_atoms``, ``refine``) the sample passes through. Unlike a profiler, it adds no
cost to each call, so the shares of the many small steps are not inflated; unlike
``date_stage_costs.py``, it sees every function and the lines within one (the regex search
of ``_atoms`` is one line). Shares of samples, not times: compare them, run by run.
"""

from __future__ import annotations

import sys
import threading
import time
from collections import Counter
from pathlib import Path
from types import FrameType

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_parse_date as bench

SECONDS = 20.0
INTERVAL = 0.0003  # seconds between samples
_LINES = frozenset({"parse_date", "scan", "_atoms", "refine"})  # their lines are counted


def _name(frame: FrameType) -> str:
    return f"{Path(frame.f_code.co_filename).stem}.{frame.f_code.co_name}"


def main() -> None:
    names = sys.argv[1:] or ["outside", "blind17a", "blind18a", "blind18b"]
    cases = [c for name in names for c in bench.load(bench.CORPORA[name])]
    for case in cases:  # (grammars built, caches filled)
        bench.ours(case)
    main_thread = threading.get_ident()
    own: Counter[str] = Counter()
    inclusive: Counter[str] = Counter()
    lines: Counter[tuple[str, int | None]] = Counter()
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            time.sleep(INTERVAL)
            frame = sys._current_frames().get(main_thread)
            if frame is None:
                continue
            own[_name(frame)] += 1
            seen: set[str] = set()
            f: FrameType | None = frame
            while f is not None:
                name = _name(f)
                if name not in seen:
                    inclusive[name] += 1
                    seen.add(name)
                if f.f_code.co_name in _LINES:
                    lines[(name, f.f_lineno)] += 1
                f = f.f_back

    switch = sys.getswitchinterval()
    sys.setswitchinterval(INTERVAL / 2)  # (so that the sampler gets the lock often)
    sampler = threading.Thread(target=sample)
    sampler.start()
    start = time.monotonic()
    while time.monotonic() - start < SECONDS:
        for case in cases:
            bench.ours(case)
    done.set()
    sampler.join()
    sys.setswitchinterval(switch)
    total = sum(own.values()) or 1
    print(f"corpora: {', '.join(names)}; {len(cases)} cases; {total} samples")
    for title, counts in (("self", own), ("inclusive", inclusive)):
        print(f"\n{title}:")
        for name, n in counts.most_common(40):
            print(f"{n / total:6.1%}  {name}")
    print("\nlines of parse_date, scan, _atoms, refine (inclusive):")
    for (name, line), n in lines.most_common(30):
        print(f"{n / total:6.1%}  {name}:{line}")


if __name__ == "__main__":
    main()
