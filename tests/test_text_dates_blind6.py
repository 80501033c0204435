"""Families of date phrases behind the misses and silently wrong answers of blind batch 6
(``bench/date_blind6_cases.jsonl``) and the silently wrong answers left open before it:
literal cases, each checked against what the text states (never against the parser)."""

from __future__ import annotations

import datetime

import pytest

from citydiplo import DateParseError, find_dates, parse_date

REF = datetime.date(2025, 3, 12)  # a Wednesday


def _found(text: str, lang: str, ref: datetime.date | None = REF) -> list[tuple[str, str]]:
    return [(m.text, str(m.value)) for m in find_dates(text, lang=lang, ref=ref)]


def _parsed(text: str, lang: str, ref: datetime.date | None = REF) -> str:
    return str(parse_date(text, lang=lang, ref=ref))


# --- a version number is no date (per-language ``version_words``) -------------------------
VERSIONS = [
    ("ru", "версия 2.5.2019"),
    ("ru", "Версия: 3.2.2021"),
    ("ru", "в версии 1.10.2020 исправлено"),
    ("hi", "संस्करण 2.5.2019"),
    ("gu", "વર્ઝન 2.5.2019"),
    ("he", "גרסה 2.5.2019"),
    ("fa", "نسخه 2.5.2019"),
    ("vi", "phiên bản 4.12.2020"),
    ("zh", "软件版本2.5.2019"),
    ("zh", "版本号 2.5.2019"),
    ("ja", "バージョン 2.5.2019"),
    ("ko", "버전 2.5.2019"),
    ("en", "version 2.5.2019"),
    ("en", "v. 2.5.2019"),
]


@pytest.mark.parametrize(("lang", "text"), VERSIONS)
def test_a_version_number_is_no_date(lang: str, text: str) -> None:
    assert _found(text, lang) == []
    with pytest.raises(DateParseError):
        parse_date(text, lang=lang, ref=REF)


# the same figures without a version word stay a date; a version word after a year is no bar
NOT_VERSIONS = [
    ("ru", "Документ подписан 2.5.2019", "2019-05-02"),
    ("he", "הפגישה התקיימה ב-2.5.2019", "2019-05-02"),
    ("vi", "ngày 4.12.2020", "2020-12-04"),
    ("en", "the 2019 version", "2019"),
    ("ru", "в редакции от 2.5.2019", "2019-05-02"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NOT_VERSIONS)
def test_figures_without_a_version_word_stay_a_date(lang: str, text: str, expected: str) -> None:
    assert _parsed(text, lang) == expected


# --- a span from a day a relative phrase names ----------------------------------------------
FROM_TODAY = [
    ("ja", "会期は本日から10月7日までの36日間", datetime.date(2019, 9, 2), "2019-09-02/2019-10-07"),
    ("ja", "今日から3月10日まで", datetime.date(2024, 3, 15), "2024-03-15/2025-03-10"),
    ("en", "from today until October 7", datetime.date(2024, 3, 15), "2024-03-15/2024-10-07"),
    ("en", "yesterday to March 20", datetime.date(2024, 3, 15), "2024-03-14/2024-03-20"),
    ("ko", "오늘부터 10월 7일까지", datetime.date(2024, 3, 15), "2024-03-15/2024-10-07"),
    ("zh", "从今天到10月7日", datetime.date(2024, 3, 15), "2024-03-15/2024-10-07"),
    ("ru", "с сегодняшнего дня по 7 октября", datetime.date(2024, 3, 15), "2024-03-15/2024-10-07"),
]


@pytest.mark.parametrize(("lang", "text", "ref", "expected"), FROM_TODAY)
def test_a_span_from_a_relative_day_keeps_both_ends(
    lang: str, text: str, ref: datetime.date, expected: str
) -> None:
    assert _parsed(text, lang, ref) == expected
    assert [v for _, v in _found(text, lang, ref)] == [expected]


def test_a_span_from_a_relative_day_needs_ref() -> None:
    assert _found("本日から10月7日まで", "ja", None) == []
    with pytest.raises(DateParseError):
        parse_date("本日から10月7日まで", lang="ja")


def test_today_and_a_date_joined_by_a_conjunction_stay_two_mentions() -> None:
    found = _found("today and October 7", "en", datetime.date(2024, 9, 15))
    assert [t for t, _ in found] == ["today", "October 7"]


# --- an offset counted from a stated date: never counted from ref, never the anchor -------
ANCHORED = [
    ("ru", "через неделю после 5 марта 2020 года"),
    ("ko", "2020년 3월 5일 이후 3일"),
    ("ko", "2020년 3월 5일부터 3일 후"),
    ("zh", "2020年3月5日后三天"),
    ("zh", "2020年3月5日后3天"),
    ("ja", "2020年3月5日の3日後"),
    ("ja", "2020年3月5日から3日後"),
    ("hi", "5 मार्च 2020 के 3 दिन बाद"),
]


@pytest.mark.parametrize(("lang", "text"), ANCHORED)
def test_an_offset_from_a_stated_date_is_left_unread(lang: str, text: str) -> None:
    assert _found(text, lang) == []
    with pytest.raises(DateParseError):
        parse_date(text, lang=lang, ref=REF)


# counts and spans of days that anchor nothing stay read
NOT_ANCHORED = [
    ("ko", "5월 5일부터 7일까지", "2025-05-05/2025-05-07"),
    ("ja", "3月5日から7日まで", "2025-03-05/2025-03-07"),
    ("zh", "3月5日至7日", "2025-03-05/2025-03-07"),
    ("ru", "через неделю", "2025-03-19"),
    ("ja", "3日後", "2025-03-15"),
    ("zh", "三天后", "2025-03-15"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NOT_ANCHORED)
def test_counts_and_spans_without_an_anchor_stay_read(lang: str, text: str, expected: str) -> None:
    assert _parsed(text, lang) == expected


# --- relative days, weeks and months two steps away; other relative phrases ---------------
RELATIVE = [
    ("zh", "大后天", "2025-03-15"),
    ("zh", "下下周", "2025-03-24/2025-03-30"),
    ("zh", "上上个月", "2025-01"),
    ("ja", "再来月", "2025-05"),
    ("ja", "先々週", "2025-02-24/2025-03-02"),
    ("ja", "本日の日程は終了し、午前10時08分に散会とされた。", "2025-03-12"),
    ("ko", "다다음 주", "2025-03-24/2025-03-30"),
    ("ko", "지지난달", "2025-01"),
    ("ko", "금일", "2025-03-12"),
    ("vi", "sáng mai", "2025-03-13"),
    ("vi", "7 hôm trước", "2025-03-05"),
    ("vi", "tuần kế tiếp", "2025-03-17/2025-03-23"),
    ("vi", "tháng vừa qua", "2025-02"),
    ("gu", "પાછલા મહિને", "2025-02"),
    ("gu", "આગામી વર્ષે", "2026"),
    ("gu", "ગત વર્ષના બજેટમાં", "2024"),
    ("he", "לפני עשור", "2015"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RELATIVE)
def test_relative_phrases(lang: str, text: str, expected: str) -> None:
    assert _parsed(text, lang) == expected


def test_one_step_words_inside_two_step_words_are_not_read_alone() -> None:
    # "后天" inside "大后天", "来月" inside "再来月", "다음 주" inside "다다음 주"
    assert _found("大后天", "zh") == [("大后天", "2025-03-15")]
    assert _found("再来月", "ja") == [("再来月", "2025-05")]
    assert _found("다다음 주", "ko") == [("다다음 주", "2025-03-24/2025-03-30")]


# --- "on" after a year opens a range only where the phrase ends ---------------------------
ON = [
    ("in 2023 on the occasion of the 50th anniversary", "2023"),
    ("held in 2023 on schedule", "2023"),
    ("from 2023 on.", "2023/.."),
    ("from 2023 on, the city will grow", "2023/.."),
]


@pytest.mark.parametrize(("text", "expected"), ON)
def test_on_after_a_year(text: str, expected: str) -> None:
    assert _parsed(text, "en") == expected


# --- several mentions that nest: the innermost is the date the text states ----------------
NESTED = [
    (
        "zh",
        "6月17日,副区长张超主持召开上街区人民政府2022年第9次常务会议",
        "2022-06-17",
        "2022-06-17",
    ),
    ("zh", "徐汇区政府1月12日举行全体会议,审议2026年《政府工作报告》", "2026-01-19", "2026-01-12"),
    (
        "ja",
        "令和6年(2024年)3月16日から19日に訪問団が本市を訪れました。",
        "2024-04-15",
        "2024-03-16/2024-03-19",
    ),
    (
        "he",
        "ראש העיר החליט היום (א', 31.3) כי יום העצמאות יצוין השנה באופן מצומצם",
        "2024-03-31",
        "2024-03-31",
    ),
    ("en", "In 2022, on June 5 the delegation visited", "2022-06-17", "2022-06-05"),
]


@pytest.mark.parametrize(("lang", "text", "ref", "expected"), NESTED)
def test_nested_mentions_give_the_innermost(
    lang: str, text: str, ref: str | None, expected: str
) -> None:
    day = datetime.date.fromisoformat(ref) if ref else None
    assert _parsed(text, lang, day) == expected


NOT_NESTED = [
    # a year-less day beside a year, without ref: left to find_dates (several dates here)
    ("ja", "1933年(昭和8年)12月23日午前6時39分、宮城内の産殿にて誕生。", None),
    ("en", "In 2019 the city signed an MOU; on 5 May 2021 the delegation visited", None),
    ("en", "since 2020 and on June 5", "2024-04-15"),  # an open range holds any later day
    ("zh", "徐汇区政府1月12日举行全体会议,审议2026年《政府工作报告》", "2024-04-15"),
]


@pytest.mark.parametrize(("lang", "text", "ref"), NOT_NESTED)
def test_mentions_that_do_not_nest_are_several_dates(lang: str, text: str, ref: str | None) -> None:
    day = datetime.date.fromisoformat(ref) if ref else None
    with pytest.raises(DateParseError, match="several dates"):
        parse_date(text, lang=lang, ref=day)


# --- a month with a glued postposition; a weekday and a date joined by "dated" -------------
GLUED = [
    ("hi", "सोमवार 22 दिसंबरको दोपहर 3 बजे", "XXXX-12-22"),
    ("gu", "સમગ્ર દેશમાં 31મી ઓગસ્ટને સ્થાનિક સ્વરાજ્ય દિન", "XXXX-08-31"),
    ("gu", "તા.8 નવેમ્બરને ગુરુવારના રોજ", "XXXX-11-08"),
    ("fa", "درساعت 18 يكشنبه مورخ 27/9/90 با حضور", "2011-12-18"),
    ("fa", "در جلسه روز چهارشنبه مورخ 13/10/1402 شورای اسلامی شهر", "2024-01-03"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), GLUED)
def test_glued_postpositions_and_dated_weekdays(lang: str, text: str, expected: str) -> None:
    assert _parsed(text, lang, None) == expected


def test_a_weekday_that_contradicts_the_dated_day_is_reported() -> None:
    # 13 Dey 1402 is a Wednesday, not a Tuesday
    with pytest.raises(DateParseError):
        parse_date("روز سه‌شنبه مورخ 13/10/1402", lang="fa")


# --- a cardinal day word between a month and a year --------------------------------------
WORDED = [
    ("came to end on March seven, 2022.", "2022-03-07"),
    ("on May twenty-one, 2019", "2019-05-21"),
]


@pytest.mark.parametrize(("text", "expected"), WORDED)
def test_a_cardinal_day_word_after_a_month_with_a_year(text: str, expected: str) -> None:
    assert _parsed(text, "en") == expected
    assert [v for _, v in _found(text, "en")] == [expected]


def test_a_count_after_a_month_without_a_year_is_no_day() -> None:
    assert _found("In March seven cities signed the pact", "en") == [("March", "2025-03")]
    assert _found("March forty, 2022", "en") == []  # never March of ref's year


# --- Vietnamese days written with their month, joined by a dash --------------------------
def test_days_written_with_their_month_make_a_span() -> None:
    ref = datetime.date(2021, 9, 22)
    assert _parsed("trong 2 ngày 22/9 - 23/9 tại trụ sở", "vi", ref) == "2021-09-22/2021-09-23"
    assert _parsed("ngày 22/9-23/9/2021", "vi", ref) == "2021-09-22/2021-09-23"
    with pytest.raises(DateParseError):
        parse_date("ngày 23/9 - 22/9", lang="vi", ref=ref)  # the later day first: no span


# --- Korean: the tilde operator; a day before a noun that starts like a duration word ------
KOREAN = [
    ("강서구청장이 2∼3일 전북 완주·임실·정읍을 방문해", "2023-02-02/2023-02-03"),
    ("3일 전에 열린 행사", "2023-01-31"),
]


@pytest.mark.parametrize(("text", "expected"), KOREAN)
def test_korean_days_before_nouns(text: str, expected: str) -> None:
    assert _parsed(text, "ko", datetime.date(2023, 2, 3)) == expected


def test_a_korean_duration_stays_a_duration() -> None:
    assert _found("3일간의 일정", "ko") == []
    assert _found("3일 동안", "ko") == []


# --- the same offset families in all ten languages -----------------------------------------
ANCHORED_MORE = [
    ("en", "a month after the 5 March 2020 signing"),
    ("ko", "2020년 3월 5일 3일 후"),
    ("zh", "2020年3月5日的三天后"),
    ("vi", "hai tuần sau 5/3/2020"),
    ("ru", "3 дня спустя после 5 марта 2020 года"),
    ("ru", "через три дня после 5 марта 2020 года"),
    ("gu", "5 માર્ચ 2020 પછી ત્રણ દિવસે"),
    ("he", "3 ימים לאחר 5 במרץ 2020"),
    ("fa", "۳ روز بعد از ۵ اسفند ۱۴۰۲"),
    ("ja", "2020年3月5日の1か月後"),
]


@pytest.mark.parametrize(("lang", "text"), ANCHORED_MORE)
def test_offsets_from_a_stated_date_in_every_language(lang: str, text: str) -> None:
    assert _found(text, lang) == []
    with pytest.raises(DateParseError):
        parse_date(text, lang=lang, ref=REF)


# a date stated beside a count that anchors nothing stays read
STATED = [
    ("vi", "Hai tuần sau, ngày 5/3/2020, đoàn đến", "2020-03-05"),
    ("en", "Three years later, on 5 March 2023 the delegation came", "2023-03-05"),
    (
        "ja",
        "よって、会期は3月3日から3月15日までの13日間と決定いたしました。",
        "2025-03-03/2025-03-15",
    ),
    ("ko", "2024년 5월 5일부터 7일까지", "2024-05-05/2024-05-07"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), STATED)
def test_a_stated_date_beside_an_unrelated_count_stays_read(
    lang: str, text: str, expected: str
) -> None:
    assert expected in [v for _, v in _found(text, lang)]


def test_n_units_later_counts_from_the_date_before_it_never_from_ref() -> None:
    # "and 3 days later" was read as one day ("an d") and three more, from ref
    assert _found("on 5 March 2020 and 3 days later", "en") == [
        ("5 March 2020", "2020-03-05"),
        ("3 days later", "2020-03-08"),
    ]
    assert _found("and 3 days later", "en") == []
    assert _parsed("in two years and three months", "en") == "2027-06"


# --- a day alone before the words for last, this or next month; Russian "минувший" --------
MONTH_DAYS = [
    ("ru", "10 числа прошлого месяца", "2025-02-10"),
    ("ru", "10 числа этого месяца", "2025-03-10"),
    ("ru", "25 числа следующего месяца", "2025-04-25"),
    ("ru", "в минувший вторник", "2025-03-11"),
    ("ru", "в минувшем году", "2024"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), MONTH_DAYS)
def test_days_of_months_named_relative_to_ref(lang: str, text: str, expected: str) -> None:
    assert _parsed(text, lang) == expected
    assert [v for _, v in _found(text, lang)] == [expected]  # never the 10th of ref's month


# --- counted units over a span are no day, month or year ----------------------------------
SPANS_OF_UNITS = [
    ("gu", "છેલ્લા ત્રણ વર્ષમાં"),  # in the last three years, not in three years
    ("fa", "در سه سال گذشته"),  # in the past three years, not last year
    ("fa", "طی پنج سال آینده"),  # over the next five years, not next year
    ("hi", "पिछले 3 साल में"),
    ("en", "in the last three years"),
]


@pytest.mark.parametrize(("lang", "text"), SPANS_OF_UNITS)
def test_counted_units_over_a_span_are_left_unread(lang: str, text: str) -> None:
    assert _found(text, lang) == []


COUNTED = [
    ("fa", "سال گذشته", "2024"),
    ("fa", "دو سال پیش", "2023"),
    ("en", "in 3 years", "2028"),
    ("gu", "ત્રણ વર્ષમાં", "2028"),
    ("ko", "3년 전", "2022"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), COUNTED)
def test_counted_units_to_a_day_stay_read(lang: str, text: str, expected: str) -> None:
    assert _parsed(text, lang) == expected


# --- Hebrew "this year" inside "last year" ------------------------------------------------
HEBREW_YEARS = [
    ("השנה שעברה", "2024"),  # was "השנה" (this year, 2025) and "שעברה" (2024): two mentions
    ("במהלך השנה שעברה נחתם ההסכם", "2024"),
    ("השנה הבאה", "2026"),
    ("החודש הבא", "2025-04"),
    ("השבוע שעבר", "2025-03-03/2025-03-09"),
    ("השנה", "2025"),
]


@pytest.mark.parametrize(("text", "expected"), HEBREW_YEARS)
def test_hebrew_last_and_next_with_the_article(text: str, expected: str) -> None:
    assert [v for _, v in _found(text, "he")] == [expected]


def test_a_past_or_coming_day_and_month_without_ref_is_year_less() -> None:
    # "지난 7월 9일" (this past 9 July): without ref the text states a month and a day
    text = "무안군은 지난 7월 9일 일본 북나고야시를 방문"
    assert _parsed(text, "ko", None) == "XXXX-07-09"
    assert _parsed("지난 7월 9일", "ko") == "2024-07-09"
    assert _parsed("오는 5월 20일", "ko") == "2025-05-20"


# --- open ranges from a period named relative to ref ---------------------------------------
OPENED = [
    ("en", "since last year", "2024/.."),
    ("en", "since yesterday", "2025-03-11/.."),
    ("ru", "с прошлого года", "2024/.."),
    ("vi", "từ năm ngoái", "2024/.."),
    ("ko", "작년부터", "2024/.."),
    ("ja", "昨年から", "2024/.."),
    ("zh", "从去年起", "2024/.."),
    ("zh", "去年以来", "2024/.."),
    ("he", "מאז השנה שעברה", "2024/.."),
    ("fa", "از سال گذشته تاکنون", "2024/.."),  # (until now: "از" alone is "from")
    ("ja", "昨年から今年まで", "2024/2025"),
    ("ko", "어제부터 오늘까지", "2025-03-11/2025-03-12"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), OPENED)
def test_a_relative_period_after_since_opens_a_range(lang: str, text: str, expected: str) -> None:
    assert _parsed(text, lang) == expected


def test_from_last_year_compares_and_stays_the_year() -> None:
    assert _found("up 5% from last year", "en") == [("last year", "2024")]


def test_a_span_from_a_day_to_a_year_is_no_crash() -> None:
    # a KeyError before: the span's end was taken for a day
    assert _parsed("from 5 March 2020 to 2021", "en") == "2020-03-05/2021"
