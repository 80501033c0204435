"""What ``citydiplo COMMAND --help`` says: a paragraph and an example for every command.

The parser in :mod:`citydiplo._cli` declares the commands and options; :func:`document`
then gives each command its description and example, and each option without help text
the words below, so the texts read as one manual and a test can check that none is missing.
"""

from __future__ import annotations

import argparse
from typing import NamedTuple

__all__ = ["COMMANDS", "OPTIONS", "document", "subcommands"]


class Help(NamedTuple):
    """The ``--help`` text of one command."""

    description: str
    examples: tuple[str, ...]


COMMANDS: dict[str, Help] = {
    "demo": Help(
        "Merge the bundled seed articles (in Gujarati, Hebrew, Hindi, English and Persian) "
        "and print what they tell: Hanam's timeline, the agreements of Hanoi, the partners "
        "of Gwangju, the validation findings. Needs no file.",
        ("citydiplo demo",),
    ),
    "validate": Help(
        "Check a dataset file with the built-in validation rules (references, dates, "
        "signatories, geography, citations, counts) and print the findings. Exits 1 when "
        "there are errors, so it can guard a pipeline.",
        ("citydiplo validate seeds.jsonl", "citydiplo validate --json seeds.jsonl > findings.json"),
    ),
    "merge": Help(
        "Merge dataset files: reports that describe the same occurrence become one record "
        "keeping every citation and the most precise date; disagreements are listed as "
        "conflicts, and vague reports that fit several records stay apart. The result is "
        "written to OUTPUT (.json or .jsonl).",
        ("citydiplo merge gujarati.jsonl hebrew.jsonl -o merged.jsonl",),
    ),
    "timeline": Help(
        "Print the dated records of a dataset in order, optionally only those of one actor "
        "(an id, or a name in any language) and of one period; undated records follow.",
        ("citydiplo timeline seeds.jsonl --actor hanam --from 2024 --to 2024",),
    ),
    "partners": Help(
        "Print the partners of an actor, with the kind of each partnership and when it was "
        "established. The actor is an id or a name in any language; a name that fits "
        "several actors is an error that lists them (exit 1).",
        ("citydiplo partners seeds.jsonl 광주시 --kind sister",),
    ),
    "import": Help(
        "Import a list kept in another format into a citydiplo dataset.",
        ("citydiplo import pairs twin_cities.csv -o twins.jsonl",),
    ),
    "import pairs": Help(
        "Import a CSV of city pairs (city and country on each side) as cities and "
        "partnerships. Country cells are resolved to ISO codes in any language; pairs "
        "listed from both sides are merged; every row skipped or kept as written is "
        "reported (exit 1 when rows were skipped). A progress bar shows on a terminal.",
        (
            "citydiplo import pairs twin_cities.csv -o twins.jsonl --fix-misspellings",
            "citydiplo import pairs mine.csv -o mine.jsonl --columns a,a_country,b,b_country",
        ),
    ),
    "export": Help(
        "Write a dataset in another format: CSV files, partitioned Parquet, GraphML or GEXF "
        "for Gephi (dates on the edges), JSON Lines, or GeoJSON (cities with coordinates as "
        "points, partnerships as great-circle lines). The output must not be the input.",
        (
            "citydiplo export seeds.jsonl --to csv -o seeds-csv",
            "citydiplo export seeds.jsonl --to gexf -o seeds.gexf",
        ),
    ),
    "extract": Help(
        "Read news articles (UTF-8 text) in one language and write draft records for a "
        "curator to review: each proposed partnership, agreement, event or document cites "
        "the sentence it comes from, with the dates, places and actors found in it. "
        "Relative dates are resolved against the publication date.",
        ("citydiplo extract article.txt --lang ko --published 2024-05-20 -o drafts.jsonl",),
    ),
    "schema": Help(
        "Print the JSON Schema (draft 2020-12) of citydiplo's record files, generated from "
        "the model: every record type and field with its type, default, allowed values and "
        "description. Editors and JSON Schema validators use it to check files.",
        (
            "citydiplo schema > citydiplo.schema.json",
            "citydiplo schema --format json > citydiplo-dataset.schema.json",
        ),
    ),
}

#: Help for options and arguments that the parser declares without it, by ``dest``.
#: (Entries for commands another installation part adds are harmless where it is absent.)
OPTIONS: dict[str, str] = {
    "file": "a dataset file (.json or .jsonl)",
    "files": "dataset files (.json or .jsonl), in any order",
    "csv": "a CSV file with a header row",
    "to": "the format to write",
    "format": "what to describe: one record (jsonl, the default) or a whole JSON document",
    "lang": "the language of the articles (ISO 639-1 code: en, ko, vi, zh, ja, ru, hi, gu, he, fa)",
}


def subcommands(
    parser: argparse.ArgumentParser, prefix: str = ""
) -> dict[str, argparse.ArgumentParser]:
    """Every command's parser by its full name (``"import pairs"``), nested ones too."""
    found: dict[str, argparse.ArgumentParser] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                full = f"{prefix}{name}"
                found[full] = sub
                found.update(subcommands(sub, f"{full} "))
    return found


def document(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Give every command of ``parser`` its description and examples, and every option
    without help its text from :data:`OPTIONS`; returns the parser."""
    for name, sub in subcommands(parser).items():
        text = COMMANDS.get(name)
        if text is not None:
            examples = "\n".join(f"  {line}" for line in text.examples)
            sub.description = text.description
            sub.epilog = f"example{'s' if len(text.examples) > 1 else ''}:\n{examples}"
            sub.formatter_class = _Formatter
        for action in sub._actions:
            if action.help is None and action.dest in OPTIONS:
                action.help = OPTIONS[action.dest]
    return parser


class _Formatter(argparse.HelpFormatter):
    """Wraps the description as a paragraph and keeps the example lines as written."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if text.startswith("example"):
            return "".join(indent + line for line in text.splitlines(keepends=True))
        return super()._fill_text(text, width, indent)
