"""The ``citydiplo`` command: demo, validate, merge, timeline, partners, import, export.

The only module of the library that prints. Exit codes: 0 ok; 1 problems in the data
(unreadable records, validation errors, unknown or ambiguous names, rows not imported);
2 usage (bad arguments, files that cannot be read or written, a missing optional extra).
With ``--json`` every command writes one JSON document to stdout for scripts. Errors go to
stderr as one line, without a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

import orjson

from citydiplo._dataset import Dataset
from citydiplo._errors import CitydiploError, MissingExtraError
from citydiplo._io import dump, load

__all__ = ["main"]

OK, DATA, USAGE = 0, 1, 2
PROG = "citydiplo"


class _Usage(Exception):
    """A usage problem found after parsing (exit code 2)."""


def _optional(module: str, name: str) -> Any:
    """``module.name`` when that part of citydiplo is installed, else ``None``."""
    try:
        return getattr(importlib.import_module(module), name, None)
    except ImportError:
        return None


def _print_json(data: object, out: TextIO) -> None:
    out.write(orjson.dumps(data, option=orjson.OPT_INDENT_2, default=str).decode() + "\n")


def _load(path: str) -> Dataset:
    if not Path(path).is_file():
        raise _Usage(f"{path}: no such file")
    return load(path)


# -- commands -----------------------------------------------------------------------------


def _demo(args: argparse.Namespace, out: TextIO) -> int:
    run = _optional("citydiplo._demo", "run")
    if run is not None:
        return int(run(out))
    load_seeds = _optional("citydiplo._seeds", "load_seeds")
    if load_seeds is None:
        out.write("the bundled seed reports are not available in this installation\n")
        return OK
    seeds = load_seeds()
    dataset = getattr(seeds, "dataset", seeds)
    timeline = _optional("citydiplo._merge", "timeline")
    if timeline is not None:
        out.write(str(timeline(seeds)) + "\n")
        return OK
    dated = sorted(
        (r for r in (*dataset.partnerships, *dataset.agreements, *dataset.events) if r.date),
        key=lambda r: r.date.sort_key(),
    )
    for record in dated:
        out.write(f"{record.date}  {record.type}  {record.id}\n")
    return OK


def _validate(args: argparse.Namespace, out: TextIO) -> int:
    dataset = _load(args.file)
    validate = _optional("citydiplo._validate", "validate")
    if validate is None:
        counts = dataset.counts()
        if args.json:
            _print_json({"file": args.file, "ok": True, "counts": counts, "findings": []}, out)
        else:
            out.write(f"{args.file}: read {len(dataset)} records; no validation rules installed\n")
        return OK
    report = validate(dataset)
    if args.json:
        findings = [f.to_dict() for f in report]
        _print_json({"file": args.file, "ok": report.ok, "findings": findings}, out)
    else:
        out.write(f"{args.file}: {report}\n")
    return OK if report.ok else DATA


def _merge(args: argparse.Namespace, out: TextIO) -> int:
    merge = _optional("citydiplo._merge", "merge")
    if merge is None:
        raise _Usage("merging is not available in this installation")
    result = merge(*(_load(path) for path in args.files))
    dump(result.dataset, args.output)
    summary = {
        "inputs": args.files,
        "output": args.output,
        "records": len(result.dataset),
        "counts": result.dataset.counts(),
        "conflicts": [str(c) for c in result.conflicts],
        "ambiguous": [[a.record, list(a.candidates)] for a in result.ambiguous],
        "findings": [f.to_dict() for f in result.findings],
    }
    if args.json:
        _print_json(summary, out)
    else:
        out.write(
            f"merged {len(args.files)} file(s) into {args.output}: {len(result.dataset)} records, "
            f"{len(result.conflicts)} conflicts, {len(result.ambiguous)} ambiguous reports\n"
        )
        for conflict in result.conflicts:
            out.write(f"  conflict {conflict}\n")
        for finding in result.findings:
            out.write(f"  {finding}\n")
    return OK


def _timeline(args: argparse.Namespace, out: TextIO) -> int:
    dataset = _load(args.file)
    actor = None if args.actor is None else _actor(dataset, args.actor, args.country).id
    during = _period(args.start, args.end)
    timeline = dataset.timeline(actor, during)
    if args.json:
        entries = [
            {
                "date": None if e.date is None else str(e.date),
                "id": e.record.id,
                "type": e.record.type,
                "kind": e.kind,
                "actors": list(e.actors),
                "sources": list(e.sources),
            }
            for e in (*timeline.entries, *timeline.undated)
        ]
        _print_json({"file": args.file, "actor": actor, "entries": entries}, out)
    else:
        out.write(timeline.render() + "\n")
    return OK


def _actor(dataset: Dataset, name: str, country: str | None) -> Any:
    """The actor an id or a name designates (``country`` narrows a name)."""
    if country is None and name in dataset:
        return dataset.actor(name)
    return dataset.resolve(name, country=country)


def _period(start: str | None, end: str | None) -> str | None:
    if start is None and end is None:
        return None
    return f"{start or '..'}/{end or '..'}"


def _partners(args: argparse.Namespace, out: TextIO) -> int:
    dataset = _load(args.file)
    actor = _actor(dataset, args.name, args.country)
    found = dataset.partners(actor, at=args.at, kind=args.kind, status=args.status)
    rows = [
        {
            "id": p.actor.id,
            "name": p.actor.name,
            "country": p.actor.country,
            "kind": p.partnership.kind.value,
            "status": None if p.partnership.status is None else p.partnership.status.value,
            "established": _text(p.partnership.established),
            "ended": _text(p.partnership.ended),
            "partnership": p.partnership.id,
        }
        for p in found
    ]
    if args.json:
        _print_json({"actor": actor.id, "name": actor.name, "partners": rows}, out)
        return OK
    out.write(f"{actor.name} ({actor.id}): {len(rows)} partner(s)\n")
    for row in rows:
        since = f" since {row['established']}" if row["established"] else ""
        out.write(f"  {row['name']} ({row['country'] or '?'}) - {row['kind']}{since}\n")
    return OK


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _progress_bar(err: TextIO) -> Callable[[int, int], None]:
    def show(done: int, total: int) -> None:
        width = 30
        filled = width * done // total if total else width
        percent = 100 * done // total if total else 100
        err.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {percent:3d}% {done}/{total} rows")
        if done >= total:
            err.write("\n")
        err.flush()

    return show


def _import_pairs(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from citydiplo._importers import import_pairs

    path = Path(args.csv)
    if not path.is_file():
        raise _Usage(f"{args.csv}: no such file")
    columns = [c.strip() for c in args.columns.split(",")]
    if len(columns) != 4:
        raise _Usage(
            f"--columns {args.columns!r}: expected four names, e.g. city1,country1,city2,country2"
        )
    started = time.perf_counter()
    rows = sum(1 for _ in path.open(encoding="utf-8-sig")) - 1
    progress = _progress_bar(err) if rows >= args.progress_from and not args.quiet else None
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
        _print_json(summary, out)
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


def _export(args: argparse.Namespace, out: TextIO) -> int:
    from citydiplo._export import export

    dataset = _load(args.file)
    written = export(dataset, args.to, args.output)
    if args.json:
        _print_json({"file": args.file, "to": args.to, "written": [str(p) for p in written]}, out)
    else:
        for path in written:
            out.write(f"wrote {path}\n")
    return OK


# -- parser -------------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    from citydiplo._export import EXPORT_FORMATS

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", help="write JSON to stdout, for scripts")
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="City-diplomacy data: validate, merge, query, import and export.",
        epilog="Exit codes: 0 ok, 1 problems in the data, 2 usage.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    sub.add_parser("demo", parents=[common], help="run the demo on the bundled seed reports")
    p = sub.add_parser("validate", parents=[common], help="check a dataset file")
    p.add_argument("file")
    p = sub.add_parser("merge", parents=[common], help="merge dataset files into one")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("-o", "--output", required=True, help="output .json or .jsonl file")
    p = sub.add_parser("timeline", parents=[common], help="the dated records, in order")
    p.add_argument("file")
    p.add_argument("--actor", help="an actor id or name")
    p.add_argument("--country", help="the actor's country (ISO code or name), for a name")
    p.add_argument("--from", dest="start", metavar="DATE", help="EDTF date, e.g. 2024-04")
    p.add_argument("--to", dest="end", metavar="DATE", help="EDTF date")
    p = sub.add_parser("partners", parents=[common], help="the partners of an actor")
    p.add_argument("file")
    p.add_argument("name", help="an actor id or name, in any language")
    p.add_argument("--country", help="the actor's country (ISO code or name), for a name")
    p.add_argument("--at", metavar="DATE", help="partnerships that may be in force then")
    p.add_argument("--kind", help="partnership kind (sister, friendship...)")
    p.add_argument("--status", help="partnership status (active, ended...)")
    p = sub.add_parser("import", help="import other formats")
    isub = p.add_subparsers(dest="format", required=True, metavar="FORMAT")
    p = isub.add_parser("pairs", parents=[common], help="a CSV of city pairs")
    p.add_argument("csv")
    p.add_argument("-o", "--output", required=True, help="output .json or .jsonl file")
    p.add_argument(
        "--columns",
        default="city1,country1,city2,country2",
        help="header names of city 1, country 1, city 2, country 2",
    )
    p.add_argument("--kind", default="sister", help="partnership kind of every pair")
    p.add_argument(
        "--fix-misspellings",
        action="store_true",
        help="correct the known misspellings of the twin-town list's country names",
    )
    p.add_argument("--no-merge", action="store_true", help="keep pairs listed from both sides")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--progress-from", type=int, default=5000, help=argparse.SUPPRESS)
    p = sub.add_parser("export", parents=[common], help="write CSV, Parquet, GraphML, GEXF...")
    p.add_argument("file")
    p.add_argument("--to", required=True, choices=EXPORT_FORMATS)
    p.add_argument("-o", "--output", required=True, help="output file or directory")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    out, err = sys.stdout, sys.stderr
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # argparse: --help (0) or a usage error (2)
        return int(exit_.code or 0)
    commands: dict[str, Callable[[argparse.Namespace, TextIO], int]] = {
        "demo": _demo,
        "validate": _validate,
        "merge": _merge,
        "timeline": _timeline,
        "partners": _partners,
        "export": _export,
    }
    try:
        if args.command == "import":
            return _import_pairs(args, out, err)
        return commands[args.command](args, out)
    except _Usage as problem:
        err.write(f"{PROG}: error: {problem}\n")
        return USAGE
    except MissingExtraError as problem:
        err.write(f"{PROG}: error: {problem}\n")
        return USAGE
    except CitydiploError as problem:
        err.write(f"{PROG}: error: {problem}\n")
        return DATA
    except BrokenPipeError:  # the reader went away (| head): not an error
        return OK
    except OSError as problem:
        err.write(f"{PROG}: error: {problem}\n")
        return USAGE
