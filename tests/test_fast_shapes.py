"""The generated loaders' shortcuts: one function per key set (any order of keys reads the
same), and dates and sets of words shared between equal JSON values (exactly equal), never
letting a value through that the general path refuses."""

from __future__ import annotations

import itertools
from typing import Any

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

import citydiplo as cd
from citydiplo import ParseError
from citydiplo._convert import unstructure_record
from citydiplo._fast import _SHAPES
from tests import strategies


def _shuffled(value: Any, draw: st.DrawFn) -> Any:
    """``value`` with the keys of every object in a drawn order."""
    if isinstance(value, dict):
        keys = draw(st.permutations(sorted(value)))
        return {k: _shuffled(value[k], draw) for k in keys}
    if isinstance(value, list):
        return [_shuffled(v, draw) for v in value]
    return value


@given(st.lists(strategies.record_samples(), min_size=1, max_size=4), st.data())
def test_any_order_of_keys_reads_the_same_record(records: list[Any], data: st.DataObject) -> None:
    lines = []
    for record in records:
        raw = unstructure_record(record)
        for _ in range(2):  # the same record twice, each time in its own order of keys
            lines.append(orjson.dumps(_shuffled(raw, data.draw)))
    loaded = [list(cd.loads(line, format="jsonl")) for line in lines]
    assert loaded == [[r] for r in records for _ in range(2)]


def _event(i: int, keys: list[str]) -> bytes:
    values = {
        "type": "event",
        "id": f"e{i}",
        "kind": "visit",
        "title": "A visit",
        "date": "2024-05",
        "participants": [{"actor": "hanam", "role": "visitor"}, {"actor": "rock"}],
        "place": "rock",
        "venue": "City Hall",
        "planned": False,
        "fields": ["culture"],
        "citations": [{"source": "s1", "quote": "visited"}],
    }
    return orjson.dumps({k: values[k] for k in keys})


def test_more_key_orders_than_shapes_read_the_same() -> None:
    keys = ["type", "id", "kind", "title", "date", "participants", "place", "venue", "planned"]
    orders = list(itertools.islice(itertools.permutations(keys), _SHAPES + 20))
    loaded = cd.loads(b"\n".join(_event(0, list(order)) for order in orders), format="jsonl")
    expected = cd.loads(_event(0, keys), format="jsonl")["e0"]
    assert len(loaded) == len(orders)
    assert all(record == expected for record in loaded)


@pytest.mark.parametrize(
    ("line", "path"),
    [
        ('{"actor": "hanam", "office": false}', "$.participants[0].office"),
        ('{"actor": "hanam", "role": 1}', "$.participants[0].role"),
        ('{"actor": "hanam ", "role": "host"}', "$.participants[0].actor"),
        ('{"actor": ["hanam"], "role": "host"}', "$.participants[0].actor"),
        ('{"actor": "hanam", "role": "host", "seat": "2"}', "$.participants[0].seat"),
        ('{"actor": "hanam", "role": "hots"}', "$.participants[0].role"),
    ],
)
def test_a_shared_instance_never_stands_for_a_different_value(line: str, path: str) -> None:
    good = '{"type":"event","id":"e%d","participants":[{"actor":"hanam","role":"host"}]}'
    bad = '{"type":"event","id":"x","participants":[' + line + "]}"
    text = "\n".join([good % 1, good % 2, bad, good % 3, bad])
    with pytest.raises(ParseError) as info:
        cd.loads(text, format="jsonl")
    problems = info.value.problems
    assert [p.line for p in problems] == [3, 5]
    assert all(p.path.startswith(path) for p in problems), [str(p) for p in problems]


def test_equal_json_dates_and_words_share_one_instance() -> None:
    good = (
        '{"type":"event","id":"e%d","date":"2024-05","fields":["culture"],'
        '"participants":[{"actor":"hanam","role":"host"}]}'
    )
    a, b = cd.loads("\n".join([good % 1, good % 2]), format="jsonl")
    assert a.date is b.date
    assert a.fields is b.fields
    assert a != b and a.participants == b.participants


def test_unknown_keys_are_refused_every_time() -> None:
    bad = '{"type":"event","id":"e%d","participants":[{"actor":"a"}],"colour":"red"}'
    with pytest.raises(ParseError) as info:
        cd.loads("\n".join(bad % i for i in range(3)), format="jsonl")
    assert [(p.line, p.path) for p in info.value.problems] == [(i, "$.colour") for i in (1, 2, 3)]


_ACTORS = st.sampled_from(["hanam", "rock", "b", "hanam-2"])
_ROLES = st.sampled_from(["visitor", "host", "guest", "speaker"])
_OFFICES = st.none() | st.sampled_from(["", "mayor", "governor"])


@given(
    st.lists(
        st.fixed_dictionaries({"actor": _ACTORS, "role": _ROLES}, optional={"office": _OFFICES}),
        max_size=4,
    ),
    st.lists(
        st.fixed_dictionaries(
            {"on_behalf_of": _ACTORS},
            optional={"person": st.sampled_from(["p1", "p2"]), "office": _OFFICES},
        ),
        max_size=4,
    ),
)
def test_participants_and_signatories_are_kept_and_ordered_as_the_model_does(
    participants: list[dict[str, Any]], signatories: list[dict[str, Any]]
) -> None:
    """The loader orders two built items itself: it must give what the constructor gives,
    duplicates (same key, kept last) and ties of the sort key included."""
    line = {"type": "event", "id": "e1", "participants": participants}
    try:
        expected: Any = cd.Event(id="e1", participants=[cd.Participant(**p) for p in participants])
    except (ValueError, TypeError):
        expected = None
    if expected is None:
        with pytest.raises(ParseError):
            cd.loads(orjson.dumps(line), format="jsonl")
    else:
        assert list(cd.loads(orjson.dumps(line), format="jsonl")) == [expected]
        assert cd.loads(orjson.dumps(line), format="jsonl")["e1"].participants == (
            expected.participants
        )
    parties = ["hanam", "rock"]
    agreement = {"type": "agreement", "id": "a1", "parties": parties, "signatories": signatories}
    try:
        expected = cd.Agreement(
            id="a1", parties=parties, signatories=[cd.Signatory(**s) for s in signatories]
        )
    except (ValueError, TypeError):
        expected = None
    if expected is None:
        with pytest.raises(ParseError):
            cd.loads(orjson.dumps(agreement), format="jsonl")
    else:
        assert cd.loads(orjson.dumps(agreement), format="jsonl")["a1"].signatories == (
            expected.signatories
        )


@pytest.mark.parametrize("bad_at", [1, 8191, 8192, 8193, 9000])
@pytest.mark.parametrize(
    ("bad", "path"),
    [
        ('{"type":"event","id":"x","id":"y","participants":[{"actor":"a"}]}', "$.id"),
        ('{"type":"event","id":"x ","participants":[{"actor":"a"}]}', "$.id"),
        ('{"type":"event","id":"x","participants":[{"actor":"a","actor":"b"}]}', "$"),
        ("", None),
        ("[1]", "$"),
        ('{"type":"event","id":"x","participants":[{"actor":"a"}]} {}', "line"),
    ],
)
def test_a_wrong_line_among_plain_ones_is_found_at_its_line(
    bad_at: int, bad: str, path: str | None
) -> None:
    good = '{"type":"event","id":"e%d","participants":[{"actor":"a%d","role":"host"}]}'
    lines = [good % (i, i % 7) for i in range(1, 9200)]
    lines[bad_at - 1] = bad
    text = "\n".join(lines)
    if path is None:  # a blank line is skipped: every other line is read, in order
        ds = cd.loads(text, format="jsonl")
        assert [e.id for e in ds.events] == [f"e{i}" for i in range(1, 9200) if i != bad_at]
        return
    with pytest.raises(ParseError) as info:
        cd.loads(text, format="jsonl")
    assert [p.line for p in info.value.problems] == [bad_at]
    assert path == "line" or info.value.problems[0].path.startswith(path)
