"""Spans of days, day-month forms read against ``ref``, English days alone, and the other
forms found in material this project did not write (``bench/date_outside_cases.jsonl``).

Literal cases: each expected value is written out by hand, never computed by the code under
test.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citydiplo import DateParseError, PartialDate, find_dates, parse_date

REF = PartialDate("2024-05-15")  # a Wednesday

# A span of days in one expression, in every language: a dash, a tilde, or a joining word.
SPANS = [
    ("en", "May 5-7, 2024", "2024-05-05/2024-05-07"),
    ("en", "5 to 7 May 2024", "2024-05-05/2024-05-07"),
    ("en", "from May 5 to 7", "2024-05-05/2024-05-07"),
    ("ko", "5~7일", "2024-05-05/2024-05-07"),
    ("ko", "5일부터 7일까지", "2024-05-05/2024-05-07"),
    ("ko", "4월 12일부터 14일까지", "2024-04-12/2024-04-14"),
    ("vi", "từ 6 đến 8 tháng 5", "2024-05-06/2024-05-08"),
    ("zh", "5至7日", "2024-05-05/2024-05-07"),
    ("zh", "5日至7日", "2024-05-05/2024-05-07"),
    ("zh", "5月2日至9日", "2024-05-02/2024-05-09"),
    ("ja", "5日から7日まで", "2024-05-05/2024-05-07"),
    ("ja", "5月5日〜7日", "2024-05-05/2024-05-07"),
    ("ru", "5–7 мая", "2024-05-05/2024-05-07"),
    ("ru", "с 5 по 7 мая", "2024-05-05/2024-05-07"),
    ("hi", "5 से 7 मई", "2024-05-05/2024-05-07"),
    ("gu", "૫થી ૭ મે", "2024-05-05/2024-05-07"),
    ("he", "5 עד 7 במאי", "2024-05-05/2024-05-07"),
    ("fa", "5 تا 7 مه", "2024-05-05/2024-05-07"),
]

# A span across two expressions: the later end borrows the month and year it leaves out.
CROSSING = [
    ("zh", "2017年3月31日至4月2日", "2017-03-31/2017-04-02"),
    ("zh", "2023年12月30日至1月2日", "2023-12-30/2024-01-02"),
    ("ja", "2024年4月28日から5月6日まで", "2024-04-28/2024-05-06"),
    ("ko", "2024년 5월 5일부터 7일까지", "2024-05-05/2024-05-07"),
    ("ko", "3월 5일~4월 2일", "2024-03-05/2024-04-02"),
    ("en", "March 31 to April 2, 2024", "2024-03-31/2024-04-02"),
    ("ru", "с 30 апреля по 2 мая 2024 года", "2024-04-30/2024-05-02"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SPANS + CROSSING)
def test_a_span_of_days_is_a_range(lang: str, text: str, expected: str) -> None:
    assert str(parse_date(text, lang=lang, ref=REF)) == expected
    mentions = find_dates(text, lang=lang, ref=REF)
    assert [str(m.value) for m in mentions] == [expected]


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "on 5 and 7 May 2024"), ("ru", "5 и 7 мая 2024 года"), ("vi", "ngày 5 và 7 tháng 5")],
)
def test_two_days_joined_by_a_conjunction_are_no_span(lang: str, text: str) -> None:
    # the later day may be read alone; never a span from 5 to 7
    for m in find_dates(text, lang=lang, ref=REF):
        assert "/" not in str(m.value)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # last year's and this year's both over three months from ref: not read (_day_lag)
        ("en", "December 20", None),
        ("ru", "20 декабря", None),
        ("zh", "12月20日", None),
        ("ko", "12월 20일", None),
        ("he", "ב-20 בדצמבר", None),
        ("en", "Aug 20", None),
        ("en", "December 5-7", None),
        # shortly after ref: an event to come, in ref's year
        ("en", "May 20", "2024-05-20"),
        ("ja", "明日2月1日には帰国", "2024-02-01"),
        ("en", "Aug 10", "2024-08-10"),
        ("en", "May 25-27", "2024-05-25/2024-05-27"),
        # on or before ref's day: ref's year
        ("en", "May 10", "2024-05-10"),
        ("vi", "ngày 10 tháng 5", "2024-05-10"),
        ("hi", "10 मई", "2024-05-10"),
        ("fa", "10 مه", "2024-05-10"),
        # a sentence about the future: the first such day on or after ref
        ("en", "The forum will open on May 20", "2024-05-20"),
        ("en", "The accord signed on May 10 will take effect", "2024-05-10"),
        ("en", "The summit will be held on January 10", "2025-01-10"),
        ("ru", "На сессии 29 апреля мэр заявил о намерении подписать соглашение", "2024-04-29"),
        ("ko", "오는 5월 20일 개최될 예정이다", "2024-05-20"),
        ("ko", "지난 5월 10일", "2024-05-10"),
        ("ko", "지난 5월 20일", "2023-05-20"),
        ("ru", "Форум пройдет 20 мая", "2024-05-20"),
        ("gu", "આગામી તા.૧૦થી ૧૪ જુલાઈ દરમિયાન", "2024-07-10/2024-07-14"),
        # a span under way at ref, in a sentence about the future: this year's
        ("vi", "từ ngày 14-26/5, thành phố sẽ tổ chức", "2024-05-14/2024-05-26"),
        ("en", "The festival will run May 14-20", "2024-05-14/2024-05-20"),
        ("vi", "ngày 16-26/7", "2024-07-16/2024-07-26"),
        ("vi", "ngày 16-26/9", None),
        ("he", "11.11.19", "2019-11-11"),
        ("ko", "2024. 5. 15.", "2024-05-15"),
    ],
)
def test_a_day_and_month_are_read_against_ref_as_a_day_alone(
    lang: str, text: str, expected: str | None
) -> None:
    if expected is None:
        with pytest.raises(DateParseError, match="this year or the last"):
            parse_date(text, lang=lang, ref=REF)
    else:
        assert str(parse_date(text, lang=lang, ref=REF)) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "December 20", "2023-12-20"),
        ("ru", "20 декабря", "2023-12-20"),
        ("zh", "12月20日", "2023-12-20"),
        ("ko", "12월 20일", "2023-12-20"),
        ("he", "ב-20 בדצמבר", "2023-12-20"),
        ("en", "December 5-7", "2023-12-05/2023-12-07"),
        ("en", "Aug 20", None),  # 138 days back, 228 ahead
    ],
)
def test_more_than_three_months_after_ref_the_year_before(
    lang: str, text: str, expected: str | None
) -> None:
    # on 5 January: this year's December is far ahead, last year's a few weeks back
    ref = PartialDate("2024-01-05")
    if expected is None:
        with pytest.raises(DateParseError):
            parse_date(text, lang=lang, ref=ref)
    else:
        assert str(parse_date(text, lang=lang, ref=ref)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on the 15th", "2024-05-15"),
        ("On the 20th, the mayor met the delegation", "2024-05-20"),  # within a week after ref
        ("On the 25th, the mayor met the delegation", "2024-04-25"),  # further: last month
        ("On the 10th the delegation arrived", "2024-05-10"),
        ("The mayor will visit on the 20th", "2024-05-20"),
        ("the 3rd of this month", "2024-05-03"),
        ("the 15th of last month", "2024-04-15"),
    ],
)
def test_english_day_alone(text: str, expected: str) -> None:  # ref: Wednesday 15 May 2024
    assert str(parse_date(text, lang="en", ref=REF)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "on the 15th floor",
        "the 21st century",
        "celebrated the 15th anniversary",
        "ranked the 15th.",
        "the 2nd",
    ],
)
def test_an_english_ordinal_before_a_noun_is_no_day(text: str) -> None:
    assert find_dates(text, lang="en", ref=REF) == []
    with pytest.raises(DateParseError):
        parse_date(text, lang="en", ref=REF)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "at 10 a.m. on May 5, 2024", "2024-05-05"),
        ("en", "14:00, May 5, 2024", "2024-05-05"),
        ("ru", "5 мая 2024 г. в 12:00", "2024-05-05"),
        ("ja", "2016年3月21日(月) 14時48分", "2016-03-21"),
        ("zh", "2015年04月08日10点05", "2015-04-08"),
        ("vi", "9 Tháng 1 2015 lúc 15:08", "2015-01-09"),
        ("he", "18 לאוקטובר 2012 בשעה 19:21", "2012-10-18"),
    ],
)
def test_a_time_beside_a_date_is_dropped_the_date_kept(lang: str, text: str, expected: str) -> None:
    assert str(parse_date(text, lang=lang)) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "day before yesterday", "2024-05-13"),
        ("en", "last decade", "2010/2019"),
        ("zh", "昨日", "2024-05-14"),
        ("zh", "明日", "2024-05-16"),
        ("ru", "через неделю", "2024-05-22"),
        ("ru", "через год", "2025"),
        ("ja", "約53か月前", "2019-12~"),
        ("gu", "આગામી ગુરુવાર", "2024-05-16"),
        ("fa", "پنج شنبه ۳ آذر ۱۴۰۱", "2022-11-24"),
        ("en", "No: 6 Dated: Jan, 04 2016", "2016-01-04"),
        ("hi", "नई दिल्ली, 14 मार्च। महापौर", "2024-03-14"),
    ],
)
def test_forms_found_in_outside_material(lang: str, text: str, expected: str) -> None:
    assert str(parse_date(text, lang=lang, ref=REF)) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "in the 1970s", "1970/1979"),
        ("ko", "1970년대", "1970/1979"),
        ("zh", "1970年代", "1970/1979"),
        ("ja", "1970年代", "1970/1979"),
        ("ru", "в 1970-е годы", "1970/1979"),
        ("vi", "những năm 1970", "1970/1979"),
        ("hi", "1970 के दशक में", "1970/1979"),
        ("gu", "1970ના દાયકામાં", "1970/1979"),
        ("he", "שנות ה-1970", "1970/1979"),
        ("fa", "دهه ۱۳۷۰", "1991-03-21/2001-03-20"),
    ],
)
def test_a_decade_is_its_ten_years(lang: str, text: str, expected: str) -> None:
    assert str(parse_date(text, lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("۱۶/۴/۹۹", "2020-07-06"), ("۱۵/۰۱/۰۲", "2023-04-04")],
)
def test_a_persian_two_digit_year_is_solar_hijri(text: str, expected: str) -> None:
    assert str(parse_date(text, lang="fa")) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh", "星期日 2015年04月08日10:05"),  # 2015-04-08 was a Wednesday
        ("he", "יום רביעי ה-19 בנובמבר 2013"),  # a Tuesday
        ("hi", "सोमवार 13 जून 1998"),  # a Saturday
    ],
)
def test_a_contradicting_weekday_is_reported(lang: str, text: str) -> None:
    with pytest.raises(DateParseError):
        parse_date(text, lang=lang)


def test_outside_set_cases_name_their_source() -> None:
    path = Path(__file__).resolve().parent.parent / "bench" / "date_outside_cases.jsonl"
    cases = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
    langs = {"en", "ko", "vi", "zh", "ja", "ru", "hi", "gu", "he", "fa"}
    assert {c["lang"] for c in cases} == langs
    assert all(c["source"].startswith("http") for c in cases)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The market opens every Sunday"),
        ("ko", "이 행사는 매년 10월 셋째 주 일요일에 열리며"),
        ("ko", "매월 15일"),
        ("zh", "每周一"),
        ("zh", "每月15日"),
        ("ja", "毎週月曜日"),
        ("ru", "каждую среду"),
        ("vi", "hàng tuần vào thứ Hai"),
        ("hi", "हर सोमवार"),
        ("gu", "દર સોમવારે"),
        ("he", "כל יום שישי"),
        ("he", "כמידי חודש, ביום ראשון הסמוך להתכנסות המליאה"),
        ("fa", "هر جمعه"),
    ],
)
def test_a_recurring_day_is_no_date(lang: str, text: str) -> None:
    assert find_dates(text, lang=lang, ref=REF) == []


@pytest.mark.parametrize(
    ("lang", "text", "ref", "expected"),
    [
        ("ko", "오는 4월 12일부터 14일까지", "2018-04-05", "2018-04-12/2018-04-14"),
        ("fa", "روز چهارشنبه ۵ مهرماه", "2023-09-28", "2023-09-27"),
        ("fa", "۵ مهر ماه ۱۴۰۲", None, "2023-09-27"),
    ],
)
def test_forms_found_in_whole_articles(
    lang: str, text: str, ref: str | None, expected: str
) -> None:
    value = parse_date(text, lang=lang, ref=PartialDate(ref) if ref else None)
    assert str(value) == expected


@pytest.mark.parametrize(
    ("lang", "text", "ref", "expected"),
    [
        ("gu", "અમદાવાદ, તા.૧૪ ભારત અને જાપાનના", "2017-09-14", ["2017-09-14"]),
        (
            "gu",
            "આજ તારીખ 27 ડિસેમ્બર 2024 થી તારીખ 31 ડિસેમ્બર 2024 સુધીના કાર્યક્રમો",
            "2024-12-27",
            ["2024-12-27/2024-12-31"],
        ),
        ("ja", "4/8(木)に市役所で行われた", "2004-04-16", ["2004-04-08"]),
        ("ja", "4/18(日)に行われる大会に出席する予定です", "2004-04-16", ["2004-04-18"]),
        ("ja", "平成15年11月2日(日)〜11月9日(日)(7泊8日)", None, ["2003-11-02/2003-11-09"]),
        (
            "he",
            "השבוע ביום רביעי תתכנס מליאת העירייה",
            "2020-09-06",
            ["2020-09-09"],
        ),
        ("fa", "روز گذشته نیز پای صحبتهای شهرداران نشست", "2021-08-20", ["2021-08-19"]),
        ("gu", "સોમવારે સવારે 9 કલાકે શુભારંભ કરવામાં આવશે", "2024-07-20", ["2024-07-22"]),
    ],
)
def test_whole_sentences_from_articles(
    lang: str, text: str, ref: str | None, expected: list[str]
) -> None:
    found = find_dates(text, lang=lang, ref=PartialDate(ref) if ref else None)
    assert [str(m.value) for m in found] == expected


def test_a_ratio_or_fraction_is_no_month_and_day() -> None:
    # without the weekday in brackets "4/8" stays unread in Japanese and Chinese
    assert find_dates("得票率は4/8だった", lang="ja", ref=REF) == []


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("2일", "2021-10-30", "2021-11-02"),  # one of the coming days, in the next month
        ("29일", "2021-10-30", "2021-10-29"),
        ("12일", "2018-04-05", "2018-04-12"),  # within a week after ref
        ("30일", "2018-04-05", "2018-03-30"),  # further, six days back: the previous month
        ("13일", "2018-04-05", None),  # 23 days back or 8 ahead, no tense: neither is taken
        ("13일 회의를 열었다", "2018-04-05", "2018-03-13"),  # a past verb: the previous month
    ],
)
def test_a_day_alone_in_the_coming_week(text: str, ref: str, expected: str | None) -> None:
    if expected is None:
        with pytest.raises(DateParseError):
            parse_date(text, lang="ko", ref=PartialDate(ref))
    else:
        assert str(parse_date(text, lang="ko", ref=PartialDate(ref))) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "File #: 2025-4815", []),
        ("en", "case 2025-4815 was closed", []),
        ("en", "the 2021-2025 plan", ["2021/2025"]),
        ("vi", "kể từ ngày 22/9/2023", ["2023-09-22/.."]),
        ("vi", "từ ngày 22/9/2023 đến ngày 25/9/2023", ["2023-09-22/2023-09-25"]),
    ],
)
def test_codes_and_open_spans(lang: str, text: str, expected: list[str]) -> None:
    assert [str(m.value) for m in find_dates(text, lang=lang, ref=REF)] == expected
