"""Dates that news pages write with an apposition or a relative end, quoted from real pages
(bench/date_blind23a_cases.jsonl and the known open forms of the last round), and the laws
behind them:

- "early"/"late"/"the start of"/"the end of" before one day ("late Saturday") name a part of
  that day: the day is exact;
- a weekday phrase apposed to a written day ("next Tuesday, June 24") is that day, checked;
- a week's phrase apposed to a day alone ("다음 주말인 9일") gives way to the day, saying only
  on which side of ref it lies;
- a span whose end is a day of a month named relative to ref ("来月19日") counts that month
  from ref, not from the span's start;
- a joining word with a pause after it ("から、") still joins a span;
- a day alone after a month figure that was not read is no date ("NPO6月1日");
- a date in CJK script may follow a Latin acronym ("NPO来月設置");
- a figure set apart from its month mark by a space ("2025 年 11 月 22 日") is that month;
- a Vietnamese day and month joined by a spaced dash that is no span ("Ngày 19 - 12").
"""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citydiplo import DateParseError, PartialDate, find_dates, parse_date


def _read(text: str, lang: str, ref: str | None) -> str:
    return str(parse_date(text, lang=lang, ref=PartialDate(ref) if ref else None))


@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        # muscatinejournal.com, 2020-11-08
        (
            "The Village of Milan issued a boil order late Saturday for all residents, "
            "businesses and restaurants north of 11th Avenue, including all of downtown Milan, "
            "which remains in effect.",
            "en",
            "2020-11-08",
            "2020-11-07",
        ),
        # bexleyareachamber.org, 2014-06-16
        (
            "City Council will still meet at its regular time and date next Tuesday, June 24.",
            "en",
            "2014-06-16",
            "2014-06-24",
        ),
        # 47news.jp, 2017-06-22 (a headline: the acronym glued to "next month")
        ("広瀬川に初の納涼床 仙台のNPO来月設置", "ja", "2017-06-22", "2017-07"),
        # hq.sdtbu.edu.cn, 2025-11-21
        (
            "因自来水公司水表更换工作需要,学校东校区将于2025 年 11 月 22 日 22:00暂停供水",
            "zh",
            "2025-11-21",
            "2025-11-22",
        ),
        ("预计2025 年 11 月 23 日 4:00恢复供水。", "zh", "2025-11-21", "2025-11-23"),
        # the known open forms of the last round
        ("이달 28일부터 다음달 19일까지", "ko", "2023-06-10", "2023-06-28/2023-07-19"),
        ("6月28日から来月19日まで", "ja", "2023-06-10", "2023-06-28/2023-07-19"),
        ("6月3日、土曜日から、7月2日、日曜日まで", "ja", "2023-05-20", "2023-06-03/2023-07-02"),
        ("다음 주말인 9일", "ko", "2024-03-01", "2024-03-09"),
        # bench/date_articles22a/ko_1 (2018-10-04): the 9th was a Tuesday holiday
        (
            "마을주민 체육대회는 다음 주말인 9일로 일정이 변경되거나 잠정 연기된다.",
            "ko",
            "2018-10-04",
            "2018-10-09",
        ),
        ("Ngày 19 - 12", "vi", "2023-12-10", "2023-12-19"),
        # "the start/end of" before one day is a part of that day too (bench/date_blind17a,
        # a council's agenda, 2009-06-15); before a month or a year it stays approximate
        (
            "If they do change the agenda, it will happen at the start of tonight's 7 pm. "
            "meeting.",
            "en",
            "2009-06-15",
            "2009-06-15",
        ),
        ("by the end of today", "en", "2009-06-15", "2009-06-15"),
        ("the end of May", "en", "2009-06-15", "2009-05~"),
        ("the start of 2020", "en", "2009-06-15", "2020~"),
        ("around yesterday", "en", "2009-06-15", "2009-06-14~"),
    ],
)
def test_real_forms(text: str, lang: str, ref: str, expected: str) -> None:
    assert _read(text, lang, ref) == expected


@pytest.mark.parametrize(
    ("text", "lang", "ref"),
    [
        ("next Wednesday, June 24", "en", "2014-06-16"),  # June 24, 2014 is a Tuesday
        ("6月28日から来月19日まで", "ja", "2023-05-10"),  # next month's 19th: 19 June
        ("6月3日、土曜日から、7月2日、土曜日まで", "ja", "2023-05-20"),  # 2 July is a Sunday
    ],
)
def test_contradictions_raise(text: str, lang: str, ref: str) -> None:
    with pytest.raises(DateParseError):
        _read(text, lang, ref)
    assert not find_dates(text, lang=lang, ref=PartialDate(ref))


def test_a_day_after_an_unread_month_is_skipped() -> None:
    # the month glued to an acronym is not read; its day must not take ref's month
    assert find_dates("NPO6月1日発表", lang="ja", ref=PartialDate("2017-07-22")) == []
    assert _read("6月1日発表", "ja", "2017-07-22") == "2017-06-01"


def test_early_and_late_keep_the_day_around_does_not() -> None:
    ref = PartialDate("2020-11-08")
    assert str(parse_date("early Monday", lang="en", ref=ref)) == "2020-11-02"
    assert parse_date("around Monday", lang="en", ref=ref).approximate  # type: ignore[union-attr]
    assert parse_date("late May", lang="en", ref=ref).approximate  # type: ignore[union-attr]


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip


@settings(max_examples=20, deadline=None)
@given(st.dates(datetime.date(2000, 1, 1), datetime.date(2030, 12, 31)), st.integers(0, 6))
def test_a_weekday_phrase_apposed_to_a_day_is_the_day_or_an_error(
    day: datetime.date, weekday: int
) -> None:
    """ "next <weekday>, <Month> <d>" is the written day when the weekday agrees, else raises."""
    text = f"next {_WEEKDAYS[weekday]}, {_MONTHS[day.month - 1]} {day.day}, {day.year}"
    if day.weekday() == weekday:
        assert str(parse_date(text, lang="en", ref=day)) == day.isoformat()
    else:
        with pytest.raises(DateParseError):
            parse_date(text, lang="en", ref=day)


@settings(max_examples=20, deadline=None)
@given(st.dates(datetime.date(2000, 1, 1), datetime.date(2030, 12, 31)), st.integers(1, 28))
def test_a_day_after_next_weekend_is_the_coming_one(ref: datetime.date, day: int) -> None:
    """ "다음 주말인 N일" is the coming day numbered N: on or after ref, within a month."""
    value = parse_date(f"다음 주말인 {day}일", lang="ko", ref=ref)
    assert isinstance(value, PartialDate)
    assert value.day == day
    assert 0 <= (value.earliest() - ref).days < 31


@settings(max_examples=20, deadline=None)
@given(st.integers(13, 28), st.integers(1, 12), st.dates(datetime.date(2001, 1, 1)))
def test_a_spaced_day_month_reads_as_the_unspaced_one(
    day: int, month: int, ref: datetime.date
) -> None:
    def read(text: str) -> str:
        try:
            return _read(text, "vi", ref.isoformat())
        except DateParseError as exc:  # (unread alike: both readings far from ref)
            return str(exc).replace(text, "")

    assert read(f"Ngày {day} - {month}") == read(f"Ngày {day}-{month}")
