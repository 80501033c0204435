"""The shortcuts of the date engine's common path answer as the steps they skip.

Each shortcut is checked against what it replaces: the direct build of an absolute date
against the general resolution, and each cheaper test against the search it stands for.
"""

from __future__ import annotations

import re
from unittest import mock

import pytest
from babel.dates import get_month_names
from hypothesis import given, settings
from hypothesis import strategies as st

from citydiplo import DateParseError, PartialDate, parse_date
from citydiplo._text import _glued, _guards, _offsets, _parse
from citydiplo._text._lexicon import grammar
from citydiplo.dates import DateRange

LANGUAGES = ("en", "ko", "vi", "zh", "ja", "ru", "hi", "gu", "he", "fa")


def _answer(text: str, lang: str, ref: PartialDate | None) -> str:
    try:
        return repr(parse_date(text, lang=lang, ref=ref))
    except DateParseError as exc:
        return f"{type(exc).__name__}: {exc}"


@st.composite
def _absolute_texts(draw: st.DrawFn) -> tuple[str, str]:
    """A year, a month's name (CLDR, through Babel) and a day, in one of several orders,
    with words and figures around them; days and years out of range too."""
    lang = draw(st.sampled_from(LANGUAGES))
    month = draw(st.integers(1, 12))
    name = get_month_names("wide", locale=lang)[month]
    day = draw(st.integers(0, 32))
    year = draw(st.sampled_from([0, 1, 99, 1402, 1453, 1956, 2024, 2100, 9999, 10000]))
    shape = draw(
        st.sampled_from(
            [
                "{d} {m} {y}",
                "{m} {d}, {y}",
                "{m} {y}",
                "{y}",
                "{y}年{n}月{d}日",
                "{y}년 {n}월 {d}일",
                "{d}.{n}.{y}",
                "{y}-{n:02d}-{d:02d}",
            ]
        )
    )
    core = shape.format(d=day, m=name, y=year, n=month)
    before = draw(st.sampled_from(["", "in ", "on ", "since ", "met on ", "3 ", "سال ", "năm "]))
    after = draw(st.sampled_from(["", " 5", ".", " and more", " 2025", "년", " г."]))
    return lang, before + core + after


@settings(max_examples=300)
@given(_absolute_texts(), st.sampled_from([None, PartialDate("2024-03-15")]))
def test_an_absolute_date_built_directly_is_the_general_answer(
    case: tuple[str, str], ref: PartialDate | None
) -> None:
    lang, text = case
    direct = _answer(text, lang, ref)
    with mock.patch.object(_parse, "_stated", return_value=None):
        general = _answer(text, lang, ref)
    assert direct == general


def test_the_direct_build_literal_cases() -> None:
    assert parse_date("formed by President Dwight Eisenhower in 1956", lang="en") == PartialDate(
        "1956"
    )
    assert parse_date("Sep 03 2014", lang="en") == PartialDate("2014-09-03")
    # a Persian year below 1700 is a Solar Hijri one: the general path reads it
    assert parse_date("سال ۱۴۰۲", lang="fa") == DateRange.parse("2023-03-21/2024-03-19")
    # a number against the year is still unread
    with pytest.raises(DateParseError):
        parse_date("April 2024 5", lang="en")
    with pytest.raises(DateParseError):
        parse_date("31 February 2024", lang="en")


_FIGURE_TEXTS = st.text(alphabet="0123456789-./ +\nab", max_size=14)


@given(_FIGURE_TEXTS, st.data())
def test_the_number_before_a_date_is_found_as_the_search_finds_it(
    text: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text)))
    expected = _parse._NUMBER_BEFORE.search(text, 0, start) is not None
    assert _parse._number_before(text, start) == expected


@given(_FIGURE_TEXTS, st.data())
def test_a_group_of_figures_before_a_year_is_found_as_the_search_finds_it(
    text: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text)))
    expected = _guards._GROUP_BEFORE.search(text, max(0, start - 6), start) is not None
    assert _guards._group_before(text, start) == expected


# the test :func:`may_be_glued` made before, as one search for the three shapes
_GLUED_REFERENCE = re.compile(
    r"_|[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{2}|[\u0400-\u052f\u0590-\u06ff\u0900-\u0dff](?=[a-z]{3})"
)


@given(st.text(alphabet="_0123456789-/.abcjn сдאבकख年", max_size=24))
def test_a_glued_date_is_looked_for_as_before(text: str) -> None:
    expected = _GLUED_REFERENCE.search(text) is not None and (
        "_" in text or bool(_glued._points(text))
    )
    assert _glued.may_be_glued(text) == expected


def test_glued_literal_cases() -> None:
    assert _glued.may_be_glued("25_april_2008")
    assert _glued.may_be_glued("pacts2013-11-08")
    assert not _glued.may_be_glued("2013-11-08")  # nothing glued before it
    assert not _glued.may_be_glued("no date here")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_offset_after_a_date_starts_with_a_link_or_a_space(lang: str) -> None:
    """Where the text after a date starts with no character the gate lets through, the
    pattern it saves never matches (every link, every count, every unit, glued or spaced)."""
    g = grammar((lang,))
    patterns, _, firsts = _offsets._prepared(g)
    assert patterns is not None and firsts is not None
    after = patterns[0]
    lists = g.vocab.lists
    counts = ["3", "12", *sorted(g.vocab.counts)[:5]]
    pieces = sorted(lists["offset_links"]) + counts + sorted(lists["offset_units"]) + [" ", "x"]
    texts = {a + b + c + d for a in pieces for b in pieces for c in pieces for d in ("", " ")}
    missed = [t for t in texts if t[:1] not in firsts and after.match(t) is not None]
    assert not missed
    # and a real offset is still found: a link, a count and a unit
    link, unit = sorted(lists["offset_links"])[0], sorted(lists["offset_units"])[0]
    assert after.match(f" {link} 3 {unit}") is not None
