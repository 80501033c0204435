"""``citydiplo import pairs``: a CSV of city pairs into a dataset, with a report per row."""

from __future__ import annotations

import argparse
import time
from typing import TextIO

from citydiplo._cli_options import DATA, OK, Usage, check_output, print_json
from citydiplo._cli_progress import progress_bar
from citydiplo._io import dump

__all__ = ["run_import_pairs"]


def run_import_pairs(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from citydiplo._cli_paths import check_input, check_not_an_input
    from citydiplo._importers import import_pairs

    path = check_input(args.csv, "a CSV file of city pairs")
    check_output(args.output)
    check_not_an_input(args.output, [args.csv])
    columns = [c.strip() for c in args.columns.split(",")]
    if len(columns) != 4:
        raise Usage(
            f"--columns {args.columns!r}: expected four names, e.g. city1,country1,city2,country2"
        )
    started = time.perf_counter()
    with path.open("rb") as lines:
        rows = sum(1 for _ in lines) - 1
    progress = progress_bar(err, "rows", show=rows >= args.progress_from and not args.quiet)
    result = import_pairs(
        path,
        columns=columns,
        kind=args.kind,
        fix_misspellings=args.fix_misspellings,
        merge=not args.no_merge,
        progress=progress,
    )
    dump(result.dataset, args.output)
    elapsed = time.perf_counter() - started
    skipped = [p for p in result.problems if not p.imported]
    summary = {
        "file": args.csv,
        "output": args.output,
        "rows": result.rows,
        "imported": result.imported,
        "skipped": len(skipped),
        "country_cells": result.country_cells,
        "resolved_share": round(result.resolved_share, 4),
        "cities": len(result.dataset.actors),
        "partnerships": len(result.dataset.partnerships),
        "seconds": round(elapsed, 2),
        "problems": [
            {"row": p.row, "reason": p.reason, "imported": p.imported} for p in result.problems
        ],
    }
    if args.json:
        print_json(summary, out)
    else:
        for problem in result.problems:
            err.write(f"{args.csv}: {problem}{'' if problem.imported else ' (skipped)'}\n")
        out.write(
            f"{result.rows} rows, {result.imported} imported, {len(skipped)} skipped; "
            f"countries resolved: {result.resolved_share:.2%} of {result.country_cells:,} cells; "
            f"{len(result.dataset.actors)} cities, {len(result.dataset.partnerships)} partnerships "
            f"after merge; {elapsed:.1f} s -> {args.output}\n"
        )
    return DATA if skipped else OK
