"""Families of faults found by the eighteenth blind set (en, ko, vi, zh, ja): literal cases
written from each language's grammar and usage, positives and negatives."""

from __future__ import annotations

import pytest

from citydiplo import DateParseError, PartialDate, find_dates, parse_date


def _value(text: str, lang: str, ref: str | None = None) -> str:
    return str(parse_date(text, lang=lang, ref=PartialDate(ref) if ref else None))


def _found(text: str, lang: str, ref: str | None = None) -> list[str]:
    return [
        str(m.value) for m in find_dates(text, lang=lang, ref=PartialDate(ref) if ref else None)
    ]


# A Korean day alone right before a verb in the past ("9일 밝혔다": said on the 9th) is a day
# gone by, even when the sentence reports a plan ("개최한다": will hold). A future word put it
# in the month after ref.
@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("시는 축제를 개최한다고 9일 밝혔다.", "2024-06-11", "2024-06-09"),
        ("군은 협약을 체결할 예정이라고 3일 전했다.", "2024-06-11", "2024-06-03"),
        ("구는 내달 박람회를 연다고 7일 발표했다.", "2023-09-10", "2023-09-07"),
        ("시는 행사를 진행한다고 5일에 밝혔다.", "2022-08-08", "2022-08-05"),
        # the sentence reports a plan and ends on "밝혔다": its day is the day it was said
        ("시는 9일 축제를 개최한다고 밝혔다.", "2024-06-11", "2024-06-09"),
    ],
)
def test_a_korean_day_before_a_past_verb_is_past(text: str, ref: str, expected: str) -> None:
    assert _found(text, "ko", ref) == [expected]
    assert _value(text, "ko", ref) == expected


# A Korean sentence that ends on a verb in the present ("의결한다", "선출한다", "연다"), the form
# news uses for what is scheduled, is not about the past: a day alone later than ref's day is
# in ref's month. It was read in the month before.
@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        (
            "28일에 실시되는 제2차 본회의에서는 심사한 안건의 의결과 함께 시정질문을 한다.",
            "2024-06-11",
            "2024-06-28",
        ),
        (
            "정례회 마지막 날인 29일에는 3차 본회의를 열고 의장을 선출한다.",
            "2024-06-11",
            "2024-06-29",
        ),
        (
            "마지막 날인 22일 오전 10시 본회의에서 심사 보고된 안건을 최종 의결한다.",
            "2023-02-01",
            "2023-02-22",
        ),
        ("시의회는 25일 임시회를 열어 추경안을 처리한다.", "2021-03-12", "2021-03-25"),
    ],
)
def test_a_korean_day_in_a_present_tense_sentence_is_not_past(
    text: str, ref: str, expected: str
) -> None:
    assert _found(text, "ko", ref) == [expected]
    assert _value(text, "ko", ref) == expected


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # a verb of judgement about what happened: no schedule
        ("이는 28일 발표 때문으로 풀이된다.", "2024-06-11", "2024-05-28"),
        # reported speech of a past event
        ("28일 회의가 열렸다고 한다.", "2024-06-11", "2024-05-28"),
    ],
)
def test_korean_present_verbs_that_speak_of_the_past(text: str, ref: str, expected: str) -> None:
    assert _found(text, "ko", ref) == [expected]


# "지난 7일부터 28일까지": "지난" says the first day is past; the span runs on from it in that
# month. Both days were put in the month before ref.
@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        (
            "경주시의회는 지난 7일부터 28일까지 22일간의 일정으로 정례회를 개최한다고",
            "2024-06-11",
            "2024-06-07/2024-06-28",
        ),
        ("지난 5일부터 20일까지 열린 전시회", "2023-10-08", "2023-10-05/2023-10-20"),
        ("지난 10~25일 진행된 공모", "2022-04-12", "2022-04-10/2022-04-25"),
    ],
)
def test_a_korean_span_whose_first_day_is_past(text: str, ref: str, expected: str) -> None:
    assert _found(text, "ko", ref) == [expected]
    assert _value(text, "ko", ref) == expected


# A span of days alone beside the year of a budget or plan ("2024년도 행정사무감사"): parse_date
# read the span without the sentence's tense, unlike find_dates.
@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        (
            "이후 18일~26일까지는 2024년도 행정사무감사를 실시할 예정이다.",
            "2024-06-11",
            "2024-06-18/2024-06-26",
        ),
        (
            "21일~25일에는 2023년도 행정사무감사를 실시할 계획이다.",
            "2023-06-10",
            "2023-06-21/2023-06-25",
        ),
    ],
)
def test_parse_date_reads_the_tense_beside_a_year(text: str, ref: str, expected: str) -> None:
    assert _value(text, "ko", ref) == expected


# A plan spoken of in the past ("予定していた": had been planned; "예정이었다") is no future
# marker: its day alone is the day before ref, not in the month after.
@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        ("当初に開催を予定していた2日は雨天のため順延。", "ja", "2014-08-04", "2014-08-02"),
        ("3日に開催する予定だったが、台風のため中止となった。", "ja", "2019-10-10", "2019-10-03"),
        ("5일 개최할 예정이었으나 태풍으로 연기됐다.", "ko", "2022-09-08", "2022-09-05"),
    ],
)
def test_a_past_plan_is_no_future(text: str, lang: str, ref: str, expected: str) -> None:
    assert _found(text, lang, ref) == [expected]


# Japanese notices write the weekday without 日 in brackets ("5月27日(土曜)"): it was cut
# inside the bracket, which broke spans ("…(水曜)から…(木曜)まで") and open ranges ("から実施").
@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("2023年5月24日(水曜)から2023年5月25日(木曜)まで", None, "2023-05-24/2023-05-25"),
        ("2023年5月8日(月曜)から2023年6月30日(金曜)まで(予定)", None, "2023-05-08/2023-06-30"),
        ("工事エリアの追加について(2023年5月20日(土曜)から実施)", None, "2023-05-20/.."),
        ("令和7年4月1日(火曜)から施行します。", None, "2025-04-01/.."),
        ("11月3日(日曜)から11月5日(火曜)まで", "2024-10-20", "2024-11-03/2024-11-05"),
    ],
)
def test_a_japanese_weekday_without_its_day_word(text: str, ref: str | None, expected: str) -> None:
    assert _value(text, "ja", ref) == expected
    assert _found(text, "ja", ref) == [expected]


# A weekday before a timetable noun glued to the next word ("土曜ダイヤで運行": runs on the
# Saturday timetable) is a weekly pattern: no date. The noun was not seen before a kana.
@pytest.mark.parametrize(
    "text",
    ["県内全路線バスを土曜ダイヤで運行する。", "土曜日ダイヤで運行します。", "日曜ダイヤに変更"],
)
def test_a_japanese_timetable_weekday_is_no_date(text: str) -> None:
    assert _found(text, "ja", "2024-08-06") == []


# "kể từ [giờ] ngày X" (starting from [an hour of] day X) opens a range at that day; the hour
# inside the words hid the opening word. A bare "từ 14h ngày X" stays the day.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1. Kể từ 0 giờ ngày 27/5/2022, cấm tất cả các phương tiện lưu thông", "2022-05-27/.."),
        ("Kể từ 14h30 ngày 1/7/2024, áp dụng biểu giá mới.", "2024-07-01/.."),
        ("kể từ 8 giờ ngày 15 tháng 3 năm 2023, tổ chức lại giao thông", "2023-03-15/.."),
        ("Từ 14h ngày 28 tháng 11 năm 2018, tạm ngưng cấp nước.", "2018-11-28"),
    ],
)
def test_starting_from_an_hour_of_a_vietnamese_day(text: str, expected: str) -> None:
    assert _value(text, "vi") == expected
    assert _found(text, "vi") == [expected]


# A day and month without a year more than three months after ref is read in the year before;
# a weekday beside it that falls on it only in ref's year (or the next) names that year. The
# weekday was checked against the year before, and the date refused.
@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        ("雨天の場合は翌日の9月1日(日)に順延する。", "ja", "2019-05-27", "2019-09-01"),
        ("9월 1일(일) 개최", "ko", "2019-05-27", "2019-09-01"),
        ("9月1日(星期日)举行", "zh", "2019-05-27", "2019-09-01"),
        ("The fair is on Sunday, September 1.", "en", "2019-05-27", "2019-09-01"),
        ("8月10日(土)に開催", "ja", "2024-05-01", "2024-08-10"),
    ],
)
def test_a_stated_weekday_names_the_year(text: str, lang: str, ref: str, expected: str) -> None:
    assert _value(text, lang, ref) == expected
    assert _found(text, lang, ref) == [expected]


def test_without_a_weekday_far_both_ways_the_year_is_not_guessed() -> None:
    # last September or the coming one, both over three months from 27 May (_day_lag)
    with pytest.raises(DateParseError, match="this year or the last"):
        _value("9月1日", "ja", "2019-05-27")
    assert _value("9月1日", "ja", "2019-10-27") == "2019-09-01"


# A day alone, a dash and a day of the next month ("28일-9월 7일"): a span. The dash after the
# first day hid it, and the second day alone was read, the span's start dropped.
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("28일-9월 7일까지...조례안 등 123건 처리예정", "ko", "2023-08-28/2023-09-07"),
        ("29일-10월 3일 열리는 축제", "ko", "2023-09-29/2023-10-03"),
        ("会期は30日-9月2日。", "ja", "2023-08-30/2023-09-02"),
        ("展览时间为30日-9月2日", "zh", "2023-08-30/2023-09-02"),
    ],
)
def test_a_day_alone_dashed_to_a_day_of_the_next_month(text: str, lang: str, expected: str) -> None:
    assert _found(text, lang, "2023-08-23") == [expected]
    assert _value(text, lang, "2023-08-23") == expected


@pytest.mark.parametrize("text", ["제28일-9호", "28일-9"])
def test_a_day_dashed_to_a_bare_figure_stays_unread(text: str) -> None:
    assert _found(text, "ko", "2023-08-23") == []


def test_a_weekday_far_from_ref_names_no_year() -> None:
    with pytest.raises(DateParseError):
        _value("Sunday, February 16", "en", "2024-03-15")  # 2025: eleven months on


# "金曜" is also the start of "金曜日": a name refused whole is not read cut short.
def test_a_weekday_name_is_not_read_cut_short() -> None:
    assert _found("1 金曜日1 10", "ja", "2024-03-15") == []


# A Vietnamese word for a relative day before a day and month in figures ("ngày mai 23/5":
# tomorrow, 23 May) dates them as "ngày" does; without ref the figures were not read at all.
@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("Thông báo lịch cắt điện Hà Nội ngày mai 23/5 – Cập nhật mới nhất.", None, "XXXX-05-23"),
        ("hôm nay 23/5, UBND thành phố thông báo", None, "XXXX-05-23"),
        ("Tối qua 21-5, lễ hội đã khai mạc.", None, "XXXX-05-21"),
    ],
)
def test_a_vietnamese_relative_day_before_figures(
    text: str, ref: str | None, expected: str
) -> None:
    assert _value(text, "vi", ref) == expected
    assert _found(text, "vi", ref) == [expected]


# A month and day in figures, the year left out, before the weekday in brackets: Korean
# notices write "8. 26.(토)" (dots and spaces), Japanese "8.26(土)". Only "4/8(木)" was read.
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("- 줄다리기 행사 일시 : 8. 26.(토) 18:00 ~ 19:00", "ko", "2017-08-26"),
        ("설명회: 9.4.(월) 오후 2시", "ko", "2017-09-04"),
        ("8/26(토) 개최", "ko", "2017-08-26"),
        ("説明会は8.26(土)に開催", "ja", "2017-08-26"),
        ("8.26(周六)举行", "zh", "2017-08-26"),
    ],
)
def test_a_month_and_day_in_figures_before_a_weekday(text: str, lang: str, expected: str) -> None:
    assert _value(text, lang, "2017-08-08") == expected
    assert _found(text, lang, "2017-08-08") == [expected]


@pytest.mark.parametrize("text", ["평점 3.5(토)", "비율 3.5 (토요일 기준)"])
def test_a_decimal_before_a_weekday_that_does_not_fit_is_no_date(text: str) -> None:
    assert _found(text, "ko", "2017-08-08") == []


# A span of months that writes the month word once, after the second figure ("3~5월",
# "3至5月", "3～5月"), with a year or a word for one before it or not: the first figure was
# not read, and the second month was refused as a count after a dash (or read alone).
@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        ("내년 3~5월", "ko", "2026-12-02", "2027-03/2027-05"),
        ("2027년 3~5월 중 개최 예정", "ko", None, "2027-03/2027-05"),
        ("작년 6-8월 관광객", "ko", "2026-12-02", "2025-06/2025-08"),
        ("明年3至5月", "zh", "2026-12-02", "2027-03/2027-05"),
        ("2024年6-8月，全市接待游客", "zh", None, "2024-06/2024-08"),
        ("来年3～5月に実施", "ja", "2026-12-02", "2027-03/2027-05"),
        ("2027年3～5月", "ja", None, "2027-03/2027-05"),
    ],
)
def test_months_that_share_one_month_word(
    text: str, lang: str, ref: str | None, expected: str
) -> None:
    assert _value(text, lang, ref) == expected
    assert _found(text, lang, ref) == [expected]


@pytest.mark.parametrize("text", ["5~3월", "3.5~5월 사이"])
def test_no_span_of_months_from_a_later_month_or_a_decimal(text: str) -> None:
    assert "2026-03/2026-05" not in _found(text, "ko", "2026-12-02")
    assert "2026-05/2026-03" not in _found(text, "ko", "2026-12-02")


# A span from a word for this or next month to a month ("다음 달부터 11월까지": from next month
# to November): the two were read apart, as two dates.
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("축제는 다음 달부터 11월까지 개최할 예정이라고", "ko", "2024-08/2024-11"),
        ("이달부터 11월까지 운영", "ko", "2024-07/2024-11"),
        ("from next month to November", "en", "2024-08/2024-11"),
        ("下个月至11月", "zh", "2024-08/2024-11"),
        ("来月から11月まで", "ja", "2024-08/2024-11"),
        ("từ tháng sau đến tháng 11", "vi", "2024-08/2024-11"),
    ],
)
def test_a_span_from_a_relative_month_to_a_month(text: str, lang: str, expected: str) -> None:
    assert _value(text, lang, "2024-07-09") == expected
    assert _found(text, lang, "2024-07-09") == [expected]


# "前后" after a month (around July, as "左右"): the month marked approximate. It was read
# as the month itself, the approximation dropped.
@pytest.mark.parametrize(
    ("text", "expected"),
    [("预计2023年7月前后完工", "2023-07~"), ("7月前後完工", "2022-07~")],
)
def test_a_chinese_month_and_around(text: str, expected: str) -> None:
    assert _found(text, "zh", "2022-09-01") == [expected]


# A Vietnamese day and month in brackets after the word that dates them ("chiều nay (5-1)":
# this afternoon, 5 January): the bracket hid the figures from the word.
@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("Tính đến cuối chiều nay (5-1), đã có 9 công ty điện lực", None, "XXXX-01-05"),
        ("hôm nay (23/5), UBND quận thông báo", None, "XXXX-05-23"),
        ("Sáng nay (12-3), đoàn công tác đã làm việc", None, "XXXX-03-12"),
    ],
)
def test_a_vietnamese_date_in_brackets_after_its_word(
    text: str, ref: str | None, expected: str
) -> None:
    assert _found(text, "vi", ref) == [expected]
