"""Reading and writing datasets as JSON and JSON Lines.

JSON Lines holds one record a line, each tagged by ``type``. A JSON document is an object
with one list per kind (``{"actors": [...], "events": [...]}``; actors carry their
``type``). Reading collects every problem of a file before raising one :class:`ParseError`:
nothing is half-loaded.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

import orjson

from citydiplo._convert import (
    RECORD_TYPES,
    structure_or_explain,
    structure_record,
    unstructure_record,
)
from citydiplo._dataset import COLLECTIONS, Dataset, Record
from citydiplo._errors import ParseError, Problem

__all__ = ["Format", "dump", "dumps", "load", "loads"]

Format = Literal["json", "jsonl"]

#: Refuse longer lines and files unless the caller raises the limits.
MAX_LINE_BYTES = 1 << 20
MAX_FILE_BYTES = 1 << 31

_COLLECTION_CLASSES: dict[str, tuple[type[Any], ...]] = {
    "actors": tuple(
        RECORD_TYPES[t] for t in ("country", "region", "city", "organization", "person")
    ),
    **{
        name: (RECORD_TYPES[tag],)
        for name, tag in (
            ("sources", "source"),
            ("partnerships", "partnership"),
            ("agreements", "agreement"),
            ("events", "event"),
            ("documents", "document"),
            ("claims", "claim"),
        )
    },
}


def loads(
    text: str | bytes,
    *,
    format: Format | None = None,
    max_line_bytes: int = MAX_LINE_BYTES,
    max_bytes: int = MAX_FILE_BYTES,
    name: str = "<string>",
) -> Dataset:
    """Read a dataset from JSON or JSON Lines text.

    Args:
        text: the data, as text or UTF-8 bytes.
        format: ``"json"`` or ``"jsonl"``; guessed from the content when ``None``.
        max_line_bytes: a line over this many bytes is refused.
        max_bytes: an input over this many bytes is refused.
        name: what to call the input in error messages (a file name).

    Raises:
        ParseError: listing every problem, each with its line and path.

    >>> ds = loads('{"type": "city", "id": "hanam", "name": "Hanam", "country": "KR"}')
    >>> ds["hanam"].country
    'KR'
    >>> loads('{"type": "event", "id": "e1", "date": "Aprl 2024"}')
    Traceback (most recent call last):
    ...
    citydiplo.ParseError: 2 problems in <string>
      line 1 $.date: 'Aprl 2024' is not an EDTF date...
      line 1 $.participants: required field is missing
    """
    if isinstance(text, str) and len(text) > max_bytes:  # every character is a byte at least
        raise ParseError(f"{name} is at least {len(text):,} bytes, over the limit of {max_bytes:,}")
    data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else bytes(text)
    if len(data) > max_bytes:
        raise ParseError(f"{name} is {len(data):,} bytes, over the limit of {max_bytes:,}")
    if format is None:
        format = _sniff(data)
    if format == "jsonl":
        return _load_lines(data, name=name, max_line_bytes=max_line_bytes)
    if format == "json":
        return _load_document(data, name=name)
    raise ValueError(f"format={format!r} is not a dataset format (expected 'json' or 'jsonl')")


def load(path: str | os.PathLike[str], *, format: Format | None = None, **limits: int) -> Dataset:
    """Read a dataset from a ``.json`` or ``.jsonl`` file (format from the suffix if known).

    Raises:
        ParseError: listing every problem in the file, each with its line and path.
        OSError: when the file cannot be read.

    >>> import pathlib, tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = pathlib.Path(tmp) / "hanam.jsonl"
    ...     _ = path.write_text('{"type": "city", "id": "hanam", "name": "Hanam"}')
    ...     load(path)
    <Dataset actors=1>
    """
    path = Path(path)
    if format is None and path.suffix.lower() in {".jsonl", ".ndjson"}:
        format = "jsonl"
    elif format is None and path.suffix.lower() == ".json":
        format = "json"
    max_bytes = limits.get("max_bytes", MAX_FILE_BYTES)
    size = path.stat().st_size
    if size > max_bytes:
        raise ParseError(f"{path} is {size:,} bytes, over the limit of {max_bytes:,}")
    return loads(path.read_bytes(), format=format, name=str(path), **limits)


def dumps(dataset: Dataset | Iterable[Record], *, format: Format = "jsonl") -> str:
    """Write a dataset as JSON Lines (default) or as one JSON document.

    ``loads(dumps(ds)) == ds`` for every dataset.

    >>> from citydiplo import City
    >>> print(dumps(Dataset.of([City(id="hanam", name="Hanam", country="KR")])), end="")
    {"type":"city","id":"hanam","name":"Hanam","country":"KR"}
    """
    if not isinstance(dataset, Dataset):
        dataset = Dataset.of(dataset)
    if format == "jsonl":
        return "".join(orjson.dumps(unstructure_record(r)).decode() + "\n" for r in dataset)
    if format == "json":
        doc = {
            name: [unstructure_record(r, tagged=name == "actors") for r in getattr(dataset, name)]
            for name in COLLECTIONS
            if getattr(dataset, name)
        }
        return orjson.dumps(doc, option=orjson.OPT_INDENT_2).decode() + "\n"
    raise ValueError(f"format={format!r} is not a dataset format (expected 'json' or 'jsonl')")


def dump(
    dataset: Dataset | Iterable[Record],
    path: str | os.PathLike[str],
    *,
    format: Format | None = None,
) -> None:
    """Write a dataset to a file; the format follows the suffix (``.json`` or ``.jsonl``).

    >>> import pathlib, tempfile
    >>> from citydiplo import City
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = pathlib.Path(tmp) / "hanam.json"
    ...     dump([City(id="hanam", name="Hanam", country="KR")], path)
    ...     print(path.read_text(encoding="utf-8"), end="")
    {
      "actors": [
        {
          "type": "city",
          "id": "hanam",
          "name": "Hanam",
          "country": "KR"
        }
      ]
    }
    """
    path = Path(path)
    if format is None:
        format = "json" if path.suffix.lower() == ".json" else "jsonl"
    path.write_text(dumps(dataset, format=format), encoding="utf-8")


# -- internals ----------------------------------------------------------------------------


def _sniff(data: bytes) -> Format:
    head = data.lstrip()[:1]
    if head == b"[":
        return "json"
    if head != b"{":
        return "jsonl"
    try:
        whole = orjson.loads(data)
    except orjson.JSONDecodeError:
        return "jsonl"
    return "jsonl" if isinstance(whole, dict) and "type" in whole else "json"


def _load_lines(data: bytes, *, name: str, max_line_bytes: int) -> Dataset:
    records: list[Record] = []
    problems: list[Problem] = []
    structure = structure_record
    loads_json = orjson.loads
    for number, line in enumerate(data.split(b"\n"), start=1):
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
            problems.append(Problem(_json_message(exc), line=number))
            continue
        problems.extend(_duplicate_keys(line, raw, line=number))
        try:
            records.append(structure(raw))
        except Exception:
            record, found = structure_or_explain(raw, line=number)
            if record is not None:
                records.append(record)
            problems.extend(found)
    if problems:
        raise _error(problems, name)
    return Dataset.of(records)


def _load_document(data: bytes, *, name: str) -> Dataset:
    try:
        doc = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        message = _json_message(exc)
        raise ParseError(f"{name} is {message}", problems=[Problem(message)]) from None
    problems: list[Problem] = _duplicate_keys(data, doc)
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
        raise _error(problems, name)
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


def _json_message(exc: orjson.JSONDecodeError) -> str:
    """What is wrong, in words, for the refusals orjson words tersely."""
    head = exc.doc[exc.pos : exc.pos + 9] if isinstance(exc.doc, str) else ""
    if "depth limit" in exc.msg:
        return f"not valid JSON: arrays and objects nested more than 1024 deep ({exc})"
    if head.startswith(("NaN", "Infinity")) or "infinity" in exc.msg:
        return f"not valid JSON: NaN and Infinity are not JSON numbers ({exc})"
    return f"not valid JSON: {exc}"


class _Pairs(dict[str, Any]):
    __slots__ = ("repeated",)
    repeated: list[str]


def _duplicate_keys(data: bytes, parsed: object, *, line: int | None = None) -> list[Problem]:
    """A problem for each key given twice in one object (orjson silently keeps the last).

    Cheap and exact: every key is followed by one ``:``, and writing the parsed value back
    writes every surviving key and string once, so the counts of ``:`` differ exactly when
    a key was dropped (text with an escaped colon, ``\\u003a``, always takes the slow way).
    Costs one ``orjson.dumps`` and two byte counts per line (about 4% of a load); only input
    that fails the test is parsed again, by the standard library, to name keys and paths.
    """
    try:
        same = data.count(b":") == orjson.dumps(parsed).count(b":")
    except orjson.JSONEncodeError:
        same = False
    if same and b"\\u003a" not in data and b"\\u003A" not in data:
        return []

    def pairs(items: list[tuple[str, Any]]) -> _Pairs:
        obj = _Pairs()
        obj.repeated = []
        for key, value in items:
            if key in obj:
                obj.repeated.append(key)
            obj[key] = value
        return obj

    try:
        tree = json.loads(data, object_pairs_hook=pairs)
    except (ValueError, RecursionError):
        return [Problem("an object gives the same key twice", line=line)]
    found: list[Problem] = []
    stack: list[tuple[object, str]] = [(tree, "$")]
    while stack:
        value, path = stack.pop()
        if isinstance(value, _Pairs):
            found.extend(
                Problem(
                    f"duplicate key {key!r} (expected each key once; JSON readers keep only "
                    "one of the values)",
                    path=f"{path}.{key}",
                    line=line,
                )
                for key in value.repeated
            )
            stack.extend((v, f"{path}.{k}") for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((v, f"{path}[{i}]") for i, v in enumerate(value))
    return sorted(found, key=lambda p: p.path)


def _error(problems: list[Problem], name: str) -> ParseError:
    count = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}"
    return ParseError(f"{count} in {name}", problems=problems)
