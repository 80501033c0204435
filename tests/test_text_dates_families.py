"""Literal cases for families of date forms read from the per-language data: spans of days
whose month and year are stated once, with a word that opens the span ("between January 10
and 12", "между 10 и 12 мая", "بین ۱۰ و ۱۲ اردیبهشت", "từ ngày 10 đến 12/5"); listed days
that never become a span nor one of their days. Expected values are literal EDTF."""

from __future__ import annotations

import pytest

from citydiplo import find_dates, parse_date
from citydiplo.dates import PartialDate

REF = PartialDate("2024-06-01")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("between January 10 and 12", "en", "2024-01-10/2024-01-12"),
        ("between January 10 and 12, 2023", "en", "2023-01-10/2023-01-12"),
        ("between 10 and 12 May", "en", "2024-05-10/2024-05-12"),
        ("between 5 and 7 May 2023", "en", "2023-05-05/2023-05-07"),
        ("from 10 to 12 May", "en", "2024-05-10/2024-05-12"),
        ("между 10 и 12 мая", "ru", "2024-05-10/2024-05-12"),
        ("10–12 мая", "ru", "2024-05-10/2024-05-12"),
        ("с 10 по 12 мая 2023 года", "ru", "2023-05-10/2023-05-12"),
        ("בין 10 ל-12 במאי", "he", "2024-05-10/2024-05-12"),
        ("בין 10 ל-12 במאי 2023", "he", "2023-05-10/2023-05-12"),
        ("10 עד 12 במאי", "he", "2024-05-10/2024-05-12"),
        # 10 and 12 Ordibehesht 1403 are 29 April and 1 May 2024
        ("۱۰ تا ۱۲ اردیبهشت", "fa", "2024-04-29/2024-05-01"),
        ("۱۰ تا ۱۲ اردیبهشت ۱۴۰۳", "fa", "2024-04-29/2024-05-01"),
        ("بین ۱۰ و ۱۲ اردیبهشت ۱۴۰۳", "fa", "2024-04-29/2024-05-01"),
        ("از ۱۰ تا ۱۲ اردیبهشت", "fa", "2024-04-29/2024-05-01"),
        ("từ ngày 10 đến 12/5", "vi", "2024-05-10/2024-05-12"),
        ("từ 10 đến 12/5", "vi", "2024-05-10/2024-05-12"),
        ("từ ngày 10 đến ngày 12/5", "vi", "2024-05-10/2024-05-12"),
        ("từ ngày 10 đến 12/5/2023", "vi", "2023-05-10/2023-05-12"),
        ("từ ngày 28 đến 3/6/2023", "vi", "2023-05-28/2023-06-03"),
        ("ngày 30-2/1/2024", "vi", "2023-12-30/2024-01-02"),
        ("từ 6 đến 8 tháng 5", "vi", "2024-05-06/2024-05-08"),
        ("5월 10일부터 12일까지", "ko", "2024-05-10/2024-05-12"),
        ("10일부터 5월 12일까지", "ko", "2024-05-10/2024-05-12"),
        ("5月10日至12日", "zh", "2024-05-10/2024-05-12"),
        ("5月10日から12日まで", "ja", "2024-05-10/2024-05-12"),
        ("10 से 12 मई", "hi", "2024-05-10/2024-05-12"),
        ("10 થી 12 મે", "gu", "2024-05-10/2024-05-12"),
    ],
)
def test_a_span_of_days_states_its_month_once(text: str, lang: str, expected: str) -> None:
    assert str(parse_date(text, lang=lang, ref=REF)) == expected
    found = find_dates(text, lang=lang, ref=REF)
    assert [str(m.value) for m in found] == [expected]
    assert text[found[0].start : found[0].end] == found[0].text


@pytest.mark.parametrize(
    ("text", "lang", "span"),
    [
        ("will meet between January 10 and 12 in Seoul", "en", "between January 10 and 12"),
        ("Делегация побывает между 10 и 12 мая в Казани", "ru", "между 10 и 12 мая"),
        ("המשלחת תבקר בין 10 ל-12 במאי בעיר", "he", "בין 10 ל-12 במאי"),
        ("Đoàn sẽ thăm từ ngày 10 đến 12/5 tại Huế", "vi", "từ ngày 10 đến 12/5"),
    ],
)
def test_the_span_quotes_the_whole_span(text: str, lang: str, span: str) -> None:
    (m,) = find_dates(text, lang=lang, ref=REF)
    assert m.text == span
    assert text[m.start : m.end] == span


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("from 1 to 3/4 of the budget", "en"),
        ("từ 1 đến 3/4 số người", "vi"),  # a fraction, not 1-3 April
        ("between 1 and 2 million", "en"),
        ("۱۲ تا ۱۰ اردیبهشت", "fa"),  # a span that runs backwards is no span
    ],
)
def test_no_span_of_days_where_none_is_stated(text: str, lang: str) -> None:
    assert find_dates(text, lang=lang, ref=REF) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("૨૦૦૯થી", "gu", "2009/.."),
        ("2009થી", "gu", "2009/.."),
        ("વર્ષ 2009થી", "gu", "2009/.."),
        ("2009 થી", "gu", "2009/.."),
        ("૨૦૦૯થી ૨૦૧૨ સુધી", "gu", "2009/2012"),
        ("2009से", "hi", "2009/.."),
        ("2009 से", "hi", "2009/.."),
        ("2009से 2012 तक", "hi", "2009/2012"),
        ("از ۱۳۹۵ تاکنون", "fa", "2016-03-20/.."),  # (until now: "از" alone is "from")
        ("2009年から", "ja", "2009/.."),
        ("2009年以来", "zh", "2009/.."),
        ("2009년부터", "ko", "2009/.."),
        ("since 2009", "en", "2009/.."),
        ("с 2009 года", "ru", "2009/.."),
        ("kể từ năm 2009", "vi", "2009/.."),
        ("מאז 2009", "he", "2009/.."),
    ],
)
def test_a_year_with_a_word_for_since_is_open(text: str, lang: str, expected: str) -> None:
    assert str(parse_date(text, lang=lang, ref=REF)) == expected


def test_a_glued_postposition_keeps_the_span_exact() -> None:
    text = "અમદાવાદ અને કોબે ૨૦૦૯થી ભાગીદાર છે"
    (m,) = find_dates(text, lang="gu", ref=REF)
    assert (m.text, str(m.value)) == ("૨૦૦૯થી", "2009/..")
    assert text[m.start : m.end] == "૨૦૦૯થી"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [("2009માં", "gu", "2009"), ("2009ના", "gu", "2009"), ("वर्ष 2009 में", "hi", "2009")],
)
def test_other_postpositions_leave_the_year(text: str, lang: str, expected: str) -> None:
    assert str(parse_date(text, lang=lang, ref=REF)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("השבעה באוקטובר", "2023-10-07"),
        ("טבח השבעה באוקטובר 2023", "2023-10-07"),
        ("העשרים ואחד במאי", "2024-05-21"),
        ("האחד עשר בספטמבר", "2023-09-11"),
        ("הראשון בינואר", "2024-01-01"),
        ("השלושים ואחד במרץ 2022", "2022-03-31"),
    ],
)
def test_a_hebrew_day_in_words(text: str, expected: str) -> None:
    # (an autumn day is read in an article of 1 December: on 1 June, last October and the
    # coming one are both over three months away, and neither is taken)
    ref = PartialDate("2023-12-01") if expected[5:7] in ("09", "10") else REF
    assert str(parse_date(text, lang="he", ref=ref)) == expected


def test_a_hebrew_count_before_a_month_is_no_day() -> None:
    # "seven were killed in May": a count without the article, so the month alone
    assert str(parse_date("נהרגו שבעה במאי", lang="he", ref=REF)) == "2024-05"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今(113)年是臺北市與松山市締結友好交流協定10週年", "2024"),
        ("去(112)年", "2023"),
        ("明（114）年", "2025"),
        ("民國113年", "2024"),
        ("民國113年5月3日", "2024-05-03"),
    ],
)
def test_a_taiwanese_minguo_year(text: str, expected: str) -> None:
    assert str(parse_date(text, lang="zh", ref=REF)) == expected


def test_a_minguo_year_quotes_its_brackets() -> None:
    text = "今(113)年是協定10週年"
    (m,) = find_dates(text, lang="zh", ref=REF)
    assert (m.text, str(m.value)) == ("今(113)年", "2024")


def test_a_year_named_before_an_opened_span() -> None:
    text = "will be held next year between January 10 and 12."
    (m,) = find_dates(text, lang="en", ref=PartialDate("2023-11-23"))
    assert (m.text, str(m.value)) == (
        "next year between January 10 and 12",
        "2024-01-10/2024-01-12",
    )
