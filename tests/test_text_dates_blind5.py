"""Literal cases for the families of date forms that real news and standalone phrases showed
missing or misread: the year before last and the year after next, Korean native counts of
days, counted spans written with other words ("cách đây", "from now", "پیش"), seasons, a
month with a glued case ending, a weekday of the last or next week, a span whose year is
stated once at its end, "since" glued to a Han name, a year word before a span of years,
and a Vietnamese span of days ending in a full date joined by dashes. Expected values are
literal EDTF; each family also has negatives that must stay unread or read otherwise."""

from __future__ import annotations

import pytest

from citydiplo import DateParseError, find_dates, parse_date
from citydiplo.dates import PartialDate

REF = PartialDate("2024-05-15")  # a Wednesday


def _one(text: str, lang: str, ref: PartialDate | None, expected: str) -> None:
    assert str(parse_date(text, lang=lang, ref=ref)) == expected
    found = find_dates(text, lang=lang, ref=ref)
    assert [str(m.value) for m in found] == [expected]
    assert text[found[0].start : found[0].end] == found[0].text


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("一昨年", "ja", "2022"),
        ("おととし", "ja", "2022"),
        ("再来年", "ja", "2026"),
        ("昨年", "ja", "2023"),  # the year before alone is still last year
        ("前年", "zh", "2022"),
        ("后年", "zh", "2026"),
        ("去年", "zh", "2023"),
        ("재작년", "ko", "2022"),
        ("내후년", "ko", "2026"),
        ("в позапрошлом году", "ru", "2022"),
        ("в прошлом году", "ru", "2023"),
        ("năm kia", "vi", "2022"),
        ("the year before last", "en", "2022"),
        ("לפני שנתיים", "he", "2022"),
    ],
)
def test_the_year_before_last_is_two_years_back(text: str, lang: str, expected: str) -> None:
    _one(text, lang, REF, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("이틀 전", "2024-05-13"),
        ("사흘 전", "2024-05-12"),
        ("나흘 전", "2024-05-11"),
        ("열흘 전", "2024-05-05"),
        ("이틀 뒤", "2024-05-17"),
        ("사흘 후", "2024-05-18"),
        ("넉 달 전", "2024-01"),
        ("석 달 전", "2024-02"),
    ],
)
def test_korean_native_counts_of_days(text: str, expected: str) -> None:
    _one(text, "ko", REF, expected)


@pytest.mark.parametrize(("word", "n"), [("이틀", 2), ("사흘", 3), ("나흘", 4), ("닷새", 5)])
def test_a_native_count_is_its_number_in_figures(word: str, n: int) -> None:
    for after in ("전", "뒤"):
        native = parse_date(f"{word} {after}", lang="ko", ref=REF)
        assert native == parse_date(f"{n}일 {after}", lang="ko", ref=REF)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("cách đây 3 năm", "vi", "2021"),
        ("cách đây 2 tháng", "vi", "2024-03"),
        ("cách đây 10 ngày", "vi", "2024-05-05"),
        ("three weeks from now", "en", "2024-06-05"),
        ("2 years from now", "en", "2026"),
        ("a fortnight ago", "en", "2024-05-01"),
        ("سه سال پیش", "fa", "2021"),
        ("دو هفته پیش", "fa", "2024-05-01"),
        ("आगामी माह", "hi", "2024-06"),
        ("आगामी वर्ष", "hi", "2025"),
        ("पिछले माह", "hi", "2024-04"),
    ],
)
def test_counted_spans_and_phrases(text: str, lang: str, expected: str | None) -> None:
    if expected is None:
        assert find_dates(text, lang=lang, ref=REF) == []
    else:
        _one(text, lang, REF, expected)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("cách đây 3 km", "vi"), ("two miles from now", "en"), ("3 km پیش", "fa")],
)
def test_a_count_of_something_else_is_no_span(text: str, lang: str) -> None:
    assert find_dates(text, lang=lang, ref=REF) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("осенью 2018 года", "ru", "2018-23"),
        ("летом 2019 года", "ru", "2019-22"),
        ("2018年秋季", "zh", "2018-23"),
        ("mùa thu năm 2018", "vi", "2018-23"),
        ("mùa hè 2018", "vi", "2018-22"),
        ("בקיץ 2019", "he", "2019-22"),
    ],
)
def test_a_season_with_its_year(text: str, lang: str, expected: str) -> None:
    _one(text, lang, None, expected)


@pytest.mark.parametrize(
    ("text", "lang"), [("этим летом мы", "ru"), ("лето было жарким", "ru"), ("春天来了", "zh")]
)
def test_a_season_without_a_year_is_no_date(text: str, lang: str) -> None:
    assert find_dates(text, lang=lang, ref=REF) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("21 ઓક્ટોબરે ગાંધીનગર મહાનગર પાલિકાની સામાન્ય સભા યોજાશે.", "XXXX-10-21"),
        ("21 જાન્યુઆરીએ બેઠક મળી", "XXXX-01-21"),
        ("21 ઓક્ટોબર 2021એ", "2021-10-21"),
    ],
)
def test_gujarati_locative_on_a_month(text: str, expected: str) -> None:
    _one(text, "gu", None, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Trưa 20/9, ông Phong tiếp đoàn", "XXXX-09-20"), ("Sáng nay 14/9, đoàn", "XXXX-09-14")],
)
def test_vietnamese_time_of_day_before_a_day_and_month(text: str, expected: str) -> None:
    _one(text, "vi", None, expected)


@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected", "span"),
    [
        ("先週金曜日に会談した", "ja", REF, "2024-05-10", "先週金曜日"),
        ("来週の月曜日", "ja", REF, "2024-05-20", "来週の月曜日"),
        ("다음 주 월요일", "ko", REF, "2024-05-20", "다음 주 월요일"),
        ("지난주 금요일 열린", "ko", REF, "2024-05-10", "지난주 금요일"),
        ("上星期五", "zh", REF, "2024-05-10", "上星期五"),
        ("下星期一", "zh", REF, "2024-05-20", "下星期一"),
        ("met last week Friday", "en", REF, "2024-05-10", "last week Friday"),
        # weeks start on Sunday in Israel: next week's Sunday is the 19th
        ("בשבוע הבא ביום ראשון", "he", REF, "2024-05-19", "בשבוע הבא ביום ראשון"),
        # and on Saturday in Iran: last week ran from the 4th to the 10th
        ("هفته گذشته جمعه", "fa", REF, "2024-05-10", "هفته گذشته جمعه"),
    ],
)
def test_a_weekday_of_the_last_or_next_week(
    text: str, lang: str, ref: PartialDate, expected: str, span: str
) -> None:
    assert str(parse_date(text, lang=lang, ref=ref)) == expected
    found = find_dates(text, lang=lang, ref=ref)
    assert [(m.text, str(m.value)) for m in found] == [(span, expected)]


def test_this_week_and_a_weekday_are_that_day_of_the_week() -> None:
    # "this week" is the week of the language's territory (Israel: Sunday to Saturday), as
    # for "last week" and "next week": Wednesday 9 September of the week from the 6th
    found = find_dates(
        "השבוע ביום רביעי תתכנס מליאת העירייה", lang="he", ref=PartialDate("2020-09-06")
    )
    assert [str(m.value) for m in found] == ["2020-09-09"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("July 29 through August 2, 1997", "en", "1997-07-29/1997-08-02"),
        ("from July 29 to August 2, 1997", "en", "1997-07-29/1997-08-02"),
        ("29 July to 2 August 1997", "en", "1997-07-29/1997-08-02"),
        ("December 30 to January 2, 2024", "en", "2023-12-30/2024-01-02"),
        ("с 29 июля по 2 августа 1997 года", "ru", "1997-07-29/1997-08-02"),
    ],
)
def test_a_span_states_its_year_once_at_the_end(text: str, lang: str, expected: str) -> None:
    for ref in (None, REF):  # the stated year wins over the reference's
        assert str(parse_date(text, lang=lang, ref=ref)) == expected


def test_a_span_with_an_impossible_first_day_raises() -> None:
    with pytest.raises(DateParseError, match="April 31 to May 2, 2024"):
        parse_date("April 31 to May 2, 2024", lang="en")


@pytest.mark.parametrize(
    ("text", "lang", "expected", "span"),
    [
        (
            "法蘭克福市和橫濱市自2011年締結合作夥伴城市協定以來,在廣泛的領域",
            "zh",
            "2011/..",
            "自2011年",
        ),
        ("横滨市从2011年起", "zh", "2011/..", "从2011年起"),
        ("החל משנת 2009 העירייה", "he", "2009/..", "החל משנת 2009"),
        ("העירייה החל משנת 2009", "he", "2009/..", "החל משנת 2009"),
        ("החוק משנת 2009", "he", "2009", "משנת 2009"),  # "of 2009": no opening word
        ("הפרויקט החל בשנת 2009", "he", "2009", "בשנת 2009"),  # "began in 2009"
    ],
)
def test_since_a_year(text: str, lang: str, expected: str, span: str) -> None:
    assert str(parse_date(text, lang=lang)) == expected
    assert [(m.text, str(m.value)) for m in find_dates(text, lang=lang)] == [(span, expected)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("વર્ષ ૨૦૨૪-૨૫ના બજેટમાં", "gu", "2024-04-01/2025-03-31"),  # a fiscal year
        ("năm 2024-25", "vi", "2024/2025"),
        ("the 2019-20 season", "en", "2019/2020"),
    ],
)
def test_a_span_of_years_after_its_word(text: str, lang: str, expected: str) -> None:
    _one(text, lang, None, expected)


@pytest.mark.parametrize("text", ["năm 2024-05 được", "in 2024-05 the"])
def test_a_year_and_month_figures_after_a_year_word_stay_unread(text: str) -> None:
    lang = "vi" if "năm" in text else "en"
    assert find_dates(text, lang=lang) == []


@pytest.mark.parametrize(
    ("text", "expected", "span"),
    [
        (
            "Trong các ngày từ 24 đến 26-3-2022, UBND",
            "2022-03-24/2022-03-26",
            "từ 24 đến 26-3-2022",
        ),
        ("từ 24 đến 26.3.2022", "2022-03-24/2022-03-26", "từ 24 đến 26.3.2022"),
        ("từ 1 đến 3-4-2022", "2022-04-01/2022-04-03", "từ 1 đến 3-4-2022"),
    ],
)
def test_vietnamese_span_of_days_ending_in_a_dashed_date(
    text: str, expected: str, span: str
) -> None:
    assert str(parse_date(text, lang="vi")) == expected
    assert [(m.text, str(m.value)) for m in find_dates(text, lang="vi")] == [(span, expected)]


def test_vietnamese_dashed_day_and_month_without_a_year_is_no_span() -> None:
    assert find_dates("ngày 16-26-7", lang="vi") == []


@pytest.mark.parametrize(
    ("lang", "day"), [("he", 6), ("fa", 5), ("en", 6), ("ja", 6), ("zh", 0), ("ru", 0), ("vi", 0)]
)
def test_first_day_of_the_week_from_cldr(lang: str, day: int) -> None:
    # CLDR week data (supplementalData weekData firstDay) for the likely territory of each
    # language: Israel sun, Iran sat, United States sun, Japan sun, China mon, Russia mon
    from citydiplo._text._cldr import first_week_day

    assert first_week_day(lang) == day


@pytest.mark.parametrize(
    ("text", "lang", "expected", "span"),
    [
        ("25_April_2008", "en", "2008-04-25", "25_April_2008"),
        ("report_12_May_2019_final", "en", "2019-05-12", "12_May_2019"),
        (
            "Sister City Pacts2013-11-08T15:58:49+00:00",
            "en",
            "2013-11-08",
            "2013-11-08T15:58:49+00:00",
        ),
        ("अहमदाबादJan 23, 2020 / 11:22 pm", "hi", "2020-01-23", "Jan 23, 2020"),
        ("Москва25.05.2010", "ru", "2010-05-25", "25.05.2010"),
    ],
)
def test_a_full_date_glued_to_a_word(text: str, lang: str, expected: str, span: str) -> None:
    assert str(parse_date(text, lang=lang)) == expected
    found = find_dates(text, lang=lang)
    assert [(m.text, str(m.value)) for m in found] == [(span, expected)]
    assert text[found[0].start : found[0].end] == span


@pytest.mark.parametrize(
    "text",
    ["IMG_2008", "COVID19 in G20 and P6", "file_2008_05.jpg", "Version2.1.0", "Room_12_May"],
)
def test_a_number_glued_to_a_word_is_no_date(text: str) -> None:
    assert find_dates(text, lang="en") == []
    with pytest.raises(DateParseError):
        parse_date(text, lang="en")


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # 1 to 30 Mehr 1384 are 23 September to 22 October 2005
        (
            "اجلاس شهرداران جهان مهرماه سال جاری برگزار میشود.",
            "2005-09-19",
            "2005-09-23/2005-10-22",
        ),
        ("مهر امسال", "2005-09-19", "2005-09-23/2005-10-22"),
        ("مهر سال گذشته", "2005-09-19", "2004-09-22/2004-10-21"),
        ("مهر سال آینده", "2005-09-19", "2006-09-23/2006-10-22"),
        # 1 March 2006 is still in 1384: its Farvardin began on 21 March 2005
        ("فروردین امسال", "2006-03-01", "2005-03-21/2005-04-20"),
        # 19 Ordibehesht 1402, a Tuesday, is 9 May 2023
        ("۱۹ اردیبهشت امسال", "2023-05-13", "2023-05-09"),
        ("در روز سه شنبه ۱۹ اردیبهشت ماه سال جاری", "2023-05-13", "2023-05-09"),
    ],
)
def test_a_solar_hijri_month_of_a_relative_year(text: str, ref: str, expected: str) -> None:
    _one(text, "fa", PartialDate(ref), expected)


@pytest.mark.parametrize("ref", [None, "2005"])
def test_a_solar_hijri_month_of_this_year_needs_a_reference_day(ref: str | None) -> None:
    with pytest.raises(DateParseError, match="Solar Hijri year relative"):
        parse_date("مهر سال جاری", lang="fa", ref=PartialDate(ref) if ref else None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a non-past verb quoted before "announced": the visit is to come
        ("訪日団が16―20日に来訪すると発表した。", "2023-11-16/2023-11-20"),
        ("市長が27日に訪問すると明らかにした。", "2023-11-27"),
        # a past verb quoted: the day is in the month before
        ("市長は27日に来訪したと発表した。", "2023-10-27"),
    ],
)
def test_japanese_quoted_non_past_speaks_of_the_future(text: str, expected: str) -> None:
    _one(text, "ja", PartialDate("2023-11-09"), expected)


@pytest.mark.parametrize(
    ("text", "expected", "span"),
    [
        ("数据来自2019年的调查", "2019", "2019年"),  # "comes from", not "since"
        ("來自2019年的報告", "2019", "2019年"),
        ("源自2019年", "2019", "2019年"),
        ("自从2019年以来", "2019/..", "从2019年以来"),
    ],
)
def test_a_word_ending_in_since_is_no_opening(text: str, expected: str, span: str) -> None:
    assert [(m.text, str(m.value)) for m in find_dates(text, lang="zh")] == [(span, expected)]


def test_the_full_moon_festival_is_no_count_of_days() -> None:
    # "보름" is also the full moon: "대보름 전" is before the festival, not 15 days ago
    assert find_dates("정월 대보름 전에 만났다", lang="ko", ref=REF) == []


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("三重県の四日市市の森智広市長は7日の定例記者会見で", "ja", [("7日", "2023-11-07")]),
        ("広島県廿日市市", "ja", []),  # Hatsukaichi, a town
        ("新潟県十日町市で", "ja", []),  # Tokamachi
        ("四日市市", "zh", []),
        ("7日市長は", "ja", [("7日", "2023-11-07")]),  # a day in figures before "mayor"
        ("十四日、市長", "ja", [("十四日", "2023-11-14")]),
    ],
)
def test_a_day_in_han_numerals_before_city_is_a_town(
    text: str, lang: str, found: list[tuple[str, str]]
) -> None:
    got = find_dates(text, lang=lang, ref=PartialDate("2023-11-09"))
    assert [(m.text, str(m.value)) for m in got] == found
