"""The ``citydiplo`` command: demo, validate, merge, timeline, partners, import, export, schema.

The only module of the library that prints. Exit codes: 0 ok; 1 problems in the data
(unreadable records, validation errors, unknown or ambiguous names, rows not imported) or
a write that failed (an output that is not a regular file, a missing directory, a full
disk); 2 usage (bad arguments, files that cannot be read, a missing optional extra); 130
interrupted (Ctrl-C).
With ``--json`` every command writes one JSON document to stdout for scripts. Errors go to
stderr as one line, without a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from citydiplo._cli_help import document
from citydiplo._cli_merge import add_merge_command
from citydiplo._cli_options import (
    DATA,
    OK,
    USAGE,
    Usage,
    VersionAction,
    check_order,
    choice,
    count_arg,
    date_arg,
    error_object,
    period,
    print_json,
)
from citydiplo._cli_pairs import run_import_pairs
from citydiplo._cli_progress import LARGE_FILE, progress_bar
from citydiplo._cli_schema import add_schema_command, run_schema
from citydiplo._dataset import Dataset
from citydiplo._errors import CitydiploError, MissingExtraError
from citydiplo._io import load
from citydiplo._model import City, PartnershipKind, PartnershipStatus
from citydiplo.dates import record_date_key

__all__ = ["main"]

PROG = "citydiplo"


def _optional(module: str, name: str) -> Any:
    """``module.name`` when that part of citydiplo is installed, else ``None``."""
    try:
        return getattr(importlib.import_module(module), name, None)
    except ImportError:
        return None


def _load(path: str) -> Dataset:
    from citydiplo._cli_paths import check_input

    large = check_input(path).stat().st_size >= LARGE_FILE  # a bar for files that take a while
    return load(path, progress=progress_bar(sys.stderr, "lines", f"reading {path}", show=large))


# -- commands -----------------------------------------------------------------------------


def _demo(args: argparse.Namespace, out: TextIO) -> int:
    if args.json:
        from citydiplo._demo import summary

        print_json(summary(), out)
        return OK
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
        key=lambda r: record_date_key(r.date),
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
            print_json({"file": args.file, "ok": True, "counts": counts, "findings": []}, out)
        else:
            out.write(f"{args.file}: read {len(dataset)} records; no validation rules installed\n")
        return OK
    large = len(dataset) > 100_000  # about a second's work
    report = validate(
        dataset, progress=progress_bar(sys.stderr, "rules", f"validating {args.file}", show=large)
    )
    if args.json:
        findings = [f.to_dict() for f in report]
        print_json({"file": args.file, "ok": report.ok, "findings": findings}, out)
    else:
        out.write(f"{args.file}: {report}\n")
    return OK if report.ok else DATA


def _merge(args: argparse.Namespace, out: TextIO) -> int:
    if _optional("citydiplo._merge", "merge") is None:
        raise Usage("merging is not available in this installation")
    from citydiplo._cli_merge import run_merge

    return run_merge(args, out, _load)


def _timeline(args: argparse.Namespace, out: TextIO) -> int:
    dataset = _load(args.file)
    actor = None if args.actor is None else _actor(dataset, args.actor, args.country).id
    during = period(args.start, args.end)  # checked by the parser: never reversed here
    timeline = dataset.timeline(actor, during)
    if args.json:
        entries = timeline.rows()
        print_json({"file": args.file, "actor": actor, "entries": entries}, out)
    else:
        out.write(timeline.render() + "\n")
    return OK


def _actor(dataset: Dataset, name: str, country: str | None) -> Any:
    """The actor an id or a name designates (an id always wins; ``country`` narrows)."""
    return dataset.resolve(name, country=country)


def _partners(args: argparse.Namespace, out: TextIO) -> int:
    dataset = _load(args.file)
    actor = _actor(dataset, args.name, args.country)
    found = dataset.partners(
        actor,
        at=args.at,
        kind=args.kind,
        status=args.status,
        include_proposed=args.include_proposed,
    )
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
        print_json({"actor": actor.id, "name": actor.name, "partners": rows}, out)
        return OK
    out.write(f"{actor.name} ({actor.id}): {len(rows)} partner(s)\n")
    for row in rows:
        since = f" since {row['established']}" if row["established"] else ""
        out.write(f"  {row['name']} ({row['country'] or '?'}) - {row['kind']}{since}\n")
    return OK


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _export(args: argparse.Namespace, out: TextIO) -> int:
    from citydiplo._cli_paths import check_not_an_input
    from citydiplo._export import export

    check_not_an_input(args.output, [args.file])
    dataset = _load(args.file)
    written = export(dataset, args.to, args.output)
    # a city without coordinates is not on a map: say so rather than write an empty one
    cities = [a for a in dataset.actors if isinstance(a, City)] if args.to == "geojson" else []
    unplaced = sum(1 for c in cities if c.latitude is None or c.longitude is None)
    if args.json:
        summary = {"file": args.file, "to": args.to, "written": [str(p) for p in written]}
        print_json({**summary, "cities_without_coordinates": unplaced} if cities else summary, out)
    else:
        for path in written:
            out.write(f"wrote {path}\n")
        if unplaced:
            out.write(
                f"  {unplaced} of {len(cities)} cities have no coordinates and are not on it "
                "(link them to GeoNames first: citydiplo.link_geonames)\n"
            )
    return OK


# -- parser -------------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    from citydiplo._export import EXPORT_FORMATS

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", help="write JSON to stdout, for scripts")
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="City-diplomacy data: validate, merge, query, import, export; the schema.",
        epilog="Exit codes: 0 ok, 1 problems in the data or a failed write, 2 usage, "
        "130 interrupted.",
    )
    parser.add_argument("--version", action=VersionAction, help="print the version and exit")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    sub.add_parser("demo", parents=[common], help="run the demo on the bundled seed reports")
    p = sub.add_parser("validate", parents=[common], help="check a dataset file")
    p.add_argument("file")
    add_merge_command(sub, common)
    p = sub.add_parser("timeline", parents=[common], help="the dated records, in order")
    p.add_argument("file")
    p.add_argument("--actor", help="an actor id or name")
    p.add_argument("--country", help="the actor's country (ISO code or name), for a name")
    p.add_argument(
        "--from", dest="start", type=date_arg, metavar="DATE", help="EDTF date, e.g. 2024-04"
    )
    p.add_argument("--to", dest="end", type=date_arg, metavar="DATE", help="EDTF date")
    p.set_defaults(usage=p)  # a reversed range is told with this command's usage line
    p = sub.add_parser("partners", parents=[common], help="the partners of an actor")
    p.add_argument("file")
    p.add_argument("name", help="an actor id or name, in any language")
    p.add_argument("--country", help="the actor's country (ISO code or name), for a name")
    p.add_argument(
        "--at", type=date_arg, metavar="DATE", help="partnerships that may be in force then"
    )
    p.add_argument(
        "--kind", type=choice(PartnershipKind), help="partnership kind (sister, friendship...)"
    )
    p.add_argument(
        "--status", type=choice(PartnershipStatus), help="partnership status (active, ended...)"
    )
    p.add_argument(
        "--include-proposed",
        action="store_true",
        help="also list partnerships only proposed or agreed by a letter of intent",
    )
    p = sub.add_parser("import", help="import other formats")
    isub = p.add_subparsers(
        dest="format", required=True, metavar="FORMAT", help="the kind of list to import"
    )
    p = isub.add_parser("pairs", parents=[common], help="a CSV of city pairs")
    p.add_argument("csv")
    p.add_argument("-o", "--output", required=True, help="output .json or .jsonl file")
    p.add_argument(
        "--columns",
        default="city1,country1,city2,country2",
        help="header names of city 1, country 1, city 2, country 2",
    )
    p.add_argument(
        "--kind",
        type=choice(PartnershipKind),
        default="sister",
        help="partnership kind of every pair",
    )
    p.add_argument(
        "--fix-misspellings",
        action="store_true",
        help="correct the known misspellings of the twin-town list's country names",
    )
    p.add_argument("--no-merge", action="store_true", help="keep pairs listed from both sides")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--progress-from", type=count_arg, default=5000, help=argparse.SUPPRESS)
    p = sub.add_parser("export", parents=[common], help="write CSV, Parquet, GraphML, GEXF...")
    p.add_argument("file")
    p.add_argument("--to", required=True, choices=EXPORT_FORMATS)
    p.add_argument("-o", "--output", required=True, help="output file or directory")
    from citydiplo._cli_extract import add_parser as add_extract

    add_extract(sub, common)
    add_schema_command(sub)
    return document(parser)


#: The exit code of a command stopped by Ctrl-C (128 + SIGINT, as shells report it).
INTERRUPTED = 130


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    out, err = sys.stdout, sys.stderr
    parser = _parser()
    try:
        args = parser.parse_args(argv)
        if getattr(args, "start", None) is not None and getattr(args, "end", None) is not None:
            check_order(getattr(args, "usage", parser), args.start, args.end)
    except SystemExit as exit_:  # argparse: --help (0) or a usage error (2)
        return int(exit_.code or 0)
    commands: dict[str, Callable[[argparse.Namespace, TextIO], int]] = {
        "demo": _demo,
        "validate": _validate,
        "merge": _merge,
        "timeline": _timeline,
        "partners": _partners,
        "export": _export,
        "schema": run_schema,
    }
    try:
        if args.command == "import":
            return run_import_pairs(args, out, err)
        if args.command == "extract":
            from citydiplo._cli_extract import run as run_extract

            return run_extract(args, out, Usage)
        return commands[args.command](args, out)
    except (Usage, MissingExtraError) as problem:
        return _fail(args, problem, USAGE, out, err)
    except CitydiploError as problem:
        return _fail(args, problem, DATA, out, err)
    except BrokenPipeError:  # the reader went away (| head): not an error
        return OK
    except OSError as problem:
        from citydiplo._cli_paths import os_message

        return _fail(args, problem, USAGE, out, err, os_message(problem))
    except KeyboardInterrupt:  # Ctrl-C: one line, not a traceback (writes are atomic)
        err.write(f"{PROG}: interrupted\n")
        return INTERRUPTED


def _fail(
    args: argparse.Namespace,
    problem: Exception,
    code: int,
    out: TextIO,
    err: TextIO,
    message: str | None = None,
) -> int:
    """Report a failed command: one line on stderr (``message``, else the error's text)
    and, with ``--json``, the error object on stdout (see docs/cli.md); the exit code is
    kept."""
    err.write(f"{PROG}: error: {problem if message is None else message}\n")
    if getattr(args, "json", False):
        print_json(error_object(problem, code), out)
    return code
