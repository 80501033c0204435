"""The fast loader gives what the careful path gives, line for line: the same records, or
the same problems (each at its line and path), for valid and broken lines alike.

The reference reads each line on its own with the detailed cattrs converter and the
explanation code (``structure_or_explain``) and the full duplicate-key test, none of which
runs the generated structure functions. The lines repeat key sets, so the loader's
functions for a key set met before (nested records read by name included) are used after
the first line of each, and broken lines share key sets with good ones.
"""

from __future__ import annotations

from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import citydiplo as cd
from citydiplo import ParseError
from citydiplo._convert import unstructure_record
from citydiplo._explain import structure_or_explain
from citydiplo._jsoncheck import duplicate_keys
from tests import strategies

#: Values put in place of a field or an item: wrong JSON types, ids with whitespace (ASCII
#: and not), empty texts, words of other vocabularies, objects of other key sets.
_ODD = st.sampled_from(
    [
        None,
        True,
        0,
        -1,
        2**63 - 1,
        1.5,
        "",
        " ",
        "x",
        " x",
        "x ",
        "\u00a0x",
        "x\u2003",
        "\u001cx",
        "visitor",
        "host",
        "visiter",
        "culture",
        "2024-05",
        "2024-13",
        "1985/1990",
        [],
        ["x"],
        ["culture", "culture"],
        [1, 2],
        {},
        {"actor": "x"},
        {"actor": "x", "role": "host"},
        {"actor": "x ", "role": "host"},
        {"role": "host", "actor": "y"},
        {"actor": "x", "role": "host", "office": "mayor"},
        {"actor": "x", "role": "host", "seat": 1},
        {"source": "s", "quote": "q"},
        {"source": "s", "quote": " "},
        {"source": "s", "quote": "q", "span": [0, 1]},
        {"quote": "q", "source": "s "},
        [{"actor": "x", "role": "host"}],
        [{"source": "s", "quote": "q"}],
    ]
)
_KEYS = st.sampled_from(["zz", "office", "role", "span", "actor", "source", "quote", "id"])


def _places(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value inside ``value`` (object keys and array indexes)."""
    found = [path]
    if isinstance(value, dict):
        for k, v in value.items():
            found += _places(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            found += _places(v, (*path, i))
    return found


@st.composite
def _broken(draw: st.DrawFn, raw: dict[str, Any]) -> bytes:
    """``raw`` written as a line after one change: a value replaced, a key removed or
    added, or a key given twice in the text."""
    raw = orjson.loads(orjson.dumps(raw))  # a copy
    path = draw(st.sampled_from(_places(raw)[1:] or [()]))
    how = draw(st.sampled_from(["replace", "remove", "add", "twice"]))
    *parent_path, last = path or ("type",)
    parent: Any = raw
    for step in parent_path:
        parent = parent[step]
    if how == "replace":
        parent[last] = draw(_ODD)
    elif how == "remove" and isinstance(parent, dict):
        del parent[last]
    elif how == "add" and isinstance(parent, dict):
        parent[draw(_KEYS)] = draw(_ODD)
    line = orjson.dumps(raw)
    if how == "twice":  # a key given twice: in the record, or in its n-th object
        n = draw(st.integers(0, max(0, line.count(b'{"') - 1)))
        at = -1
        for _ in range(n + 1):
            at = line.index(b'{"', at + 1)
        key = line[at + 1 : line.index(b'":', at) + 2]
        line = line[: at + 1] + key + b'"x",' + line[at + 1 :]
    return line


@st.composite
def _lines(draw: st.DrawFn) -> list[bytes]:
    """Lines of a few records, each repeated with new ids, some of them broken."""
    records = draw(st.lists(strategies.record_samples(), min_size=1, max_size=3))
    lines: list[bytes] = []
    for record in records:
        raw = unstructure_record(record)
        for i in range(draw(st.integers(1, 4))):
            copy = dict(raw, id=f"{raw['id']}-{i}")
            if draw(st.integers(0, 2)) == 0:
                lines.append(draw(_broken(copy)))
            else:
                lines.append(orjson.dumps(copy))
    return draw(st.permutations(lines))


def _careful(lines: list[bytes]) -> tuple[list[Any], list[str]]:
    """The records and the problems of ``lines``, each line read on its own the careful
    way (no generated structure function)."""
    records: list[Any] = []
    problems: list[str] = []
    for number, line in enumerate(lines, start=1):
        raw = orjson.loads(line)
        problems += [str(p) for p in duplicate_keys(line, raw, line=number)]
        record, found = structure_or_explain(raw, line=number)
        problems += [str(p) for p in found]
        if record is not None:
            records.append(record)
    return records, problems


@settings(max_examples=300)
@given(_lines())
def test_the_fast_loader_gives_what_the_careful_path_gives(lines: list[bytes]) -> None:
    records, problems = _careful(lines)
    text = b"\n".join(lines)
    if problems:
        with pytest.raises(ParseError) as info:
            cd.loads(text, format="jsonl")
        # after the parse problems, the duplicate ids and reversed dates among the records
        # read (citydiplo._validate._parsed), which the careful path does not look for
        found = [str(p) for p in info.value.problems]
        cross = [p for p in found if "among the records that could be read" in p]
        assert found == problems + cross
        return
    loaded = cd.loads(text, format="jsonl")
    assert sorted(orjson.dumps(unstructure_record(r)) for r in loaded) == sorted(
        orjson.dumps(unstructure_record(r)) for r in records
    )
    assert sorted(loaded, key=repr) == sorted(records, key=repr)
