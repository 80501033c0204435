"""Families found by the blind set 17b (ru, hi, gu, he, fa): literal positive and negative
cases, each written from the language's grammar, script and calendars (Solar Hijri and Hebrew
days converted with convertdate), not from the function under test."""

from __future__ import annotations

import pytest

from citydiplo import DateParseError, PartialDate, find_dates, parse_date


def _values(text: str, lang: str, ref: str | None = None) -> list[str]:
    return [
        str(m.value) for m in find_dates(text, lang=lang, ref=PartialDate(ref) if ref else None)
    ]


def _parsed(text: str, lang: str, ref: str | None = None) -> str:
    return str(parse_date(text, lang=lang, ref=PartialDate(ref) if ref else None))


# --- days listed in a row before "and": the span of all of them, never the last two alone
# ("27-28 और 29 अक्टूबर" gave 28-29 October)
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "मौसम विभाग ने 27-28 और 29 अक्टूबर 2024 को बारिश की चेतावनी दी",
            "hi",
            "2024-10-27/2024-10-29",
        ),
        ("27, 28 और 29 अक्टूबर 2024 को मेला", "hi", "2024-10-27/2024-10-29"),
        ("Матчи пройдут 27-28 и 29 октября 2024 года", "ru", "2024-10-27/2024-10-29"),
        ("19, 20 и 21 мая 2024 года", "ru", "2024-05-19/2024-05-21"),
        ("૨૭, ૨૮ અને ૨૯ ઓક્ટોબર ૨૦૨૪ના રોજ", "gu", "2024-10-27/2024-10-29"),
        ("27-28 ו-29 באוקטובר 2024", "he", "2024-10-27/2024-10-29"),
        # 27 Mehr 1403 is 18 October 2024, 29 Mehr is 20 October
        ("۲۷-۲۸ و ۲۹ مهر ۱۴۰۳", "fa", "2024-10-18/2024-10-20"),
    ],
)
def test_days_listed_in_a_row_are_one_span(text: str, lang: str, expected: str) -> None:
    assert _values(text, lang) == [expected]
    assert _parsed(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("5-6 и 8 октября 2024 года", "ru"),
        ("5-6 और 8 अक्टूबर 2024 को", "hi"),
        ("19 и 20 и 22 мая 2024 года", "ru"),
    ],
)
def test_days_listed_apart_stay_unread(text: str, lang: str) -> None:
    assert _values(text, lang) == []
    with pytest.raises(DateParseError):
        parse_date(text, lang=lang)


def test_days_listed_with_commas_and_and_not_all_in_a_row_are_each_a_date() -> None:
    # the 5th, the 6th and the 8th of October 2024: no dash joins any two of them
    text = "5, 6 и 8 октября 2024 года"
    assert _values(text, "ru") == ["2024-10-05", "2024-10-06", "2024-10-08"]
    with pytest.raises(DateParseError):
        parse_date(text, lang="ru")


# --- a word for yesterday-or-tomorrow right before a stated day: the day names it
# ("કાલે તા.૧૪ના … જાહેર કરવામાં આવ્યો છે" gave the 12th from the announcement's past tense)
@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        ("કાલે તા.૧૪ના પાણી કાપ જાહેર કરવામાં આવ્યો છે.", "gu", "2025-05-13", ["2025-05-14"]),
        ("कल 14 मई को पानी कटौती की घोषणा की गई है।", "hi", "2025-05-13", ["2025-05-14"]),
        ("कल, 14 मई को बैठक हुई थी।", "hi", "2025-05-15", ["2025-05-14"]),
    ],
)
def test_a_day_word_of_two_readings_beside_a_day(
    text: str, lang: str, ref: str, expected: list[str]
) -> None:
    assert _values(text, lang, ref) == expected


def test_a_day_word_of_two_readings_alone_keeps_its_tense() -> None:
    assert _values("કાલે પાણી કાપ જાહેર કરવામાં આવ્યો છે.", "gu", "2025-05-13") == ["2025-05-12"]
    assert _values("कल बैठक हुई थी।", "hi", "2025-05-15") == ["2025-05-14"]


# --- Gujarati day after "તા." with the genitive glued ("તા.૧૪ના"), with ref
@pytest.mark.parametrize("text", ["તા.૧૯ના રોજ", "તા. ૧૯ના રોજ સભા"])
def test_a_gujarati_day_after_its_word(text: str) -> None:
    assert _parsed(text, "gu", "2022-02-15") == "2022-02-19"


@pytest.mark.parametrize("text", ["૧૯ના દરે", "૧૯ના રોજ"])
def test_a_gujarati_figure_without_its_day_word_is_no_day(text: str) -> None:
    assert _values(text, "gu", "2022-02-15") == []


# --- span words: "से लेकर", "થી લઈને", a date label spelled "તારિખ", end verbs after the last day
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("1 मई से लेकर 4 जून तक छुट्टियां", "hi", "XXXX-05-01/XXXX-06-04"),
        ("૧મે થી લઈને ૪ જુન સુધી વેકેશન જાહેર", "gu", "XXXX-05-01/XXXX-06-04"),
        ("તારિખ ૦૧/૦૫/૨૦૨૩ થી તારિખ ૦૪/૦૬/૨૦૨૩ સુધી વેકેશન", "gu", "2023-05-01/2023-06-04"),
        ("परीक्षा 24 अप्रैल से शुरू होकर 8 मई को समाप्त होगी।", "hi", "XXXX-04-24/XXXX-05-08"),
        ("बैठक 24 अप्रैल को शुरू हुई और 8 मई को खत्म हुई।", "hi", "XXXX-04-24/XXXX-05-08"),
        ("પરીક્ષા ૨૪ એપ્રિલથી શરૂ થઈને ૮ મેના રોજ પૂરી થશે", "gu", "XXXX-04-24/XXXX-05-08"),
        (
            "Фестиваль начнётся 24 апреля 2027 года и завершится 8 мая.",
            "ru",
            "2027-04-24/2027-05-08",
        ),
    ],
)
def test_spans_joined_by_words_and_verbs(text: str, lang: str, expected: str) -> None:
    assert _values(text, lang) == [expected]
    assert _parsed(text, lang) == expected


def test_a_closing_noun_after_the_day_is_no_end_verb() -> None:
    # "समाप्ति" (the closing) is a noun, not "समाप्त होगी" (will end): two days, no span
    with pytest.raises(DateParseError):
        parse_date("5 मई से काम शुरू होगा, 8 मई को समाप्ति समारोह", lang="hi")


# --- a year after the word for year and a dash: "वित्तीय वर्ष-2025-26"
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("वित्तीय वर्ष-2025-26 में बजट", "hi", "2025-04-01/2026-03-31"),
        ("वर्ष-2025 में", "hi", "2025"),
        ("વર્ષ-૨૦૨૫માં", "gu", "2025"),
    ],
)
def test_a_year_after_the_year_word_and_a_dash(text: str, lang: str, expected: str) -> None:
    assert _parsed(text, lang) == expected


@pytest.mark.parametrize(("text", "lang"), [("T-20 मैच", "hi"), ("COVID-19 के मामले", "hi")])
def test_a_code_with_a_dash_is_no_year(text: str, lang: str) -> None:
    assert _values(text, lang) == []


# --- a day of a named month: "मई महीने की 9 तारीख", "મે મહિનાની 9મી તારીખ"
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("मई महीने की 9 तारीख को", "hi", "XXXX-05-09"),
        ("मई महीने की 9 तारीख से 12 जून तक", "hi", "XXXX-05-09/XXXX-06-12"),
        ("મે મહિનાની 9મી તારીખે", "gu", "XXXX-05-09"),
        ("મે મહિનાની 9મી તારીખથી 12મી જૂન સુધી", "gu", "XXXX-05-09/XXXX-06-12"),
    ],
)
def test_a_day_of_a_named_month(text: str, lang: str, expected: str) -> None:
    assert _parsed(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"), [("मई महीने की 9 घटनाएं", "hi"), ("મે મહિનાની 9 ઘટનાઓ", "gu")]
)
def test_a_count_after_a_named_month_is_no_day(text: str, lang: str) -> None:
    assert _values(text, lang) == []


# --- Hebrew spans typed from the later day to the earlier, and days in letters
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("19-18 בספטמבר 2018", "2018-09-18/2018-09-19"),
        # 9-10 Tishrei 5779 are 18-19 September 2018
        ("ט'-י' בתשרי התשע\"ט", "2018-09-18/2018-09-19"),
        # 14-15 Nisan 5787 are 21-22 April 2027
        ('י"ד-ט"ו בניסן תשפ"ז', "2027-04-21/2027-04-22"),
        (
            "יום הכיפורים, הימים שלישי ורביעי, ט'-י' בתשרי התשע\"ט, 19-18 בספטמבר 2018.",
            "2018-09-18/2018-09-19",
        ),
    ],
)
def test_hebrew_spans_in_order(text: str, expected: str) -> None:
    assert _parsed(text, "he") == expected
    assert set(_values(text, "he")) == {expected}


@pytest.mark.parametrize("text", ["מ-19 עד 18 בספטמבר 2018", "י'-ט' בתשרי התשע\"ט"])
def test_hebrew_spans_that_run_backward_by_their_words_stay_unread(text: str) -> None:
    assert _values(text, "he") == []


def test_descending_days_in_russian_stay_no_span() -> None:
    with pytest.raises(DateParseError):
        parse_date("19-18 сентября 2018 года", lang="ru")


# --- Gujarati times of day between a span's two days, "થી" glued to the hour word
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("૧૪ મેના રોજ સવારે ૮ વાગ્યાથી ૧૫ મેના રોજ સવારે ૬ વાગ્યા સુધી", "XXXX-05-14/XXXX-05-15"),
        (
            "તા.૧૪/૦૫/૨૦૨૫ના સવારે ૮ વાગ્યાથી તા.૧૫/૦૫/૨૦૨૫ના સવારે ૬ વાગ્યા સુધી",
            "2025-05-14/2025-05-15",
        ),
        (
            "તા.૧૪/૦૫/૨૦૨૫ના બપોરના ૧૨:૦૦ કલાકથી તા.૧૫/૦૫/૨૦૨૫ના સવારના ૦૬:૦૦ વાગ્યા સુધી",
            "2025-05-14/2025-05-15",
        ),
    ],
)
def test_gujarati_times_between_the_days_of_a_span(text: str, expected: str) -> None:
    assert _parsed(text, "gu") == expected


@pytest.mark.parametrize(
    "text", ["સવારે 9 થી રાત્રે 12 વાગ્યા સુધી કામ ચાલશે.", "સવારે ૧૦ વાગ્યાથી પાણી બંધ રહેશે"]
)
def test_gujarati_hours_alone_are_no_date(text: str) -> None:
    assert _values(text, "gu") == []


# --- a day and the next across a month's end, joined by "and": their span
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("30 апреля и 1 мая 2025 года", "ru", "2025-04-30/2025-05-01"),
        ("30 अप्रैल और 1 मई को", "hi", "XXXX-04-30/XXXX-05-01"),
        ("તા. ૩૦ એપ્રિલ અને ૧ મેના કાર્યક્રમો યોજાશે.", "gu", "XXXX-04-30/XXXX-05-01"),
        ("30 באפריל ו-1 במאי", "he", "XXXX-04-30/XXXX-05-01"),
        ("31 декабря и 1 января", "ru", "XXXX-12-31/XXXX-01-01"),
        ("28 февраля и 1 марта 2025 года", "ru", "2025-02-28/2025-03-01"),
    ],
)
def test_a_day_and_the_next_across_a_month(text: str, lang: str, expected: str) -> None:
    assert _parsed(text, lang) == expected


@pytest.mark.parametrize(
    "text",
    [
        "30 апреля и 2 мая",
        "28 февраля и 1 марта 2024 года",
        "28 февраля и 1 марта",
        "29 апреля и 1 мая",
    ],
)
def test_days_across_a_month_not_in_a_row_stay_apart(text: str) -> None:
    with pytest.raises(DateParseError):
        parse_date(text, lang="ru")


# --- Hebrew "between the 15th and the 20th": the article before the first day
@pytest.mark.parametrize(
    "text", ["בין ה-15 ל-20 במאי 2025", "בין ה-15 במאי ל-20 במאי 2025", "מה-15 לה-20 במאי 2025"]
)
def test_hebrew_between_the_days(text: str) -> None:
    assert _parsed(text, "he") == "2025-05-15/2025-05-20"


def test_hebrew_two_figures_with_to_and_no_opening_word_stay_apart() -> None:
    assert _values("כיתות 5 ל-6 במאי", "he") == []


# --- the ten-day parts of a Solar Hijri month: never the ordinal read as a day
# (21-30 Aban 1403 are 11-20 November 2024; 1-10 Mehr 1403 are 22 September - 1 October 2024;
# 11-20 Khordad 1404 are 1-10 June 2025)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("دهه سوم آبان ۱۴۰۳", "2024-11-11/2024-11-20"),
        ("دهه اول مهر ۱۴۰۳", "2024-09-22/2024-10-01"),
        ("در دهه دوم خرداد ۱۴۰۴ برگزار می‌شود", "2025-06-01/2025-06-10"),
        # 1-15 Ordibehesht 1404 are 21 April - 5 May 2025; 16-31 are 6-21 May
        ("نیمه اول اردیبهشت ۱۴۰۴", "2025-04-21/2025-05-05"),
        ("نیمه دوم اردیبهشت ۱۴۰۴", "2025-05-06/2025-05-21"),
    ],
)
def test_persian_ten_day_parts_of_a_month(text: str, expected: str) -> None:
    assert _parsed(text, "fa") == expected


@pytest.mark.parametrize(
    "text", ["دهه سوم اسفند ۱۴۰۳", "دهه ۲ آبان ۱۴۰۳", "هفته اول اردیبهشت ۱۴۰۴"]
)
def test_persian_ten_day_parts_we_do_not_read_stay_unread(text: str) -> None:
    assert _values(text, "fa") == []


def test_the_first_of_a_persian_month_is_still_its_first_day() -> None:
    assert _parsed("اول مهر ۱۴۰۳", "fa") == "2024-09-22"


# --- the ten-day parts of a month in Russian: never the whole month
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("в первой декаде мая 2025 года", "2025-05-01/2025-05-10"),
        ("во второй декаде июня 2025 года", "2025-06-11/2025-06-20"),
        ("в третьей декаде июля 2025 года", "2025-07-21/2025-07-31"),
        ("в третьей декаде февраля 2024 года", "2024-02-21/2024-02-29"),
        ("в первой декаде мая", "XXXX-05-01/XXXX-05-10"),
    ],
)
def test_russian_ten_day_parts_of_a_month(text: str, expected: str) -> None:
    assert _parsed(text, "ru") == expected


@pytest.mark.parametrize("text", ["в третьей декаде февраля", "в последней декаде мая 2025 года"])
def test_russian_parts_we_do_not_read_are_no_whole_month(text: str) -> None:
    assert _values(text, "ru") == []
