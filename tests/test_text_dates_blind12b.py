"""Families found by the blind set 12b (ru, hi, gu, he, fa): literal positive and negative
cases, each written from the language's grammar and calendars, not from the function under
test."""

from __future__ import annotations

import pytest

from citydiplo import DateParseError, PartialDate, find_dates, parse_date
from citydiplo.dates import DateRange


def _values(text: str, lang: str, ref: PartialDate | None = None) -> list[str]:
    return [str(m.value) for m in find_dates(text, lang=lang, ref=ref)]


REF = PartialDate("2025-12-23")


# --- a count after a genitive (or an ablative: "from the election") counts from that noun,
# not from the publication date
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # within a year of the founding (of the corporation), not "in a year from now"
        ("gu", "મોરબી મહાનગરપાલિકાની રચનાના એક વર્ષમાં પાંચસો પચાસ કરોડના વિકાસના કાર્યો હાથ ધરાયા"),
        ("gu", "ચૂંટણીના બે વર્ષ પહેલાં"),  # two years before the election
        ("gu", "યોજનાના ત્રણ મહિના પછી કામ શરૂ થશે"),  # three months after the plan
        ("hi", "चुनाव के दो साल पहले"),  # two years before the election
        ("hi", "योजना के तीन साल पहले यह काम हुआ"),
        ("hi", "चुनाव से दो महीने पहले"),  # two months before the election
        ("hi", "उद्घाटन से एक हफ्ते पहले"),  # a week before the opening
        ("gu", "ચૂંટણીથી બે મહિના પહેલાં"),
    ],
)
def test_a_count_after_a_genitive_is_not_from_ref(lang: str, text: str) -> None:
    assert find_dates(text, lang=lang, ref=REF) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("gu", "બે વર્ષમાં કામ પૂરું થશે", "2027"),  # in two years
        ("gu", "પાંચ વર્ષ પહેલાં", "2020"),
        ("gu", "ત્રણ મહિના પછી કામ શરૂ થશે", "2026-03"),
        ("hi", "दो साल पहले", "2023"),
        ("hi", "दो साल बाद चुनाव होंगे", "2027"),
        ("hi", "अब से दो साल बाद चुनाव होंगे", "2027"),  # from now: from ref
        ("gu", "બે વર્ષ પહેલાં", "2023"),
    ],
)
def test_a_count_without_a_genitive_is_from_ref(lang: str, text: str, expected: str) -> None:
    assert _values(text, lang, REF) == [expected]


# --- a Hebrew future verb makes a day and month without a year the coming one
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11 מועצות יבחרו את ראשי הרשויות ב-19 בנובמבר", "2024-11-19"),  # will elect
        ("הבחירות ייערכו ב-19 בנובמבר", "2024-11-19"),  # will be held
        ("העבודות יבוצעו ב-3 בספטמבר", "2024-09-03"),  # will be carried out
        # were elected: last November or the coming one, both over three months away, and
        # no Hebrew verb in the past is listed: not read (_day_lag)
        ("ב-19 בנובמבר נבחרו ראשי הרשויות", None),
    ],
)
def test_hebrew_future_verbs(text: str, expected: str | None) -> None:
    assert _values(text, "he", PartialDate("2024-07-17")) == ([expected] if expected else [])


# --- a span whose ends a clause parts: "begins on X and runs until Y"
@pytest.mark.parametrize(
    ("lang", "text", "ref", "start", "end"),
    [
        (
            "gu",
            "આ કામ 17 મેના દિવસે શરૂ થશે અને 21 તારીખ સુધી ચાલશે.",
            "2021-05-12",
            "2021-05-17",
            "2021-05-21",
        ),
        (
            "hi",
            "17 मार्च से पूरे देश में स्वच्छ सर्वेक्षण शुरू होने जा रहा है जो 30 अप्रैल तक दो राउंड में पूरा होगा।",
            "2025-03-19",
            "2025-03-17",
            "2025-04-30",
        ),
        ("hi", "1 मार्च से आवेदन शुरू होंगे और 30 अप्रैल तक चलेंगे", "2025-02-10", "2025-03-01", "2025-04-30"),
    ],
)
def test_a_span_parted_by_the_clause_that_begins_it(
    lang: str, text: str, ref: str, start: str, end: str
) -> None:
    value = parse_date(text, lang=lang, ref=PartialDate(ref))
    assert isinstance(value, DateRange)
    assert str(value) == f"{start}/{end}"


@pytest.mark.parametrize(
    ("lang", "text", "ref"),
    [
        # a sentence ends between the two: two dates, no span
        ("hi", "17 मार्च से सर्वेक्षण शुरू होगा। 30 अप्रैल तक रिपोर्ट आएगी।", "2025-03-19"),
        # no word that begins the span between them
        ("hi", "17 मार्च को बैठक हुई और 30 अप्रैल तक रिपोर्ट आएगी", "2025-03-19"),
    ],
)
def test_two_dates_without_a_beginning_clause_stay_two(lang: str, text: str, ref: str) -> None:
    assert len(find_dates(text, lang=lang, ref=PartialDate(ref))) == 2
    with pytest.raises(DateParseError):
        parse_date(text, lang=lang, ref=PartialDate(ref))


# --- Gujarati "21 તારીખે" (on the 21st): a day with the word for date after it
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("21 તારીખે બેઠક મળશે", ["2021-05-21"]),  # will meet on the 21st
        ("12 તારીખે બેઠક મળી", ["2021-05-12"]),
        ("ત્રણ તારીખે", []),  # no figure: no day
    ],
)
def test_gujarati_day_before_the_word_for_date(text: str, expected: list[str]) -> None:
    assert _values(text, "gu", PartialDate("2021-05-12")) == expected


# --- a square that has its name before it: the date after it is a date, not its name
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("концерт на Центральной площади 9 мая", ["2025-05-09"]),
        ("на Красной площади 9 мая прошёл парад", ["2025-05-09"]),
        ("митинг на площади 1 Мая", []),  # the square named "1 May"
        ("НА ПЛОЩАДИ 1 МАЯ", []),  # all capitals say nothing of a name
        ("на улице 8 Марта прошёл субботник", []),
    ],
)
def test_a_named_square_then_a_date(text: str, expected: list[str]) -> None:
    assert _values(text, "ru", PartialDate("2025-09-04")) == expected


def test_russian_the_week_gone_by() -> None:
    ref = PartialDate("2024-04-08")  # a Monday
    text = "На минувшей неделе восстановлено 7927 м² дорожного полотна."
    assert _values(text, "ru", ref) == ["2024-04-01/2024-04-07"]


# --- a year closing a day and month before it opens no span with the next date
def test_a_solar_date_then_its_gregorian_date_is_no_span() -> None:
    values = _values("پنجشنبه / ۲۱ اسفند / ۱۴۰۴ - 12 March, 2026", "fa")
    assert "2026-03-12" in values
    assert all(not v.startswith("2025-03-21/2026-03-12") for v in values)


def test_two_solar_years_stay_a_span() -> None:
    assert _values("۱۴۰۲ - ۱۴۰۴", "fa") == ["2023-03-21/2026-03-20"]


def test_hindi_from_today_then_a_count_is_from_ref() -> None:
    assert "2023" in _values("आज से दो साल पहले", "hi", REF)  # two years before today
    assert "2023" in _values("આજથી બે વર્ષ પહેલાં", "gu", REF)


# --- a Solar Hijri day's year after a comma or a slash is that day's year
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("امروز : پنج شنبه, ۲۷ اردیبهشت , ۱۴۰۳", ["2024-05-16"]),  # 27 Ordibehesht 1403
        ("۲۱ اسفند / ۱۴۰۴", ["2026-03-12"]),
    ],
)
def test_solar_day_then_its_year(text: str, expected: list[str]) -> None:
    assert _values(text, "fa") == expected
