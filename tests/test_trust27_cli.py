"""The command never replaces an input through the file it writes beside its output, and
a loop of symbolic links is an error message, not a traceback.

Before: with ``out.jsonl.merge.json`` a link to the input, ``citydiplo merge a.jsonl -o
out.jsonl`` exited 0 and wrote the merge description over ``a.jsonl``; ``citydiplo export
a.jsonl --to jsonl -o loop1`` (``loop1 -> loop2 -> loop1``) ended in "RuntimeError: Symlink
loop from '.../loop1'".
"""

from __future__ import annotations

from pathlib import Path

import pytest

import citydiplo as cd
from citydiplo._cli import main

SMALL = cd.Dataset.of(
    [cd.City(id="a", name="A", country="KR"), cd.City(id="b", name="B", country="JP")]
)


def test_merge_refuses_a_description_that_links_to_an_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "a.jsonl"
    cd.dump(SMALL, data)
    before = data.read_bytes()
    (tmp_path / "out.jsonl.merge.json").symlink_to(data)
    assert main(["merge", str(data), "-o", str(tmp_path / "out.jsonl")]) == 2
    assert data.read_bytes() == before
    assert not (tmp_path / "out.jsonl").exists()
    assert "the merge description" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["export", "merge"])
def test_a_link_loop_is_a_clean_error(
    tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "a.jsonl"
    cd.dump(SMALL, data)
    (tmp_path / "loop1.jsonl").symlink_to(tmp_path / "loop2.jsonl")
    (tmp_path / "loop2.jsonl").symlink_to(tmp_path / "loop1.jsonl")
    args = ["--to", "jsonl"] if command == "export" else []
    assert main([command, *args, "-o", str(tmp_path / "loop1.jsonl"), str(data)]) in (1, 2)
    err = capsys.readouterr().err
    assert "loop1.jsonl" in err and "Traceback" not in err
