"""extract's throughput on this tree against another revision's, in the same sitting (not a
test).

Run: ``python bench/bench_extract_ab.py BASE_SRC [--rounds N] [--langs he,ru]
[--without-places]`` where
``BASE_SRC`` is the ``src`` directory of the other revision (``git archive 862d154 | tar
-x -C /tmp/base`` then ``/tmp/base/src``); ``--langs`` keeps the articles of those
languages. Two worker processes, one per tree, extract the same articles -- the two sets
of ``bench_extract_throughput.py``: "seeds" (~3 KB pieces of the seed texts) and "devsets"
(the development-set articles, all ten languages) -- after one warm-up pass, in
alternating rounds so that both share the machine's noise; each rate is CPU time, the best
of its rounds. It prints, per set and per language, the articles per second of both trees,
the articles of 3 KB per second, and their ratio. ``--without-places`` leaves out of each
rate the CPU time spent inside the place scan (``citydiplo._geo.find_places``, timed around
every call extraction makes to it): what the rest of extraction costs -- segmenting, the cue
scan, dates, people, rules, slots, records.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def _worker() -> None:
    """Answer set-name requests on stdin: CPU seconds per language for one pass."""
    sys.path.insert(0, str(HERE))
    import bench_extract_throughput as b

    from citydiplo import extract

    spent = [0.0]  # CPU seconds inside the place scan, with ``--without-places``
    if sys.argv[3:4] == ["without-places"]:
        _time_place_scan(spent)
    langs = set(sys.argv[2].split(",")) if len(sys.argv) > 2 and sys.argv[2] else None
    sets = {
        name: [(text, lang) for text, lang in arts if langs is None or lang in langs]
        for name, arts in (("seeds", b.articles()), ("devsets", b.devset_articles()))
    }
    for arts in sets.values():
        for text, lang in arts:
            extract(text, lang=lang)  # caches warmed before any timing
    for line in sys.stdin:
        arts = sets[line.strip()]
        by_lang: dict[str, list[str]] = defaultdict(list)
        for text, lang in arts:
            by_lang[lang].append(text)
        seconds: dict[str, float] = {}
        for lang, texts in sorted(by_lang.items()):
            spent[0] = 0.0
            start = time.process_time()
            for text in texts:
                extract(text, lang=lang)
            seconds[lang] = time.process_time() - start - spent[0]
        seconds["all"] = sum(seconds.values())
        counts = {lang: len(texts) for lang, texts in by_lang.items()}
        counts["all"] = len(arts)
        sizes = {
            lang: sum(len(t.encode("utf-8")) for t in texts) for lang, texts in by_lang.items()
        }
        sizes["all"] = sum(sizes.values())
        print(json.dumps({"seconds": seconds, "counts": counts, "sizes": sizes}), flush=True)


def _time_place_scan(spent: list[float]) -> None:
    """Add the CPU time of every call of ``citydiplo._geo.find_places`` to ``spent[0]``."""
    import citydiplo._geo._find as geo_find

    inner = geo_find.find_places

    def timed(*args: Any, **kwargs: Any) -> Any:
        t0 = time.process_time()
        try:
            return inner(*args, **kwargs)
        finally:
            spent[0] += time.process_time() - t0

    for mod in list(sys.modules.values()):  # every module that holds the function by name
        if getattr(mod, "__name__", "").startswith("citydiplo") and \
                getattr(mod, "find_places", None) is inner:
            mod.find_places = timed  # type: ignore[attr-defined]


def _start(src: str, langs: str, mode: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": src}
    return subprocess.Popen(
        [sys.executable, __file__, "--worker", langs, mode],
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
    parser = argparse.ArgumentParser()
    parser.add_argument("base_src")
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--langs", default="", help="only these languages (comma-separated)")
    parser.add_argument("--without-places", action="store_true",
                        help="leave out the CPU time spent in citydiplo._geo.find_places")
    args = parser.parse_args()
    this_src = str(HERE.parent / "src")
    mode = "without-places" if args.without_places else "all"
    workers = {side: _start(src, args.langs, mode)
               for side, src in (("base", args.base_src), ("this", this_src))}
    what = ", without the place scan" if args.without_places else ""
    print(f"this tree: {this_src}; base: {args.base_src}; CPU time{what}, "
          f"best of {args.rounds} rounds")
    for name in ("seeds", "devsets"):
        best: dict[str, dict[str, float]] = {"base": {}, "this": {}}
        got: dict[str, Any] = {}
        for r in range(args.rounds):
            for side in ("base", "this") if r % 2 == 0 else ("this", "base"):
                got = _ask(workers[side], name)
                for lang, sec in got["seconds"].items():
                    best[side][lang] = min(best[side].get(lang, float("inf")), sec)
        counts, sizes = got["counts"], got["sizes"]
        if not counts["all"]:
            continue  # no article of these languages in this set
        print(
            f"\n{name}: {'lang':5} {'n':>3} {'KB':>5} {'base art/s':>10} {'this art/s':>10} "
            f"{'base 3KB/s':>10} {'this 3KB/s':>10} {'speedup':>8}"
        )
        for lang in sorted(counts, key=lambda k: (k == "all", k)):
            b, t = best["base"][lang], best["this"][lang]
            print(
                f"{'':{len(name) + 1}} {lang:5} {counts[lang]:3} {sizes[lang] / 1000:5.1f} "
                f"{counts[lang] / b:10.1f} {counts[lang] / t:10.1f} "
                f"{sizes[lang] / 3000 / b:10.1f} {sizes[lang] / 3000 / t:10.1f} {b / t:7.2f}x"
            )
    for worker in workers.values():
        assert worker.stdin is not None
        worker.stdin.close()
        worker.wait()


if __name__ == "__main__":
    main()
