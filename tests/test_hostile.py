"""Hostile input: every loader and parser either succeeds or raises a citydiplo error, with
bounded size, clear messages for the JSON corner cases, Unicode that cannot fool matching,
and CSV cells that cannot run as formulas.

Strategies for hostile input (random bytes, random JSON, mutated records) are local to this
module: they describe attacks, not citydiplo values.
"""

from __future__ import annotations

import contextlib
import json
import unicodedata
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import citydiplo as cd
from citydiplo import CitydiploError, ParseError
from citydiplo._convert import unstructure_record
from citydiplo._csvsafe import neutralize
from citydiplo._jsoncheck import duplicate_keys
from citydiplo._normalize import match_key, strip_invisible
from tests import strategies

# -- strategies for hostile input -------------------------------------------------------------

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63 - 1)  # what orjson can write; longer ones: see below
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(
        st.sampled_from(["type", "id", "name", "parties", "date", "citations", "x"])
        | st.text(max_size=8),
        inner,
        max_size=5,
    ),
    max_leaves=20,
)
# objects that look like records: a real tag and real field names with random values
record_like = st.fixed_dictionaries(
    {"type": st.sampled_from(sorted(cd._convert.RECORD_TYPES)), "id": json_values},
    optional=dict.fromkeys(
        ("name", "parties", "participants", "date", "signed", "citations", "value", "counted",
         "subject", "roles", "names", "span", "kind", "status"),
        json_values,
    ),
)


@st.composite
def mutated_lines(draw: st.DrawFn) -> bytes:
    """Valid records written as JSON Lines, one of them damaged in one field."""
    ds = draw(strategies.datasets(max_size=2))
    rows: list[dict[str, Any]] = [unstructure_record(r) for r in ds]
    if not rows:
        rows = [{"type": "city", "id": "hanam", "name": "Hanam"}]
    row = rows[draw(st.integers(0, len(rows) - 1))]
    action = draw(st.sampled_from(["drop", "replace", "add", "retag"]))
    key = draw(st.sampled_from(sorted(row)))
    if action == "drop":
        row.pop(key)
    elif action == "replace":
        row[key] = draw(json_values)
    elif action == "add":
        row[draw(st.text(min_size=1, max_size=8))] = draw(json_values)
    else:
        row["type"] = draw(st.sampled_from([*cd._convert.RECORD_TYPES, "citty", ""]))
    return b"\n".join(orjson.dumps(r) for r in rows)


def _loads_or_our_error(data: bytes | str, **kwargs: Any) -> cd.Dataset | None:
    for fmt in (None, "jsonl", "json"):
        try:
            ds = cd.loads(data, format=fmt, **kwargs)  # type: ignore[arg-type]
        except CitydiploError:
            continue
        assert cd.loads(cd.dumps(ds)) == ds
        cd.validate(ds)
        return ds
    return None


# -- any input: a dataset or our error ---------------------------------------------------------


@settings(max_examples=100)
@given(st.binary(max_size=300))
@example(b"\xff\xfe{")
@example(b'{"type":"city"}\n\x00')
@example("\ufeff".encode() + b'{"type":"city","id":"x","name":"X"}')
def test_loads_random_bytes(data: bytes) -> None:
    _loads_or_our_error(data)


@settings(max_examples=80)
@given(st.lists(json_values | record_like, max_size=4))
def test_loads_random_json_values(values: list[Any]) -> None:
    lines = b"\n".join(orjson.dumps(v) for v in values)
    _loads_or_our_error(lines)
    _loads_or_our_error(orjson.dumps(values))
    _loads_or_our_error(orjson.dumps({"actors": values, "events": values}))


def test_loads_integers_beyond_64_bits() -> None:
    line = '{"type":"claim","id":"c","subject":"x","counted":"partners","value":%s}'
    for number in ("18446744073709551616", "-9223372036854775809", "1" * 400):
        _loads_or_our_error(line % number)


@settings(max_examples=40)
@given(mutated_lines())
def test_loads_mutated_records(data: bytes) -> None:
    _loads_or_our_error(data)


@settings(max_examples=200)
@given(st.text(max_size=40) | st.from_regex(r"-?\d{1,5}(-\d{1,3}){0,2}[~?%]?(/(\.\.)?.*)?"))
@example("2024-02-30")
@example("0000")
@example("../..")
@example("/")
@example("2024-00")
@example("\u0662\u0660\u0662\u0664")  # Arabic-Indic digits are not EDTF
def test_parse_edtf_any_text(text: str) -> None:
    try:
        value = cd.parse_edtf(text)
    except cd.DateParseError as exc:
        error = exc
    else:
        assert cd.parse_edtf(str(value)) == value
        assert value.earliest() <= value.latest()
        return
    assert error.text == text or repr(text) in str(error)  # the message quotes the input


@settings(max_examples=100)
@given(st.text(max_size=30))
@example("Georgia")
@example("\u200f\u200b")
@example("Congo")
def test_resolve_country_any_text(text: str) -> None:
    try:
        code = cd.resolve_country(text)
    except (cd.UnknownNameError, cd.AmbiguousNameError):
        return
    assert code in cd._model._checks.country_codes()


@settings(max_examples=100)
@given(st.text(max_size=30) | st.from_regex(r"\d{1,4}(/\d{4})?[/-][A-ZĐ]{1,4}(-[A-Z]{1,6})?"))
@example("59-NQ/TW")
@example("239/केएच-यूबीएनडी")
@example("/")
def test_parse_document_number_any_text(text: str) -> None:
    try:
        number = cd.parse_document_number(text)
    except ParseError:
        return
    assert str(number)


@settings(max_examples=100)
@given(st.text(max_size=30) | st.sampled_from(
    ["6 मार्च, 2025", "۲۴ ژانویه ۲۰۲۵", "February this year", "\u200f", "31 February 2025"]))
def test_parse_date_takes_any_text(text: str) -> None:
    with contextlib.suppress(CitydiploError):
        cd.parse_date(text, ref=cd.PartialDate("2025-06-12"))


# -- sizes ---------------------------------------------------------------------------------

CITY = b'{"type":"city","id":"hanam","name":"Hanam","country":"KR"}'


def test_over_long_line_is_refused_with_its_number() -> None:
    long_line = b'{"type":"city","id":"x","name":"' + b"a" * 200 + b'"}'
    with pytest.raises(ParseError) as info:
        cd.loads(CITY + b"\n" + long_line + b"\n" + CITY.replace(b"hanam", b"h2"),
                 max_line_bytes=100)
    [problem] = info.value.problems
    assert problem.line == 2 and "over the limit of 100" in problem.message


def test_over_long_text_is_refused_before_anything_else() -> None:
    with pytest.raises(ParseError, match="over the limit of 10"):
        cd.loads(CITY, max_bytes=10)
    with pytest.raises(ParseError, match="over the limit of 10"):
        cd.loads(CITY.decode(), max_bytes=10)


def test_huge_file_is_refused_without_being_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.jsonl"
    with path.open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing on disk

    def no_reading(self: Path) -> bytes:
        raise AssertionError("load() read the file before checking its size")

    monkeypatch.setattr(Path, "read_bytes", no_reading)
    with pytest.raises(ParseError, match="over the limit of 1,048,576"):
        cd.load(path, max_bytes=1 << 20)


# -- JSON corner cases: clear messages with paths ------------------------------------------


def test_deep_nesting_is_refused_clearly() -> None:
    deep = b'{"type":"city","id":"x","name":"X","names":' + b"[" * 1100 + b"]" * 1100 + b"}"
    with pytest.raises(ParseError, match="nested more than 1024 deep"):
        cd.loads(deep)
    with pytest.raises(ParseError, match="nested more than 1024 deep"):
        cd.loads(b'{"actors":' + b"[" * 1100 + b"]" * 1100 + b"}", format="json")


@pytest.mark.parametrize(
    ("number", "message"),
    [
        (b"NaN", "NaN and Infinity are not JSON numbers"),
        (b"Infinity", "NaN and Infinity are not JSON numbers"),
        (b"-Infinity", "NaN and Infinity are not JSON numbers"),
        (b"1e400", "the number 1e400 is too large to read as a float"),
        (b"9" * 5000, "an integer of 5,000 digits, too large to read"),
        (b"-" + b"1" * 40, "integers must fit in 64 bits"),
        (b"18446744073709551615", "integers must fit in 64 bits"),
    ],
)
def test_nan_infinity_and_huge_numbers_are_refused_clearly(number: bytes, message: str) -> None:
    line = b'{"type":"claim","id":"c","subject":"x","counted":"partners","value":' + number + b"}"
    with pytest.raises(ParseError, match=message):
        cd.loads(line)


def test_duplicate_keys_are_refused_with_their_paths() -> None:
    text = (
        CITY.decode()
        + "\n"
        + '{"type":"event","id":"e1","participants":[{"actor":"hanam","actor":"zibo"}],'
        '"date":"2024","id":"e2"}'
    )
    with pytest.raises(ParseError) as info:
        cd.loads(text)
    found = {(p.line, p.path) for p in info.value.problems if "duplicate key" in p.message}
    assert found == {(2, "$.id"), (2, "$.participants[0].actor")}


def test_duplicate_keys_in_a_json_document() -> None:
    doc = '{"actors":[{"type":"city","id":"x","name":"X","name":"Y"}]}'
    with pytest.raises(ParseError) as info:
        cd.loads(doc, format="json")
    [problem] = info.value.problems
    assert problem.path == "$.actors[0].name" and "'name'" in problem.message


@pytest.mark.parametrize(
    "line",
    [
        # colons inside strings, escaped colons and escaped keys are not duplicates
        '{"type":"source","id":"s","url":"https://example.org:8080/a:b","title":"a: b"}',
        '{"type":"source","id":"s","url":"https\\u003a//example.org"}',
        '{"type":"source","id":"s","\\u0075rl":"https://example.org"}',
        '{"type" : "source" ,\t"id" :"s"}',
    ],
)
def test_no_false_duplicate_alarms(line: str) -> None:
    assert len(cd.loads(line)) == 1


def test_escaped_duplicate_key_is_found() -> None:
    with pytest.raises(ParseError, match="duplicate key 'id'"):
        cd.loads('{"type":"source","id":"s","\\u0069d":"t","url":"a\\u003ab"}')


def test_duplicate_key_check_agrees_with_the_standard_library() -> None:
    def has_duplicates(text: str) -> bool:
        seen = False

        def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
            nonlocal seen
            seen = seen or len({k for k, _ in pairs}) != len(pairs)
            return dict(pairs)

        json.loads(text, object_pairs_hook=hook)
        return seen

    @settings(max_examples=150)
    @given(st.lists(st.tuples(st.sampled_from(["id", "name", ":", "\\u003a", "a:b"]),
                              st.sampled_from(['"x"', '"y:z"', '"\\u003a"', "1", "{}",
                                               '{"id":1,"id":2}'])), max_size=4))
    def check(pairs: list[tuple[str, str]]) -> None:
        text = "{" + ",".join(f'"{k}":{v}' for k, v in pairs) + "}"
        problems = duplicate_keys(text.encode(), orjson.loads(text))
        assert bool(problems) == has_duplicates(text), text

    check()


def test_unknown_field_suggests_the_right_one() -> None:
    with pytest.raises(ParseError) as info:
        cd.loads('{"type":"agreement","id":"a","parties":["x","y"],"signd":"2024-03"}')
    [problem] = info.value.problems
    assert problem.path == "$.signd" and "did you mean 'signed'?" in problem.message


# -- Unicode: matching ignores invisible characters and variants; quotes keep them -----------

PERSIAN_ZWNJ = "می\u200cخواهد"  # "wants", written with a zero-width non-joiner


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Đà Nẵng", unicodedata.normalize("NFD", "Đà Nẵng")),  # NFC vs NFD
        ("Hanam", "Ha\u200bnam"),  # zero-width space
        ("חנם", "\u200fחנם\u200e"),  # right-to-left and left-to-right marks
        ("Hanam", "\u202eHanam\u202c"),  # bidirectional override and pop
        ("Hanam", "\ufeffHanam"),  # byte order mark
        (PERSIAN_ZWNJ, "میخواهد"),  # Persian ZWNJ
        ("كره", "کره"),  # Arabic kaf vs Persian keheh
        ("علي", "علی"),  # Arabic yeh vs Persian yeh
        ("\u095b\u093f\u0932\u093e", "\u091c\u093f\u0932\u093e"),  # Hindi za (nukta) vs ja
        ("\u095b", "\u091c\u093c"),  # precomposed nukta letter vs letter + nukta
    ],
)
def test_match_key_folds_invisible_and_variant_forms(a: str, b: str) -> None:
    assert match_key(a) == match_key(b)


def test_invisible_characters_are_kept_in_quotes_and_dropped_for_matching() -> None:
    citation = cd.Citation(source="s", quote=PERSIAN_ZWNJ)
    assert "\u200c" in citation.quote
    assert "\u200c" not in strip_invisible(citation.quote)
    city = cd.City(id="x", name="Ha\u200bnam")
    assert city.name == "Hanam"  # names are cleaned; quotes are verbatim


def test_bidi_controls_cannot_spoof_a_name() -> None:
    ds = cd.Dataset.of([cd.City(id="hanam", name="Hanam", country="KR")])
    assert [a.id for a in ds.find("\u202aHa\u200dnam\u202c")] == ["hanam"]


# -- CSV formula neutralisation ------------------------------------------------------------


@pytest.mark.parametrize(
    "cell",
    ["=1+2", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", '=HYPERLINK("http://evil","x")',
     "＝1+2", "=cmd|' /C calc'!A0",
     # OWASP: leading blanks, NUL and line breaks before a trigger still start a formula
     " =1", "   +1", "\x00=1", "\x00\x00-1", "\n=1", "\r\n@SUM(A1)", " \t=1", "\u00a0=1",
     "\u200b=1", "\ufeff=1", "\u3000＝1"],
)
def test_formula_cells_are_neutralised(cell: str) -> None:
    out = neutralize(cell)
    assert out == "'" + cell


@pytest.mark.parametrize("cell", ["", "Hanam", "2024-04", "하남시", " Hanam", "\n", "'=1", "a=b"])
def test_plain_cells_are_unchanged(cell: str) -> None:
    assert neutralize(cell) == cell


@given(st.text(max_size=20))
def test_neutralised_cells_never_start_a_formula(cell: str) -> None:
    out = neutralize(cell)
    assert not out or out[0] not in "=+-@\t\r"
    assert out in (cell, "'" + cell)
    visible = cell.lstrip("".join(map(chr, range(33))) + "\x7f\u00a0\u200b\ufeff\u3000")
    if visible[:1] in ("=", "+", "-", "@"):
        assert out == "'" + cell
