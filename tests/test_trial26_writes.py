"""Trial 26, findings A1 and A10: writes go through symbolic links, refuse what is not a
regular file, create no missing directory, name the user's path, and exit 1 on failure.

Quoted from the trial: "``citydiplo export --to gexf -o mydevfull seeds.jsonl`` # "wrote
mydevfull", rc=0", "``cd.dump(s, "/nonexistent/dir/x.jsonl")`` returned ``None`` and
created ``/nonexistent/dir/``" and "``citydiplo merge seeds.jsonl -o /proc/foo.jsonl``
gives ``… '/proc/.foo.jsonl.merge.json.d949rno9.tmp'``, with rc=2".
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import citydiplo as cd
from citydiplo._cli import main

SMALL = cd.Dataset.of(
    [cd.City(id="a", name="A", country="KR"), cd.City(id="b", name="B", country="JP")]
)


@pytest.fixture
def data_file(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    cd.dump(SMALL, path)
    return path


needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this OS")


@needs_fifo
@pytest.mark.parametrize("to", ["jsonl", "geojson"])
def test_a_fifo_is_refused_not_replaced(
    tmp_path: Path, data_file: Path, to: str, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "myfifo"
    os.mkfifo(fifo)
    assert main(["export", "--to", to, "-o", str(fifo), str(data_file)]) == 1
    assert Path(fifo).is_fifo()
    err = capsys.readouterr().err
    assert "myfifo: is a pipe (FIFO), not a regular file" in err
    assert ".tmp" not in err


@needs_fifo
def test_a_symlink_to_a_fifo_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "myfifo"
    os.mkfifo(fifo)
    link = tmp_path / "link.jsonl"
    link.symlink_to(fifo)
    with pytest.raises(cd.WriteError, match=r"link\.jsonl: is a pipe") as caught:
        cd.dump(SMALL, link)
    assert isinstance(caught.value, OSError)
    assert caught.value.filename == str(link)
    assert link.is_symlink()


def test_a_symlink_is_written_through(tmp_path: Path, data_file: Path) -> None:
    target = tmp_path / "target.jsonl"
    target.write_text("old\n")
    link = tmp_path / "sl.jsonl"
    link.symlink_to(target.name)
    assert main(["export", "--to", "jsonl", "-o", str(link), str(data_file)]) == 0
    assert link.is_symlink()
    assert cd.load(target) == SMALL
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "sl.jsonl", "target.jsonl"]


def test_a_directory_is_refused(tmp_path: Path) -> None:
    (tmp_path / "dd.jsonl").mkdir()
    with pytest.raises(cd.WriteError, match=r"dd.jsonl: is a directory, not a regular file"):
        cd.dump(SMALL, tmp_path / "dd.jsonl")


def test_a_missing_directory_is_not_created(tmp_path: Path) -> None:
    path = tmp_path / "nonexistent" / "dir" / "x.jsonl"
    with pytest.raises(cd.WriteError, match="the directory does not exist") as caught:
        cd.dump(SMALL, path)
    assert isinstance(caught.value, FileNotFoundError | OSError)
    assert not (tmp_path / "nonexistent").exists()
    with pytest.raises(cd.WriteError, match="does not exist"):
        cd.to_csv(SMALL, tmp_path / "nonexistent" / "csv")
    assert not (tmp_path / "nonexistent").exists()


def test_a_file_as_the_directory_is_named(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x")
    with pytest.raises(cd.WriteError, match=r"x.jsonl: the directory '.*afile' is a file"):
        cd.dump(SMALL, tmp_path / "afile" / "x.jsonl")
    with pytest.raises(cd.WriteError, match=r"sub: the directory '.*afile' is a file"):
        cd.to_csv(SMALL, tmp_path / "afile" / "sub")


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs /proc")
def test_a_refused_write_names_the_users_path_and_exits_1(
    data_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["merge", str(data_file), "-o", "/proc/foo.jsonl"]) == 1
    err = capsys.readouterr().err
    assert "/proc/foo.jsonl" in err
    assert ".tmp" not in err
    with pytest.raises(cd.WriteError, match=r"^/proc/x.jsonl: cannot write it") as caught:
        cd.dump(SMALL, "/proc/x.jsonl")
    assert caught.value.filename == "/proc/x.jsonl"


def test_the_help_documents_a_failed_write() -> None:
    from citydiplo._cli import _parser

    assert "1 problems in the data or a failed write" in _parser().format_help()
