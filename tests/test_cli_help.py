"""``citydiplo COMMAND --help``: a paragraph and an example for every command, help for
every option; the examples parse; ``citydiplo schema`` prints the record schema."""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import shlex

import pytest

import citydiplo
from citydiplo import _cli
from citydiplo._cli_help import COMMANDS, subcommands

PARSER = _cli._parser()
SUBCOMMANDS = subcommands(PARSER)


def _help(*argv: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert _cli.main([*argv, "--help"]) == 0
    return out.getvalue()


def test_every_command_has_its_text() -> None:
    missing = sorted(set(SUBCOMMANDS) - set(COMMANDS))
    assert not missing, f"add a description and an example to _cli_help.COMMANDS: {missing}"
    assert {"demo", "validate", "merge", "timeline", "partners", "export", "schema"} <= set(
        SUBCOMMANDS
    )


@pytest.mark.parametrize("name", sorted(SUBCOMMANDS))
def test_help_has_a_description_and_an_example(name: str) -> None:
    text = _help(*name.split())
    description = " ".join(COMMANDS[name].description.split()[:6])
    assert description in " ".join(text.split())
    assert "example" in text
    for example in COMMANDS[name].examples:
        assert f"  {example}\n" in text


@pytest.mark.parametrize("name", sorted(SUBCOMMANDS))
def test_every_option_has_help(name: str) -> None:
    for action in SUBCOMMANDS[name]._actions:
        if isinstance(action, argparse._SubParsersAction):
            continue
        assert action.help, f"{name}: {action.dest} has no help"


@pytest.mark.parametrize(
    "example",
    sorted({e for text in COMMANDS.values() for e in text.examples}),
)
def test_every_example_parses(example: str) -> None:
    argv = shlex.split(example.split(">")[0])
    assert argv[0] == "citydiplo"
    if argv[1] not in SUBCOMMANDS:
        pytest.skip(f"no {argv[1]!r} command in this installation")
    PARSER.parse_args(argv[1:])


def test_schema_command_prints_the_schema() -> None:
    for argv, fmt in ((["schema"], "jsonl"), (["schema", "--format", "json"], "json")):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            assert _cli.main(argv) == 0
        assert json.loads(out.getvalue()) == citydiplo.json_schema(fmt)  # type: ignore[arg-type]
