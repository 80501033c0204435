"""Throughput of ``citydiplo.extract`` on ~3 KB articles, against ``find_dates`` alone.

    python bench/bench_extract_throughput.py [--rounds 3]

Two sets of articles, timed apart. "seeds" (the figure of earlier rounds): the five seed
texts cut at line breaks into pieces of about 3 KB (UTF-8), in their five languages (gu, he,
hi, en, fa). "devsets": every article of ``bench/extract_devset*/`` whole (0.7-2 KB each, all
ten languages, the scripts the seeds lack: ko, zh, ja, vi, ru); its rate is also given per
3 KB of text. Each round runs ``find_dates`` over every article (the baseline: the cheapest
pass extraction makes) and then ``extract`` over the same articles, alternating so that both
see the same machine state. Caches are warmed once first (cue files, CLDR names, pysbd), as
a long run would have them. Target: at least 100 articles of ~3 KB per second on one core.
``bench_extract_ab.py`` times two trees against each other in the same sitting.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from pathlib import Path

from citydiplo import extract, find_dates

ROOT = Path(__file__).resolve().parent.parent
LANGS = {"000": "gu", "001": "he", "002": "hi", "003": "en", "004": "fa"}


def articles(size: int = 3000) -> list[tuple[str, str]]:
    out = []
    for path in sorted((ROOT / "seeds").glob("[0-9]*.txt")):
        lang = LANGS[path.name[:3]]
        piece: list[str] = []
        for line in path.read_text("utf-8").splitlines(keepends=True):
            piece.append(line)
            if len("".join(piece).encode("utf-8")) >= size:
                out.append(("".join(piece), lang))
                piece = []
        if piece and len("".join(piece).encode("utf-8")) >= size // 2:
            out.append(("".join(piece), lang))
    return out


def devset_articles() -> list[tuple[str, str]]:
    out = []
    for meta_path in sorted(ROOT.glob("bench/extract_devset*/*.json")):
        meta = json.loads(meta_path.read_text("utf-8"))
        out.append(((meta_path.parent / meta["text"]).read_text("utf-8"), meta["lang"]))
    return out


def all_articles() -> list[tuple[str, str]]:
    """The seed pieces, then the development-set articles."""
    return [*articles(), *devset_articles()]


def timings(arts: list[tuple[str, str]], rounds: int) -> tuple[float, float]:
    """The best seconds of ``rounds`` passes of find_dates, then of extract, over ``arts``."""
    base, full = [], []
    gc.collect()
    for _ in range(rounds):
        t0 = time.perf_counter()
        for text, lang in arts:
            find_dates(text, lang=lang)
        t1 = time.perf_counter()
        for text, lang in arts:
            extract(text, lang=lang)
        t2 = time.perf_counter()
        base.append(t1 - t0)
        full.append(t2 - t1)
    return min(base), min(full)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    rounds = parser.parse_args(argv).rounds
    for name, arts in (("seeds", articles()), ("devsets", devset_articles())):
        size = sum(len(t.encode("utf-8")) for t, _ in arts)
        for text, lang in arts:  # warm the caches
            extract(text, lang=lang)
        b, f = timings(arts, rounds)
        print(f"== {name}: {len(arts)} articles, {size / len(arts) / 1000:.1f} KB on average, "
              f"best of {rounds} rounds")
        print(f"find_dates alone: {len(arts) / b:8.1f} articles/s")
        print(f"extract:          {len(arts) / f:8.1f} articles/s  "
              f"({f / b:.1f}x the time of find_dates alone; target >= 100 articles/s)")
        print(f"extract:          {size / 3000 / f:8.1f} articles of 3 KB/s  "
              f"({size / 1000 / f:.0f} KB/s)")


if __name__ == "__main__":
    main(sys.argv[1:])
