"""``citydiplo extract ARTICLE.txt --lang ko [--published DATE] [--known FILE] -o draft.jsonl``.

Writes the draft dataset (JSON Lines, or JSON for a ``.json`` name), an evidence file beside
it (``<draft>.evidence.jsonl``: one line per candidate record: cue, rule, date rule, score,
coverage, mentions) and, with ``--html``, a standalone review page. Several articles may be given; a
progress bar shows on stderr unless ``--quiet``. Every file is written atomically.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path
from typing import Any, Literal, TextIO

import orjson

from citydiplo._atomic import replacement_mode
from citydiplo._dataset import Dataset
from citydiplo._extract import Extraction
from citydiplo._extract._cues import LANGUAGES
from citydiplo._extract._many import extract_many
from citydiplo._io import dumps, load

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


def _write(path: Path, data: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.chmod(tmp, replacement_mode(path))  # mkstemp makes it private; a draft is an ordinary file
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


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
    texts = []
    for name in args.articles:
        path = Path(name)
        if not path.is_file():
            raise usage(f"{name}: no such file")
        try:
            texts.append(path.read_text("utf-8"))
        except UnicodeDecodeError as exc:
            raise usage(f"{name}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    known: Dataset | None = None
    if args.known:
        if not Path(args.known).is_file():
            raise usage(f"{args.known}: no such file")
        known = load(args.known)
    meta: dict[str, Any] = {"lang": args.lang, "published": args.published, "known": known}
    drafts = extract_many([(t, meta) for t in texts], progress=not args.quiet)
    output = Path(args.output)
    fmt: Literal["json", "jsonl"] = "json" if output.suffix.lower() == ".json" else "jsonl"
    if args.merge:
        from citydiplo._merge import merge

        dataset = merge(*(x.dataset for x in drafts)).dataset
    else:
        dataset = Dataset.of([rec for x in drafts for rec in x.dataset])
        dataset = Dataset.of(_unique(dataset))
    _write(output, dumps(dataset, format=fmt))
    evidence = output.with_name(output.stem + ".evidence.jsonl")
    _write(evidence, "".join(evidence_lines(x) for x in drafts))
    if args.html:
        _write(Path(args.html), drafts[0].to_html() if len(drafts) == 1 else
               "\n".join(x.to_html() for x in drafts))
    records = sum(len(x.records) for x in drafts)
    summary = {"articles": len(drafts), "records": records, "output": str(output),
               "evidence": str(evidence), "html": args.html}
    if args.json:
        out.write(orjson.dumps(summary, option=orjson.OPT_INDENT_2).decode() + "\n")
    else:
        out.write(f"{records} candidate records from {len(drafts)} article(s) -> {output} "
                  f"(evidence: {evidence}{', review: ' + args.html if args.html else ''})\n")
    return 0


def _unique(records: Any) -> list[Any]:
    seen: dict[str, Any] = {}
    for r in records:
        seen.setdefault(r.id, r)
    return list(seen.values())
