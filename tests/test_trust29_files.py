"""Files as a hostile or unlucky user gives them: a name too long for the system, a pipe, a
file with classic-Mac line ends, an empty path, a layout rewritten while it is read."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

import citydiplo as cd

CITY = '{"type":"city","id":"hanam","name":"Hanam","country":"KR"}'
TOWN = '{"type":"city","id":"suwon","name":"Suwon","country":"KR"}'


def test_a_name_too_long_is_a_citydiplo_error_quoting_it_cut() -> None:
    # was a bare OSError [Errno 36] repeating all 200,000 characters
    with pytest.raises(cd.NotADatasetPathError) as caught:
        cd.load("a" * 200_000)
    message = str(caught.value)
    assert isinstance(caught.value, OSError) and caught.value.errno == errno.ENAMETOOLONG
    assert message.startswith("'" + "a" * 160 + "…' (a path of 200,000 characters) is longer")
    assert message.endswith("(expected a JSON or JSON Lines file)")
    assert len(message) < 400


def test_a_link_loop_and_a_file_taken_for_a_directory_are_named(tmp_path: Path) -> None:
    loop = tmp_path / "loop.jsonl"
    loop.symlink_to(loop)
    with pytest.raises(cd.NotADatasetPathError, match="a symbolic link that leads to itself"):
        cd.load(loop)
    (tmp_path / "file").write_text(CITY)
    with pytest.raises(cd.NotADatasetPathError, match="a part of it before the last is a file"):
        cd.import_pairs(tmp_path / "file" / "pairs.csv")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this OS")
def test_every_reader_refuses_a_pipe_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "pairs.csv"
    os.mkfifo(fifo)  # nobody writes to it: opening it for reading used to wait for ever
    with pytest.raises(cd.NotADatasetPathError, match=r"is a pipe \(FIFO\), not a regular file"):
        cd.import_pairs(fifo)
    with pytest.raises(cd.NotADatasetPathError, match=r"is a pipe \(FIFO\), not a regular file"):
        cd.load_settlements(fifo)


def test_classic_mac_line_ends_are_named(tmp_path: Path) -> None:
    path = tmp_path / "mac.jsonl"
    path.write_bytes(f"{CITY}\r{TOWN}\r".encode())
    with pytest.raises(cd.ParseError) as caught:
        cd.load(path)
    first = str(caught.value).splitlines()[0]
    assert first == (
        f"1 problem in {path}; its lines end with a carriage return (CR) alone, as classic "
        "Mac OS wrote them, and JSON Lines needs LF or CR LF line ends: save it with those"
    )


def test_windows_line_ends_read_and_other_problems_get_no_line_end_hint() -> None:
    assert len(cd.loads(f"{CITY}\r\n{TOWN}\r\n", format="jsonl")) == 2
    with pytest.raises(cd.ParseError) as caught:
        cd.loads(f"{CITY}\r\n{TOWN[:-1]}, \"country\": 5}}\r\n", format="jsonl")
    assert "carriage return" not in str(caught.value)


@pytest.mark.parametrize(
    ("write", "argument"),
    [
        (lambda ds: cd.write_geojson(ds, ""), "write_geojson() argument 'path'"),
        (lambda ds: cd.dump(ds, ""), "dump() argument 'path'"),
        (lambda ds: cd.to_csv(ds, ""), "to_csv() argument 'directory'"),
        (lambda ds: cd.load(""), "load() argument 'path'"),
    ],
)
def test_an_empty_path_is_said_to_be_empty_not_the_working_directory(
    write: object, argument: str
) -> None:
    dataset = cd.loads(CITY)
    with pytest.raises(cd.ArgumentValueError) as caught:
        write(dataset)  # type: ignore[operator]
    assert str(caught.value) == (
        f"{argument} is '' (empty); expected the name of a file or directory"
    )


def _two_datasets() -> tuple[cd.Dataset, cd.Dataset]:
    reports = cd.load_seeds(merged=False)
    return reports, cd.Dataset(actors=reports.actors, sources=reports.sources)


def test_a_layout_rewritten_during_a_read_is_read_again_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("pyarrow")
    from citydiplo._export import _parquet

    first, second = _two_datasets()
    layout = cd.write_partitioned(first, tmp_path / "layout", buckets=2)
    real = _parquet.read_records
    calls: list[int] = []

    def read_while_another_process_writes(files: list[Path], *, name: str) -> cd.Dataset:
        calls.append(1)
        if len(calls) == 1:  # the files are listed; another write replaces them now
            cd.write_partitioned(second, layout, buckets=2)
        return real(files, name=name)

    monkeypatch.setattr(_parquet, "read_records", read_while_another_process_writes)
    assert cd.read_parquet(layout) == second
    assert len(calls) == 2


def test_a_layout_rewritten_during_every_read_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("pyarrow")
    from citydiplo._export import _parquet

    first, second = _two_datasets()
    layout = cd.write_partitioned(first, tmp_path / "layout", buckets=2)
    turn = [first]

    def read_while_another_process_writes(files: list[Path], *, name: str) -> cd.Dataset:
        turn[0] = second if turn[0] is first else first
        cd.write_partitioned(turn[0], layout, buckets=2)
        return cd.Dataset()

    monkeypatch.setattr(_parquet, "read_records", read_while_another_process_writes)
    with pytest.raises(cd.ParseError, match="rewritten by another write while it was read, 3"):
        cd.read_parquet(layout)


def test_the_command_names_a_name_too_long_once_cut(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from citydiplo._cli import main

    long = str(tmp_path / ("a" * 5000))
    assert main(["validate", long]) == 2
    error = capsys.readouterr().err
    assert error.endswith(
        f"… (a path of {len(long):,} characters): a name longer than the system takes, so no "
        "file has it (expected a dataset file)\n"
    )
    assert len(error) < 400
    dataset = tmp_path / "s.jsonl"
    cd.dump(cd.loads(CITY), dataset)
    assert main(["merge", str(dataset), "-o", long + ".jsonl"]) in (1, 2)
    error = capsys.readouterr().err
    assert error.endswith(": File name too long\n")
    assert "… (a path of " in error and len(error) < 400


def test_the_command_refuses_a_link_loop_as_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from citydiplo._cli import main

    monkeypatch.chdir(tmp_path)
    Path("loop.jsonl").symlink_to("loop.jsonl")
    assert main(["timeline", "loop.jsonl"]) == 2
    assert capsys.readouterr().err == (
        "citydiplo: error: loop.jsonl: a symbolic link that leads to itself (a loop of links) "
        "(expected a dataset file)\n"
    )


def test_ctrl_c_ends_the_command_with_one_line_and_code_130(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from citydiplo import _cli

    def interrupted(*args: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(_cli, "run_schema", interrupted)
    assert _cli.main(["schema"]) == 130
    assert capsys.readouterr().err == "citydiplo: interrupted\n"


def test_a_quote_left_open_does_not_make_a_city_of_two_lines(tmp_path: Path) -> None:
    # the open quote ran city1 over the next line: a city called "Hanam,South Korea,...
    # Hanam" was imported (reported only as not linked)
    path = tmp_path / "pairs.csv"
    row = "Hanam,South Korea,Little Rock,United States\n"
    path.write_text("city1,country1,city2,country2\n" + f'"{row}' * 2 + row, encoding="utf-8")
    result = cd.import_pairs(path)
    assert [p.row for p in result.problems if not p.imported] == [2]
    assert result.problems[0].reason.startswith("cell city1 holds a line break and a whole row")
    assert len(result.dataset.partnerships) == 1  # row 3, the one whole row


@pytest.mark.parametrize(("separator", "name"), [("\t", "tabs"), (";", "semicolons")])
def test_a_list_saved_with_another_separator_says_so(
    tmp_path: Path, separator: str, name: str
) -> None:
    path = tmp_path / "pairs.csv"
    rows = ["city1,country1,city2,country2", "Hanam,South Korea,Little Rock,United States"]
    path.write_text("\n".join(r.replace(",", separator) for r in rows) + "\n", encoding="utf-8")
    with pytest.raises(cd.ParseError) as caught:
        cd.import_pairs(path)
    assert str(caught.value).endswith(
        f"; the header is one cell that {name} split: save the file with commas between cells"
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this OS")
def test_extract_names_a_pipe_as_a_pipe_not_a_missing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from citydiplo._cli import main

    monkeypatch.chdir(tmp_path)
    os.mkfifo("article.txt")  # was "the article article.txt: no such file"
    assert main(["extract", "article.txt", "--lang", "en", "-o", "draft.jsonl"]) == 2
    assert capsys.readouterr().err == (
        "citydiplo: error: the article article.txt: is not a regular file; expected a file "
        "to read\n"
    )


@pytest.mark.skipif(not Path("/proc/self/status").is_file(), reason="no /proc")
def test_a_new_file_gets_its_mode_without_setting_the_umask(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # os.umask(0) for an instant left another thread's new files writable by anyone
    old = os.umask(0o027)
    try:
        def no_umask(mask: int) -> int:
            raise AssertionError("os.umask was called")

        monkeypatch.setattr(os, "umask", no_umask)
        cd.dump(cd.loads(CITY), tmp_path / "new.jsonl")
        monkeypatch.undo()
        assert (tmp_path / "new.jsonl").stat().st_mode & 0o777 == 0o640
    finally:
        os.umask(old)
