"""Where ``parse_place`` spends its time on names not yet seen (not a test).

    python bench/profile_place.py              # cProfile, by own time
    python bench/profile_place.py --sample     # a sampling profiler, by line
    python bench/profile_place.py --set "ko script" --sample

The names are ``bench/bench_place_ab.py``'s sets (all of them unless ``--set`` names one),
each read once after the same warm-up. cProfile counts every call, so it inflates small
functions; the sampler (a CPU-time interval timer reading the running frame) does not,
and shows the lines, with their callers, where the time goes, including time spent in C
(attributed to the line that called it).
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import cProfile
import gc
import pstats
import signal
import sys
from types import FrameType

from bench_place_ab import name_sets  # bench/, beside this script

from citydiplo import parse_place


def _run(names: list[tuple[str, str | None]]) -> None:
    for text, lang in names:
        with contextlib.suppress(LookupError):
            parse_place(text, lang=lang)


def _sample(names: list[tuple[str, str | None]], rounds: int, top: int) -> None:
    own: collections.Counter[str] = collections.Counter()
    total: collections.Counter[str] = collections.Counter()
    samples = 0

    def where(frame: FrameType) -> str:
        code = frame.f_code
        return f"{code.co_filename.split('/src/')[-1]}:{frame.f_lineno} {code.co_name}"

    def tick(_signal: int, frame: FrameType | None) -> None:
        nonlocal samples
        samples += 1
        if frame is None:
            return
        own[where(frame)] += 1
        seen: set[str] = set()
        while frame is not None:
            code = frame.f_code
            label = f"{code.co_filename.split('/src/')[-1]}:{code.co_name}"
            if label not in seen:
                seen.add(label)
                total[label] += 1
            frame = frame.f_back

    signal.signal(signal.SIGPROF, tick)
    signal.setitimer(signal.ITIMER_PROF, 0.0002, 0.0002)
    for _ in range(rounds):
        _clear()
        _run(names)
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    print(f"{samples} samples; by line (own):")
    for label, n in own.most_common(top):
        print(f"{n / samples:6.1%}  {label}")
    print("by function (inclusive):")
    for label, n in total.most_common(top):
        print(f"{n / samples:6.1%}  {label}")


def _clear() -> None:
    """Forget the answers and candidates of names already read (their caches are keyed on
    the name), so that every round reads names not yet seen."""
    from citydiplo._geo import _parse, _places
    from citydiplo._normalize import match_key

    _parse._outcome.cache_clear()
    _places.candidates.cache_clear()
    match_key.cache_clear()
    gc.collect()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sample", action="store_true")
    parser.add_argument("--set", help="one set of bench_place_ab.py (default: all)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    sets = name_sets()
    _run(sets.pop("warm-up"))
    if args.set:
        names = sets[args.set]
    else:
        names = [n for label, s in sets.items() if label != "qualified" for n in s]
    if args.sample:
        _sample(names, args.rounds, args.top)
        return
    _clear()
    profile = cProfile.Profile()
    profile.enable()
    _run(names)
    profile.disable()
    pstats.Stats(profile, stream=sys.stdout).sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
