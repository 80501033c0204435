"""Loading enforces types: every field of every model refuses a value of the wrong JSON type,
on the fast path and on the detailed one, with that field's path; every problem of a record
is listed; what the model holds always writes and reads back."""

from __future__ import annotations

import decimal
import enum
import types
import typing
from typing import Any

import attrs
import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

import citydiplo as cd
from citydiplo import InvalidModelError, ParseError
from citydiplo._convert import converters, structure_record, unstructure_record
from citydiplo._explain import record_problems
from citydiplo._fast import fast_structure
from citydiplo.dates import DateRange, PartialDate
from tests import strategies

SAMPLES = {  # a wrong value of every JSON type
    "string": "ab",
    "integer": 7,
    "float": 1.5,
    "boolean": True,
    "array": ["ab"],
    "object": {"ab": "cd"},
    "null": None,
}


def _json_types(t: Any) -> set[str]:
    """The JSON types a field of annotation ``t`` accepts (a test oracle, written by hand)."""
    origin, args = typing.get_origin(t), typing.get_args(t)
    if origin in (typing.Union, types.UnionType):
        return set().union(*(_json_types(a) for a in args))
    if t is type(None):
        return {"null"}
    if t in (str, PartialDate, DateRange, cd.YearlessDate) or (
        isinstance(t, type) and issubclass(t, enum.Enum)
    ):
        return {"string"}
    if isinstance(t, type) and attrs.has(t):  # a nested record
        return {"object"}
    if t is decimal.Decimal:  # an amount: an integer or decimal text
        return {"integer", "string"}
    if t is bool:
        return {"boolean"}
    if t is int:
        return {"integer"}
    if t is float:  # degrees: any JSON number
        return {"integer", "float"}
    if origin in (tuple, frozenset):
        if args == (cd.Label, ...):
            return {"object"}
        return {"array"}
    raise AssertionError(f"no JSON type known for {t!r}")


def _nested(record: Any) -> list[Any]:
    """The record and every attrs instance inside it."""
    found = [record]
    for a in attrs.fields(type(record)):
        value = getattr(record, a.name)
        if isinstance(value, tuple | frozenset):
            for item in value:
                if attrs.has(type(item)) and type(item) is not cd.Label:
                    found.extend(_nested(item))
    return found


@given(strategies.record_samples(), st.data())
def test_every_field_refuses_a_value_of_the_wrong_json_type(
    record: Any, data: st.DataObject
) -> None:
    target = data.draw(st.sampled_from(_nested(record)))
    cls = type(target)
    attrs.resolve_types(cls)
    fields = attrs.fields(cls)
    a = data.draw(st.sampled_from(fields))
    wrong = [k for k in SAMPLES if k not in _json_types(a.type)]
    kind = data.draw(st.sampled_from(wrong))
    raw = converters()[0].unstructure(target) if target is not record else unstructure_record(
        record, tagged=False)
    raw[a.name] = SAMPLES[kind]
    fast = fast_structure(cls, converters()[0].structure)
    with pytest.raises((TypeError, ValueError, KeyError)):  # refused; explaining is not its job
        fast(raw)
    problems = record_problems(raw, cls=cls)
    paths = [p.path for p in problems]
    at = f"$.{a.name}"
    assert any(p == at or p.startswith((f"{at}.", f"{at}[")) for p in paths), (
        a.name, kind, [str(p) for p in problems])
    if target is record:
        line = orjson.dumps({"type": record.type, **raw})
        with pytest.raises(ParseError) as info:
            cd.loads(line)
        assert any(p.path.startswith(f"$.{a.name}") for p in info.value.problems)


@pytest.mark.parametrize(
    ("line", "path"),
    [
        ('{"type":"city","id":"c","name":"C","names":"Seoul"}', "$.names"),
        ('{"type":"city","id":"c","name":"C","names":{"ko":[1]}}', "$.names"),
        ('{"type":"partnership","id":"p","parties":"ab"}', "$.parties"),
        ('{"type":"document","id":"d","implements":"59-NQ/TW"}', "$.implements"),
        ('{"type":"document","id":"d","implements":{"59":"NQ"}}', "$.implements"),
        ('{"type":"event","id":"e","participants":"ab"}', "$.participants"),
        ('{"type":"event","id":"e","participants":["ab"]}', "$.participants[0]"),
        ('{"type":"event","id":"e","participants":[{"actor":"a"}],"fields":"culture"}', "$.fields"),
        ('{"type":"claim","id":"c","subject":"a","counted":"partners","value":1,"kinds":5}',
         "$.kinds"),
        ('{"type":"person","id":"p","name":"P","roles":{"title":"Mayor"}}', "$.roles"),
    ],
)
def test_collections_refuse_text_objects_and_scalars(line: str, path: str) -> None:
    with pytest.raises(ParseError) as info:
        cd.loads(line)
    assert [p.path for p in info.value.problems] == [path]


@pytest.mark.parametrize(
    "build",
    [
        lambda: cd.City(id="c", name="C", names="Seoul"),
        lambda: cd.Partnership(id="p", parties="ab"),
        lambda: cd.Document(id="d", implements="59-NQ/TW"),
        lambda: cd.Event(id="e", participants=["ab"]),
        lambda: cd.Event(id="e", participants=[cd.Participant(actor="a")], citations="ab"),
        lambda: cd.Event(id="e", participants=[cd.Participant(actor="a")], citations=["ab"]),
        lambda: cd.City(id="c", name="C", category=5),
    ],
)
def test_the_model_refuses_text_for_collections(build: Any) -> None:
    with pytest.raises(InvalidModelError):
        build()


def test_every_problem_of_a_record_is_listed() -> None:
    with pytest.raises(ParseError) as info:
        cd.loads('{"type":"event","id":"e","kind":"vist","date":"2024-13",'
                 '"participants":[{"actor":"a","role":"hst"},{"actor":"","role":"host"}]}')
    assert sorted(p.path for p in info.value.problems) == [
        "$.date", "$.kind", "$.participants[0].role", "$.participants[1].actor"]
    with pytest.raises(ParseError) as info:
        cd.loads('{"type":"city","id":"","name":"","country":"kr"}')
    assert sorted(p.path for p in info.value.problems) == ["$.country", "$.id", "$.name"]
    assert "'kr'" in str(info.value)


@given(strategies.any_texts, strategies.any_integers)
def test_what_the_model_holds_writes_and_reads_back(text: str, number: int) -> None:
    for build in (
        lambda: cd.City(id="c", name="C", names={"ko": [text]}),
        lambda: cd.Source(id="s", title=text),
        lambda: cd.CountClaim(id="k", subject="a", counted="partners", value=number),
        lambda: cd.Citation(source="s", quote="q", span=(0, number)),
    ):
        try:
            record = build()
        except InvalidModelError:
            continue
        if isinstance(record, cd.Citation):
            record = cd.Event(id="e", participants=[cd.Participant(actor="a")],
                              citations=[record])
        ds = cd.Dataset.of([record])
        for fmt in ("jsonl", "json"):
            assert cd.loads(cd.dumps(ds, format=fmt)) == ds


def test_lone_surrogates_and_huge_integers_are_refused_at_construction() -> None:
    with pytest.raises(InvalidModelError, match="name"):
        cd.City(id="c", name="Ha\ud800nam")
    with pytest.raises(InvalidModelError, match="value"):
        cd.CountClaim(id="k", subject="a", counted="partners", value=2**64)


@given(strategies.record_samples())
def test_the_generated_fast_path_builds_what_the_constructor_builds(record: Any) -> None:
    raw = {"type": record.type, **unstructure_record(record, tagged=False)}
    built = structure_record(orjson.loads(orjson.dumps(raw)))
    assert built == record
    assert type(built) is type(record)
    attrs.validate(built)  # every validator of the class, type checks included, holds
    for item in _nested(built)[1:]:
        attrs.validate(item)
