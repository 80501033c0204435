"""Tests for citydiplo._docnums: Vietnamese official document numbers."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citydiplo import (
    DocumentKind,
    DocumentNumber,
    DocumentStyle,
    InvalidModelError,
    ParseError,
    find_document_numbers,
    parse_document_number,
)

SEEDS = Path(__file__).parents[1] / "seeds"


def _seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "official", "style", "kind"),
    [
        ("59-NQ/TW", "59-NQ/TW", DocumentStyle.PARTY, "resolution"),
        ("334-KH/TU", "334-KH/TU", DocumentStyle.PARTY, "plan"),
        ("239/KH-UBND", "239/KH-UBND", DocumentStyle.STATE, "plan"),
        ("19/DA-UBND", "19/DA-UBND", DocumentStyle.STATE, "project"),
        ("19/ĐA-UBND", "19/DA-UBND", DocumentStyle.STATE, "project"),
        ("239/2024/NĐ-CP", "239/2024/NĐ-CP", DocumentStyle.STATE, "decree"),
        ("15/2025/QĐ-UBND", "15/2025/QĐ-UBND", DocumentStyle.STATE, "decision"),
        ("15/2025/QD-UBND", "15/2025/QĐ-UBND", DocumentStyle.STATE, "decision"),
        ("12/NQ-HDND", "12/NQ-HĐND", DocumentStyle.STATE, "resolution"),
        ("01/CT-TTg", "01/CT-TTg", DocumentStyle.STATE, "directive"),
        ("05/TB-UBND", "05/TB-UBND", DocumentStyle.STATE, "notice"),
        ("334-केएच/टीयू", "334-KH/TU", DocumentStyle.PARTY, "plan"),
        ("59-एनक्यू/टीडब्ल्यू", "59-NQ/TW", DocumentStyle.PARTY, "resolution"),
        ("356-केएच/टीयू", "356-KH/TU", DocumentStyle.PARTY, "plan"),
        ("239/केएच-यूबीएनडी", "239/KH-UBND", DocumentStyle.STATE, "plan"),
        ("۵۹-NQ/TW", "59-NQ/TW", DocumentStyle.PARTY, "resolution"),
        ("số 59-NQ/TW", "59-NQ/TW", DocumentStyle.PARTY, "resolution"),
        ("Resolution No. 59", "Resolution No. 59", DocumentStyle.GENERIC, "resolution"),
        ("No. 12/2024", "No. 12/2024", DocumentStyle.GENERIC, None),
        ("decision no 7", "Decision No. 7", DocumentStyle.GENERIC, "decision"),
    ],
)
def test_parse(text: str, official: str, style: DocumentStyle, kind: str | None) -> None:
    value = parse_document_number(text)
    assert str(value) == official
    assert value.style is style
    assert value.kind == kind
    assert parse_document_number(official) == value


def test_fields_and_model_kind() -> None:
    value = parse_document_number("15/2025/QĐ-UBND")
    assert (value.number, value.year, value.type_code, value.issuer_code) == (
        "15",
        2025,
        "QĐ",
        "UBND",
    )
    assert value.document_kind is DocumentKind.DECISION
    assert parse_document_number("05/TB-UBND").document_kind is DocumentKind.OTHER
    assert parse_document_number("01/2024/NĐ-CP").number == "01"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "59",
        "2021-2025",
        "2025-2030",
        "12/2024",
        "1.000.000 VND",
        "59-XX/TW",
        "59-NQ/tw",
        "239/केएच-यूबीएनडीक",
        "Resolution 59",
        "6 मार्च, 2025",
    ],
)
def test_rejects(text: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_document_number(text)
    assert repr(text) in str(info.value)


def test_invariants() -> None:
    with pytest.raises(InvalidModelError):
        DocumentNumber(number="59", style=DocumentStyle.PARTY, type_code="XX", issuer_code="TW")
    with pytest.raises(InvalidModelError):
        DocumentNumber(number="5a", style=DocumentStyle.GENERIC)
    with pytest.raises(InvalidModelError):
        DocumentNumber(
            number="59", style=DocumentStyle.PARTY, type_code="NQ", issuer_code="TW", year=2025
        )


def test_hindi_seed_contains_exactly_its_numbers() -> None:
    text = _seed("002")
    mentions = find_document_numbers(text)
    assert [str(m.value) for m in mentions] == [
        "334-KH/TU",
        "59-NQ/TW",
        "356-KH/TU",
        "239/KH-UBND",
        "19/DA-UBND",
    ]
    for m in mentions:
        assert text[m.start : m.end] == m.text
    assert mentions[0].text == "334-केएच/टीयू"


def test_persian_seed_contains_exactly_its_number() -> None:
    text = _seed("004")
    mentions = find_document_numbers(text)
    assert [(str(m.value), m.text) for m in mentions] == [("59-NQ/TW", "۵۹-NQ/TW")]


@pytest.mark.parametrize("prefix", ["000", "001", "003"])
def test_other_seeds_contain_no_numbers(prefix: str) -> None:
    assert find_document_numbers(_seed(prefix)) == []


def test_find_prefers_official_forms_and_skips_plain_numbers() -> None:
    text = (
        "Under Resolution No. 59-NQ/TW and Decision No. 15/2025/QĐ-UBND, in 2025-2030 the city "
        "spent 1,500,000 VND; see also Plan No. 7 and No. 12/2024."
    )
    assert [str(m.value) for m in find_document_numbers(text)] == [
        "59-NQ/TW",
        "15/2025/QĐ-UBND",
        "Plan No. 7",
        "No. 12/2024",
    ]


_types = st.sampled_from(["NQ", "KH", "DA", "QĐ", "NĐ", "CT", "TB", "CV", "TTr"])
_issuers = st.sampled_from(["TW", "TU", "UBND", "HĐND", "CP", "TTg", "BNG", "ABC1"])
_numbers = st.builds(
    lambda n, zeros: "0" * zeros + str(n)[: 6 - zeros],
    st.integers(min_value=0, max_value=999_999),
    st.integers(min_value=0, max_value=2),
)
_years = st.integers(min_value=1945, max_value=2100)


@st.composite
def document_numbers(draw: st.DrawFn) -> DocumentNumber:
    style = draw(st.sampled_from(DocumentStyle))
    if style is DocumentStyle.GENERIC:
        return DocumentNumber(
            number=draw(_numbers),
            style=style,
            year=draw(st.none() | _years),
            title=draw(st.none() | st.sampled_from(["Resolution", "Plan", "Official Letter"])),
        )
    return DocumentNumber(
        number=draw(_numbers),
        style=style,
        type_code=draw(_types),
        issuer_code=draw(_issuers),
        year=draw(_years) if style is DocumentStyle.STATE and draw(st.booleans()) else None,
    )


@given(document_numbers())
def test_round_trip(value: DocumentNumber) -> None:
    assert parse_document_number(str(value)) == value
    (mention,) = find_document_numbers(f"theo văn bản {value} ngày 5")
    assert mention.value == value


_pieces = st.sampled_from(["59", "۵۹", "-", "/", "2024", "NQ", "QD", "केएच", "टीयू", "UBND", "No. "])


@given(st.text(max_size=40) | st.lists(_pieces, max_size=6).map("".join))
def test_any_text_parses_or_raises_parse_error(text: str) -> None:
    try:
        value = parse_document_number(text)
    except ParseError:
        return
    assert isinstance(value, DocumentNumber)


@given(st.text(max_size=80))
def test_find_never_fails_and_spans_match(text: str) -> None:
    for m in find_document_numbers(text):
        assert text[m.start : m.end] == m.text
