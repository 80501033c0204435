"""Checks on parsed JSON that orjson does not make: keys given twice, records over a size
limit, and words for the refusals orjson words tersely (huge numbers, NaN, deep nesting)."""

from __future__ import annotations

import json
import re
from typing import Any

import orjson

from citydiplo._errors import Problem

__all__ = ["duplicate_keys", "json_message", "oversized"]


def oversized(doc: object, limit: int) -> list[Problem]:
    """A problem for each record of a JSON document that is larger than ``limit`` bytes."""
    if isinstance(doc, list):
        items: list[tuple[str, object]] = [(f"$[{i}]", r) for i, r in enumerate(doc)]
    elif isinstance(doc, dict):
        items = [
            (f"$.{key}[{i}]", r)
            for key, records in doc.items()
            if isinstance(records, list)
            for i, r in enumerate(records)
        ]
    else:
        items = []
    found = []
    for path, record in items:
        try:
            size = len(orjson.dumps(record))
        except orjson.JSONEncodeError:
            continue  # the loader reports what it cannot take
        if size > limit:
            found.append(
                Problem(f"the record is {size:,} bytes, over the limit of {limit:,}", path=path)
            )
    return found


_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")


def json_message(exc: orjson.JSONDecodeError, *, one_line: bool = False) -> str:
    """What is wrong, in words, for the refusals orjson words tersely, with where it is
    (a column for one line of JSON Lines, whose line the problem gives; a line and column
    in a document) and the text there quoted.

    >>> try:
    ...     orjson.loads(b'{"type": nul}')
    ... except orjson.JSONDecodeError as exc:
    ...     print(json_message(exc, one_line=True))
    not valid JSON: invalid literal, expected 'null' at column 10, near '{"type": nul}'
    """
    exc = _Located(exc, one_line)  # type: ignore[assignment]
    head = exc.doc[exc.pos : exc.pos + 9] if isinstance(exc.doc, str) else ""
    if "depth limit" in exc.msg:
        return f"not valid JSON: arrays and objects nested more than 1024 deep ({exc})"
    number = _NUMBER.match(exc.doc, exc.pos) if isinstance(exc.doc, str) else None
    if number is not None and "infinity" in exc.msg:
        token = number.group()
        digits = len(token.lstrip("-"))
        if token.lstrip("-").isdigit():
            return (
                f"not valid JSON here: an integer of {digits:,} digits, too large to read "
                f"(integers must fit in 64 bits) ({exc})"
            )
        return (
            f"not valid JSON here: the number {token[:24]}"
            f"{'…' if len(token) > 24 else ''} is too large to read as a float ({exc})"
        )
    if "not valid UTF-8" in exc.msg:  # orjson: "str is not valid UTF-8: surrogates not allowed"
        return (
            "not UTF-8 text: a byte here is no UTF-8 character (expected UTF-8; the file is "
            "in another encoding, such as Latin-1 or Windows-1252: save it as UTF-8)"
        )
    if head.startswith(("NaN", "Infinity")) or "infinity" in exc.msg:
        return f"not valid JSON: NaN and Infinity are not JSON numbers ({exc})"
    return f"not valid JSON: {exc}"


class _Located:
    """An orjson error that prints its reason, its place and the text there."""

    def __init__(self, exc: orjson.JSONDecodeError, one_line: bool) -> None:
        self.msg, self.doc, self.pos = exc.msg, exc.doc, exc.pos
        self.one_line, self.lineno, self.colno = one_line, exc.lineno, exc.colno

    def __str__(self) -> str:
        where = (
            f"column {self.colno}" if self.one_line else f"line {self.lineno} column {self.colno}"
        )
        doc = self.doc if isinstance(self.doc, str) else ""
        start = doc.rfind("\n", 0, self.pos) + 1
        near = doc[max(start, self.pos - 20) : self.pos + 20].split("\n", 1)[0]
        return f"{self.msg} at {where}" + (f", near {near!r}" if near.strip() else "")


class _Pairs(dict[str, Any]):
    __slots__ = ("repeated",)
    repeated: list[str]


def duplicate_keys(data: bytes, parsed: object, *, line: int | None = None) -> list[Problem]:
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
