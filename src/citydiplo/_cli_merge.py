"""``citydiplo merge``: merge dataset files, with a curator's settlements and wording option."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from citydiplo._cli_options import OK, Usage, check_output, print_json
from citydiplo._cli_progress import progress_bar
from citydiplo._dataset import Dataset

__all__ = ["add_merge_command", "run_merge"]


def add_merge_command(sub: Any, common: argparse.ArgumentParser) -> None:
    """Declare ``merge`` and its options on the subcommand parsers ``sub``."""
    p = sub.add_parser(
        "merge",
        parents=[common],
        help="merge dataset files into one",
        description="Merge dataset files into one record per occurrence. The merged dataset "
        "goes to OUTPUT; the rest of the result goes beside it to OUTPUT.merge.json: every "
        "conflict and every wording variant with the reports and citations behind it, the "
        "ambiguous reports, the clusters, the settlements applied and the input reports "
        "(read it back with citydiplo.load_result). A FILE that has such a file beside it is "
        "read as that merge result, so its settlements and variants carry into the new merge.",
    )
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument(
        "-o",
        "--output",
        required=True,
        help="output .json or .jsonl file (the rest of the result goes to OUTPUT.merge.json)",
    )
    p.add_argument(
        "--resolve",
        metavar="SETTLEMENTS",
        help="a settlements file (.json or .csv, columns report,occurrence[,note]): the "
        "occurrence each ambiguous report belongs to, named by one of its report ids",
    )
    p.add_argument(
        "--wording",
        action="store_true",
        help="also report differences of wording (notes, titles, venue names) as conflicts",
    )


def _check_names(files: list[str], output: str) -> None:
    """Refuse a sidecar named as an input or as the output, and an output under a file."""
    from citydiplo._merge._stored import SUFFIX

    for path in files:
        if path.endswith(SUFFIX) and Path(path).is_file():
            raise Usage(
                f"{path}: is the description written beside a merged dataset, not a dataset; "
                f"give its dataset file {path[: -len(SUFFIX)]} instead (the description is "
                "read with it)"
            )
    if output.endswith(SUFFIX):
        named = [p for p in files if Path(p).name + SUFFIX == Path(output).name]
        whose = f" (that of the input {named[0]})" if named else ""
        raise Usage(
            f"-o {output}: names a merge description file{whose}, which merge writes beside "
            f"its output; give the dataset file to write, e.g. -o {output[: -len(SUFFIX)]}"
        )
    for parent in Path(output).parents:
        if parent.exists() and not parent.is_dir():
            raise Usage(f"-o {output}: {parent} is a file, not a directory")


# What the merge API's settlement messages say, as the command line says it.
_CLI_TERMS = (
    ("with resolve=", "with --resolve FILE"),
    ("merge the result's reports to start over", "merge the original files to start over"),
)


def _in_cli_terms(error: Any, args: argparse.Namespace, inputs: list[Any]) -> Any:
    """The settlement error ``error`` of the API, with paths and advice in the command's
    terms: ``--resolve FILE`` for a settlement given, the input file(s) for one carried."""
    from citydiplo._errors import Problem
    from citydiplo._merge import SettlementError
    from citydiplo._merge._result import MergeResult

    def carriers(report: str) -> str:
        files = [path for path, given in zip(args.files, inputs, strict=True)
                 if isinstance(given, MergeResult)
                 and any(s.report == report for s in given.settlements)]
        return ", ".join(f"{path}.merge.json" for path in files) or "an input"

    problems = []
    for problem in error.problems:
        message = problem.message
        for api, cli in _CLI_TERMS:
            message = message.replace(api, cli)
        path = problem.path
        for prefix, where in (("resolve[", f"--resolve {args.resolve}"), ("settlements[", None)):
            if path.startswith(prefix) and path.endswith("]"):
                report = path[len(prefix): -1].strip("'\"")
                where = where or f"{carriers(report)} $.settlements"
                path = f"{where} report {path[len(prefix): -1]}"
        problems.append(Problem(message, path=path))
    head = str(error).split("\n", 1)[0]
    return SettlementError(head, problems=problems)


def run_merge(args: argparse.Namespace, out: TextIO, load: Any) -> int:
    """Run ``merge`` (``load`` reads one dataset file, with the CLI's checks)."""
    from citydiplo._cli_paths import check_input, check_not_an_input
    from citydiplo._merge import (
        SettlementError,
        dump_result,
        load_result,
        load_settlements,
        merge,
    )
    from citydiplo._merge._result import MergeResult, show
    from citydiplo._merge._stored import result_path

    check_output(args.output)  # refuse an output name of unknown format before any work
    _check_names(args.files, args.output)
    read = [*args.files, *([args.resolve] if args.resolve else [])]
    check_not_an_input(args.output, read)
    # the rest of the result goes beside OUTPUT: a link there to an input would replace it
    side = str(result_path(args.output))
    check_not_an_input(side, read, option=f"-o {args.output}: the merge description")
    resolve = None
    if args.resolve is not None:
        try:
            check_input(args.resolve, "a settlements file, .json or .csv")
        except Usage as problem:
            raise Usage(f"--resolve {problem}") from None
        resolve = load_settlements(args.resolve)
    inputs: list[Dataset | MergeResult] = []
    for path in args.files:
        if Path(path).is_file() and result_path(path).is_file():
            inputs.append(load_result(path))  # an earlier merge's output: the whole result
        else:
            inputs.append(load(path))
    total = sum(len(d.reports if isinstance(d, MergeResult) else d) for d in inputs)
    bar = progress_bar(sys.stderr, "reports", "merging", show=total > 100_000)
    try:
        result = merge(*inputs, progress=bar, wording=args.wording, resolve=resolve)
    except SettlementError as error:
        raise _in_cli_terms(error, args, inputs) from None
    written = dump_result(result, args.output)
    ambiguous = [
        {
            "record": a.record,
            "report": a.report,
            "candidates": [
                {"record": c.record, "reports": list(c.reports)} for c in a.options
            ],
            "fields": {name: [show(v) for v in values] for name, values in a.rows()},
        }
        for a in result.ambiguous
    ]
    summary = {
        "inputs": args.files,
        "output": args.output,
        "result": str(written),
        "records": len(result.dataset),
        "counts": result.dataset.counts(),
        "conflicts": [str(c) for c in result.conflicts],
        "variants": [str(c) for c in result.variants],
        "ambiguous": ambiguous,
        "settled": len(result.settlements),
        "findings": [f.to_dict() for f in result.findings],
    }
    if args.json:
        print_json(summary, out)
        return OK
    out.write(
        f"merged {len(args.files)} file(s) into {args.output}: {len(result.dataset)} records, "
        f"{len(result.conflicts)} conflicts, {len(result.variants)} wording variants, "
        f"{len(result.ambiguous)} ambiguous reports (the whole result in {written})\n"
    )
    for conflict in result.conflicts:
        out.write(f"  conflict {conflict}\n")
    for ambiguity in result.ambiguous:
        out.write("  ambiguous " + str(ambiguity).replace("\n", "\n  ") + "\n")
    for finding in result.findings:
        out.write(f"  {finding}\n")
    return OK
