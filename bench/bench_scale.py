"""Merge 5,000,000 reports on a local Dask cluster against ``merge`` of 1,000,000 in one process.

Reports are made as in ``bench_merge.py`` (visits and partnerships between 50,000 cities,
30 % of them extra accounts of an earlier occurrence from another source, at the same or a
coarser date) and written as JSON Lines files of 250,000 reports each, generated chunk by
chunk so that no process holds them all.

In one run:

1. baseline: a fresh process loads the 1M file set and runs ``citydiplo.merge`` on it;
   its load time, merge time and peak memory (``VmHWM``) are reported;
2. the same 1M files go through ``partition_files`` and ``merge_partitioned`` on a
   ``LocalCluster`` of 2 worker processes with a memory limit each; the result read back
   (``read_merged``) must be equal to the baseline's (compared by a digest of its canonical
   serialisation: dataset, conflicts, ambiguities, clusters);
3. the 5M file set goes through the same on a fresh cluster; wall time per million reports
   and each worker's peak memory are reported.

    python bench/bench_scale.py                        # 5M against 1M
    python bench/bench_scale.py --n 200000 --base 100000
"""

from __future__ import annotations

import argparse
import hashlib
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson

SOURCES = [f"source-{i}" for i in range(5)]
CHUNK = 250_000


def _occurrence(seed: int, j: int) -> tuple[str, str, str, int, int, int, str]:
    rnd = random.Random(seed * 1_000_003 + j)
    kind = "event" if rnd.random() < 0.7 else "partnership"
    a, b = rnd.sample(range(50_000), 2)
    return (kind, f"city-{a}", f"city-{b}", rnd.randint(1990, 2025), rnd.randint(1, 12),
            rnd.randint(1, 28), rnd.choice(SOURCES))


def write_reports(n: int, directory: Path, seed: int = 11) -> list[Path]:
    """``n`` reports as JSON Lines files of :data:`CHUNK` reports."""
    directory.mkdir(parents=True, exist_ok=True)
    occurrences = round(n / 1.3)
    rnd = random.Random(seed)
    files: list[Path] = []
    for start in range(0, n, CHUNK):
        lines: list[bytes] = []
        for i in range(start, min(n, start + CHUNK)):
            duplicate = i >= occurrences
            j = rnd.randrange(occurrences) if duplicate else i
            kind, a, b, year, month, day, first = _occurrence(seed, j)
            source = rnd.choice([s for s in SOURCES if s != first]) if duplicate else first
            precision = rnd.choice(["month", "year"] if duplicate else ["day", "month", "year"])
            date = (f"{year:04d}" if precision == "year" else f"{year:04d}-{month:02d}"
                    if precision == "month" else f"{year:04d}-{month:02d}-{day:02d}")
            citations = [{"source": source, "quote": f"report {i}"}]
            if kind == "event":
                visitor = "participant" if duplicate and rnd.random() < 0.5 else "visitor"
                record = {"type": "event", "id": f"{source}-e{i}", "kind": "visit",
                          "date": date, "participants": [{"actor": a, "role": visitor},
                                                         {"actor": b, "role": "host"}],
                          "citations": citations}
            else:
                record = {"type": "partnership", "id": f"{source}-p{i}",
                          "parties": sorted((a, b)), "kind": "sister", "established": date,
                          "citations": citations}
            lines.append(orjson.dumps(record))
        path = directory / f"reports-{start // CHUNK:03d}.jsonl"
        path.write_bytes(b"\n".join(lines) + b"\n")
        files.append(path)
    return files


def peak_rss() -> int:
    """This process's peak resident memory in bytes (``VmHWM``: unlike ``ru_maxrss``, it
    starts afresh in a new program instead of inheriting the parent's)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def digest(result: object) -> str:
    """A digest of a merge result's canonical serialisation (what ``==`` compares)."""
    import citydiplo as cd
    from citydiplo._merge._codec import encode_ambiguity, encode_conflict

    assert isinstance(result, cd.MergeResult)
    h = hashlib.blake2b(digest_size=16)
    h.update(cd.dumps(result.dataset).encode())
    for conflict in result.conflicts:
        h.update(orjson.dumps(encode_conflict(conflict)))
    for ambiguity in result.ambiguous:
        h.update(orjson.dumps(encode_ambiguity(ambiguity)))
    for finding in result.findings:
        h.update(orjson.dumps(finding.to_dict()))
    h.update(orjson.dumps(result.clusters))
    return h.hexdigest()


def single_process(files: list[str]) -> None:
    """Run in a fresh process: load, merge, print times, peak memory and the digest."""
    import citydiplo as cd

    start = time.perf_counter()
    dataset = cd.Dataset.of(r for f in files for r in cd.load(f))
    loaded = time.perf_counter() - start
    start = time.perf_counter()
    result = cd.merge(dataset)
    merged = time.perf_counter() - start
    peak = peak_rss()
    print(orjson.dumps({"load": loaded, "merge": merged, "peak": peak,
                        "digest": digest(result)}).decode())


def on_cluster(files: list[Path], work: Path, memory: str, buckets: int) -> dict[str, object]:
    import distributed

    from citydiplo.dask import merge_partitioned, partition_files

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  memory_limit=memory, dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        start = time.perf_counter()
        parted = partition_files(files, work / "parts", buckets=buckets, client=client)
        partitioned = time.perf_counter() - start
        start = time.perf_counter()
        merged = merge_partitioned(parted, client=client)
        merging = time.perf_counter() - start
        peaks = client.run(peak_rss)
    return {"partition": partitioned, "merge": merging, "peaks": sorted(peaks.values()),
            "merged": merged}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=5_000_000)
    parser.add_argument("--base", type=int, default=1_000_000)
    parser.add_argument("--memory", default="2GB", help="memory limit of each worker")
    parser.add_argument("--buckets", type=int, default=16)
    parser.add_argument("--single", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.single is not None:
        single_process(args.single)
        return
    work = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    try:
        start = time.perf_counter()
        base_files = write_reports(args.base, work / "base")
        big_files = write_reports(args.n, work / "big")
        print(f"{args.base:,} and {args.n:,} reports written as JSON Lines in "
              f"{time.perf_counter() - start:.0f} s")

        done = subprocess.run(
            [sys.executable, __file__, "--single", *map(str, base_files)],
            capture_output=True, text=True, check=True,
        )
        single = orjson.loads(done.stdout.splitlines()[-1])
        per_m = args.base / 1e6
        print(f"single process, {args.base:,}: load {single['load']:.0f} s, merge "
              f"{single['merge']:.0f} s = {single['merge'] / per_m:.0f} s per million "
              f"(load + merge {(single['load'] + single['merge']) / per_m:.0f} s per million); "
              f"peak memory {single['peak'] / 1e6:,.0f} MB")

        small = on_cluster(base_files, work / "base-dask", args.memory, args.buckets)
        import citydiplo as cd

        same = digest(cd.read_merged(small["merged"], reports=False)) == single["digest"]
        print(f"dask, {args.base:,}: partition {small['partition']:.0f} s, merge_partitioned "
              f"{small['merge']:.0f} s; result equal to the single process: {same}")

        big = on_cluster(big_files, work / "big-dask", args.memory, args.buckets)
        per_big = args.n / 1e6
        total = big["partition"] + big["merge"]  # type: ignore[operator]
        print(f"dask, {args.n:,}: partition_files {big['partition']:.0f} s, merge_partitioned "
              f"{big['merge']:.0f} s = {big['merge'] / per_big:.0f} s per million "  # type: ignore[operator]
              f"({total / per_big:.0f} s per million with partitioning)")
        print("peak memory per worker: "
              + ", ".join(f"{p / 1e6:,.0f} MB" for p in big["peaks"])  # type: ignore[attr-defined]
              + f" (limit {args.memory} each)")
        ratio = big["merge"] / per_big / (single["merge"] / per_m)  # type: ignore[operator]
        ratio_io = total / per_big / ((single["load"] + single["merge"]) / per_m)
        print(f"per million: merge_partitioned / merge = {ratio:.2f}x; with partitioning, "
              f"against load + merge = {ratio_io:.2f}x (target <= 3x)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
