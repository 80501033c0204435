"""Loading limits that hold: bytes actually read, per-record limits in JSON documents, a
capped list of problems, and a one-line answer for files that are not datasets."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import orjson
import pytest

import citydiplo as cd
from citydiplo import ParseError


@pytest.mark.skipif(not Path("/proc/self/maps").is_file(), reason="no /proc")
def test_the_size_limit_counts_bytes_read_not_st_size() -> None:
    # a /proc file is a regular file that reports a size of 0 and holds more
    assert Path("/proc/self/maps").stat().st_size == 0
    with pytest.raises(ParseError, match="over the limit of 10 bytes"):
        cd.load("/proc/self/maps", max_bytes=10)


def test_a_fifo_is_refused_at_once_not_waited_on(tmp_path: Path) -> None:
    # opening a pipe nobody writes to used to wait for ever
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    caught: list[BaseException] = []

    def read() -> None:
        try:
            cd.load(fifo)
        except BaseException as error:
            caught.append(error)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout=10)
    assert not reader.is_alive(), "load() blocked on a pipe"
    assert isinstance(caught[0], cd.NotADatasetPathError)
    assert str(caught[0]) == (
        f"{str(fifo)!r} is a pipe (FIFO), not a regular file (expected a JSON or JSON Lines "
        "file; save the data to a file and give its name)"
    )


def test_a_device_is_refused_before_reading() -> None:
    with pytest.raises(cd.NotADatasetPathError, match="'/dev/zero' is a device, not a regular"):
        cd.load("/dev/zero", max_bytes=1000)


def test_a_directory_says_it_is_a_directory(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError, match="is a directory"):
        cd.load(tmp_path)


@pytest.mark.parametrize("value", [5, 5.0, None, ["{}"], {"type": "city"}])
def test_loads_takes_text_or_bytes_only(value: object) -> None:
    with pytest.raises(TypeError, match="takes JSON text or bytes"):
        cd.loads(value)  # type: ignore[arg-type]


def test_the_record_limit_holds_in_json_documents() -> None:
    big = {"type": "city", "id": "big", "name": "x" * 5000}
    doc = orjson.dumps({"actors": [{"type": "city", "id": "s", "name": "S"}, big]})
    with pytest.raises(ParseError) as info:
        cd.loads(doc, format="json", max_line_bytes=1000)
    assert [p.path for p in info.value.problems] == ["$.actors[1]"]
    assert len(cd.loads(doc, format="json", max_line_bytes=10_000)) == 2


def test_a_file_lists_at_most_fifty_problems_then_counts_the_rest() -> None:
    text = "\n".join('{"type":"city","id":"","name":""}' for _ in range(400))
    with pytest.raises(ParseError) as info:
        cd.loads(text)
    message = str(info.value)
    assert len(info.value.problems) == 800
    assert message.count("\n  line ") == 50
    assert message.endswith("... and 750 more")


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"city1,country1,city2,country2\nHanam,South Korea,Little Rock,USA\n", "CSV; to import"),
        (b"\xef\xbb\xbfcity1;country1\nHanam;KR\n", "CSV; to import city pairs use"),
        (b"a\tb\n1\t2\n", "tab-separated"),
        (b"PAR1\x00\x00", "Parquet"),
        (b"PK\x03\x04rest", "ZIP archive"),
        (b"\x1f\x8b\x08\x00", "gzip"),
        (b"  <!doctype html><html></html>", "HTML or XML"),
    ],
)
def test_a_file_that_is_no_dataset_gets_one_short_message(data: bytes, says: str) -> None:
    with pytest.raises(ParseError) as info:
        cd.loads(data * 2000)
    assert says in str(info.value)
    assert len(str(info.value)) < 300


def test_the_real_twin_town_csv_gets_one_short_message() -> None:
    path = Path(__file__).parents[1] / "src/citydiplo/data"
    samples = sorted(path.rglob("*.csv"))
    assert samples, "the packaged twin-town sample is missing"
    with pytest.raises(ParseError, match="import pairs") as info:
        cd.load(samples[0])
    assert len(str(info.value)) < 300
