"""Where ``citydiplo.loads`` spends its time on JSON Lines, part by part, against the floor.

Times, in one process and interleaved (best of ``--repeat``, CPU time, collector paused as
``loads`` runs), cumulative steps over the same lines as ``bench_load.py`` generates:

- ``floor``: ``orjson.loads`` per line, every result kept (the floor of ``bench_load.py``);
- ``+ dumps check``: plus the exact duplicate-key test the loader runs (``orjson.dumps``
  of the parsed line compared with the line);
- ``+ line scan``: instead of ``dumps``, only the byte scans a count-based duplicate-key
  test would need at the least (a key count ``line.count(b'":')`` and a backslash test),
  without the key count of the parsed object it would compare against: if this alone
  costs as much as ``dumps``, such a test cannot be cheaper;
- ``+ build``: the whole loop of the loader (``dumps`` check, key-set lookup, the
  generated function of the record);
- ``citydiplo.loads``: the public function (line split, blocks, the dataset).

Each figure is printed in microseconds per line and as a ratio to the floor of the same run.

    python bench/bench_load_parts.py --n 200000
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson

sys.path.insert(0, str(Path(__file__).parent))

from bench_load import make_lines

import citydiplo as cd
from citydiplo._io import tagged_shapes


def steps(data: bytes) -> dict[str, Callable[[], Any]]:
    lines = [line for line in data.split(b"\n") if line]
    loads, dumps = orjson.loads, orjson.dumps
    shapes = tagged_shapes()

    def floor() -> list[Any]:
        return [loads(line) for line in lines]

    def dumps_check() -> list[Any]:
        out = []
        for line in lines:
            raw = loads(line)
            if dumps(raw) != line:
                break
            out.append(raw)
        return out

    def line_scan() -> list[Any]:
        out = []
        for line in lines:
            raw = loads(line)
            if b"\\" in line or line.count(b'":') < 0:
                break
            out.append(raw)
        return out

    def build() -> list[Any]:
        out: list[Any] = []
        append = out.append
        for line in lines:
            raw = loads(line)
            if dumps(raw) != line:
                break
            append(shapes[raw["type"]][tuple(raw)](raw))
        return out

    def library() -> Any:
        return cd.loads(data, format="jsonl")

    return {
        "floor": floor,
        "+ dumps check": dumps_check,
        "+ line scan (no dumps)": line_scan,
        "+ build (the loader's loop)": build,
        "citydiplo.loads": library,
    }


def timed(step: Callable[[], Any]) -> float:
    gc.collect()
    gc.disable()
    start = time.process_time()
    result = step()
    elapsed = time.process_time() - start
    gc.enable()
    del result
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    data = make_lines(args.n)
    cd.loads(make_lines(100), format="jsonl")  # generate the functions
    todo = steps(data)
    best = {name: float("inf") for name in todo}
    for _ in range(args.repeat):  # interleaved, so that all share the machine's noise
        for name, step in todo.items():
            best[name] = min(best[name], timed(step))
    base = best["floor"]
    for name, seconds in best.items():
        per = seconds / args.n * 1e6
        print(f"{name:<30} {per:5.2f} us/line  {seconds / base:4.2f}x the floor")


if __name__ == "__main__":
    main()
