"""parse_date's throughput on this tree against another revision's, in the same sitting (not a
test).

Run: ``python bench/bench_date_ab.py BASE_SRC [corpus ...]`` where ``BASE_SRC`` is the ``src``
directory of the other revision (``git archive a0d06ad | tar -x -C /tmp/base`` then
``/tmp/base/src``). Two worker processes, one per tree, parse the same cases of each corpus of
``bench_parse_date.py`` (after one warm-up pass that loads every language), in alternating
rounds so that both share the machine's noise; each rate is CPU time, the best of its rounds.
It prints, per corpus and per language, the parses per second of both trees and their ratio.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROUNDS = 7  # alternating rounds per corpus
REPEAT = 3  # passes over the cases per round


def _worker() -> None:
    """Answer "corpus" requests on stdin: CPU seconds per language for REPEAT passes."""
    sys.path.insert(0, str(HERE))
    import bench_parse_date as b

    loaded: dict[str, list[dict[str, Any]]] = {}
    for line in sys.stdin:
        name = line.strip()
        if name not in loaded:
            loaded[name] = b.load(b.CORPORA[name])
            for case in loaded[name]:
                b.ours(case)  # lazy loading of each language, before any timing
        by_lang: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for case in loaded[name]:
            by_lang[case["lang"]].append(case)
        seconds: dict[str, float] = {}
        start_all = time.process_time()
        for lang, cases in sorted(by_lang.items()):
            start = time.process_time()
            for _ in range(REPEAT):
                for case in cases:
                    b.ours(case)
            seconds[lang] = time.process_time() - start
        seconds["all"] = time.process_time() - start_all
        counts = {lang: len(cases) * REPEAT for lang, cases in by_lang.items()}
        counts["all"] = len(loaded[name]) * REPEAT
        print(json.dumps({"seconds": seconds, "counts": counts}), flush=True)


def _start(src: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": src}
    return subprocess.Popen(
        [sys.executable, __file__, "--worker"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )


def _ask(worker: subprocess.Popen[str], name: str) -> dict[str, Any]:
    assert worker.stdin is not None and worker.stdout is not None
    worker.stdin.write(name + "\n")
    worker.stdin.flush()
    answer: dict[str, Any] = json.loads(worker.stdout.readline())
    return answer


def main() -> None:
    if sys.argv[1:2] == ["--worker"]:
        _worker()
        return
    sys.path.insert(0, str(HERE))
    import bench_parse_date as b

    base_src = sys.argv[1]
    chosen = sys.argv[2:] or list(b.CORPORA)
    this_src = str(HERE.parent / "src")
    workers = {"base": _start(base_src), "this": _start(this_src)}
    print(f"this tree: {this_src}; base: {base_src}; CPU time, best of {ROUNDS} rounds")
    for name in chosen:
        best: dict[str, dict[str, float]] = {"base": {}, "this": {}}
        counts: dict[str, int] = {}
        for r in range(ROUNDS):
            order = ("base", "this") if r % 2 == 0 else ("this", "base")
            for side in order:
                got = _ask(workers[side], name)
                counts = got["counts"]
                for lang, sec in got["seconds"].items():
                    best[side][lang] = min(best[side].get(lang, float("inf")), sec)
        print(f"\n{name}: {'lang':5} {'base/s':>9} {'this/s':>9} {'speedup':>8}")
        for lang in sorted(counts, key=lambda k: (k == "all", k)):
            base_rate = counts[lang] / best["base"][lang]
            this_rate = counts[lang] / best["this"][lang]
            print(
                f"{'':{len(name) + 1}} {lang:5} {base_rate:9,.0f} {this_rate:9,.0f} "
                f"{this_rate / base_rate:7.2f}x"
            )
    for worker in workers.values():
        assert worker.stdin is not None
        worker.stdin.close()
        worker.wait()


if __name__ == "__main__":
    main()
