"""``citydiplo extract ARTICLE.txt --lang ko [--published DATE] [--known FILE] -o draft.jsonl``.

Writes the draft dataset (JSON Lines, or JSON for a ``.json`` name), an evidence file beside
it (``<draft>.evidence.jsonl``: one line per candidate record: cue, rule, date rule, score,
coverage, mentions) and, with ``--html``, a standalone review page. Several articles may be given; a
progress bar shows on stderr unless ``--quiet``. Every file is written atomically.
"""

from __future__ import annotations

import argparse
import errno
import os
import stat
from pathlib import Path
from typing import Any, Literal, TextIO

import orjson

from citydiplo._atomic import atomic_paths
from citydiplo._cli_options import check_output
from citydiplo._dataset import Dataset
from citydiplo._extract import Extraction
from citydiplo._extract._articles import ArticleEncodingError, read_article
from citydiplo._extract._cues import LANGUAGES
from citydiplo._extract._many import extract_many
from citydiplo._extract._review import review_page
from citydiplo._io import dumps, load
from citydiplo._model import Actor
from citydiplo._readfile import cut_path
from citydiplo.dates import PartialDate

__all__ = ["add_parser", "run"]


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """Register the ``extract`` subcommand."""
    p = sub.add_parser("extract", parents=[common],
                       help="draft records from article text, for review")
    p.add_argument("articles", nargs="+", metavar="ARTICLE", help="UTF-8 text file(s)")
    p.add_argument("--lang", required=True, choices=LANGUAGES)
    p.add_argument("--published", metavar="DATE", help="EDTF publication date, e.g. 2024-05-20")
    p.add_argument("--known", metavar="FILE", help="a dataset whose actors are recognised")
    p.add_argument("-o", "--output", required=True, help="draft .jsonl or .json file")
    p.add_argument("--html", metavar="FILE", help="write a standalone review page")
    p.add_argument("--merge", action="store_true", help="merge the drafts of several articles")
    p.add_argument("--quiet", action="store_true", help="no progress bar")


def evidence_lines(x: Extraction) -> str:
    """The evidence of every candidate record, one JSON object a line."""
    lines = []
    for r in x.records:
        ev = x.evidence[r.id]
        lines.append(orjson.dumps({
            "record": r.id, "type": ev.type, "status": x.status[r.id], "cue": ev.cue,
            "cue_family": ev.cue_family, "cue_span": list(ev.cue_span), "rule": ev.rule,
            "date_rule": ev.date_rule, "score": ev.score, "coverage": ev.coverage,
            "planned": ev.planned,
            "focus_implied": ev.focus_implied,
            "mentions": [{"kind": m.kind, "text": m.text, "span": [m.start, m.end],
                          "actor": m.actor} for m in ev.mentions],
        }).decode())
    return "".join(line + "\n" for line in lines)


def run(args: argparse.Namespace, out: TextIO, usage: type[Exception]) -> int:
    """Run ``citydiplo extract``; ``usage`` is the CLI's usage-error class (exit code 2)."""
    from citydiplo._merge._stored import result_files, result_path

    output = Path(args.output)
    evidence = output.with_name(output.stem + ".evidence.jsonl")
    targets = [(f"-o {output}", output), (f"the evidence file {evidence}", evidence)]
    if args.html:
        targets.append((f"--html {args.html}", Path(args.html)))
    if args.merge:
        side = result_path(output)
        targets.append((f"the merge description {side}", side))
    _check_paths(args, targets, usage)
    texts = [_read(name, usage) for name in args.articles]
    known: Dataset | None = None
    if args.known:
        known = load(args.known)
    published = None
    if args.published is not None:
        try:
            published = PartialDate(args.published)
        except ValueError as exc:
            raise usage(f"--published {args.published!r}: {exc}; expected the day, month or year "
                        "the article was published, e.g. 2024-05-20") from None
    meta: dict[str, Any] = {"lang": args.lang, "published": published, "known": known}
    drafts = extract_many([(t, meta) for t in texts], progress=not args.quiet)
    fmt: Literal["json", "jsonl"] = "json" if output.suffix.lower() == ".json" else "jsonl"
    ambiguous = 0
    if args.merge:
        from citydiplo._merge import merge

        # the dataset, and beside it what merge found (conflicts, ambiguities...), as
        # ``citydiplo merge -o`` writes them: no disagreement is dropped
        result = merge(*(x.dataset for x in drafts))
        (_, described), (_, data) = result_files(result, output, format=fmt)
        conflicts, ambiguous = list(result.conflicts), len(result.ambiguous)
    else:
        dataset, conflicts = _together(drafts)
        data = dumps(dataset, format=fmt).encode("utf-8")
    pages = [data, "".join(evidence_lines(x) for x in drafts).encode("utf-8")]
    if args.html:
        pages.append(review_page(drafts).encode("utf-8"))
    if args.merge:
        pages.append(described)
    # every file is whole, or none is replaced: a draft never sits beside stale evidence
    with atomic_paths([path for _, path in targets]) as temporaries:
        for temporary, page in zip(temporaries, pages, strict=True):
            temporary.write_bytes(page)
    records = sum(len(x.records) for x in drafts)
    said = [_said(c) for c in conflicts]
    summary = {"articles": len(drafts), "records": records, "output": str(output),
               "evidence": str(evidence), "html": args.html, "conflicts": said,
               "ambiguous": ambiguous}
    if args.json:
        out.write(orjson.dumps(summary, option=orjson.OPT_INDENT_2).decode() + "\n")
        return 0
    out.write(f"{records} candidate records from {len(drafts)} article(s) -> {output} "
              f"(evidence: {evidence}{', review: ' + args.html if args.html else ''})\n")
    out.writelines(f"conflict: {line}\n" for line in said)
    if args.merge:
        out.write(f"merged: {len(conflicts)} conflicts, {ambiguous} ambiguous reports (the "
                  f"whole result in {targets[-1][1]})\n")
    return 0


def _check_paths(args: argparse.Namespace, targets: list[tuple[str, Path]],
                 usage: type[Exception]) -> None:
    """Refuse before any work: an output of no dataset format, a file to write that is a
    directory, lies under a file, or is also an input (an article, --known) or another
    output: writing it would destroy what it names."""
    check_output(args.output)
    read = [(f"the article {cut_path(name)}", Path(name)) for name in args.articles]
    if args.known:
        read.append((f"--known {cut_path(args.known)}", Path(args.known)))
    for what, path in read:
        try:
            mode = os.stat(path).st_mode
        except OSError as error:  # missing, a name too long, a loop of links
            kind = "no such file" if error.errno == errno.ENOENT else error.strerror
            raise usage(f"{what}: {kind}; expected a file to read") from None
        if not stat.S_ISREG(mode):  # a pipe would block, a device never end
            kind = "is a directory" if stat.S_ISDIR(mode) else "is not a regular file"
            raise usage(f"{what}: {kind}; expected a file to read")
    for n, (name, path) in enumerate(targets):
        if path.is_dir():
            raise usage(f"{name}: is a directory; expected the name of a file to write")
        for parent in path.parents:
            if parent.exists() and not parent.is_dir():
                raise usage(f"{name}: {parent} is a file, not a directory")
        for other, known in [*read, *targets[:n]]:
            if _same(path, known):
                raise usage(f"{name}: is also {other}; writing it would replace that file "
                            "(give another name)")


def _same(a: Path, b: Path) -> bool:
    if a.exists() and b.exists():
        return os.path.samefile(a, b)
    return os.path.realpath(a) == os.path.realpath(b)  # a link loop stays a path, no error


def _read(name: str, usage: type[Exception]) -> str:
    try:
        return read_article(Path(name))
    except ArticleEncodingError as exc:
        raise usage(str(exc)) from None


def _together(drafts: list[Extraction]) -> tuple[Dataset, list[Any]]:
    """The drafts in one dataset. An actor two drafts describe differently under one id (a
    mayor here, a governor there) is fused as merge fuses it, and what they disagree on
    is returned as conflicts, never one draft's version kept silently."""
    from citydiplo._merge import merge

    versions: dict[str, list[Any]] = {}
    rest: dict[str, Any] = {}
    for x in drafts:
        for record in x.dataset:
            if isinstance(record, Actor):
                if record not in versions.setdefault(record.id, []):
                    versions[record.id].append(record)
            else:  # records and sources are named after the article's digest
                rest.setdefault(record.id, record)
    actors: list[Any] = []
    conflicts: list[Any] = []
    for found in versions.values():
        if len(found) == 1:
            actors.extend(found)
            continue
        fused = merge(*(Dataset.of([a]) for a in found))
        actors.extend(fused.dataset.actors)
        conflicts.extend(fused.conflicts)
    return Dataset.of([*actors, *rest.values()]), conflicts


def _said(conflict: Any) -> str:
    return str(conflict)  # record.field: each value with the reports that state it
