"""``citydiplo schema``: print the JSON Schema of the record files."""

from __future__ import annotations

import argparse
import json
from typing import TextIO

__all__ = ["add_schema_command", "run_schema"]


def add_schema_command(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``schema`` among the ``citydiplo`` commands."""
    p = commands.add_parser("schema", help="print the JSON Schema of record files")
    p.add_argument("--format", choices=("jsonl", "json"), default="jsonl")


def run_schema(args: argparse.Namespace, out: TextIO) -> int:
    """Write the schema as indented JSON; the same bytes in every run."""
    from citydiplo._schema import json_schema

    out.write(json.dumps(json_schema(args.format), indent=2, ensure_ascii=False) + "\n")
    return 0
