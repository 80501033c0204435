"""Where ``extract`` spends its time, on the articles of ``bench_extract_throughput.py``.

    python bench/profile_extract.py [--sample] [--set seeds|devsets|all] [--passes 3] [--top 40]

Without ``--sample``: cProfile, sorted by cumulative time (exact call counts, but the
profiler's cost per call inflates code made of many small calls). With ``--sample``: a
sampling profiler -- a thread looks at the main thread's stack every millisecond and counts,
for each function, the share of samples it is on the stack (inclusive) and on top
(exclusive); it barely slows the code it watches. Caches are warmed by one pass first.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from types import FrameType

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_extract_throughput as b

from citydiplo import extract


def _where(frame: FrameType) -> str:
    code = frame.f_code
    parts = Path(code.co_filename).parts
    return f"{'/'.join(parts[-2:])}:{code.co_firstlineno}({code.co_name})"


def sample(run: object, interval: float = 0.001) -> tuple[Counter[str], Counter[str], int]:
    main = threading.main_thread().ident
    inclusive: Counter[str] = Counter()
    exclusive: Counter[str] = Counter()
    count = 0
    done = threading.Event()

    def watch() -> None:
        nonlocal count
        while not done.is_set():
            time.sleep(interval)
            frame = sys._current_frames().get(main)  # type: ignore[arg-type]
            if frame is None:
                continue
            count += 1
            exclusive[_where(frame)] += 1
            seen = set()
            while frame is not None:
                where = _where(frame)
                if where not in seen:
                    seen.add(where)
                    inclusive[where] += 1
                frame = frame.f_back

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        run()  # type: ignore[operator]
    finally:
        done.set()
        watcher.join()
    return inclusive, exclusive, count


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sample", action="store_true")
    parser.add_argument("--set", choices=("seeds", "devsets", "all"), default="all")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args(argv)
    arts = {"seeds": b.articles, "devsets": b.devset_articles, "all": b.all_articles}[args.set]()
    for text, lang in arts:
        extract(text, lang=lang)

    def run() -> None:
        for _ in range(args.passes):
            for text, lang in arts:
                extract(text, lang=lang)

    if not args.sample:
        profile = cProfile.Profile()
        profile.runcall(run)
        pstats.Stats(profile).sort_stats("cumulative").print_stats(args.top)
        return
    inclusive, exclusive, count = sample(run)
    print(f"{count} samples; share of samples with the function on the stack / on top")
    for where, n in inclusive.most_common(args.top):
        print(f"{n / count:6.1%} {exclusive[where] / count:6.1%}  {where}")
    print("\non top:")
    for where, n in exclusive.most_common(args.top // 2):
        print(f"{n / count:6.1%}  {where}")


if __name__ == "__main__":
    main(sys.argv[1:])
