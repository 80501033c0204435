"""Families found by the blind set 19b (ru, hi, gu, he, fa): literal positive and negative
cases, each written from the language's grammar, script and calendars (Hebrew days converted
with convertdate, Solar Hijri days counted from Nowruz), not from the function under test."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citydiplo import PartialDate, find_dates, parse_date

convertdate = pytest.importorskip("convertdate")


def _values(text: str, lang: str, ref: str | None = None) -> list[str]:
    return [
        str(m.value) for m in find_dates(text, lang=lang, ref=PartialDate(ref) if ref else None)
    ]


def _parsed(text: str, lang: str, ref: str | None = None) -> str:
    return str(parse_date(text, lang=lang, ref=PartialDate(ref) if ref else None))


# --- a sentence whose verbs are of the future tense speaks of the future, as one with a
# future word does: a weekday is the coming one, a day-month more than three months after ref
# stays in ref's year
@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        # https://gujarati.webdunia.com/cricket-news/ind-vs-pak-2022-date-122071000017_1.html
        ("આ મેચ દિવાળીના એક દિવસ પહેલા 23 ઓક્ટોબરે રમાશે.", "gu", "2022-07-10", "2022-10-23"),
        ("આ મેચ 23 ઓક્ટોબરે રમાઈ હતી.", "gu", "2022-07-10", "2021-10-23"),  # was played
        # https://greenbelarus.info/articles/20-03-2015/k-koncu-nedeli-pokholodaet
        (
            "В субботу ночью по северу, днем местами ожидаются кратковременные осадки.",
            "ru",
            "2015-03-20",
            "2015-03-21",
        ),
        # https://www.kikar.co.il/israel-news/weather-forecast-israel-22 (Tuesday 23 December)
        ("יום שישי יהיה מעונן חלקית, תחול ירידה קלה בטמפרטורות.", "he", "2025-12-23", "2025-12-26"),
        ("בשבת יהיה מעונן חלקית עד מעונן.", "he", "2025-12-23", "2025-12-27"),
        ("בשבת היה מעונן חלקית עד מעונן.", "he", "2025-12-23", "2025-12-20"),  # it was
    ],
)
def test_future_verbs_make_a_future_sentence(text: str, lang: str, ref: str, expected: str) -> None:
    assert _parsed(text, lang, ref) == expected


# --- the Hebrew maqaf joins a prefix to a figure as a hyphen does ("ה־8", "ל־28")
def test_maqaf_is_a_hyphen() -> None:
    # http://israelhayom.co.il/article/565051
    assert _parsed("הפסטיבל יתקיים בין ה־8 ל־28 באוגוסט 2024", "he") == "2024-08-08/2024-08-28"
    assert _values("ב־10 באוגוסט 2024", "he") == ["2024-08-10"]


# --- "с … и до …": "and" before the span's closing word still joins the span
def test_russian_span_with_and_before_its_end() -> None:
    # https://dezk-ur.ru/news/company/47229
    text = "с 28 июля и до 9 августа горячего водоснабжения не будет"
    assert _parsed(text, "ru") == "XXXX-07-28/XXXX-08-09"
    # two days listed, still no span: each a date of May 2024
    assert _values("5 и 7 мая 2024 года", "ru") == ["2024-05-05", "2024-05-07"]


# --- "between" written after both ends (Gujarati, Hindi) joins them as "между" does before
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # https://chitralekha.com/news/sports/india-pakistan-t20-world-cup-match-tickets-sold-out-within-5-minutes/
        ("T20 વર્લ્ડ કપ સ્પર્ધા 16 ઓક્ટોબર અને 13 નવેમ્બર વચ્ચે રમાવાની છે.", "gu", "XXXX-10-16/XXXX-11-13"),
        ("5 मई और 7 जून के बीच", "hi", "XXXX-05-05/XXXX-06-07"),
        ("2019 અને 2021 વચ્ચે", "gu", "2019/2021"),
    ],
)
def test_between_after_both_ends(text: str, lang: str, expected: str) -> None:
    assert _parsed(text, lang) == expected


def test_and_without_between_lists_two_dates() -> None:
    assert _values("5 માર્ચ અને 7 એપ્રિલે", "gu") == ["XXXX-03-05", "XXXX-04-07"]
    assert _values("2019 અને 2021માં", "gu") == ["2019", "2021"]


# --- a Gujarati month named relative to ref in the genitive ("આવતા મહિનાની", "આ મહિનાના")
# dates the day after it, and takes the words for a part of the month
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("આવતા મહિનાની 5 તારીખે", "2027-01-05"),
        ("આ મહિનાની 18 તારીખ સુધી", "2026-12-18"),
        ("ગયા મહિનાની 25 તારીખે", "2026-11-25"),
        ("આ મહિનાના અંતમાં", "2026-12~"),
        ("ગયા મહિનાના અંતે", "2026-11~"),
    ],
)
def test_gujarati_relative_month_genitive(text: str, expected: str) -> None:
    assert _parsed(text, "gu", "2026-12-02") == expected


def test_gujarati_relative_month_before_a_count() -> None:
    assert _values("આવતા મહિનાની 5 બેઠકો", "gu", "2026-12-02") == []  # five meetings


# --- "from" glued to a date in figures, and "از" before a Solar Hijri date with its year, read
# as before a Gregorian date in words: the date stated (a word of start); a span of days stays
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("તા. 15/12/2026થી", "gu", "2026-12-15"),
        ("15/12/2026से", "hi", "2026-12-15"),
        ("از ۱۵ آذر ۱۴۰۵", "fa", "2026-12-06"),  # 15 Azar 1405 is 6 December 2026
        ("از ۱ تا ۵ بهمن ۱۴۰۵", "fa", "2027-01-21/2027-01-25"),
        ("پنجشنبه / ۲۱ اسفند / ۱۴۰۴ - 12 March, 2026", "fa", "2026-03-12"),
    ],
)
def test_open_span_from_figures_and_solar_dates(text: str, lang: str, expected: str) -> None:
    assert _parsed(text, lang) == expected


_SOLAR = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر"]


@given(st.integers(1400, 1410), st.integers(1, 9), st.integers(1, 30))
def test_from_a_solar_date_is_its_day(year: int, month: int, day: int) -> None:
    first = datetime.date(*convertdate.persian.to_gregorian(year, month, day))
    assert _parsed(f"از {day} {_SOLAR[month - 1]} {year}", "fa") == first.isoformat()


# --- a Hebrew-calendar day written as one letter with no geresh, with its year in letters
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # https://www.zooloo.co.il/index/tourism/holidays1112schools_2018.asp
        ('יתחילו ביום שישי, י באלול התשע"ז, 1 בספטמבר 2017, בשעה הראשונה', "2017-09-01"),
        ('ו באב תשפ"ד', "2024-08-10"),
    ],
)
def test_hebrew_letter_day_without_geresh(text: str, expected: str) -> None:
    assert _parsed(text, "he") == expected


@pytest.mark.parametrize("text", ["ה באב", "ל באלול", "ביום ב באב נפגשו"])
def test_hebrew_letter_without_geresh_or_year_is_no_day(text: str) -> None:
    assert _values(text, "he") == []


_LETTERS = "אבגדהוזחט"


@given(st.integers(1, 9))
def test_hebrew_letter_day_converts(day: int) -> None:
    y, m, d = convertdate.hebrew.to_gregorian(5777, 6, day)  # Elul 5777
    assert _parsed(f'{_LETTERS[day - 1]} באלול התשע"ז', "he") == f"{y:04d}-{m:02d}-{d:02d}"


# --- a day and month whose clause ends in a verb of the habitual past tell of a custom
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # https://www.prakashprabhaw.com/index.php/uttar-pradesh/blpara-tata-ma-isa-varashha-naha-aayajata-haga-aitahasaka-mal/detail
        ("इस मेले का आयोजन 23 दिसम्बर से 27 दिसम्बर तक किया जाता था।", "hi"),
        ("આ મેળો 10 ઓક્ટોબરે યોજાતો હતો.", "gu"),
    ],
)
def test_habitual_past_days_are_no_dates(text: str, lang: str) -> None:
    assert _values(text, lang, "2020-12-22") == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("इस मेले का आयोजन 23 दिसम्बर से 27 दिसम्बर तक किया जाएगा।", "hi", "2020-12-23/2020-12-27"),
        ("मेला 23 दिसम्बर 2019 को आयोजित किया जाता था।", "hi", "2019-12-23"),  # its own year
        ("આ મેળો 10 ઓક્ટોબરે યોજાયો હતો.", "gu", "2020-10-10"),  # was held, once
    ],
)
def test_other_tenses_keep_their_days(text: str, lang: str, expected: str) -> None:
    assert _values(text, lang, "2020-12-22") == [expected]


# --- a span of years typed with a space after its dash ("2025- 26") is the span, as "2025-26"
# is: never the first year alone
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the Indian fiscal year; https://eaglenews.in/%e0%aa%ae%e0%aa%82%e0%aa%97%e0%aa%b3%e0%aa%b5%e0%aa%be%e0%aa%b0%e0%ab%87-%e0%aa%ae%e0%aa%a8%e0%aa%aa%e0%aa%be%e0%aa%a8%e0%ab%80-%e0%aa%b8%e0%aa%be%e0%aa%ae%e0%aa%be%e0%aa%a8%e0%ab%8d%e0%aa%af
        ("કરાયેલ ૧૭૪૪ કરોડના વર્ષ ૨૦૨૫- ૨૬ના ડ્રાફ્ટ બજેટનો", "gu", "2025-04-01/2026-03-31"),
        ("2024- 25 के बजट", "hi", "2024-04-01/2025-03-31"),
        ("the 2019- 20 season", "en", "2019/2020"),
    ],
)
def test_span_of_years_with_a_space_after_its_dash(text: str, lang: str, expected: str) -> None:
    assert _parsed(text, lang) == expected


# --- a Hebrew ordinal after ב names a weekday only with a word for next or last
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # https://www.kikar.co.il/israel-news/weather-forecast-israel-22 (Tuesday 23 December)
        ("בראשון הבא ירד גשם מידי פעם בעיקר בצפון הארץ ובמרכזה", ["2025-12-28"]),
        ("בחמישי הבא", ["2025-12-25"]),
        ("ברביעי שעבר", ["2025-12-17"]),
        ("ייחסם כביש 20 לשני הכיוונים ליד ראשון לציון", []),
        ("גר בראשון לציון", []),
        ("בשני הכיוונים", []),
    ],
)
def test_hebrew_ordinal_weekday_needs_next_or_last(text: str, expected: list[str]) -> None:
    assert _values(text, "he", "2025-12-23") == expected


# --- a count ahead beside a date the sentence states is counted from that date, or is a gap:
# never a date counted from ref
@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        # https://youngvarta.com/अंतरराष्ट्रीय-क्रिकेट-स्टेडियम-धर्मशाला-में-10-साल-बाद-भारत-और-साउथ-अफ्रीका-में-होगी-भिड़ंत
        (
            "अंतरराष्ट्रीय क्रिकेट स्टेडियम धर्मशाला में 14 दिसंबर को होने वाले टी-20 क्रिकेट मैच में "
            "करीब 10 साल बाद भारत और साउथ अफ्रीका में भिड़ंत होगी।",
            "hi",
            "2025-11-23",
            ["2025-12-14"],
        ),
        (
            "Договор подписан 5 мая 2014 года и истечет через 10 лет.",
            "ru",
            "2024-06-01",
            ["2014-05-05"],
        ),
        # alone in its sentence, the count is read from ref
        ("Через 10 лет город изменится.", "ru", "2024-06-01", ["2034"]),
        ("10 साल बाद भिड़ंत होगी।", "hi", "2025-11-23", ["2035"]),
    ],
)
def test_count_ahead_beside_a_stated_date(
    text: str, lang: str, ref: str, expected: list[str]
) -> None:
    assert _values(text, lang, ref) == expected
