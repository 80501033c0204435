"""Free-text dates: parse_date and find_dates in ten languages (citydiplo._datetext)."""

from __future__ import annotations

import contextlib
import datetime
import json
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citydiplo._datetext import LANGUAGES, _hijri, find_dates, parse_date
from citydiplo._datetext._lexicon import month_names
from citydiplo._errors import DateParseError
from citydiplo.dates import DateRange, PartialDate
from tests.strategies import date_values

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PHRASES: list[dict[str, Any]] = json.loads((SEEDS / "date_phrases.json").read_text("utf-8"))
REF = datetime.date(2025, 6, 12)


def _value(text: str | None) -> PartialDate | DateRange | None:
    if text is None:
        return None
    return DateRange(text) if "/" in text else PartialDate(text)


@pytest.mark.parametrize("entry", PHRASES, ids=[e["phrase"] for e in PHRASES])
def test_seed_phrases(entry: dict[str, Any]) -> None:
    ref, anchor = _value(entry["ref"]), _value(entry["anchor"])
    assert isinstance(ref, PartialDate | None) and isinstance(anchor, PartialDate | None)
    if entry["value"] is None:
        with pytest.raises(DateParseError, match="no year"):
            parse_date(entry["phrase"], lang=entry["lang"], ref=ref, anchor=anchor)
    else:
        got = parse_date(entry["phrase"], lang=entry["lang"], ref=ref, anchor=anchor)
        assert got == _value(entry["value"])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_month_name_parses_with_a_year(lang: str) -> None:
    for name, number in month_names(lang).items():
        text = f"2024年{name}" if lang in ("zh", "ja") else f"{name} 2024"
        if lang == "ko":
            text = f"2024년 {name}"
        assert parse_date(text, lang=lang) == PartialDate(year=2024, month=number), text


EXAMPLES = [
    # (text, lang, ref, anchor, expected)
    ("באפריל 2024", "he", None, None, "2024-04"),
    ("એપ્રિલ 2024 માં", "gu", None, None, "2024-04"),
    ("6 मार्च, 2025", "hi", None, None, "2025-03-06"),
    ("६ मार्च, २०२५", "hi", None, None, "2025-03-06"),
    ("फ़रवरी 2025", "hi", None, None, "2025-02"),
    ("फरवरी 2025", "hi", None, None, "2025-02"),
    ("6 марта 2025 года", "ru", None, None, "2025-03-06"),
    ("в марте 2025 года", "ru", None, None, "2025-03"),
    ("۲۴ ژانویه ۲۰۲۵", "fa", None, None, "2025-01-24"),
    ("۲۴ ژانويه ۲۰۲۵", "fa", None, None, "2025-01-24"),
    ("2025년 3월 6일", "ko", None, None, "2025-03-06"),
    ("ngày 6 tháng 3 năm 2025", "vi", None, None, "2025-03-06"),
    ("tháng 4/2024", "vi", None, None, "2024-04"),
    ("2025年3月6日", "zh", None, None, "2025-03-06"),
    ("2025年3月6日", "ja", None, None, "2025-03-06"),
    ("２０２５年３月６日", None, None, None, "2025-03-06"),
    ("March 6, 2025", "en", None, None, "2025-03-06"),
    ("6 March 2025", "en", None, None, "2025-03-06"),
    ("April 2024", "en", None, None, "2024-04"),
    ("in 2003", "en", None, None, "2003"),
    ("۵ مهر ۱۴۰۴", "fa", None, None, "2025-09-27"),
    ("۱ فروردین ۱۴۰۴", "fa", None, None, "2025-03-21"),
    ("مهر ۱۴۰۴", "fa", None, None, "2025-09-23/2025-10-22"),
    ("سال ۱۴۰۳", "fa", None, None, "2024-03-20/2025-03-20"),
    ("2021–2025", "en", None, None, "2021/2025"),
    ("2025-2030", None, None, None, "2025/2030"),
    ("۲۰۲۱ تا ۲۰۲۵", "fa", None, None, "2021/2025"),
    ("دوره ۲۰۲۱ تا ۲۰۲۵", "fa", None, None, "2021/2025"),
    ("giai đoạn 2021-2025", "vi", None, None, "2021/2025"),
    ("2021년부터 2025년까지", "ko", None, None, "2021/2025"),
    ("с 2021 по 2025 год", "ru", None, None, "2021/2025"),
    ("2021至2025年", "zh", None, None, "2021/2025"),
    ("since 2003", "en", None, None, "2003/.."),
    ("2003년부터", "ko", None, None, "2003/.."),
    ("с 2003 года", "ru", None, None, "2003/.."),
    ("از سال ۲۰۰۳", "fa", None, None, "2003/.."),
    ("2003 से", "hi", None, None, "2003/.."),
    ("the second half of 2025", "en", None, None, "2025-41"),
    ("second half of this year", "en", REF, None, "2025-41"),
    ("Q3 2025", "en", None, None, "2025-35"),
    ("올해 하반기", "ko", REF, None, "2025-41"),
    ("今年下半年", "zh", REF, None, "2025-41"),
    ("2025年第三季度", "zh", None, None, "2025-35"),
    ("вторая половина 2025 года", "ru", None, None, "2025-41"),
    ("February this year", "en", REF, None, "2025-02"),
    ("בפברואר השנה", "he", REF, None, "2025-02"),
    ("આ વર્ષના ફેબ્રુઆરીમાં", "gu", REF, None, "2025-02"),
    ("last July", "en", REF, None, "2024-07"),
    ("last May", "en", REF, None, "2025-05"),
    ("지난해 7월", "ko", REF, None, "2024-07"),
    ("last year", "en", REF, None, "2024"),
    ("next year", "en", REF, None, "2026"),
    ("June 12", "en", REF, None, "2025-06-12"),
    ("July of the same year", "en", None, "2024-03", "2024-07"),
    ("ביולי אותה שנה", "he", None, "2024-03", "2024-07"),
    ("તે જ વર્ષે જુલાઈમાં", "gu", None, "2024-03", "2024-07"),
    ("the same year", "en", None, "2024-03", "2024"),
    ("July", "en", REF, None, "2025-07"),
    ("July", "en", REF, "2023-04", "2023-07"),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_examples(example: tuple[str, str | None, Any, str | None, str]) -> None:
    text, lang, ref, anchor, expected = example
    got = parse_date(text, lang=lang, ref=ref, anchor=_value(anchor))
    assert got == _value(expected)


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        ("February this year", "ref="),
        ("July", "ref="),
        ("the same year", "anchor="),
        ("last July", "ref="),
        ("no date here", "no date"),
        ("x" * 1001, "too long"),
    ],
)
def test_unresolvable_text_raises_saying_what_is_missing(text: str, missing: str) -> None:
    with pytest.raises(DateParseError, match=missing):
        parse_date(text, lang="en")


def test_solar_hijri_new_year() -> None:
    assert _hijri.to_gregorian(1404, 1, 1) == datetime.date(2025, 3, 21)
    assert _hijri.to_gregorian(1403, 1, 1) == datetime.date(2024, 3, 20)
    assert _hijri.from_gregorian(datetime.date(2025, 9, 27)) == (1404, 7, 5)


@given(date_values())
def test_edtf_text_round_trips(value: PartialDate | DateRange) -> None:
    assert parse_date(str(value)) == value


@given(st.text(max_size=60), st.sampled_from([None, *LANGUAGES]))
def test_any_text_gives_a_value_or_our_error(text: str, lang: str | None) -> None:
    try:
        value = parse_date(text, lang=lang, ref=REF)
    except DateParseError:
        return
    assert isinstance(value, PartialDate | DateRange)


@given(st.text(alphabet="0123456789 年月日-/.,年년월일 tháng năm марта تا ۲۰", max_size=80))
def test_date_like_text_gives_a_value_or_our_error(text: str) -> None:
    with contextlib.suppress(DateParseError):
        parse_date(text, ref=REF)
    find_dates(text, ref=REF)


def _mentions(name: str, ref: datetime.date | None = None) -> list[tuple[str, str]]:
    text = (SEEDS / f"{name}.txt").read_text("utf-8")
    found = find_dates(text, ref=ref)
    for mention in found:
        assert text[mention.start : mention.end] == mention.text
    return [(m.text, str(m.value)) for m in found]


@pytest.mark.parametrize("name", ["000_c4bc86c6ec73d8de", "001_357b0068aa76b59a"])
def test_find_dates_hanam_july_mentions(name: str) -> None:
    found = _mentions(name)
    july = [value for text, value in found if "2" not in text and value.endswith("-07")]
    assert july == ["2024-07", "2023-07"]
    assert all("?" not in value for _, value in found)


def test_find_dates_hindi_seed() -> None:
    values = [value for _, value in _mentions("002_bd2f714c53714b98", datetime.date(2025, 12, 2))]
    assert values == ["2025", "2025-03-06", "2025-09-05"]


def test_find_dates_persian_seed() -> None:
    values = [value for _, value in _mentions("004_ac2ee450ac595feb", datetime.date(2025, 9, 26))]
    assert values == ["2025-01-24", "2025/2030", "2025/2030", "2021/2025"]


def test_find_dates_english_seed() -> None:
    found = _mentions("003_b44fb66ac4c6e1ad", REF)
    assert found == [
        ("June 12", "2025-06-12"),
        ("2003", "2003"),
        ("the second half of this year", "2025-41"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "28.68 मिलियन वोन",
        "200 نماینده",
        "10 partner cities",
        "پس از 28 سال جدایی",
        "قطعنامه شماره ۵۹-NQ/TW",
        "योजना संख्या 334-केएच/टीयू",
        "Kế hoạch 239/KH-UBND",
        "nghị quyết 59-NQ/TW",
        "https://x.vn/a-20250926120727747.htm",
    ],
)
def test_find_dates_ignores_numbers(text: str) -> None:
    assert find_dates(text) == []


def test_find_dates_skips_unresolvable() -> None:
    assert find_dates("It met in February this year.") == []
    found = find_dates("It met in February this year.", ref=REF)
    assert [str(m.value) for m in found] == ["2025-02"]


@pytest.mark.parametrize(
    "text",
    [
        "2" * 100_000,
        "2025 " * 20_000,
        "ב" * 100_000,
        ("6 март " * 15_000)[:100_000],
        ("年" + "1" * 9) * 10_000,
        ("from " * 20_000),
    ],
)
def test_find_dates_on_adversarial_input_is_fast(text: str) -> None:
    started = time.perf_counter()
    find_dates(text, ref=REF)
    assert time.perf_counter() - started < 2.0
