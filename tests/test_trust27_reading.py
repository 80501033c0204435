"""A file with parse errors also reports its duplicate ids and reversed dates; every reader
of a user's file refuses a missing path, a directory and an endless device cleanly; the
limits and the progress callback of ``loads`` are checked.

Before: a JSON Lines file whose line 2 lacks a name raised "1 problem" and said nothing of
the second city 'a' on line 3 nor of a partnership that "ended 2020 before it was
established 2030"; ``load_settlements("/dev/zero")`` and ``import_pairs("/dev/zero")`` ran
out of memory (``MemoryError``); ``import_pairs("missing.csv")`` raised a bare
``FileNotFoundError`` and ``import_pairs(".")`` a bare ``IsADirectoryError``;
``loads(text, progress=5)`` failed with "TypeError: 'int' object is not callable" and
``max_bytes=-1`` with "is at least 0 bytes, over the limit of -1".
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import citydiplo as cd

LINES = [
    '{"type":"city","id":"a","name":"A","country":"KR"}',
    '{"type":"city","id":"b","country":"KR"}',
    '{"type":"city","id":"a","name":"A2"}',
    '{"type":"partnership","id":"q","parties":["a","nope"],"established":"2030","ended":"2020"}',
    '{"type":"city","id":"a","name":"A3","name":"A4"}',
    "",
    '{"type":"agreement","id":"g","kind":"mou","parties":["a","b"],"signed":"2024",'
    '"term":"2020/2021"}',
    "nul",
]


def _problems(text: str, fmt: str) -> list[tuple[int | None, str, str]]:
    with pytest.raises(cd.ParseError) as caught:
        cd.loads(text, format=fmt)  # type: ignore[arg-type]
    return [(p.line, p.path, p.message) for p in caught.value.problems]


def test_json_lines_report_duplicate_ids_and_reversed_dates_at_their_lines() -> None:
    found = _problems("\n".join(LINES) + "\n", "jsonl")
    where = {(line, path) for line, path, _ in found}
    assert {(2, "$.name"), (8, "$")} <= where  # the parse errors
    duplicates = [(line, m) for line, path, m in found if "CD103" in m]
    # line 5 has a key twice but is read (the last value): it is a repeat of 'a' too
    assert [line for line, _ in duplicates] == [3, 5]
    assert all("already used by the city on line 1" in m for _, m in duplicates)
    assert (4, "$.ended") in where and (7, "$.term") in where
    # references stay validate's: 'nope' and the unread 'b' are not load problems
    assert not any("CD101" in m or "'nope'" in m for *_, m in found)


def test_a_json_document_reports_them_at_their_paths() -> None:
    records = [json.loads(line) for line in LINES if line and line != "nul" and "A4" not in line]
    doc = {
        "actors": [r for r in records if r["type"] == "city"],
        "partnerships": [r for r in records if r["type"] == "partnership"],
    }
    found = _problems(json.dumps(doc), "json")
    where = {path for _, path, _ in found}
    assert "$.actors[1].name" in where  # 'b', unread
    assert "$.actors[2].id" in where  # the second 'a', after the unreadable 'b'
    assert "$.partnerships[0].ended" in where
    assert any("already used by the city at $.actors[0]" in m for *_, m in found)


def test_a_clean_file_still_loads_with_its_duplicates_for_validate() -> None:
    text = "\n".join([LINES[0], LINES[2], LINES[3]]) + "\n"
    dataset = cd.loads(text, format="jsonl")
    assert {f.code for f in cd.validate(dataset)} >= {"CD103", "CD201"}


def test_a_file_of_only_parse_errors_is_unchanged() -> None:
    found = _problems("nul\n", "jsonl")
    assert len(found) == 1 and found[0][0] == 1


READERS = {
    "load_settlements": cd.load_settlements,
    "import_pairs": cd.import_pairs,
    "load": cd.load,
}


@pytest.mark.parametrize("reader", sorted(READERS))
def test_what_is_no_file_is_a_clean_error(tmp_path: Path, reader: str) -> None:
    read = READERS[reader]
    with pytest.raises(cd.NotADatasetPathError, match="does not exist") as missing:
        read(tmp_path / "missing.csv")
    assert isinstance(missing.value, FileNotFoundError)
    with pytest.raises(cd.DirectoryPathError, match="is a directory") as folder:
        read(tmp_path)
    assert isinstance(folder.value, IsADirectoryError)


def test_an_endless_device_is_refused_past_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    from citydiplo._importers import _rows
    from citydiplo._merge import _settlements

    monkeypatch.setattr(_settlements, "MAX_SETTLEMENT_BYTES", 1000)
    monkeypatch.setattr(_rows, "MAX_CSV_BYTES", 1000)
    # a device is refused before a byte is read (it was read up to the limit)
    with pytest.raises(cd.NotADatasetPathError, match="'/dev/zero' is a device, not a regular"):
        cd.load_settlements("/dev/zero")
    with pytest.raises(cd.NotADatasetPathError, match="'/dev/zero' is a device, not a regular"):
        cd.import_pairs("/dev/zero")


def test_loads_checks_its_limits_and_its_progress() -> None:
    text = LINES[0]
    with pytest.raises(cd.ArgumentTypeError, match="'progress' must be a function"):
        cd.loads(text, progress=5)  # type: ignore[arg-type]
    with pytest.raises(cd.ArgumentValueError, match="negative"):
        cd.loads(text, max_bytes=-1)
    with pytest.raises(cd.ArgumentValueError, match="negative"):
        cd.loads(text, max_line_bytes=-1)
    seen: list[tuple[int, int]] = []
    assert len(cd.loads(text, progress=lambda done, total: seen.append((done, total)))) == 1
