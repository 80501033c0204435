"""Time ``import citydiplo`` against ``import attrs, cattrs`` (the baseline), in one run.

Each import runs in a fresh interpreter under ``python -X importtime``; the figure is the
cumulative time of the top-level import statement(s) as the interpreter reports it. The two
imports alternate for ``--rounds`` rounds so that both see the same machine load; the medians
are compared (target: ``import citydiplo`` at most 1.5x ``import attrs, cattrs``).

Also timed, for the record: ``import citydiplo`` followed by the first use of the core model
(``citydiplo.Dataset`` and ``citydiplo.loads``), which is what a script pays before its first
record.

    python bench/bench_import.py
    python bench/bench_import.py --rounds 21
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys

CASES = {
    "attrs, cattrs (baseline)": ("import attrs, cattrs", ("attrs", "cattrs")),
    "citydiplo": ("import citydiplo", ("citydiplo",)),
    "citydiplo + first load": (
        "import citydiplo; citydiplo.loads('{\"type\": \"city\", \"id\": \"c\", \"name\": \"C\"}')",
        ("citydiplo",),
    ),
}


def import_time(code: str, top: tuple[str, ...]) -> float:
    """Seconds the top-level imports of ``code`` took, from ``-X importtime``.

    For the "first load" case the cost of the first call is added: it is measured inside
    the child with ``perf_counter`` around the statement after the import.
    """
    probe = (
        "import time\n"
        f"{code.split(';')[0]}\n"
        "start = time.perf_counter()\n"
        f"{';'.join(code.split(';')[1:]).strip() or 'pass'}\n"
        "print(time.perf_counter() - start)\n"
    )
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", probe],
        capture_output=True,
        text=True,
        check=True,
    )
    total = 0.0
    for line in done.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[2].rstrip() in {f" {name}" for name in top}:
            total += int(parts[1]) / 1e6
    return total + float(done.stdout.strip() or 0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    for code, _ in CASES.values():  # warm the bytecode caches and the file system
        subprocess.run([sys.executable, "-c", code.split(";")[0]], check=True)
    times: dict[str, list[float]] = {name: [] for name in CASES}
    for _ in range(args.rounds):
        for name, (code, top) in CASES.items():
            times[name].append(import_time(code, top))
    medians = {name: statistics.median(values) for name, values in times.items()}
    base = medians["attrs, cattrs (baseline)"]
    for name, value in medians.items():
        spread = f"{min(times[name]) * 1e3:.1f}-{max(times[name]) * 1e3:.1f}"
        print(f"{name:28s} {value * 1e3:7.1f} ms  (range {spread} ms)  {value / base:4.2f}x")
    ratio = medians["citydiplo"] / base
    print(f"import citydiplo / import attrs, cattrs: {ratio:.2f}x (target <= 1.5x)")


if __name__ == "__main__":
    main()
