"""Families of date phrases found by the seventh blind batch (bench/date_blind7_cases.jsonl),
each with literal positive and negative cases: the expected values are written by hand, never
taken from the function under test."""

from __future__ import annotations

import pytest

from citydiplo import DateParseError, PartialDate, find_dates, parse_date

REF = PartialDate("2024-11-20")  # a Wednesday


def _value(text: str, lang: str, ref: PartialDate | None = REF) -> str:
    return str(parse_date(text, lang=lang, ref=ref))


def _found(text: str, lang: str, ref: PartialDate | None = REF) -> list[str]:
    mentions = find_dates(text, lang=lang, ref=ref)
    for m in mentions:
        assert text[m.start : m.end] == m.text
    return [str(m.value) for m in mentions]


# CLDR's "next Friday" in these languages holds the word for next week: Friday of that week
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("来週の金曜日", "ja", "2024-11-29"),
        ("先週の月曜日", "ja", "2024-11-11"),
        ("来週の月曜日", "ja", "2024-11-25"),
        ("下周五", "zh", "2024-11-29"),
        ("上周一", "zh", "2024-11-11"),
        ("thứ Sáu tuần sau", "vi", "2024-11-29"),
        ("thứ Hai tuần trước", "vi", "2024-11-11"),
        ("다음 주 금요일", "ko", "2024-11-29"),
    ],
)
def test_a_weekday_of_a_named_week(text: str, lang: str, expected: str) -> None:
    assert _value(text, lang) == expected
    assert _found(text, lang) == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("next Friday", "en", "2024-11-22"),  # no week word: the nearest Friday ahead
        ("last Monday", "en", "2024-11-18"),
        ("в следующую пятницу", "ru", "2024-11-22"),
    ],
)
def test_a_weekday_without_a_week_word_stays_the_nearest(
    text: str, lang: str, expected: str
) -> None:
    assert _value(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        ("הערב", "he", "2024-11-20", "2024-11-20"),
        ("הערב יתקיים טקס", "he", "2024-11-20", "2024-11-20"),
        ("今晚", "zh", "2023-12-09", "2023-12-09"),
        ("今夜", "ja", "2024-11-20", "2024-11-20"),
        ("Отчеты главы на завтрашнем заседании не обсудят", "ru", "2021-05-25", "2021-05-26"),
        ("на вчерашнем заседании думы", "ru", "2021-05-25", "2021-05-24"),
        ("через полгода", "ru", "2024-11-20", "2025-05"),
        ("2 ngày nữa", "vi", "2024-11-20", "2024-11-22"),
        ("3 tuần nữa", "vi", "2024-11-20", "2024-12-11"),
        ("5 năm tới", "vi", "2024-11-20", "2029"),
    ],
)
def test_relative_days_evenings_and_counts(text: str, lang: str, ref: str, expected: str) -> None:
    assert _value(text, lang, PartialDate(ref)) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("trong 5 năm tới", "vi"),  # over the next five years: a span, no date
        ("trong 3 ngày tới", "vi"),
        ("עם זאת, העבודות יתקיימו בשעות היום, בימי ראשון עד חמישי בין 07:00 ל־17:00", "he"),
        ("בתחום החינוך (גידול של 4.8 מלש״ח) ובתחום הרווחה (גידול של 4.2 מלש״ח).", "he"),
        ("הנושא עלה על סדר היום של המועצה", "he"),  # the agenda
        ("באותו היום נפגשו ראשי הערים", "he"),  # that same day, not today
        ("3월 3일간 열린 축제", "ko"),  # three days in March, never 3 March
        ("3月3日間の日程", "ja"),
    ],
)
def test_no_date_is_read(text: str, lang: str) -> None:
    assert _found(text, lang) == []
    with pytest.raises(DateParseError):
        parse_date(text, lang=lang, ref=REF)


@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        ("הטקס יתקיים היום", "he", "2024-11-20", "2024-11-20"),
        ("ב-4.8 יתקיים הכנס", "he", "2024-11-20", "2025-08-04"),
        ("ועד ליום שלישי הקרוב ב-16:00", "he", "2025-09-28", "2025-09-30"),
        ("ביום שלישי הבא", "he", "2025-09-28", "2025-09-30"),
        ("3월 3일 개최", "ko", "2024-11-20", "2024-03-03"),
        ("3月3日から", "ja", "2024-11-20", "2024-03-03"),
    ],
)
def test_the_neighbours_of_those_families_stay_read(
    text: str, lang: str, ref: str, expected: str
) -> None:
    assert _value(text, lang, PartialDate(ref)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("축제는 15일 개막한다.", "2024-11-15"),  # a scheduled event: this month's 15th
        ("시상식은 28일 열릴 예정이다.", "2024-11-28"),
        ("박람회는 15일 개최한다.", "2024-11-15"),
        ("축제는 15일 열렸다.", "2024-10-15"),  # past: the latest 15th on or before ref
    ],
)
def test_korean_plain_present_verbs_of_events_are_the_future(text: str, expected: str) -> None:
    assert _value(text, "ko", PartialDate("2024-11-03")) == expected


# Hebrew-calendar dates in letters (literal values: the first day of Hanukkah 5785 and the
# fast of 17 Tammuz 5784 fell on these days; Rishon LeZion was founded on 15 Av 5642)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('כ"ה בכסלו התשפ"ה', "2024-12-26"),
        ("כ״ה בכסלו ה׳תשפ״ה", "2024-12-26"),
        ('י"ז בתמוז תשפ"ד', "2024-07-23"),
        ('המושבה הקטנה, שנוסדה בט"ו באב תרמ"ב', "1882-07-31"),
        ("ט' באלול התשפ\"ד", "2024-09-12"),
    ],
)
def test_hebrew_calendar_dates_are_converted(text: str, expected: str) -> None:
    pytest.importorskip("convertdate")
    assert _value(text, "he", None) == expected
    assert _found(text, "he", None) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        'ט"ו בשבט',  # no year: a day of every year
        "ל' באדר תשפ\"ד",  # 5784 is a leap year: which Adar?
        "ל' באדר ב' תשפ\"ד",  # Adar II has 29 days
        "ל' בטבת התשפ\"ה",  # Tevet has 29 days
    ],
)
def test_hebrew_calendar_dates_that_cannot_be_converted_are_left_unread(text: str) -> None:
    assert _found(text, "he", None) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("दो साल बाद चुनाव होंगे", "hi", "2026"),  # elections will be held in two years
        ("5 दिन बाद बैठक होगी", "hi", "2024-11-25"),
        ("ચાર વર્ષ પછી ચૂંટણી થશે", "gu", "2028"),
    ],
)
def test_hindi_and_gujarati_after_n_units_of_the_future_count_from_ref(
    text: str, lang: str, expected: str
) -> None:
    assert _value(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("57 साल बाद कांग्रेस की मेयर ने पेश किया बजट", "hi"),  # after 57 years: no date
        ("चार दिन बाद निगम अधिकारियों को आई शहर की याद", "hi"),
        ("तीन साल बाद", "hi"),  # no tense: "three years later" as often as "in three"
        ("ચાર વર્ષ પછી", "gu"),
    ],
)
def test_hindi_and_gujarati_after_n_units_in_the_past_or_alone_are_no_date(
    text: str, lang: str
) -> None:
    assert _found(text, lang) == []


def test_after_n_units_counts_from_a_date_the_sentence_states() -> None:
    text = "2020 में समझौता हुआ और दो साल बाद नया केंद्र खुला"
    assert _found(text, "hi") == ["2020", "2022"]


def test_english_n_units_later_still_needs_an_earlier_date() -> None:
    assert _found("three years later", "en") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("24. 11. 7.", "2024-11-07"),
        ("25. 3. 7.", "2025-03-07"),
        ("회의는 25. 3. 7.(금) 열린다", "2025-03-07"),
        ("24. 11. 7.(목)", "2024-11-07"),
    ],
)
def test_korean_dotted_dates_with_a_two_figure_year(text: str, expected: str) -> None:
    assert _value(text, "ko", None) == expected


@pytest.mark.parametrize(
    "text",
    [
        "24. 13. 7.",  # no 13th month
        "버전 24. 11. 7.",  # a version
        "24. 11. 7.(금)",  # 7 November 2024 was a Thursday: a contradiction is no date
        "3.5. 1. 2.",
    ],
)
def test_korean_dotted_figures_that_are_no_date(text: str) -> None:
    assert _found(text, "ko", None) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("۲۵ آذر", "2022-12-16"),  # three days after ref (22 Azar 1401), not a year back
        ("۱۸ دی", "2023-01-08"),
        ("این پروژه ۱۸ دیماه سالجاری به اتمام می رسد", "2023-01-08"),
        ("۱۰ آذر", "2022-12-01"),  # before ref: this Solar year's
        ("۵ مهر", "2022-09-27"),
    ],
)
def test_solar_hijri_day_and_month_take_the_year_as_a_gregorian_one(
    text: str, expected: str
) -> None:
    assert _value(text, "fa", PartialDate("2022-12-13")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cụ thể, từ ngày 8/2 đến hết ngày 23/2, TP.HCM cấm đào đường", "2018-02-08/2018-02-23"),
        ("từ 8 đến hết 23/2", "2018-02-08/2018-02-23"),
    ],
)
def test_vietnamese_until_the_end_of_a_day_closes_a_span(text: str, expected: str) -> None:
    assert _value(text, "vi", PartialDate("2018-01-24")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 29th day of October, 2013", "2013-10-29"),  # was October alone
        ("on this 4th day of July", "2013-07-04"),
        ("the first day of May", "2013-05-01"),
        ("the 3rd of March", "2013-03-03"),
    ],
)
def test_the_nth_day_of_a_month(text: str, expected: str) -> None:
    assert _value(text, "en", PartialDate("2013-11-01")) == expected


def test_days_of_a_month_are_no_day() -> None:
    assert _found("15 days of May", "en", PartialDate("2013-11-01")) == ["2013-05"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("다음달 13일부터 15일까지 3일간 열린다.", "ko", "2016-05-13/2016-05-15"),
        ("다음달 28일부터 2일까지", "ko", "2016-05-28/2016-06-02"),
        ("지난달 28일부터 30일까지", "ko", "2016-03-28/2016-03-30"),
        ("下月13日至15日", "zh", "2016-05-13/2016-05-15"),
    ],
)
def test_a_span_of_days_in_a_month_named_relative_to_ref(
    text: str, lang: str, expected: str
) -> None:
    assert _value(text, lang, PartialDate("2016-04-20")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2010年の2月18日", "2010-02-18"), ("令和4年の4月19日", "2022-04-19")],
)
def test_a_japanese_year_linked_to_its_day(text: str, expected: str) -> None:
    assert _value(text, "ja", None) == expected


def test_a_numbered_room_is_no_day() -> None:
    text = (
        "市政府新闻办公室定于6月8日(星期一)上午9点30分,在市政府新闻发布厅"
        "(锦泰宾馆会议中心三楼18号会议室)召开新闻发布会。"
    )
    assert _found(text, "zh", PartialDate("2020-06-07")) == ["2020-06-08"]
    assert _found("18号会议室", "zh", PartialDate("2020-06-07")) == []
    assert _found("18号举行", "zh", PartialDate("2020-06-20")) == ["2020-06-18"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("બોર્ડ બેઠક આગામી છઠી જાન્યુઆરીએ મળશે.", "XXXX-01-06"),
        ("છઠ્ઠી જાન્યુઆરીએ", "XXXX-01-06"),
        ("6ઠ્ઠી જાન્યુઆરી", "XXXX-01-06"),
        ("એકવીસમી માર્ચ 2020", "2020-03-21"),
    ],
)
def test_gujarati_ordinal_days(text: str, expected: str) -> None:
    assert _value(text, "gu", None) == expected


@pytest.mark.parametrize("text", ["બીજી વખત", "પાંચમી વખત", "ત્રીજી બેઠક"])
def test_gujarati_ordinals_without_a_month_are_no_date(text: str) -> None:
    assert _found(text, "gu") == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("طرح ترافیک فردا یکشنبه در تهران اجرا میشود", "fa", "2024-07-28"),
        ("tomorrow, Sunday", "en", "2024-07-28"),
        ("today (Saturday)", "en", "2024-07-27"),
        ("завтра, в воскресенье", "ru", "2024-07-28"),
    ],
)
def test_a_weekday_beside_a_relative_day_is_that_day(
    text: str, lang: str, expected: str
) -> None:
    # one mention: never a second one read as the Sunday of the week before
    assert _found(text, lang, PartialDate("2024-07-27")) == [expected]
    assert _value(text, lang, PartialDate("2024-07-27")) == expected


@pytest.mark.parametrize(("text", "lang"), [("فردا دوشنبه", "fa"), ("tomorrow Monday", "en")])
def test_a_weekday_contradicting_a_relative_day_is_no_date(text: str, lang: str) -> None:
    assert _found(text, lang, PartialDate("2024-07-27")) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("来週の日曜日", "ja", "2024-11-24"),  # weeks start on Sunday in Japan (CLDR)
        ("先週の日曜日", "ja", "2024-11-10"),
        ("下周日", "zh", "2024-12-01"),  # and on Monday in China
        ("上周日", "zh", "2024-11-17"),
    ],
)
def test_the_week_of_a_named_weekday_starts_where_the_language_starts_it(
    text: str, lang: str, expected: str
) -> None:
    assert _value(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        ("22일 수원시를 공식 방문했다", "ko", "2013-07-23", ["2013-07-22"]),  # Suwon
        ("29일 화순군청 소회의실에서", "ko", "2025-10-29", ["2025-10-29"]),  # Hwasun
        ("22일(월)", "ko", "2013-07-23", ["2013-07-22"]),
        ("22일(수)", "ko", "2013-07-23", []),  # the 22nd was a Monday
        ("4月1日晚,市长万勇会见了代表团一行", "zh", "2017-04-05", ["2017-04-01"]),
        ("于7月21日前往北海道", "zh", "2023-07-25", ["2023-07-21"]),  # 前往: to go
    ],
)
def test_a_day_before_a_word_that_starts_like_a_weekday_or_a_duration(
    text: str, lang: str, ref: str, expected: list[str]
) -> None:
    assert _found(text, lang, PartialDate(ref)) == expected


# a weekend is its days (CLDR's weekend where the language is written) of the Monday-to-Sunday
# week the phrase names, not the whole week
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("last weekend", "en", "2024-11-16/2024-11-17"),
        ("this weekend", "en", "2024-11-23/2024-11-24"),
        ("next weekend", "en", "2024-11-30/2024-12-01"),
        ("지난주 말 대전지역에선 축제가 열렸다", "ko", "2024-11-16/2024-11-17"),
        ("이번 주말", "ko", "2024-11-23/2024-11-24"),
        ("上周末", "zh", "2024-11-16/2024-11-17"),
        ("先週末", "ja", "2024-11-16/2024-11-17"),
        ("в прошлые выходные", "ru", "2024-11-16/2024-11-17"),
        ("पिछले सप्ताहांत", "hi", "2024-11-17"),  # India's weekend is Sunday
        ("آخر هفته گذشته", "fa", "2024-11-15"),  # Iran's is Friday
    ],
)
def test_weekends(text: str, lang: str, expected: str) -> None:
    assert _value(text, lang) == expected
    assert _found(text, lang) == [expected]


def test_last_week_stays_the_whole_week() -> None:
    assert _value("지난주", "ko") == "2024-11-11/2024-11-17"
    assert _value("last week", "en") == "2024-11-11/2024-11-17"


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("công văn gửi UBND quận Thủ Đức, ngày 20-3.", None, ["XXXX-03-20"]),
        ("Tối 27-1.", "2024-03-25", ["2024-01-27"]),
        ("ngày 20-3.5", None, []),  # a figure after the dot: no date
    ],
)
def test_a_vietnamese_day_and_month_at_the_end_of_a_sentence(
    text: str, ref: str | None, expected: list[str]
) -> None:
    assert _found(text, "vi", PartialDate(ref) if ref else None) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("2 weeks, 3 days ago", "en", "2024-11-03"),  # was 3 days ago alone
        ("in 1 year, 2 months", "en", "2026-01"),  # was 2025
        ("2 года, 3 месяца назад", "ru", "2022-08"),
        ("2年3ヶ月前", "ja", "2022-08"),  # was 3 months ago alone
        ("1年2か月後", "ja", "2026-01"),
        ("2年3个月前", "zh", "2022-08"),
    ],
)
def test_compound_counted_spans(text: str, lang: str, expected: str) -> None:
    assert _value(text, lang) == expected
    assert _found(text, lang) == [expected]


def test_a_comma_after_a_counted_span_joins_no_sentence() -> None:
    assert _found("in 3 days, the mayor will sign", "en") == ["2024-11-23"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("3 ноя 2024", "2024-11-03"), ("13 окт. 2015", "2015-10-13"), ("сен 2019", "2019-09")],
)
def test_russian_month_abbreviations_without_a_dot(text: str, expected: str) -> None:
    assert _value(text, "ru", None) == expected  # "3 ноя 2024" was the year alone


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("شنبه ۱۴ مرداد ۹۶ مراسم تحلیف رییس جمهور در تهران برقرار خواهد شد", "2017-08-05"),
        ("۲۸ آبان ۰۳", "2024-11-18"),
        ("مرداد ۹۶", "2017-07-23/2017-08-22"),
    ],
)
def test_a_two_figure_solar_year_after_a_month_name(text: str, expected: str) -> None:
    assert _value(text, "fa", None) == expected


def test_a_count_after_a_solar_day_and_month_is_no_year() -> None:
    assert _found("۱۰ مهر ۲۳ نفر آمدند", "fa", REF) == ["2024-10-01"]
    assert _found("۱۰ مهر ۶۰ نفر", "fa", None) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("from today until Tuesday", "en", ["2025-09-28/2025-09-30"]),  # was last Tuesday
        ("מהיום ועד יום שלישי", "he", ["2025-09-28/2025-09-30"]),
        ("מהיום ועד ה-30 בספטמבר", "he", ["2025-09-28/2025-09-30"]),  # was the end alone
        ("מהיום", "he", ["2025-09-28"]),  # a prefix before a relative phrase
        ("מאתמול", "he", ["2025-09-27"]),
    ],
)
def test_from_today_until_a_day(text: str, lang: str, expected: list[str]) -> None:
    assert _found(text, lang, PartialDate("2025-09-28")) == expected


def test_a_weekday_alone_after_today_stays_the_last_one() -> None:
    # no span: a weekday alone is still the latest on or before ref
    assert _found("היום וגם ביום שלישי", "he", PartialDate("2025-09-28"))[-1] == "2025-09-23"


@pytest.mark.parametrize(
    "text", ["国发〔2024〕12号", "京政办发[2023]5号", "根据国发〔2024〕12号文件", "第2024号"]
)
def test_chinese_document_numbers_are_no_date(text: str) -> None:
    assert _found(text, "zh") == []


def test_a_date_beside_a_chinese_document_number_stays_read() -> None:
    text = "根据国发〔2024〕12号文件,2024年12月1日起施行"
    assert _found(text, "zh") == ["2024-12-01"]
    assert _found("12号举行", "zh") == ["2024-11-12"]


@pytest.mark.parametrize(
    "text", ["ה-5 עד ה-7 במרץ 2020", "מ-5 ועד ה-7 במרץ 2020", "5 עד 7 במרץ 2020"]
)
def test_a_hebrew_span_of_days_with_the_article_on_its_second_end(text: str) -> None:
    # never the second end alone: the whole span
    assert _found(text, "he", None) == ["2020-03-05/2020-03-07"]


def test_a_relative_phrase_before_a_year_is_the_year() -> None:
    # "מהשנה 1800": from the year 1800, never "this year"
    assert _found("החל מהשנה 1800", "he", None) == ["1800/.."]
    assert _found("מהיום", "he", PartialDate("2025-09-28")) == ["2025-09-28"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [("early next year", "en", "2025~"), ("late last year", "en", "2023~")],
)
def test_a_word_of_approximation_before_a_relative_phrase_stays(
    text: str, lang: str, expected: str
) -> None:
    assert _found(text, lang) == [expected]
