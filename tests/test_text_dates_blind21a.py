"""Families found by the blind set 21a (en, ko, vi, zh, ja): literal positive and negative
cases, each written from the language's spelling and word formation, not from the function
under test, plus the laws they stand for."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citydiplo import DateParseError, PartialDate, parse_date


# --- Korean 오는 (coming) and 지난 (last) before a day alone decide its month by themselves
@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("양 기관은 오는 2일 협약을 체결할 예정이다.", "2026-12-05", "2027-01-02"),
        ("오는 3~4일", "2026-12-05", "2027-01-03/2027-01-04"),
        ("오는 28일", "2026-12-05", "2026-12-28"),
        ("지난 8일 시청에서 열렸다.", "2026-12-05", "2026-11-08"),
        ("지난 7일부터 28일까지", "2026-12-05", "2026-11-07/2026-11-28"),
        ("지난 2일", "2026-12-05", "2026-12-02"),
        # https://www.donga.com/news/article/all/20250404/131350316/1
        ("운영은 오는 7일 월요일 오전 9시부터 재개한다.", "2025-04-04", "2025-04-07"),
    ],
)
def test_korean_day_with_direction_word(text: str, ref: str, expected: str) -> None:
    assert str(parse_date(text, lang="ko", ref=PartialDate(ref))) == expected


@given(st.dates(datetime.date(2000, 1, 1), datetime.date(2040, 12, 31)), st.integers(1, 31))
def test_korean_coming_day_never_past_and_last_day_never_ahead(
    ref: datetime.date, day: int
) -> None:
    for word, sign in (("오는", 1), ("지난", -1)):
        try:
            value = parse_date(f"{word} {day}일", lang="ko", ref=PartialDate.from_date(ref))
        except DateParseError:
            continue  # (a 31st in a month of 30 days)
        assert isinstance(value, PartialDate) and value.day == day
        found = datetime.date(value.year, value.month or 0, day)
        assert (found - ref).days * sign >= 0
        assert abs((found - ref).days) < 32


# --- two weekdays joined across a time of day are one stretch, in order; "p.m." ends no sentence
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The road will be closed from 7 p.m. on Sunday until 7 a.m. on Monday.",
            "en",
            "2026-12-06/2026-12-07",
        ),
        (
            "The road will be closed from Sunday at 7 p.m. until Monday at 7 a.m.",
            "en",
            "2026-12-06/2026-12-07",
        ),
        (
            "The road was closed from 7 p.m. on Sunday to 7 a.m. on Monday.",
            "en",
            "2026-11-29/2026-11-30",
        ),
        (
            "The road was closed from 7 p.m. on Friday to 7 a.m. on Monday.",
            "en",
            "2026-11-27/2026-11-30",
        ),
        ("Đường sẽ bị cấm từ 19h thứ Bảy đến 5h thứ Hai.", "vi", "2026-12-05/2026-12-07"),
        ("토요일 오후 7시부터 월요일 오전 7시까지 통제된다.", "ko", "2026-12-05/2026-12-07"),
        ("The road will be closed at 7 p.m. on Sunday.", "en", "2026-12-06"),
    ],
)
def test_weekday_span_across_times(text: str, lang: str, expected: str) -> None:
    assert str(parse_date(text, lang=lang, ref=PartialDate("2026-12-02"))) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The office is open Monday through Friday, 9 a.m. to 5 p.m.",
        # http://phpl.info/renovation/index.asp
        "Our hours will be Monday through Friday 10 am to 6 pm and Saturday 10 am to 2 pm.",
    ],
)
def test_weekly_schedule_stays_unread(text: str) -> None:
    with pytest.raises(DateParseError):
        parse_date(text, lang="en", ref=PartialDate("2026-12-02"))


@given(st.integers(0, 6), st.integers(0, 6), st.dates(datetime.date(2000, 1, 1)))
def test_timed_weekday_span_is_ordered_within_a_week(a: int, b: int, ref: datetime.date) -> None:
    names = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    text = f"It was shut from 7 p.m. on {names[a]} until 7 a.m. on {names[b]}."
    if a == b:  # (which of two Mondays ends it the text does not say)
        with pytest.raises(DateParseError):
            parse_date(text, lang="en", ref=PartialDate.from_date(ref))
        return
    value = parse_date(text, lang="en", ref=PartialDate.from_date(ref))
    start = datetime.date.fromisoformat(str(value.start))  # type: ignore[union-attr]
    end = datetime.date.fromisoformat(str(value.end))  # type: ignore[union-attr]
    assert start.weekday() == a and end.weekday() == b
    assert 0 < (end - start).days <= 7 and start <= ref


# --- a first day and a count of days that lasts by itself: the span the count states
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # https://www.iga-younet.co.jp/?p=27145
        (
            "新型コロナウイルスの感染拡大防止で9月19日からの4連休を「第1候補」に",
            "ja",
            "2020-09-19/2020-09-22",
        ),
        ("9月19日から4日間開催", "ja", "2020-09-19/2020-09-22"),
        ("9月19日起为期4天", "zh", "2020-09-19/2020-09-22"),
        ("活动于9月19日起，为期3天。", "zh", "2020-09-19/2020-09-21"),
        ("9月19日起连续3天", "zh", "2020-09-19/2020-09-21"),
        ("9月19日から開催", "ja", "2020-09-19"),
        ("9月19日起执行", "zh", "2020-09-19"),
    ],
)
def test_day_and_count_of_days(text: str, lang: str, expected: str) -> None:
    assert str(parse_date(text, lang=lang, ref=PartialDate("2020-06-29"))) == expected


@pytest.mark.parametrize(("text", "lang"), [("9月29日から4連休", "ja"), ("9月29日起为期5天", "zh")])
def test_count_of_days_past_the_month_leaves_no_date(text: str, lang: str) -> None:
    with pytest.raises(DateParseError):  # (never the first day alone: it drops the span)
        parse_date(text, lang=lang, ref=PartialDate("2020-06-29"))


@given(st.integers(1, 31), st.integers(2, 9))
def test_counted_days_end_count_less_one_after_the_start(day: int, n: int) -> None:
    for text, lang in ((f"5月{day}日から{n}日間", "ja"), (f"5月{day}日起为期{n}天", "zh")):
        if day + n - 1 > 31:  # (past the month's end: no date, tested above)
            continue
        value = parse_date(text, lang=lang, ref=PartialDate("2024-06-30"))
        assert str(value) == f"2024-05-{day:02d}/2024-05-{day + n - 1:02d}"


# --- Vietnamese words of a habit (hằng năm, hàng tuần, các ngày trong tuần) leave a bare
# month or weekday unread
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # https://cs2.ftu.edu.vn/helpie_faq/1-mo-cua-thu-vien-vao-thu-7-chu-nhat-va-buoi-toi/
        (
            "Theo kế hoạch đã được Nhà trường phê duyệt, từ ngày 01/06/2020 đến ngày 31/08/2020,"
            " Thư viện sẽ mở cửa phục vụ thí điểm vào buổi tối các ngày trong tuần và chiều Thứ"
            " Bảy để phục vụ bạn đọc",
            "2020-06-01/2020-08-31",
        ),
        ("Hội nghị diễn ra vào thứ Bảy.", "2020-04-25"),
    ],
)
def test_vietnamese_habit_words(text: str, expected: str) -> None:
    assert str(parse_date(text, lang="vi", ref=PartialDate("2020-05-01"))) == expected


@pytest.mark.parametrize(
    "text", ["Lễ hội được tổ chức hằng năm vào tháng 3.", "Thư viện mở cửa hàng tuần vào thứ Bảy."]
)
def test_vietnamese_habit_is_no_date(text: str) -> None:
    with pytest.raises(DateParseError):
        parse_date(text, lang="vi", ref=PartialDate("2020-05-01"))


# --- English words of a forecast or plan (anticipate, is/are expected) speak of the future
@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # https://www.pgatour.com/article/news/latest/2025/05/06/truist-championship-weather-potential-storms-forecast-for-the-philadelphia-cricket-club
        (
            "After lingering showers move away to the northeast Saturday morning, anticipate dry"
            " conditions for the weekend.",
            "2025-05-06",
            "2025-05-10",
        ),
        ("The report is expected Monday.", "2026-12-02", "2026-12-07"),
        ("As anticipated, the council voted Monday.", "2026-12-02", "2026-11-30"),
    ],
)
def test_english_forecast_words(text: str, ref: str, expected: str) -> None:
    assert str(parse_date(text, lang="en", ref=PartialDate(ref))) == expected
