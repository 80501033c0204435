"""Reading and writing datasets as JSON and JSON Lines.

JSON Lines holds one record a line, each tagged by ``type``. A JSON document is an object
with one list per kind (``{"actors": [...], "events": [...]}``; actors carry their
``type``). Reading collects every problem of a file before raising one :class:`ParseError`:
nothing is half-loaded.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson

from citydiplo._convert import (
    RECORD_TYPES,
    record_builders,
    structure_record,
    tagged_shapes,
)
from citydiplo._dataset import _COLLECTION_OF as COLLECTION_OF
from citydiplo._dataset import COLLECTIONS, Dataset, Record
from citydiplo._errors import (
    ArgumentTypeError,
    ArgumentValueError,
    ParseError,
    Problem,
    check_args,
)
from citydiplo._explain import structure_or_explain
from citydiplo._gcpause import collector_paused
from citydiplo._jsoncheck import duplicate_keys, json_message, oversized
from citydiplo._readfile import read_limited
from citydiplo._sniff import line_end_hint, looks_like
from citydiplo._write import Format, dump, dumps, output_format

__all__ = ["Format", "dump", "dumps", "load", "loads", "output_format"]


#: Refuse longer lines and files unless the caller raises the limits.
MAX_LINE_BYTES = 1 << 20
MAX_FILE_BYTES = 1 << 31

#: Collection name -> the record classes it holds, in the order records are written.
_COLLECTION_CLASSES: dict[str, tuple[type[Any], ...]] = {
    name: tuple(cls for cls in RECORD_TYPES.values() if COLLECTION_OF.get(cls) == name)
    for name in COLLECTIONS
}


def loads(
    text: str | bytes,
    *,
    format: Format | None = None,
    max_line_bytes: int = MAX_LINE_BYTES,
    max_bytes: int = MAX_FILE_BYTES,
    name: str = "<string>",
    progress: Callable[[int, int], object] | None = None,
) -> Dataset:
    """Read a dataset from JSON or JSON Lines text.

    Args:
        text: the data, as text or UTF-8 bytes.
        format: ``"json"`` or ``"jsonl"``; guessed from the content when ``None``.
        max_bytes: the whole input over this size is refused.
        max_line_bytes: the largest record: a line of JSON Lines, or one record of a JSON
            document (a larger record is refused with its path).
        name: what to call the input in error messages (a file name).
        progress: called as ``progress(lines_done, lines_total)`` while JSON Lines are read.

    Raises:
        ParseError: listing every problem (the first 50), each with its line and path.
        TypeError: when ``text`` is neither text nor bytes.

    >>> ds = loads('{"type": "city", "id": "hanam", "name": "Hanam", "country": "KR"}')
    >>> ds["hanam"].country
    'KR'
    >>> loads('{"type": "event", "id": "e1", "date": "Aprl 2024"}')
    Traceback (most recent call last):
    ...
    citydiplo.ParseError: 2 problems in <string>
      line 1 $.date: 'Aprl 2024' is not an EDTF date...
      line 1 $.participants: required field is missing
    >>> loads(5)
    Traceback (most recent call last):
    ...
    citydiplo.ArgumentTypeError: loads() takes JSON text or bytes, not int: 5
    """
    if not isinstance(text, str | bytes | bytearray | memoryview):
        kind = type(text).__name__
        raise ArgumentTypeError(f"loads() takes JSON text or bytes, not {kind}: {text!r:.80}")
    check_args(
        "loads",
        format=(format, (str, type(None))),
        max_line_bytes=(max_line_bytes, int),
        max_bytes=(max_bytes, int),
        name=(name, str),
    )
    if progress is not None and not callable(progress):
        raise ArgumentTypeError(
            f"loads() argument 'progress' must be a function of (done, total) or None, not "
            f"{type(progress).__name__}: {progress!r:.80}"
        )
    if min(max_bytes, max_line_bytes) < 0:
        raise ArgumentValueError(
            f"loads(): max_bytes={max_bytes!r}, max_line_bytes={max_line_bytes!r}: a limit "
            "is negative (expected a number of bytes, 0 or more)"
        )
    if isinstance(text, str) and len(text) > max_bytes:  # every character is a byte at least
        raise ParseError(f"{name} is at least {len(text):,} bytes, over the limit of {max_bytes:,}")
    if isinstance(text, str):
        data = text.encode("utf-8", "surrogatepass")
    else:
        data = text if type(text) is bytes else bytes(text)  # bytes are never copied
    if len(data) > max_bytes:
        raise ParseError(f"{name} is {len(data):,} bytes, over the limit of {max_bytes:,}")
    if data[:3] == b"\xef\xbb\xbf":  # a UTF-8 byte order mark (Notepad, Excel): no text
        data = data[3:]
    if format is None:
        format = _sniff(data)
    if format not in ("json", "jsonl"):
        raise ArgumentValueError(
            f"format={format!r} is not a dataset format (expected 'json' or 'jsonl')"
        )
    looks = looks_like(data)
    if looks is not None:
        raise ParseError(f"{name} is not JSON or JSON Lines: {looks}")
    with collector_paused():
        if format == "jsonl":
            return _load_lines(data, name=name, max_line_bytes=max_line_bytes, progress=progress)
        return _load_document(data, name=name, max_record_bytes=max_line_bytes)


def load(
    path: str | os.PathLike[str],
    *,
    format: Format | None = None,
    max_line_bytes: int = MAX_LINE_BYTES,
    max_bytes: int = MAX_FILE_BYTES,
    progress: Callable[[int, int], object] | None = None,
) -> Dataset:
    """Read a dataset from a ``.json`` or ``.jsonl`` file (format from the suffix if known).

    The size limit counts the bytes actually read, so a device, a pipe or a ``/proc`` file
    that reports no size (or a false one) is refused as soon as it passes ``max_bytes``.

    Raises:
        ParseError: listing every problem in the file, each with its line and path.
        NotADatasetPathError: (a ``FileNotFoundError``) when ``path`` does not exist.
        DirectoryPathError: (an ``IsADirectoryError``) when ``path`` is a directory.
        OSError: when the file cannot be read.

    >>> load(".")
    Traceback (most recent call last):
    ...
    citydiplo.DirectoryPathError: . is a directory (expected a JSON or JSON Lines file)
    """
    check_args(
        "load",
        path=(path, (str, os.PathLike)),
        format=(format, (str, type(None))),
        max_line_bytes=(max_line_bytes, int),
        max_bytes=(max_bytes, int),
    )
    path = Path(path)
    if format is None and path.suffix.lower() in {".jsonl", ".ndjson"}:
        format = "jsonl"
    elif format is None and path.suffix.lower() == ".json":
        format = "json"
    data = read_limited(path, max_bytes)
    limits = {"max_line_bytes": max_line_bytes, "max_bytes": max_bytes}
    return loads(data, format=format, name=str(path), progress=progress, **limits)


_SPACE = re.compile(rb"\s*")


# -- internals ----------------------------------------------------------------------------


def _sniff(data: bytes) -> Format:
    start = _SPACE.match(data).end()  # type: ignore[union-attr]
    head = data[start : start + 1]
    if head == b"[":
        return "json"
    if head != b"{":
        return "jsonl"
    try:
        whole = orjson.loads(data)
    except orjson.JSONDecodeError:
        return "jsonl"
    return "jsonl" if isinstance(whole, dict) and "type" in whole else "json"


def loads_lines(data: bytes, *, name: str) -> list[Record]:
    """The records of JSON Lines, one a line, in the order of the lines, checked as
    :func:`loads` checks them (for readers that keep each record's text beside it)."""
    if len(data) > MAX_FILE_BYTES:
        raise ParseError(f"{name} is {len(data):,} bytes, over the limit of {MAX_FILE_BYTES:,}")
    with collector_paused():
        return _record_list(data, name=name, max_line_bytes=MAX_LINE_BYTES, progress=None)


def _load_lines(data: bytes, *, name: str, max_line_bytes: int, progress: Any) -> Dataset:
    return Dataset.of(
        _record_list(data, name=name, max_line_bytes=max_line_bytes, progress=progress)
    )


def _record_list(data: bytes, *, name: str, max_line_bytes: int, progress: Any) -> list[Record]:
    records: list[Record] = []
    problems: list[Problem] = []
    total = len(lines := data.split(b"\n"))
    for start in range(0, total, _BLOCK):
        if progress is not None and start:
            progress(start, total)
        block = lines[start : start + _BLOCK]
        done = 0
        if max(map(len, block)) <= max_line_bytes:
            done = _plain_lines(block, records)
        if done < len(block):
            _lines_one_by_one(block[done:], start + done, records, problems, max_line_bytes)
    if progress is not None:
        progress(total, total)
    if problems:
        # a file whose lines end with CR alone reads as one line that holds them all
        hint = line_end_hint(b"\n".join(lines[p.line - 1] for p in problems[:50] if p.line))
        name = name if hint is None else f"{name}; {hint}"
        raise _error(problems, name, records, lines=lines, max_line_bytes=max_line_bytes)
    return records


#: Lines read as one block: the plain way first, one by one from the first line it cannot
#: take (progress is reported between blocks).
_BLOCK = 8192


def _plain_lines(block: list[bytes], records: list[Record]) -> int:
    """Read the lines of ``block`` while each is a record exactly as citydiplo writes it
    (what ``orjson.dumps`` writes back byte for byte: so no key is given twice) of a key set
    met before; stop at the first other line (blank, invalid, new or wrong). Returns how
    many lines were read: each gave one record, appended to ``records``."""
    loads_json, dumps_json = orjson.loads, orjson.dumps
    shapes = tagged_shapes()
    append = records.append
    before = len(records)
    try:
        for line in block:
            raw = loads_json(line)
            if dumps_json(raw) != line:
                break
            append(shapes[raw["type"]][tuple(raw)](raw))
    except Exception:  # read again one by one, which says what is wrong
        pass
    return len(records) - before


def _lines_one_by_one(
    lines: list[bytes],
    first: int,
    records: list[Record],
    problems: list[Problem],
    max_line_bytes: int,
) -> None:
    """Read ``lines`` (the first is line number ``first + 1``), collecting problems."""
    builders = record_builders()
    shapes = tagged_shapes()
    loads_json, dumps_json = orjson.loads, orjson.dumps
    for number, line in enumerate(lines, start=first + 1):
        if len(line) > max_line_bytes:
            problems.append(
                Problem(
                    f"line is {len(line):,} bytes, over the limit of {max_line_bytes:,}",
                    line=number,
                )
            )
            continue
        if not line or line.isspace():
            continue
        try:
            raw = loads_json(line)
        except orjson.JSONDecodeError as exc:
            problems.append(Problem(json_message(exc, one_line=True), line=number))
            continue
        try:  # the cheap exact test of duplicate_keys, inlined for the common case; a line
            # that is exactly what orjson writes back (as citydiplo writes) has every key
            again = dumps_json(raw)
            same = again == line or (
                line.count(b":") == again.count(b":") and b"\\u003" not in line
            )
        except orjson.JSONEncodeError:
            same = False
        if not same:
            problems.extend(duplicate_keys(line, raw, line=number))
        try:  # a key set met before: its generated function at once, else the class's
            build = shapes[raw["type"]].get(tuple(raw))
            records.append(build(raw) if build is not None else builders[raw["type"]](raw, True))
        except Exception:
            record, found = structure_or_explain(raw, line=number)
            if record is not None:
                records.append(record)
            problems.extend(found)


def _load_document(data: bytes, *, name: str, max_record_bytes: int) -> Dataset:
    try:
        doc = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        message = json_message(exc)
        raise ParseError(f"{name} is {message}", problems=[Problem(message)]) from None
    problems: list[Problem] = duplicate_keys(data, doc)
    if len(data) > max_record_bytes:  # only then can one record be over the limit
        problems.extend(oversized(doc, max_record_bytes))
        if problems:
            raise _error(problems, name)
    records: list[Record] = []
    if isinstance(doc, list):  # a JSON array of tagged records
        for index, raw in enumerate(doc):
            _read_into(records, problems, raw, f"$[{index}]", None)
    elif isinstance(doc, dict):
        for key, items in doc.items():
            if key not in _COLLECTION_CLASSES:
                problems.append(
                    Problem(
                        f"unknown collection {key!r} (expected one of {', '.join(COLLECTIONS)})",
                        path=f"$.{key}",
                    )
                )
            elif not isinstance(items, list):
                problems.append(Problem(f"{key!r} is not a list of records", path=f"$.{key}"))
            else:
                classes = _COLLECTION_CLASSES[key]
                for index, raw in enumerate(items):
                    _read_into(records, problems, raw, f"$.{key}[{index}]", classes)
    else:
        problems.append(
            Problem("the document is neither an object of collections nor a list of records")
        )
    if problems:
        raise _error(problems, name, records, doc=doc)
    return Dataset.of(records)


def _read_into(
    records: list[Record],
    problems: list[Problem],
    raw: object,
    path: str,
    classes: tuple[type[Any], ...] | None,
) -> None:
    cls: type[Any] | None = None
    if isinstance(raw, dict) and classes is not None and len(classes) == 1:
        tag = raw.get("type", classes[0].type)
        if tag != classes[0].type:
            problems.append(
                Problem(f"a {tag!r} record in the {classes[0].type} list", path=f"{path}.type")
            )
            return
        cls = classes[0]
        raw = {k: v for k, v in raw.items() if k != "type"}
    elif isinstance(raw, dict) and classes is not None:
        tag = raw.get("type")
        if isinstance(tag, str) and tag in RECORD_TYPES and RECORD_TYPES[tag] not in classes:
            problems.append(Problem(f"a {tag!r} record in the actors list", path=f"{path}.type"))
            return
    try:
        records.append(structure_record(raw, cls))
    except Exception:
        record, found = structure_or_explain(raw, path=path, cls=cls)
        if record is not None:
            records.append(record)
        problems.extend(found)


def _error(problems: list[Problem], name: str, records: Any = (), **read: Any) -> ParseError:
    """One error for every problem, with the duplicate ids and reversed dates among the
    ``records`` that could be read (see :mod:`citydiplo._validate._parsed`)."""
    from citydiplo._validate._parsed import cross_problems

    p = [*problems, *(cross_problems(records, problems, **read) if records else ())]
    return ParseError(f"{len(p)} problem{'s' if len(p) != 1 else ''} in {name}", problems=p)
