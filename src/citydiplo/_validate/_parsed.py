"""Duplicate ids and reversed dates among the records of a file that could not be read whole.

A file with parse errors raises one :class:`~citydiplo.ParseError`; without these checks
its duplicate ids and reversed dates (a partnership that ended before it was established,
an agreement whose term ends before it was signed) showed only once every parse error was
fixed. :func:`cross_problems` adds them to the problems, each at its line (JSON Lines) or
path in the file (a JSON document). References between records are not checked here: a
reference to a record that could not be read is no error of the file, and a clean file's
dangling references load too (``validate`` reports them).

A record is placed in the file by reading again only the lines or items that have a
problem (a line with a duplicate key still gives a record); when that does not account for
every record read, no place is given rather than a wrong one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from citydiplo._errors import Problem

__all__ = ["CROSS_RULES", "cross_problems"]

#: The rules run on the records that could be read: reversed dates (CD103, duplicate ids,
#: is checked here directly, to name the first record by its place in the file).
CROSS_RULES = ("CD201", "CD202")
_AT = re.compile(r"\$\.(\w+)\[(\d+)\]")


def cross_problems(
    records: Sequence[Any],
    problems: Sequence[Problem],
    *,
    lines: Sequence[bytes] | None = None,
    max_line_bytes: int = 0,
    doc: Any = None,
) -> list[Problem]:
    """The duplicate ids and reversed dates among ``records`` as problems.

    ``lines`` (JSON Lines, with the line limit) or ``doc`` (the parsed JSON document) are
    what ``records`` were read from, with the ``problems`` found there.

    >>> from citydiplo import City, Partnership, PartialDate
    >>> lines = [b'{"type":"city","id":"a","name":"A"}', b'{"type":"city","id":"b"}',
    ...          b'{"type":"city","id":"a","name":"A2"}']
    >>> records = [City(id="a", name="A"), City(id="a", name="A2")]
    >>> for p in cross_problems(records, [Problem("missing", line=2)], lines=lines):
    ...     print(p)  # doctest: +NORMALIZE_WHITESPACE
    line 3 $.id: id 'a' is already used by the city on line 1 (CD103, among the records that
    could be read)
    """
    places = _places(records, problems, lines, max_line_bytes, doc)
    index = {id(record): n for n, record in enumerate(records)}

    def at(n: int, rest: str) -> tuple[int | None, str | None]:
        place = places[n] if places is not None else None
        if isinstance(place, int):
            return place, "$" + rest
        return None, (place + rest if place is not None else None)

    def where(n: int) -> str:
        line, path = at(n, "")
        return f"on line {line}" if line is not None else f"at {path}" if path else "before"

    found: list[Problem] = []
    first: dict[str, int] = {}
    for n, record in enumerate(records):
        seen = first.setdefault(record.id, n)
        if seen != n:
            line, path = at(n, ".id")
            message = (
                f"id {record.id!r} is already used by the {records[seen].type} {where(seen)} "
                "(CD103, among the records that could be read)"
            )
            found.append(Problem(message, path=path or "$", line=line))
    found.extend(_reversed_dates(records, index, at))
    return found


def _reversed_dates(records: Sequence[Any], index: dict[int, int], at: Any) -> list[Problem]:
    from citydiplo._dataset import Dataset
    from citydiplo._validate import validate

    dataset = Dataset.of(records)
    found = []
    for finding in validate(dataset, rules=CROSS_RULES):
        match = _AT.match(finding.path)
        line, path = None, None
        if match:
            record = getattr(dataset, match[1])[int(match[2])]
            if id(record) in index:
                line, path = at(index[id(record)], finding.path[match.end() :])
        message = f"{finding.message} ({finding.code}, among the records that could be read)"
        found.append(Problem(message, path=path or "$", line=line))
    return found


def _places(
    records: Sequence[Any],
    problems: Sequence[Problem],
    lines: Sequence[bytes] | None,
    max_line_bytes: int,
    doc: Any,
) -> list[int | str] | None:
    """Where each record was read: its line number, or its path in the document; ``None``
    when the count does not match the records (then no place is given)."""
    from citydiplo._io import _lines_one_by_one, _read_into

    places: list[int | str] = []
    if lines is not None:
        bad = {p.line for p in problems}
        for number, line in enumerate(lines, start=1):
            if number in bad:  # read it again: did it give a record?
                again: list[Any] = []
                _lines_one_by_one([line], number - 1, again, [], max_line_bytes)
                places.extend([number] * len(again))
            elif line and not line.isspace():
                places.append(number)
    else:
        paths = [p.path or "$" for p in problems]
        for path, raw, classes in _items(doc):
            if any(p == path or p.startswith((path + ".", path + "[")) for p in paths):
                again = []
                _read_into(again, [], raw, path, classes)
                places.extend([path] * len(again))
            else:
                places.append(path)
    return places if len(places) == len(records) else None


def _items(doc: Any) -> list[tuple[str, Any, tuple[type[Any], ...] | None]]:
    """The records of a JSON document with their paths, in the order they are read."""
    from citydiplo._io import _COLLECTION_CLASSES

    if isinstance(doc, list):
        return [(f"$[{i}]", raw, None) for i, raw in enumerate(doc)]
    if not isinstance(doc, dict):
        return []
    return [
        (f"$.{key}[{i}]", raw, _COLLECTION_CLASSES[key])
        for key, items in doc.items()
        if key in _COLLECTION_CLASSES and isinstance(items, list)
        for i, raw in enumerate(items)
    ]
