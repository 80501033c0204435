"""Tests for citydiplo._text: parse_date and find_dates on the seed phrases and beyond."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citydiplo import DateMention, DateParseError, PartialDate, find_dates, parse_date
from citydiplo._text import _hijri
from citydiplo._text._lexicon import LANGUAGES
from citydiplo.dates import DateRange, YearlessDate, parse_edtf
from tests.strategies import date_values

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
REF = PartialDate("2025-06-12")


def _seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text("utf-8")


# --- every seed phrase, in its language, with the stored value --------------------------------

_PHRASES = json.loads((SEEDS / "date_phrases.json").read_text("utf-8"))


@pytest.mark.parametrize("entry", _PHRASES, ids=lambda e: f"{e['lang']}:{e['phrase']}")
def test_seed_phrase(entry: dict[str, str | None]) -> None:
    ref = PartialDate(entry["ref"]) if entry["ref"] else None
    anchor = PartialDate(entry["anchor"]) if entry["anchor"] else None
    phrase = entry["phrase"]
    assert phrase is not None
    if entry["value"] is None:
        # documented choice (issue 12): a day and month with no year in reach is a year-less
        # date, not an error ("June 12" is XXXX-06-12); anything else still needs ref=
        try:
            got: object = parse_date(phrase, lang=entry["lang"], ref=ref, anchor=anchor)
        except DateParseError as err:
            got = str(err)
        assert isinstance(got, YearlessDate) or "ref=" in str(got), got
    elif entry["value"].startswith("XXXX") and ref is None and anchor is None:
        # stored year-less ("June 12" with no year in the text): the parser may say so or
        # ask for the year it cannot invent
        try:
            got, message = str(parse_date(phrase, lang=entry["lang"])), ""
        except DateParseError as err:
            got, message = None, str(err)
        assert got == entry["value"] if got is not None else "ref=" in message
    else:
        got = parse_date(phrase, lang=entry["lang"], ref=ref, anchor=anchor)
        assert str(got) == entry["value"]


@pytest.mark.parametrize(
    ("text", "lang", "kwargs", "expected"),
    [
        ("6 марта 2025 года", "ru", {}, "2025-03-06"),
        ("в марте 2025 года", "ru", {}, "2025-03"),
        ("2025년 3월 6일", "ko", {}, "2025-03-06"),
        ("ngày 6 tháng 3 năm 2025", "vi", {}, "2025-03-06"),
        ("tháng 4/2024", "vi", {}, "2024-04"),
        ("2025年3月6日", "zh", {}, "2025-03-06"),
        ("2025年3月6日", "ja", {}, "2025-03-06"),
        ("March 6, 2025", "en", {}, "2025-03-06"),
        ("6 March 2025", "en", {}, "2025-03-06"),
        ("April 2024", None, {}, "2024-04"),
        ("फरवरी 2025", "hi", {}, "2025-02"),
        ("फ़रवरी 2025", "hi", {}, "2025-02"),
        ("२०२५ में", None, {}, "2025"),
        ("૬ માર્ચ ૨૦૨૫", None, {}, "2025-03-06"),
        ("２０２５年３月", None, {}, "2025-03"),
        ("۲۴ ژانویهٔ ۲۰۲۵", "fa", {}, "2025-01-24"),
        ("٢٤ يناير", "fa", {}, None),
        ("giai đoạn 2021-2025", "vi", {}, "2021/2025"),
        ("2021년부터 2025년까지", "ko", {}, "2021/2025"),
        ("с 2021 по 2025 год", "ru", {}, "2021/2025"),
        ("2021至2025年", "zh", {}, "2021/2025"),
        ("دوره ۲۰۲۱ تا ۲۰۲۵", "fa", {}, "2021/2025"),
        ("since 2003", "en", {}, "2003/.."),
        ("2003년부터", "ko", {}, "2003/.."),
        ("с 2003 года", "ru", {}, "2003/.."),
        ("از سال ۲۰۰۳ تاکنون", "fa", {}, "2003/.."),
        ("از سال ۲۰۰۳", "fa", {}, "2003"),
        ("2003 से", "hi", {}, "2003/.."),
        ("the second half of 2025", "en", {}, "2025-41"),
        ("the second half of this year", "en", {"ref": REF}, "2025-41"),
        ("Q3 2025", "en", {}, "2025-35"),
        ("올해 하반기", "ko", {"ref": REF}, "2025-41"),
        ("今年下半年", "zh", {"ref": REF}, "2025-41"),
        ("2025年第三季度", "zh", {}, "2025-35"),
        ("вторая половина 2025 года", "ru", {}, "2025-41"),
        ("February this year", "en", {"ref": REF}, "2025-02"),
        ("בפברואר השנה", "he", {"ref": REF}, "2025-02"),
        ("આ વર્ષના ફેબ્રુઆરીમાં", "gu", {"ref": datetime.date(2025, 6, 12)}, "2025-02"),
        ("last July", "en", {"ref": REF}, "2024-07"),
        ("last July", "en", {"ref": PartialDate("2025-08-01")}, "2025-07"),
        ("last June", "en", {"ref": REF}, "2024-06"),
        ("지난해 7월", "ko", {"ref": REF}, "2024-07"),
        ("last year", "en", {"ref": REF}, "2024"),
        ("next year", "en", {"ref": REF}, "2026"),
        ("June 12", "en", {"ref": REF}, "2025-06-12"),
        ("this month", "en", {"ref": REF}, "2025-06"),
        ("July of the same year", "en", {"anchor": PartialDate("2024-03")}, "2024-07"),
        ("the same year", "en", {"anchor": PartialDate("2024-03")}, "2024"),
        ("in July", "en", {"ref": REF, "anchor": PartialDate("2023-04")}, "2023-07"),
        ("in July", "en", {"ref": REF}, "2025-07"),
        ("۵ مهر ۱۴۰۴", "fa", {}, "2025-09-27"),
        ("مهر ۱۴۰۴", "fa", {}, "2025-09-23/2025-10-22"),
        ("۱۴۰۴/۰۷/۰۴", "fa", {}, "2025-09-26"),  # numeric Solar Hijri date
        ("۰۴/۰۷/۱۴۰۴", "fa", {}, "2025-09-26"),
        ("2025/03/06", "fa", {}, "2025-03-06"),
        ("۱۴۰۴", "fa", {}, "2025-03-21/2026-03-20"),
        ("۲۰۲۵", "fa", {}, "2025"),
        ("二〇二五年三月六日", "zh", {}, "2025-03-06"),
        ("二〇二五年十一月", "zh", {}, "2025-11"),
        ("令和7年3月6日", "ja", {}, "2025-03-06"),
        ("Tháng Ba 2024", "vi", {}, "2024-03"),
        ("mid-2025", "en", {}, "2025~"),
        ("около 2020 года", "ru", {}, "2020~"),
        ("Sept. 5, 2025", "en", {}, "2025-09-05"),
        ("tháng 12 năm 2024", "vi", {}, "2024-12"),
        ("11월 2024", "ko", {}, "2024-11"),
        ("10 partner cities", "en", {}, None),
        ("28.68 मिलियन", "hi", {}, None),
        ("200 نماینده", "fa", {}, None),
        ("28 سال", "fa", {}, None),
        ("59-NQ/TW", "vi", {}, None),
        ("239/KH-UBND", "vi", {}, None),
        ("334-केएच/टीयू", "hi", {}, None),
    ],
)
def test_phrases(
    text: str, lang: str | None, kwargs: dict[str, PartialDate], expected: str | None
) -> None:
    if expected is None:
        with pytest.raises(DateParseError):
            parse_date(text, lang=lang, **kwargs)
    else:
        assert str(parse_date(text, lang=lang, **kwargs)) == expected


@pytest.mark.parametrize("text", ["ביולי", "જુલાઈમાં", "in July", "the same year"])
def test_missing_year_is_an_error_that_says_so(text: str) -> None:
    with pytest.raises(DateParseError, match="no year"):
        parse_date(text)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("June 12", "en", "XXXX-06-12"),
        ("10 мая", "ru", "XXXX-05-10"),
        ("11月3日", "zh", "XXXX-11-03"),
        ("3월 6일", "ko", "XXXX-03-06"),
        ("14/8", "he", "XXXX-08-14"),
    ],
)
def test_day_and_month_without_a_year_is_yearless(text: str, lang: str, expected: str) -> None:
    assert parse_date(text, lang=lang) == YearlessDate(expected)


def test_relative_error_names_ref() -> None:
    with pytest.raises(DateParseError, match=r"pass ref= \(the publication date\)"):
        parse_date("February this year")


def test_solar_hijri_known_equivalents() -> None:
    assert _hijri.to_gregorian(1404, 1, 1) == datetime.date(2025, 3, 21)
    assert _hijri.to_gregorian(1403, 1, 1) == datetime.date(2024, 3, 20)
    assert _hijri.to_gregorian(1404, 7, 4) == datetime.date(2025, 9, 26)
    assert _hijri.month_length(1403, 12) == 30  # 1403 is a leap year
    assert _hijri.month_length(1404, 12) == 29
    # consecutive years tile the Gregorian calendar without gaps
    for jy in range(1300, 1500):
        assert _hijri.year_bounds(jy)[1] + datetime.timedelta(days=1) == _hijri.to_gregorian(
            jy + 1, 1, 1
        )


# --- month names of every language ------------------------------------------------------------


def _cldr_month_names() -> list[tuple[str, str, int]]:
    """Every wide and abbreviated month name of CLDR, read from Babel directly."""
    from babel.dates import get_month_names

    cases = set()
    for lang in LANGUAGES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for month, name in get_month_names(width, context, lang).items():
                    # CLDR's root fallback ("1月") where a locale lacks a context
                    if "月" in name and lang not in ("zh", "ja"):
                        continue
                    cases.add((lang, name, int(month)))
    return sorted(cases)


@pytest.mark.parametrize(("lang", "name", "month"), _cldr_month_names())
def test_every_cldr_month_name_parses(lang: str, name: str, month: int) -> None:
    assert parse_date(f"{name} 2024", lang=lang) == PartialDate(year=2024, month=month)


# Literal cases, independent of CLDR and of the code: abbreviated and inflected forms.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Mar 2024", "2024-03"),
        ("en", "Sept. 2024", "2024-09"),
        ("en", "Dec 2024", "2024-12"),
        ("en", "Feb. 3, 2024", "2024-02-03"),
        ("ru", "марта 2024", "2024-03"),
        ("ru", "март 2024", "2024-03"),
        ("ru", "5 сент. 2024", "2024-09-05"),
        ("ru", "10 мая 2024", "2024-05-10"),
        ("vi", "tháng 3 năm 2024", "2024-03"),
        ("ko", "2024년 3월", "2024-03"),
        ("ja", "2024年3月", "2024-03"),
        ("zh", "2024年十一月", "2024-11"),
        ("hi", "मार्च 2024", "2024-03"),
        ("hi", "फ़रवरी 2024", "2024-02"),
        ("gu", "માર્ચ 2024", "2024-03"),
        ("he", "מרץ 2024", "2024-03"),
        ("he", "במרץ 2024", "2024-03"),
        ("fa", "مارس ۲۰۲۴", "2024-03"),
        ("fa", "ژانویه ۲۰۲۴", "2024-01"),
    ],
)
def test_month_names_literal(lang: str, text: str, expected: str) -> None:
    assert str(parse_date(text, lang=lang)) == expected


# --- find_dates on whole seed articles ---------------------------------------------------------


def _values(mentions: list[DateMention]) -> list[str]:
    return [str(m.value) for m in mentions]


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_spans_are_exact(prefix: str) -> None:
    text = _seed(prefix)
    for m in find_dates(text, ref=REF):
        assert text[m.start : m.end] == m.text


def test_hanam_gujarati() -> None:
    text = _seed("000")
    by_text = {m.text: str(m.value) for m in find_dates(text)}
    assert by_text["તે જ વર્ષે જુલાઈમાં"] == "2024-07"  # Little Rock, after March 2024
    assert by_text["જુલાઈમાં"] == "2023-07"  # Bokova, after April 2023
    assert "2022" in _values(find_dates(text))
    assert "આ વર્ષના ફેબ્રુઆરીમાં" not in by_text  # no publication date: skipped


def test_hanam_hebrew() -> None:
    mentions = find_dates(_seed("001"))
    by_text = {m.text: m for m in mentions}
    assert str(by_text["ביולי אותה שנה"].value) == "2024-07"
    assert by_text["ביולי אותה שנה"].relative
    assert str(by_text["ביולי"].value) == "2023-07"
    assert "בפברואר השנה" not in by_text


def test_hanoi_hindi() -> None:
    values = _values(find_dates(_seed("002"), ref=datetime.date(2025, 12, 2)))
    assert values == ["2025", "2025-03-06", "2025-09-05"]


def test_gwangju_english() -> None:
    mentions = find_dates(_seed("003"), ref=REF)
    assert [(m.text, str(m.value)) for m in mentions] == [
        ("June 12", "2025-06-12"),
        ("2003", "2003"),
        ("the second half of this year", "2025-41"),
    ]
    # without a publication date "June 12" is what the text states: a year-less date
    assert [(m.text, str(m.value)) for m in find_dates(_seed("003"))] == [
        ("June 12", "XXXX-06-12"),
        ("2003", "2003"),
    ]


def test_da_nang_persian() -> None:
    values = _values(find_dates(_seed("004"), ref=datetime.date(2025, 9, 26)))
    assert values == ["2025-01-24", "2025/2030", "2025/2030", "2021/2025"]


def test_find_dates_ignores_numbers() -> None:
    text = "28.68 मिलियन, 200 نماینده, 10 partner cities, 59-NQ/TW, 239/KH-UBND, 28 سال"
    assert find_dates(text, lang="en") == []


# --- laws --------------------------------------------------------------------------------------

_PIECES = st.sampled_from(
    [*"0123456789 -/.,~", "年", "月", "일", "tháng ", "năm ", "۱۴۰", "במרץ ", "марта ", "July ",
     "since ", "the same year", "تا", "부터", "६", "મા"]
)
_SCRIPTS = st.lists(_PIECES, max_size=12).map("".join)


@given(st.one_of(st.text(max_size=60), _SCRIPTS), st.sampled_from([None, *LANGUAGES]))
def test_any_text_parses_or_raises_our_error(text: str, lang: str | None) -> None:
    try:
        value = parse_date(text, lang=lang, ref=REF, anchor=PartialDate("2024-03"))
    except DateParseError:
        return
    assert isinstance(value, PartialDate | DateRange)


@given(st.text(max_size=200), st.sampled_from([None, "en", "fa", "ko"]))
def test_find_dates_spans(text: str, lang: str | None) -> None:
    for m in find_dates(text, lang=lang, ref=REF):
        assert text[m.start : m.end] == m.text


@given(date_values())
def test_edtf_round_trip(value: PartialDate | DateRange) -> None:
    assert parse_date(str(value)) == value
    assert parse_edtf(str(value)) == value


@pytest.mark.parametrize(
    "text",
    [
        "2" * 100_000,
        " " * 100_000,
        "March " * 20_000,
        "2025-" * 20_000,
        "ב" * 100_000,
        "۱" * 100_000,
        "the same year of " * 6000,
    ],
)
def test_adversarial_inputs_are_bounded(text: str) -> None:
    start = time.perf_counter()
    with pytest.raises(DateParseError, match="too long"):
        parse_date(text)
    find_dates(text[:20_000], ref=REF)
    assert time.perf_counter() - start < 2.0


def test_import_builds_no_tables() -> None:
    code = (
        "import citydiplo, sys; from citydiplo._text import _lexicon; "
        "assert _lexicon.grammar.cache_info().currsize == 0; "
        "assert not any(m.startswith('babel') for m in sys.modules)"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_find_dates_is_linear() -> None:
    chunk = _seed("001")
    start = time.perf_counter()
    n = len(find_dates(chunk * 20))
    assert n == 20 * len(find_dates(chunk))
    assert time.perf_counter() - start < 3.0
