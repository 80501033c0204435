"""Exports over an earlier export: a CSV directory held the files of two datasets."""

from __future__ import annotations

from pathlib import Path

import pytest

import citydiplo as cd


def test_csv_over_an_earlier_export_leaves_no_file_of_the_earlier_dataset(
    tmp_path: Path,
) -> None:
    cd.to_csv(cd.load_seeds(), tmp_path)
    assert (tmp_path / "partnerships.csv").is_file()
    one = cd.Dataset.of([cd.City(id="x", name="X", country="KR")])
    written = cd.to_csv(one, tmp_path)
    # before: actors.csv held X while partnerships.csv, events.csv... still held the seeds
    assert sorted(p.name for p in tmp_path.iterdir()) == ["actors.csv"]
    assert [p.name for p in written] == ["actors.csv"]


def test_csv_refuses_a_directory_in_place_of_a_file_before_writing(tmp_path: Path) -> None:
    cd.to_csv(cd.load_seeds(), tmp_path)
    before = (tmp_path / "actors.csv").read_bytes()
    (tmp_path / "events.csv").unlink()
    (tmp_path / "events.csv").mkdir()
    with pytest.raises(cd.ArgumentValueError, match=r"events\.csv' is a directory"):
        cd.to_csv(cd.Dataset.of([cd.City(id="x", name="X")]), tmp_path)
    assert (tmp_path / "actors.csv").read_bytes() == before


def test_other_files_in_the_directory_are_left_alone(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    (tmp_path / "partnerships.csv.bak").write_text("mine too")
    cd.to_csv(cd.Dataset.of([cd.City(id="x", name="X")]), tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "actors.csv", "notes.txt", "partnerships.csv.bak"
    ]


# -- files in other encodings ----------------------------------------------------------------

_LINE = '{"type": "city", "id": "a", "name": "Hà Nam", "country": "VN"}'


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_files_are_named_as_such(encoding: str) -> None:
    # a UTF-16 file ("Unicode" in Windows Notepad) was said to look like CSV
    with pytest.raises(cd.ParseError, match=r"UTF-(16|32) text.*save it as UTF-8") as caught:
        cd.loads(_LINE.encode(encoding))
    assert "CSV" not in str(caught.value)


def test_a_latin1_file_is_said_not_to_be_utf8() -> None:
    # it was "str is not valid UTF-8: surrogates not allowed"
    with pytest.raises(cd.ParseError) as caught:
        cd.loads(_LINE.encode("latin-1"))
    message = str(caught.value)
    assert "not UTF-8 text" in message and "save it as UTF-8" in message
    assert "surrogates" not in message


def test_a_utf8_byte_order_mark_is_read_past(tmp_path: Path) -> None:
    # it was refused ("UTF-8 byte order mark (BOM) is not supported"), though the sniffer
    # looked past it; Notepad and Excel write one
    path = tmp_path / "bom.jsonl"
    path.write_bytes(("\ufeff" + _LINE + "\n" + _LINE.replace('"a"', '"b"')).encode())
    ds = cd.load(path)
    assert [a.id for a in ds.actors] == ["a", "b"]
    document = ('{"actors": [' + _LINE + "]}").encode()
    assert cd.loads(b"\xef\xbb\xbf" + document, format="json")["a"].name == "Hà Nam"
