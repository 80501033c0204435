"""Families found by the blind set 15b (ru, hi, gu, he, fa): literal positive and negative
cases, each written from the language's grammar, script and calendars (Solar Hijri and
Hebrew days converted with convertdate, weekdays from the Gregorian calendar), not from the
function under test."""

from __future__ import annotations

import pytest

from citydiplo import DateParseError, PartialDate, find_dates, parse_date


def _values(text: str, lang: str, ref: PartialDate | None = None) -> list[str]:
    return [str(m.value) for m in find_dates(text, lang=lang, ref=ref)]


# --- the year of an Israeli law's citation ("חוק …, התשל"ה-1975") is part of its name
@pytest.mark.parametrize(
    "text",
    [
        'מינוי הרב לסגן ראש המועצה לפי סעיף 15 לחוק הרשויות המקומיות תשל"ה- 1975.',
        "חוק התכנון והבנייה, התשכ״ה–1965",
        'לפי תקנות העיריות (מכרזים), התשמ"ח-1987',
    ],
)
def test_the_year_of_a_law_citation_is_no_date(text: str) -> None:
    assert _values(text, "he") == []
    with pytest.raises(DateParseError):
        parse_date(text, lang="he")


def test_a_year_outside_a_law_citation_stays_a_year() -> None:
    assert _values("בשנת 1975 נבנה האולם", "he") == ["1975"]
    text = 'תקנות העיריות (מכרזים), התשמ"ח-1987 ייכנסו לתוקף ב-1 בינואר 2027'
    assert str(parse_date(text, lang="he")) == "2027-01-01"


# --- Hindi "दिन <weekday>" (the day, Tuesday) and "<weekday> दिनाँक <date>" name the
# date's weekday: checked against it (31 August 2021 was a Tuesday; 20 January 2022 a
# Thursday; 7 September 2025 a Sunday)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31 अगस्त 2021 दिन मंगलवार सुबह 10 बजे होगा।", "2021-08-31"),
        ("गुरुवार दिनाँक 20 जनवरी 2022 को पाइप लाइन से सप्लाई किया जावेगा", "2022-01-20"),
        ("07 सितंबर 2025 दिन रविवार को मरम्मत कार्य किया जा रहा है।", "2025-09-07"),
        ("07 सितंबर दिन रविवार को मरम्मत कार्य", "XXXX-09-07"),
    ],
)
def test_a_hindi_weekday_named_with_din_or_dinank_joins_its_date(text: str, expected: str) -> None:
    assert str(parse_date(text, lang="hi")) == expected
    assert _values(text, "hi") == [expected]


def test_a_hindi_weekday_with_din_that_contradicts_the_date_raises() -> None:
    with pytest.raises(DateParseError):  # 31 August 2021 was a Tuesday, not a Monday
        parse_date("31 अगस्त 2021 दिन सोमवार", lang="hi")


# --- Hindi "कल" is yesterday or tomorrow: beside the date it names, that date decides
@pytest.mark.parametrize(
    ("ref", "expected"),
    [("2021-08-30", "2021-08-31"), ("2021-09-01", "2021-08-31")],
)
def test_kal_beside_the_date_it_names_is_that_date(ref: str, expected: str) -> None:
    text = "कल 31 अगस्त दिन मंगलवार सुबह 10 बजे होगा।"
    assert str(parse_date(text, lang="hi", ref=PartialDate(ref))) == expected


def test_kal_beside_another_day_is_no_answer() -> None:
    with pytest.raises(DateParseError):  # neither the 24th nor the 26th is the 31st
        parse_date("कल 31 अगस्त", lang="hi", ref=PartialDate("2021-08-25"))


# --- a span of Persian dates in figures is Solar Hijri at both ends, never the first day
# alone (10 Farvardin 1392 = 30 March 2013, a Saturday; 12 Farvardin = 1 April, a Monday)
@pytest.mark.parametrize(
    "text",
    [
        "شنبه مورخ 92/1/10 تا دوشنبه مورخ 92/1/12",
        "92/1/10 تا 92/1/12",
        "1392/1/10 تا 1392/1/12",
    ],
)
def test_a_persian_span_in_figures_is_solar_at_both_ends(text: str) -> None:
    assert str(parse_date(text, lang="fa")) == "2013-03-30/2013-04-01"
    assert _values(text, "fa") == ["2013-03-30/2013-04-01"]


def test_a_persian_span_with_a_wrong_weekday_raises() -> None:
    with pytest.raises(DateParseError):  # 1 April 2013 was a Monday, not a Sunday
        parse_date("شنبه مورخ 92/1/10 تا یکشنبه مورخ 92/1/12", lang="fa")


# --- two dates in figures with two-digit years joined by a dash are a span, not a code
# followed by the first date alone
@pytest.mark.parametrize("lang", ["he", "ru"])
def test_a_dash_between_two_short_year_dates_makes_a_span(lang: str) -> None:
    assert str(parse_date("12/03/23-15/03/23", lang=lang)) == "2023-03-12/2023-03-15"
    assert _values("12/03/23-15/03/23", lang) == ["2023-03-12/2023-03-15"]


def test_a_day_inside_a_stated_span_does_not_stand_for_it() -> None:
    text = "החל מהלילה (ראשון) עד רביעי 12/03/23-15/03/23 יבוצעו עבודות לילה"
    with pytest.raises(DateParseError):  # "tonight" is the 12th; the text states 12-15
        parse_date(text, lang="he", ref=PartialDate("2023-03-12"))


# --- two days of one Solar Hijri month, each named with the month: the month's span of days
# (21 Dey 1404 = 11 January 2026, a Sunday; 27 Dey = 17 January, a Saturday)
@pytest.mark.parametrize(
    "text", ["از ۲۱ دی تا ۲۷ دی", "ثبتنام داوطلبان از یکشنبه ۲۱ دی تا شنبه ۲۷ دی ادامه دارد."]
)
def test_two_days_of_one_solar_month_make_its_span(text: str) -> None:
    ref = PartialDate("2025-12-01")
    assert str(parse_date(text, lang="fa", ref=ref)) == "2026-01-11/2026-01-17"
    assert _values(text, "fa", ref) == ["2026-01-11/2026-01-17"]


@pytest.mark.parametrize(
    "text",
    [
        "از دوشنبه ۲۱ دی تا شنبه ۲۷ دی",  # the weekdays are five apart, the days six
        "از یکشنبه ۲۱ دی تا شنبه ۲۷ دی",  # with ref in Mehr, Dey 1403's days: not Sundays
    ],
)
def test_solar_month_days_whose_weekdays_do_not_fit_are_no_answer(text: str) -> None:
    with pytest.raises(DateParseError):
        parse_date(text, lang="fa", ref=PartialDate("2025-10-12"))
    assert "2025-01-10/2025-01-16" not in _values(text, "fa", PartialDate("2025-10-12"))


# --- a dateline's day and "today" in the same text name one day
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("hi", "जगदलपुर, 03 मार्च शहर के नवनिर्वाचित महापौर ने आज शुभारंभ किया.", "XXXX-03-03"),
        ("hi", "नई दिल्ली, 5 जून। आज बैठक होगी", "XXXX-06-05"),
        ("gu", "અમદાવાદ, 16 માર્ચ : આજે મેયરે જણાવ્યું", "XXXX-03-16"),
    ],
)
def test_a_dateline_states_the_day_today_names(lang: str, text: str, expected: str) -> None:
    assert str(parse_date(text, lang=lang)) == expected


def test_a_day_and_today_without_a_dateline_stay_two_mentions() -> None:
    with pytest.raises(DateParseError):
        parse_date("मेयर ने कहा कि 5 जून को और आज बैठक होगी", lang="hi")


def test_a_dateline_that_disagrees_with_today_is_no_answer() -> None:
    with pytest.raises(DateParseError):  # ref says today is 5 March, the dateline 3 March
        parse_date("जगदलपुर, 03 मार्च शहर के महापौर ने आज", lang="hi", ref=PartialDate("2024-03-05"))


# --- a full date that starts a span whose end, a bare day, is not read: neither the first
# day alone nor an open range from it (the text states a span to the 12th)
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Выставка пройдёт 10.03.2013 – 12.03 в парке"),
        ("ru", "с 10.03.2013 по 12"),
        ("fa", "1392/1/10 تا 12 برگزار می‌شود"),
        ("hi", "10.03.2013 से 12 तक"),
        ("gu", "10.03.2013થી 12 સુધી"),
        ("he", "10.3.2013-12"),
    ],
)
def test_a_date_whose_span_ends_on_an_unread_day_is_not_read_alone(lang: str, text: str) -> None:
    assert _values(text, lang) == []
    with pytest.raises(DateParseError):
        parse_date(text, lang=lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "Открытие 10.03.2013 - 12:00", "2013-03-10"),  # a time
        ("ru", "10.03.2013 - 12 человек", "2013-03-10"),  # a count
        ("hi", "1 जनवरी 2024 से 15 नए वार्ड", "2024-01-01"),  # from 1 January: a count
        ("ru", "с 10.03.2013 по 12.03.2013", "2013-03-10/2013-03-12"),
    ],
)
def test_a_date_before_a_time_a_count_or_a_full_end_stays(
    lang: str, text: str, expected: str
) -> None:
    assert str(parse_date(text, lang=lang)) == expected
