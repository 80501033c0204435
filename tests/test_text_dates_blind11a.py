"""Families of faults found by the eleventh blind set (en, ko, vi, zh, ja): literal cases
written from each language's grammar and calendar, positives and negatives."""

from __future__ import annotations

import pytest

from citydiplo import DateParseError, PartialDate, find_dates, parse_date

REF = PartialDate("2024-03-14")  # a Thursday


def _value(text: str, lang: str, ref: PartialDate | None = REF) -> str:
    return str(parse_date(text, lang=lang, ref=ref))


def _found(text: str, lang: str, ref: PartialDate | None = REF) -> list[str]:
    return [str(m.value) for m in find_dates(text, lang=lang, ref=ref)]


# Vietnamese lunar months and Tết days are not Gregorian months and days
@pytest.mark.parametrize(
    "text",
    [
        "tháng Chạp",
        "ngày 23 tháng Chạp",
        "rằm tháng Giêng",
        "ngày 5 Tết",
        "Từ khoảng 23 tháng Chạp Âm lịch, những chiếc thuyền hoa cập bến",
        "chợ hoa diễn ra từ 23 tháng chạp đến 12 giờ ngày 30 tết",
    ],
)
def test_vietnamese_lunar_months_and_tet_days_are_not_gregorian(text: str) -> None:
    assert _found(text, "vi") == []
    with pytest.raises(DateParseError):
        parse_date(text, lang="vi", ref=REF)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ngày 23 tháng 12 năm 2023", "2023-12-23"),
        ("tháng 1 năm 2024", "2024-01"),
        ("tháng Mười Hai năm 2023", "2023-12"),
    ],
)
def test_vietnamese_gregorian_months_still_read(text: str, expected: str) -> None:
    assert _value(text, "vi") == expected


def test_a_lunar_aside_in_brackets_leaves_the_gregorian_span() -> None:
    text = (
        "Thời gian hoạt động của các chợ hoa từ ngày 12/01/2022 (tức ngày 10 tháng 12 Âm lịch)"
        " đến 20 giờ ngày 31/01/2022 (tức ngày 29 tháng 12 Âm lịch)."
    )
    assert _value(text, "vi", PartialDate("2022-01-05")) == "2022-01-12/2022-01-31"


def test_an_hour_before_the_last_day_of_a_span_is_set_aside() -> None:
    text = "chợ hoa diễn ra từ ngày 22-1-2022 đến 12 giờ ngày 31-1-2022"
    assert _value(text, "vi", PartialDate("2022-01-05")) == "2022-01-22/2022-01-31"


# weekly schedules are no dates
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("thứ Hai hằng tuần", "vi"),
        ("Chợ phiên họp vào thứ Bảy hàng tuần, từ sáng sớm.", "vi"),
        ("every Monday", "en"),
        ("매주 월요일", "ko"),
        ("每周一", "zh"),
        ("毎週月曜日", "ja"),
    ],
)
def test_weekly_schedules_are_no_dates(text: str, lang: str) -> None:
    assert _found(text, lang) == []


def test_a_weekday_of_last_week_is_still_read_in_vietnamese() -> None:
    assert _value("thứ Hai tuần trước", "vi") == "2024-03-04"


# Korean 차주 (next week) before a weekday; alone it is as often a car's owner (車主)
def test_korean_next_week_weekday() -> None:
    assert _value("차주 화요일", "ko") == "2024-03-19"
    assert _value("다음 주 화요일", "ko") == "2024-03-19"


@pytest.mark.parametrize("text", ["차주 A씨는 경찰에 신고했다", "차주", "차주에게 연락했다"])
def test_korean_car_owner_is_no_week(text: str) -> None:
    assert _found(text, "ko") == []


# a count after a month is no year
@pytest.mark.parametrize(
    "text", ["In June, 2500 visitors came to the fair", "In June 2500 visitors came"]
)
def test_a_count_after_a_month_is_no_year(text: str) -> None:
    assert all(not v.startswith("2500") for v in _found(text, "en", PartialDate("2024-06-10")))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("June 2024", "2024-06"),
        ("In June, 2024 was busy", "2024-06"),
        ("In June 2024 officials of Hue welcomed the delegation.", "2024-06"),
    ],
)
def test_a_year_after_a_month_is_still_read(text: str, expected: str) -> None:
    assert _value(text, "en", PartialDate("2024-06-10")) == expected


def test_a_count_after_a_month_and_comma_leaves_the_month() -> None:
    assert _value("In June, 25 delegates visited", "en", PartialDate("2024-06-10")) == "2024-06"


# days that do not exist make the whole date unread
@pytest.mark.parametrize(
    "text", ["June 12-35, 2024", "June 32, 2024", "June 12-35", "35 June 2024"]
)
def test_impossible_days_raise(text: str) -> None:
    with pytest.raises(DateParseError):
        parse_date(text, lang="en", ref=PartialDate("2024-06-10"))
    assert _found(text, "en", PartialDate("2024-06-10")) == []


def test_possible_days_are_read() -> None:
    assert _value("June 12-15, 2024", "en") == "2024-06-12/2024-06-15"


def test_a_count_after_a_month_name_leaves_the_month() -> None:
    text = "He came back in June 32 years after leaving"
    assert _found(text, "en", PartialDate("2024-06-10")) == ["2024-06"]


# a weekday something is expected on is the coming one
FRIDAY = PartialDate("2024-06-07")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The vote is expected Monday.", "2024-06-10"),
        ("A decision is expected on Tuesday.", "2024-06-11"),
        ("The hearing is scheduled for Wednesday.", "2024-06-12"),
        ("The council met Monday.", "2024-06-03"),
        ("The report was expected Monday but came late.", "2024-06-03"),
    ],
)
def test_expected_weekday(text: str, expected: str) -> None:
    assert _value(text, "en", FRIDAY) == expected


# Korean sessions announced in the present tense are coming days
@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        (
            "경남 김해시의회가 12일부터 23일까지 일정으로 제238회 임시회를 개회하고 "
            "의정활동에 들어간다.",
            "2021-07-09",
            "2021-07-12/2021-07-23",
        ),
        ("29일 열리는 제3차 본회의에서는 안건을 최종 의결하고", "2025-07-15", "2025-07-29"),
        ("23일 본회의를 열었다.", "2021-07-09", "2021-06-23"),
        (
            "시흥시의회가 오는 26일부터 9월5일까지 임시회를 개최한다.",
            "2024-08-23",
            "2024-08-26/2024-09-05",
        ),
    ],
)
def test_korean_days_of_coming_sessions(text: str, ref: str, expected: str) -> None:
    assert _value(text, "ko", PartialDate(ref)) == expected


# a day with its weekday: the weekday says which month
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("24日(日)", "ja", "2024-03-24"),
        ("24日(土)", "ja", "2024-02-24"),
        ("24일(일)", "ko", "2024-03-24"),
        ("10日(日)", "ja", "2024-03-10"),
    ],
)
def test_a_day_with_its_weekday_takes_the_month_that_fits(
    text: str, lang: str, expected: str
) -> None:
    assert _value(text, lang) == expected


def test_a_day_whose_weekday_fits_no_month_near_ref_raises() -> None:
    with pytest.raises(DateParseError):
        parse_date("24日(月)", lang="ja", ref=REF)


# a span of days whose end joins its month by a dash, after "ngày"
def test_vietnamese_span_ending_in_day_dash_month() -> None:
    assert _value("Từ ngày 5 đến 8-10", "vi", PartialDate("2022-09-10")) == "2022-10-05/2022-10-08"


def test_vietnamese_counts_joined_by_a_dash_are_no_span() -> None:
    assert _found("từ 5 đến 8-10 người", "vi", PartialDate("2022-09-10")) == []


# places named after a date
@pytest.mark.parametrize(
    "text",
    [
        "Chợ hoa Tết chính sẽ được bố trí tại ba công viên: 23 tháng 9, Gia Định, Lê Văn Tám.",
        "Đoàn diễu hành trên đường 3 tháng 2.",
        "Lễ hội tổ chức tại quảng trường 10 tháng 3.",
    ],
)
def test_vietnamese_places_named_after_a_date(text: str) -> None:
    assert _found(text, "vi", PartialDate("2010-11-26")) == []


def test_a_vietnamese_date_before_a_comma_is_still_read() -> None:
    assert _value("Ngày 23 tháng 9, đoàn đến thăm", "vi", PartialDate("2010-11-26")) == "2010-09-23"


# a clause opened by "since" that ends in a year states the open span from that year
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Since the Sister City relationship began in 1988 between the two cities, over "
            "1,200 people have traveled.",
            "1988/..",
        ),
        ("Since the exchange was founded in 1997 it has grown every year.", "1997/.."),
        ("The relationship began in 1988.", "1988"),
        ("Since then, the partnership was founded in 1988 by the mayors.", "1988"),
        ("since 1988", "1988/.."),
    ],
)
def test_since_clause_ending_in_a_year(text: str, expected: str) -> None:
    assert _value(text, "en", PartialDate("2024-07-15")) == expected


# an hour beside the first or last day of a span is no part of the span's joint
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("9월 20일 오후 2시부터 9월 21일까지", "ko", "2025-09-20/2025-09-21"),
        ("9月20日午後2時から9月21日まで", "ja", "2025-09-20/2025-09-21"),
        ("9月20日下午3时至9月21日", "zh", "2025-09-20/2025-09-21"),
        ("9月20日23:00-9月21日07:00", "zh", "2025-09-20/2025-09-21"),
        (
            "Chợ hoa diễn ra từ ngày 7-2 (nhằm ngày 20 tháng Chạp) đến 12 giờ ngày 16-2",
            "vi",
            "2025-02-07/2025-02-16",
        ),
    ],
)
def test_hours_inside_a_span_of_days(text: str, lang: str, expected: str) -> None:
    ref = PartialDate("2025-01-30" if lang == "vi" else "2025-09-19")
    assert _value(text, lang, ref) == expected
