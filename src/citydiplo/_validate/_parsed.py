"""Cross-record checks on the records of a file that could not be read whole.

A file with parse errors raises one :class:`~citydiplo.ParseError`; without these checks
its duplicate ids, dangling references and reversed dates showed only once every parse
error was fixed. :func:`cross_problems` runs those rules on the records that were read and
gives their findings as problems, each with its line (JSON Lines) and path.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import orjson

from citydiplo._errors import Problem

__all__ = ["CROSS_RULES", "cross_problems"]

#: The rules run on a file's readable records: ids, references, dates in order.
CROSS_RULES = ("CD101", "CD102", "CD103", "CD104", "CD201", "CD202")
_AT = re.compile(r"\$\.(\w+)\[(\d+)\]")
_REFERENCE = frozenset({"CD101", "CD102"})


def cross_problems(
    records: Sequence[Any], lines: Sequence[bytes] | None, raw: Any
) -> list[Problem]:
    """The findings of :data:`CROSS_RULES` on ``records`` as problems.

    ``lines``: the file's lines (JSON Lines), to give each problem its line; ``raw``: the
    parsed JSON document otherwise. A reference to an id that a record which could not be
    read has is not reported (that record's own problem is).

    >>> from citydiplo import City, Partnership
    >>> lines = [b'{"type":"city","id":"a","name":"A"}', b'{"type":"city","id":"a"}',
    ...          b'{"type":"partnership","id":"p","parties":["a","nope"]}']
    >>> records = [City(id="a", name="A"), Partnership(id="p", parties=("a", "nope"))]
    >>> [str(p)[:40] for p in cross_problems(records, lines, None)]
    ["line 3 $.parties[1]: partnership 'p' ref"]
    """
    from citydiplo._dataset import Dataset
    from citydiplo._validate import validate

    try:
        dataset = Dataset.of(records)
        report = validate(dataset, rules=CROSS_RULES)
    except Exception as error:  # a check that cannot run says so
        return [Problem(f"the cross-record checks (ids, references, dates) did not run: {error}")]
    where = _located(lines) if lines is not None else _placed(raw)
    unread = {key[1] for key in where} - {r.id for r in records}
    problems = []
    for finding in report:
        if finding.code in _REFERENCE and any(repr(i) in finding.message for i in unread):
            continue
        match = _AT.match(finding.path)
        line, path = None, finding.path
        if match:
            records_of = getattr(dataset, match[1])
            record = records_of[int(match[2])]
            key = (record.type, record.id)
            nth = sum(1 for r in records_of[: int(match[2]) + 1] if (r.type, r.id) == key)
            found = where.get(key, [])
            if len(found) >= nth:
                at, rest = found[nth - 1], finding.path[match.end() :]
                line, path = (at, "$" + rest) if isinstance(at, int) else (None, f"{at}{rest}")
        message = f"{finding.message} ({finding.code}, among the records that could be read)"
        problems.append(Problem(message, path=path, line=line))
    return problems


def _located(lines: Sequence[bytes]) -> dict[tuple[str, str], list[int | str]]:
    """Where each (type, id) of a JSON Lines file is: its line numbers."""
    where: dict[tuple[str, str], list[int | str]] = defaultdict(list)
    for number, line in enumerate(lines, start=1):
        if b'"id"' not in line:
            continue
        try:
            data = orjson.loads(line)
        except orjson.JSONDecodeError:
            continue
        if isinstance(data, dict) and isinstance(data.get("id"), str):
            where[(str(data.get("type")), data["id"])].append(number)
    return where


def _placed(raw: Any) -> dict[tuple[str, str], list[int | str]]:
    """Where each (type, id) of a JSON document is: its paths (``$.actors[2]``)."""
    items: list[tuple[str, Any, str | None]] = []
    if isinstance(raw, list):
        items = [(f"$[{i}]", r, None) for i, r in enumerate(raw)]
    elif isinstance(raw, dict):
        items = [
            (f"$.{key}[{i}]", r, None if key == "actors" else key.removesuffix("s"))
            for key, values in raw.items()
            if isinstance(values, list)
            for i, r in enumerate(values)
        ]
    where: dict[tuple[str, str], list[int | str]] = defaultdict(list)
    for path, record, kind in items:
        if isinstance(record, dict) and isinstance(record.get("id"), str):
            where[(str(record.get("type", kind)), record["id"])].append(path)
    return where
