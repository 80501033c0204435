"""The JSON Schema of the record format agrees with the loader.

Every record the loader accepts (the seed files line by line, every record the hypothesis
strategies build) is valid under the schema; records the loader refuses for a reason the
schema can state are refused by the schema too. The schema is checked with the independent
``jsonschema`` package.
"""

from __future__ import annotations

import copy
import functools
import json
import re
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import citydiplo
from citydiplo._convert import RECORD_TYPES
from tests import strategies as cst

SEEDS = Path(citydiplo.__file__).parent / "data" / "seeds"


@functools.cache
def _validator() -> jsonschema.Draft202012Validator:
    schema = citydiplo.json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture
def validator() -> jsonschema.Draft202012Validator:
    return _validator()


def _errors(validator: jsonschema.Draft202012Validator, data: object) -> list[str]:
    return [e.message for e in validator.iter_errors(data)]


def test_schema_is_draft_2020_12_and_json() -> None:
    for fmt in ("jsonl", "json"):
        schema = citydiplo.json_schema(fmt)  # type: ignore[arg-type]
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        jsonschema.Draft202012Validator.check_schema(schema)
        assert json.loads(json.dumps(schema)) == schema


def test_schema_is_the_same_in_every_call() -> None:
    assert json.dumps(citydiplo.json_schema()) == json.dumps(citydiplo.json_schema())


def test_every_seed_line_is_valid(validator: jsonschema.Draft202012Validator) -> None:
    files = sorted(SEEDS.glob("*.jsonl"))
    assert len(files) >= 6
    count = 0
    for path in files:
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
            if line.strip():
                assert not _errors(validator, json.loads(line)), f"{path.name}:{number}"
                count += 1
    assert count > 100


def test_the_merged_seeds_written_out_are_valid(validator: jsonschema.Draft202012Validator) -> None:
    for line in citydiplo.dumps(citydiplo.load_seeds()).split("\n")[:-1]:
        assert not _errors(validator, json.loads(line)), line


def test_a_json_document_of_the_seeds_is_valid() -> None:
    schema = citydiplo.json_schema("json")
    doc = json.loads(citydiplo.dumps(citydiplo.load_seeds(), format="json"))
    assert not list(jsonschema.Draft202012Validator(schema).iter_errors(doc))
    bad = {"actors": [], "meetings": []}
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(bad))
    city = {"type": "city", "id": "x", "name": "X", "country": "Korea"}
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors({"actors": [city]}))
    assert errors


@given(cst.datasets())
def test_every_generated_record_is_valid(dataset: citydiplo.Dataset) -> None:
    validator = _validator()
    for line in citydiplo.dumps(dataset).split("\n")[:-1]:
        assert not _errors(validator, json.loads(line)), line


def test_errors_point_at_the_field(validator: jsonschema.Draft202012Validator) -> None:
    city = {"type": "city", "id": "hanam", "name": "Hanam", "country": "Korea"}
    assert [e.json_path for e in validator.iter_errors(city)] == ["$.country"]
    mou = {**AGREEMENT, "kind": "memo"}
    assert [e.json_path for e in validator.iter_errors(mou)] == ["$.kind"]
    assert [e.json_path for e in validator.iter_errors({"id": "x"})] == ["$"]
    assert [e.json_path for e in validator.iter_errors({"type": "meeting"})] == ["$.type"]


def test_every_record_type_and_field_is_described() -> None:
    schema = citydiplo.json_schema()
    refs = {one["then"]["$ref"].rsplit("/", 1)[1] for one in schema["allOf"]}
    assert schema["properties"]["type"]["enum"] == list(RECORD_TYPES)
    assert refs == {cls.__name__ for cls in RECORD_TYPES.values()}
    for cls in RECORD_TYPES.values():
        definition = schema["$defs"][cls.__name__]
        assert definition["description"], cls
        names = {a.name for a in attrs.fields(cls)}
        assert set(definition["properties"]) == names | {"type"}
        for name in names:
            assert definition["properties"][name].get("description"), f"{cls.__name__}.{name}"


# -- refusals: what the loader refuses, the schema refuses where it can say why --------------

AGREEMENT = {
    "type": "agreement",
    "id": "mou-1",
    "parties": ["hanam", "little-rock"],
    "kind": "mou",
    "signatories": [{"person": "kim", "on_behalf_of": "hanam"}],
    "signed": "2024-04",
    "fields": ["trade", "culture"],
    "citations": [{"source": "s1", "quote": "signed an MOU", "span": [0, 13]}],
}
EVENT = {
    "type": "event",
    "id": "e1",
    "kind": "visit",
    "date": "2025-03-06",
    "participants": [{"actor": "hanoi", "role": "visitor"}, {"actor": "spb", "role": "host"}],
}
CITY = {
    "type": "city",
    "id": "hanam",
    "name": "Hanam",
    "country": "KR",
    "subdivision": "KR-41",
    "names": {"ko": ["하남시"], "he": ["חנם", "האנם"]},
}
CLAIM = {"type": "claim", "id": "c1", "subject": "gwangju", "counted": "partners", "value": 10}


def _set(record: dict[str, Any], path: tuple[Any, ...], value: object) -> dict[str, Any]:
    out = copy.deepcopy(record)
    target: Any = out
    for key in path[:-1]:
        target = target[key]
    if value is _DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return out


_DELETE = object()

REFUSED = [
    (AGREEMENT, ("kind",), "sisterr"),
    (AGREEMENT, ("signed",), "Aprl 2024"),
    (AGREEMENT, ("signed",), "2024-13"),
    (AGREEMENT, ("signed",), "2024-04-32"),
    (AGREEMENT, ("signed",), " 2024"),
    (AGREEMENT, ("signed",), 2024),
    (AGREEMENT, ("parties",), ["hanam"]),
    (AGREEMENT, ("parties",), ["hanam", "hanam"]),
    (AGREEMENT, ("parties", 0), ""),
    (AGREEMENT, ("parties", 0), " hanam"),
    (AGREEMENT, ("fields", 0), "tourism and trade"),
    (AGREEMENT, ("signatories", 0, "person"), _DELETE),
    (AGREEMENT, ("signatories", 0, "role"), "mayor"),
    (AGREEMENT, ("citations", 0, "quote"), "   "),
    (AGREEMENT, ("citations", 0, "span"), [0]),
    (AGREEMENT, ("citations", 0, "span"), [-1, 3]),
    (AGREEMENT, ("planned",), "yes"),
    (AGREEMENT, ("id",), _DELETE),
    (AGREEMENT, ("type",), "agreemnt"),
    (AGREEMENT, ("signed_on",), "2024"),
    (EVENT, ("participants",), []),
    (EVENT, ("participants", 0, "role"), "tourist"),
    (EVENT, ("date",), "2025-03-06T10:00"),
    (EVENT, ("date",), "2025/2026/2027"),
    (EVENT, ("participants",), _DELETE),
    (CITY, ("country",), "Korea"),
    (CITY, ("country",), "kr"),
    (CITY, ("subdivision",), "Gyeonggi"),
    (CITY, ("names",), ["하남시"]),
    (CITY, ("names", "ko"), [""]),
    (CITY, ("name",), None),
    (CLAIM, ("value",), -1),
    (CLAIM, ("value",), "10"),
    (CLAIM, ("value",), True),
    (CLAIM, ("counted",), "cities in Asia"),
]


def test_the_valid_examples_are_valid(validator: jsonschema.Draft202012Validator) -> None:
    for record in (AGREEMENT, EVENT, CITY, CLAIM):
        citydiplo.loads(json.dumps(record))
        assert not _errors(validator, record)


@pytest.mark.parametrize(("record", "path", "value"), REFUSED)
def test_what_the_loader_refuses_the_schema_refuses(
    validator: jsonschema.Draft202012Validator,
    record: dict[str, Any],
    path: tuple[Any, ...],
    value: object,
) -> None:
    bad = _set(record, path, value)
    with pytest.raises(citydiplo.ParseError):
        citydiplo.loads(json.dumps(bad, ensure_ascii=False), format="jsonl")
    assert _errors(validator, bad), bad


@given(st.sampled_from([AGREEMENT, EVENT, CITY, CLAIM]), st.data())
def test_an_unknown_field_is_refused_by_both(record: dict[str, Any], data: st.DataObject) -> None:
    validator = _validator()
    key = data.draw(st.text("abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=12))
    known = {a.name for a in attrs.fields(RECORD_TYPES[record["type"]])} | {"type"}
    bad = {**record, key: "x"}
    if key in known:
        return
    with pytest.raises(citydiplo.ParseError):
        citydiplo.loads(json.dumps(bad, ensure_ascii=False), format="jsonl")
    assert _errors(validator, bad)


@functools.cache
def _edtf_validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(citydiplo.json_schema()["$defs"]["EDTF"])


@given(cst.date_values())
def test_every_date_value_matches_the_edtf_pattern(value: citydiplo.DateValue) -> None:
    edtf = _edtf_validator()
    assert edtf.is_valid(str(value))


@given(cst.edtf_like_texts)
def test_text_the_pattern_accepts_parses_except_impossible_days(text: str) -> None:
    """The EDTF pattern is the grammar: what it accepts fails only on calendar rules."""
    edtf = _edtf_validator()
    if not edtf.is_valid(text) or "X" in text:
        return
    try:
        citydiplo.parse_edtf(text)
    except citydiplo.DateParseError as err:
        message = str(err)
    else:
        return
    assert "is not a valid" in message, text


def test_the_record_format_page_shows_every_record_type() -> None:
    page = Path(__file__).resolve().parent.parent / "docs" / "concepts" / "record-format.md"
    blocks = re.findall(r"^```json[^\n]*\n(.*?)^```", page.read_text("utf-8"), re.M | re.S)
    records = [json.loads(line) for block in blocks for line in block.splitlines() if line]
    shown = {r["type"] for r in records if "type" in r}
    assert shown == set(RECORD_TYPES), f"add examples of {sorted(set(RECORD_TYPES) - shown)}"
    for record in records:
        if "type" in record:
            assert not _errors(_validator(), record), record
    nested = {"signatories", "participants", "citations", "roles", "identifiers", "names"}
    assert nested <= {key for r in records for key in r}


def _wrong(value: object) -> object:
    """A JSON value of another type than ``value``'s."""
    if isinstance(value, bool):
        return "yes"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return 2024
    if isinstance(value, list):
        return "a, b"
    return ["a"]


@given(cst.datasets(max_size=2), st.data())
def test_a_value_of_the_wrong_type_is_refused_by_both(
    dataset: citydiplo.Dataset, data: st.DataObject
) -> None:
    lines = citydiplo.dumps(dataset).split("\n")[:-1]
    if not lines:
        return
    record = json.loads(data.draw(st.sampled_from(lines)))
    key = data.draw(st.sampled_from(sorted(k for k in record if k != "type")))
    bad = {**record, key: _wrong(record[key])}
    with pytest.raises(citydiplo.ParseError):
        citydiplo.loads(json.dumps(bad, ensure_ascii=False), format="jsonl")
    assert _errors(_validator(), bad), bad
