"""Silently wrong answers found by a precision audit of ``find_dates`` on real municipal news in
ten languages, fixed by family: each family has literal cases that must now give no date (or
the stated one) and cases beside them that must still be read.
"""

from __future__ import annotations

import pytest

from citydiplo import find_dates, parse_date

REF = "2024-05-25"


def _found(text: str, lang: str, ref: str | None = REF) -> list[tuple[str, str]]:
    return [(m.text, str(m.value)) for m in find_dates(text, lang=lang, ref=ref)]


# --- a short month name without its mark is a word, not a month -------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Jan said the council would meet again.", "en"),
        ("The delegation flew to Mar del Plata.", "en"),
        ("משך העבודה המתוכנן הינו כחודשיים", "he"),  # "is"
        ("הקשר בינו לבין ראש העיר", "he"),  # "between him"
        ("חברי המועצה שינו את ההחלטה", "he"),  # "changed"
        ("הם מינו מנכ״ל חדש", "he"),  # "appointed"
    ],
)
def test_an_unmarked_short_month_name_is_no_month(text: str, lang: str) -> None:
    assert _found(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The vote is set for Sept. 2024.", "en", [("Sept. 2024", "2024-09")]),
        ("The budget passed in Jan. after a long debate.", "en", [("Jan.", "2024-01")]),
        ("Signed on 5 Jan 2020 in Paris.", "en", [("5 Jan 2020", "2020-01-05")]),
        ("Opened in Mar 2019.", "en", [("Mar 2019", "2019-03")]),
        ("The council met in May.", "en", [("May.", "2024-05")]),
        ("הפגישה נקבעה לינו׳ 2020", "he", [("לינו׳ 2020", "2020-01")]),
        ("הישיבה התקיימה במרץ", "he", [("במרץ", "2024-03")]),
    ],
)
def test_a_short_month_name_with_its_mark_or_a_date_beside_it_is_read(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text, lang) == expected


def test_a_short_month_name_alone_is_still_a_month_to_parse_date() -> None:
    assert str(parse_date("Mar", lang="en", ref=REF)) == "2024-03"


# --- the days of a monthly rule are no dates ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Tiếp công dân định kỳ vào ngày 20 hàng tháng tại trụ sở.", "vi"),
        (
            "Công dân đăng ký trước ngày 15 hàng tháng; đăng ký sau ngày 15 thì chuyển sang"
            " tháng kế tiếp.",
            "vi",
        ),
        ("The board meets on the 15th of every month.", "en"),
        ("Приём граждан ведётся ежемесячно, 15 числа.", "ru"),
        ("पेंशन हर महीने की 5 तारीख को दी जाती है।", "hi"),
    ],
)
def test_a_day_in_a_sentence_of_monthly_recurrence_is_no_date(text: str, lang: str) -> None:
    assert _found(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Hội nghị tổ chức ngày 20. Lịch tiếp dân hàng tháng được niêm yết.",
            "vi",
            [("ngày 20", "2024-05-20")],
        ),
        ("The board met on the 15th.", "en", [("on the 15th", "2024-05-15")]),
        ("Tháng sau sẽ họp tiếp.", "vi", [("Tháng sau", "2024-06")]),
        (
            "Từ ngày 1 tháng 7 năm 2024, phí được thu hàng tháng.",
            "vi",
            [("Từ ngày 1 tháng 7 năm 2024", "2024-07-01/..")],
        ),
    ],
)
def test_days_outside_a_monthly_rule_and_full_dates_inside_one_are_read(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text, lang) == expected


# --- a year at the end of an unread date is no year alone ---------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ચૂંટણી પંચ દ્વારા તા.22 -1-2021ના રોજ ચૂંટણી હાથ ધરવામાં આવી હતી.", "gu"),
        ("نشست از 5 تا 7 ماه ثور 1396 در مشهد برگزار می شود.", "fa"),
        ("ચૂંટણી 22-1-2021ના રોજ થઈ હતી.", "gu"),  # read whole or not at all, never the year
        ("Приказ от 3 -1-2021 отменён.", "ru"),
    ],
)
def test_a_year_after_an_unread_day_and_month_is_skipped(text: str, lang: str) -> None:
    assert _found(text, lang, None) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("ચૂંટણી 22 જાન્યુઆરી 2021ના રોજ", "gu", [("22 જાન્યુઆરી 2021ના", "2021-01-22")]),
        ("در ماه مهر 1402 امضا شد.", "fa", [("مهر 1402", "2023-09-23/2023-10-22")]),
        ("The plan covers 2020-2021.", "en", [("2020-2021", "2020/2021")]),
        ("Chapter 72 of the Acts of 2013.", "en", [("2013", "2013")]),
        ("בית הספר נפתח ב-2019.", "he", [("2019", "2019")]),
    ],
)
def test_years_with_nothing_unread_before_them_are_read(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text, lang, None) == expected


# --- a figure before "last month" in Persian counts months --------------------------------


def test_a_figure_before_a_persian_relative_month_counts_months() -> None:
    assert _found("طی ۵ ماه گذشته شهرداری ۳ پروژه را افتتاح کرد.", "fa") == []
    assert _found("در ۳ ماه آینده", "fa") == []


def test_an_ordinal_before_a_persian_relative_month_is_a_day() -> None:
    assert _found("پنجم ماه گذشته", "fa") == [("پنجم ماه گذشته", "2024-04-05")]
    assert _found("the 5th of last month", "en") == [("5th of last month", "2024-04-05")]
