"""Families found by the blind set 23b (ru, hi, gu, he, fa): literal cases from the pages the
set quotes, and others written from the languages' grammar and calendars (weekdays of Solar
Hijri and Gregorian days counted with convertdate and datetime, not with the function under
test)."""

from __future__ import annotations

import datetime

import pytest
from convertdate import persian

from citydiplo import DateParseError, PartialDate, find_dates, parse_date


def _values(text: str, lang: str, ref: str | None = None) -> list[str]:
    return [
        str(m.value) for m in find_dates(text, lang=lang, ref=PartialDate(ref) if ref else None)
    ]


def _parsed(text: str, lang: str, ref: str | None = None) -> str:
    return str(parse_date(text, lang=lang, ref=PartialDate(ref) if ref else None))


# --- a weekday's name right before a date it does not fall on: no day, in either API
# https://khabareshahrdariha.ir/1654/ (28 Farvardin 1400 was a Saturday, not a Sunday)
_KHABAR = (
    "به گزارش خبرگزاری مهر، بر اساس اخبار واصله از شورای شهر تهران، فردا یکشنبه ۲۸ فروردین ۱۴۰۰ "
    "بهدلیل برگزاری نشست هماندیشی اعضای شورا جلسه صحن برگزار نخواهد شد."
)


def test_the_calendar_agrees_with_the_page_being_contradictory() -> None:
    assert datetime.date(*persian.to_gregorian(1400, 1, 28)).weekday() == 5  # a Saturday


@pytest.mark.parametrize("ref", [None, "2021-04-16"])
def test_weekday_after_a_day_word_contradicting_the_date(ref: str | None) -> None:
    with pytest.raises(DateParseError):
        _parsed(_KHABAR, "fa", ref)
    assert "2021-04-17" not in _values(_KHABAR, "fa", ref)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("tomorrow, Sunday, April 17, 2021", "en"),
        ("завтра, в воскресенье, 17 апреля 2021 года", "ru"),
        ("מחר, יום ראשון, 17.4.2021", "he"),
    ],
)
def test_weekday_between_a_day_word_and_a_date_it_contradicts(text: str, lang: str) -> None:
    assert datetime.date(2021, 4, 17).weekday() == 5  # a Saturday, the texts say Sunday
    with pytest.raises(DateParseError):
        _parsed(text, lang)
    assert "2021-04-17" not in _values(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("فردا شنبه ۲۸ فروردین ۱۴۰۰", "fa"), ("tomorrow, Saturday, April 17, 2021", "en")],
)
def test_weekday_that_agrees_keeps_the_date(text: str, lang: str) -> None:
    assert _parsed(text, lang) == "2021-04-17"
    assert _values(text, lang) == ["2021-04-17"]


# --- two days written as words and joined by "and", or by a word that joins a span
def test_two_word_days_with_and() -> None:
    # https://prabhatkhabar.com/state/bihar/patna/1094518-/amp
    assert _parsed("होली एक व दो मार्च को है.", "hi") == "XXXX-03-01/XXXX-03-02"
    assert _values("એક અને બે માર્ચે", "gu") == ["XXXX-03-01/XXXX-03-02"]
    assert _values("होली एक व तीन मार्च को है.", "hi") == []  # two days apart: no span


def test_word_day_opening_a_span() -> None:
    assert _parsed("с первого по десятое марта 2027 года", "ru") == "2027-03-01/2027-03-10"
    assert _values("بیست و پنجم تا بیست و هفتم آوریل 2017", "fa") == ["2017-04-25/2017-04-27"]
    assert _values("с десятого по первое марта", "ru") == []  # the later day first: unread


# --- a day, a dash and a day with its month in figures (Hebrew dates "15.10" alone)
def test_dotted_day_span() -> None:
    # http://rishonet.com/article/43714?page=2
    text = "בתאריכים 14-15.10 החל משעה 10:30 התקיים לראשונה בעיר הפנינג סוכות לילדים"
    assert _parsed(text, "he") == "XXXX-10-14/XXXX-10-15"
    assert _values('14-15.10 ש"ח', "he") == []  # an amount
    assert _values("16-15.10", "he") == []  # the later day first: a code


# --- "X से Y कर दिया": a date moved from X to Y, no span of both
def test_date_moved_is_no_span() -> None:
    # https://scgnews.in/news-details.php?news=December-2%2C-India-News... (the blind set)
    text = (
        "इसके अलावा, चुनाव आयोग ने मिजोरम में बड़ा निर्णय लिया है और वहां की मतगणना की तारीख को "
        "3 दिसंबर से 4 दिसंबर कर दिया है।"
    )
    assert _values(text, "hi") == ["XXXX-12-03", "XXXX-12-04"]
    with pytest.raises(DateParseError):
        _parsed(text, "hi")
    assert _values("परीक्षाएं 15 फरवरी से 3 अप्रैल तक चलेंगी", "hi") == ["XXXX-02-15/XXXX-04-03"]


# --- a bare weekday a week from the day the text dates with that weekday: unread
def test_bare_weekday_beside_a_dated_weekday() -> None:
    # https://old.aviny.com/news/83/02/23/07.aspx (published 23 Ordibehesht 1383)
    ref = datetime.date(*persian.to_gregorian(1383, 2, 23)).isoformat()
    friday = datetime.date(*persian.to_gregorian(1383, 2, 25))
    assert friday.weekday() == 4
    text = (
        "روز جمعه بیست و پنجم اردیبهشت ، نمایشگاه کتاب تهران تعطیل است ، پیشتر گفته شده بود که "
        "ناشران و غرفه داران ، روز جمعه نیز می توانند به نمایش و فروش کتاب های خود ادامه دهند."
    )
    assert _values(text, "fa", ref) == [friday.isoformat()]
    # with no dated Friday, a bare Friday is still read
    assert _values("ناشران روز جمعه نیز می توانند", "fa", ref) != []


# --- a weekday of every week or month is no date (he "recurring_after_words")
def test_weekday_of_every_month_is_no_date() -> None:
    # https://k-8.co.il (council sessions of 2019)
    text = (
        "הישיבות נקבעו באופן קבוע ביום רביעי השני בכל תחילת חודש כפי שקבעה המועצה בישיבתה "
        "מיום 5/12/18:"
    )
    assert _parsed(text, "he") == "2018-12-05"
    assert _values("ביום רביעי בכל שבוע", "he", "2026-12-03") == []
    assert _values("ביום רביעי הקרוב", "he", "2026-12-03") == ["2026-12-09"]
