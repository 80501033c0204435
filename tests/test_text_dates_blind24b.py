"""Dates of the 24b blind set (ru hi gu he fa): words of start, "today and tomorrow", a full
date glued to the abbreviation of "date" beside its weekday."""

from __future__ import annotations

import pytest

from citydiplo import DateParseError, PartialDate, find_dates, parse_date

REF = PartialDate("2025-05-26")


def _parsed(text: str, lang: str, ref: PartialDate | None = REF) -> str | None:
    try:
        return str(parse_date(text, lang=lang, ref=ref))
    except DateParseError:
        return None


# --- a date after a word of start is the date the text states; only a word of "since" or one
# of "until now" closing the phrase opens the span (one case per language and word)
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Russian "с", "начиная с" (from): the day; "по настоящее время" (to the present) opens
        ("с 3 марта 2025 года", "ru", "2025-03-03"),
        ("начиная с 3 марта 2025 года", "ru", "2025-03-03"),
        ("с 03.03.2025", "ru", "2025-03-03"),
        ("с завтрашнего дня", "ru", "2025-05-27"),
        ("с 3 марта 2025 года по настоящее время", "ru", "2025-03-03/.."),
        ("с 2003 года и по настоящее время", "ru", "2003/.."),
        # Persian "از" (from): the day, and the year; "تاکنون", "تا کنون" (until now) open
        ("از ۲۴ بهمن ۹۷", "fa", "2019-02-13"),
        ("از امروز", "fa", "2025-05-26"),
        ("از سال ۱۳۸۲", "fa", "2003-03-21/2004-03-19"),
        ("از ۲۴ بهمن ۱۳۹۷ تاکنون", "fa", "2019-02-13/.."),
        ("از سال ۱۳۸۲ تا کنون", "fa", "2003-03-21/.."),
        # Hebrew "מ-", "החל מ" (starting from): the day; "מאז" (since) opens
        ("מ-15 בדצמבר 2026", "he", "2026-12-15"),
        ("החל מ-15 בדצמבר 2026", "he", "2026-12-15"),
        ("מאז 15 בדצמבר 2024", "he", "2024-12-15/.."),
        ("מאז 2003", "he", "2003/.."),
        # Hindi "से" (from): the day; "से अब तक" (until now) and "के बाद से" (since) open
        ("5 दिसंबर 2026 से", "hi", "2026-12-05"),
        ("22.01.2022 से", "hi", "2022-01-22"),
        ("5 दिसंबर 2024 से अब तक", "hi", "2024-12-05/.."),
        ("2003 के बाद से", "hi", "2003/.."),
        # Gujarati "થી" (from), glued or spaced: the day; "થી અત્યાર સુધી" (until now) opens
        ("તા. 15/12/2026થી", "gu", "2026-12-15"),
        ("15/12/2026 થી", "gu", "2026-12-15"),
        ("15/12/2024 થી અત્યાર સુધી", "gu", "2024-12-15/.."),
    ],
)
def test_a_word_of_start_states_the_date(text: str, lang: str, expected: str) -> None:
    assert _parsed(text, lang) == expected


# a year after Russian "с", Hindi "से", Gujarati "થી" stays "since" that year (news usage)
@pytest.mark.parametrize(
    ("text", "lang"), [("с 2003 года", "ru"), ("2003 से", "hi"), ("૨૦૦૯થી", "gu")]
)
def test_a_year_after_a_word_of_start_stays_since(text: str, lang: str) -> None:
    assert (_parsed(text, lang) or "").endswith("/..")


# --- literal cases from the pages of the set
@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        # https://www.iribnews.ir/fa/news/5662384: "began from today"
        (
            "این دوره از مسابقات در هشت محور جنگ تحمیلی ۱۲ روزه، سیاست‌های داخلی و خارجی،"
            " اقتصادی، اجتماعی، فرهنگی، محیط زیست، جغرافیایی، فناوری و دانشگاه از امروز آغاز"
            " به کار کرده است.",
            "fa",
            "2025-12-20",
            "2025-12-20",
        ),
        # https://server1.fararu.com/fa/news/390952 (dates22b): "تاکنون" of the next clause
        (
            "ثبت نام کنکور سراسری سال ۹۸ از ۲۴ بهمن ۹۷ آغاز شده است و تاکنون حدود ۱۲۷ هزار"
            " نفر در این آزمون ثبت نام کرده‌اند",
            "fa",
            "2019-03-01",
            "2019-02-13",
        ),
        # http://atalrashtranews.com/2022/12/30/…: "તા" glued to the date, then its weekday
        (
            "સુરત જિલ્લા પંચાયતની આગામી સામાન્ય સભા તા12/01/2023 ગુરુવારના રોજ બપોરે 1 વાગ્યે"
            " સુરતના દરિયામહેલ ખાતે જિલ્લા પંચાયત કચેરીના સભાખંડમાં યોજાશે.",
            "gu",
            "2022-12-30",
            "2023-01-12",
        ),
        # https://old.aviny.com/news/83/02/23/07.aspx (dates23b): today and tomorrow
        (
            "امروز و فردا ، آخرین مهلت بازدید از نمایشگاه هفدهم کتاب",
            "fa",
            "2004-05-12",
            "2004-05-12/2004-05-13",
        ),
    ],
)
def test_literal_cases(text: str, lang: str, ref: str, expected: str) -> None:
    assert _parsed(text, lang, PartialDate(ref)) == expected


# --- two days named relative to ref and joined by "and", the second the next day: one span
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("сегодня и завтра", "ru", "2025-05-26/2025-05-27"),
        ("вчера и сегодня", "ru", "2025-05-25/2025-05-26"),
        ("היום ומחר", "he", "2025-05-26/2025-05-27"),
        ("امروز و فردا", "fa", "2025-05-26/2025-05-27"),
        ("આજે અને આવતીકાલે", "gu", "2025-05-26/2025-05-27"),
        ("вчера и завтра", "ru", None),  # not next to each other: two days, unread
        ("आज और कल", "hi", None),  # "कल" is yesterday or tomorrow
    ],
)
def test_today_and_tomorrow_is_one_span(text: str, lang: str, expected: str | None) -> None:
    assert _parsed(text, lang) == expected


def test_the_span_is_one_mention() -> None:
    (m,) = find_dates("Выставка работает сегодня и завтра.", lang="ru", ref=REF)
    assert (m.text, str(m.value)) == ("сегодня и завтра", "2025-05-26/2025-05-27")


def test_a_glued_date_alone_is_read_as_before() -> None:
    assert _parsed("તા12/01/2023 ના રોજ", "gu") == "2023-01-12"


# --- a month's name heading a name after a space is no date (https://aimamedia.org/…301417,
# https://www.reportexclusive.com/2021/08/10-13.html)
def test_a_month_heading_a_name_is_no_date() -> None:
    text = "स्वतंत्रता दिवस समारोह के आयोजन हेतु सांस्कृतिक कार्यक्रम एवं मार्च पास्ट का आज अंतिम रिर्हसल किया गया।"
    found = find_dates(text, lang="hi", ref=PartialDate("2024-08-13"))
    assert [(m.text, str(m.value)) for m in found] == [("आज", "2024-08-13")]
    text = (
        "राष्ट्रपिता महात्मा गांधी की 150 वीं जयन्ती वर्ष के उपलक्ष में आयोजित अगस्त क्रांति"
        " सप्ताह के दौरान 10 से 13 अगस्त 2021 तक विभिन्न कार्यक्रम होंगे।"
    )
    assert _parsed(text, "hi", None) == "2021-08-10/2021-08-13"
    assert _parsed("मार्च 2024 में बैठक हुई", "hi") == "2024-03"  # a month still


# --- "הערב" (this evening) completing a meal's noun is no day: "ארוחת הערב" is dinner
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ארוחת הערב תוגש באולם", []),
        ("בארוחת הערב נפגשו ראשי הערים", []),
        ("הטקס יתקיים הערב באולם", ["2015-01-07"]),
    ],
)
def test_a_meal_is_no_evening(text: str, expected: list[str]) -> None:
    found = find_dates(text, lang="he", ref=PartialDate("2015-01-07"))
    assert [str(m.value) for m in found] == expected


# --- Persian: a start verb after the first end, "پایان" (ends) after the last: one span
# (https://article.tebyan.net/90406)
def test_a_span_told_in_two_clauses_with_an_end_verb() -> None:
    text = (
        "ثبت نام برای شركت در آزمون مذكور از ساعت 9 صبح روز دوشنبه 7/2/88 آغاز می شود و در"
        " پایان روز دوشنبه 14/2/88 پایان می پذیرد."
    )
    assert _parsed(text, "fa", None) == "2009-04-27/2009-05-04"
