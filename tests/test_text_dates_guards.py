"""Families of phrases the grammar's patterns allow but the text around them rules out
(citydiplo._text._guards), as literal cases from real news: each must give the stated date or
nothing, never a coarser or another date."""

from __future__ import annotations

import pytest

from citydiplo import DateParseError, PartialDate, find_dates, parse_date

REF = PartialDate("2024-05-15")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("地铁六号线站点", "zh"),  # line 6
        ("班轮缓缓驶进青岛港大港2号码头", "zh"),  # pier 2
        ("3号楼", "zh"),
        ("행사 1일차", "ko"),  # day one
        ("大会2日目", "ja"),
        ("电话号码:042-378-2111", "zh"),  # a phone number, not the year 2111
        ("东京都稲城市东长沼2111番地", "zh"),  # an address
        ("trong 76 năm qua, quan hệ hai nước", "vi"),  # the past 76 years, not last year
        ("2024-05 báo cáo", "vi"),  # a month or a code: never the year alone
        ("مهربانی ها6 مهر", "fa"),  # a day glued to a word, no year: never the whole month
        ("May 19, 2017 at 6:22 pm", "vi"),  # a month name the language lacks: never 2017
    ],
)
def test_numbers_that_are_no_dates_or_no_coarser_dates(text: str, lang: str) -> None:
    assert find_dates(text, lang=lang, ref=REF) == []
    with pytest.raises(DateParseError):
        parse_date(text, lang=lang, ref=REF)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("the 2024-25 season", "en", "2024/2025"),
        ("2019-20赛季", "zh", "2019/2020"),
        ("plan 2021-25", "en", "2021/2025"),
        ("27-30.9.2025 | תשרי", "he", "2025-09-27/2025-09-30"),
        ("27-30.09.2025", "ru", "2025-09-27/2025-09-30"),
        ("등록일 2019-11-11", "ko", "2019-11-11"),  # "일" of 등록일 is no Sunday
        ("1992년 전라남도 목포시의", "ko", "1992"),  # "전" of 전라남도 is no "ago"
        ("2018년 전국체전", "ko", "2018"),
        ("3년 전에", "ko", "2021"),  # "전" with its particle is still "ago"
        ("ગુજરાત ૨૦૨૫માં તેની સુવર્ણ જયંતિ", "gu", "2025"),
        ("૨૬ નવેમ્બરથી ૨ ડિસેમ્બર દરમિયાન", "gu", "2023-11-26/2023-12-02"),
        ("לפני כשבוע התקיים ביקור", "he", "2024-05-08"),
        ("לפני כחודש", "he", "2024-04"),
        ("امشب به حرم مطهر رضوی", "fa", "2024-05-15"),
        ("lãnh đạo TPHCM năm vừa qua", "vi", "2023"),
        ("двое суток назад", "ru", "2024-05-13"),
        ("трое суток назад", "ru", "2024-05-12"),
        ("May 19, 2017 at 6:22 pm", "gu", "2017-05-19"),  # English bylines in other scripts
        ("Updated: Aug 30, 2014, 10:49 PM IST", "hi", "2014-08-30"),
        ("Wednesday , April 9 2025", "ru", "2025-04-09"),
        ("مهربانی ها6 مهر 1402", "fa", "2023-09-28"),  # the glued day with its month and year
    ],
)
def test_the_stated_date(text: str, lang: str, expected: str) -> None:
    ref = PartialDate("2023-12-02") if "નવેમ્બર" in text else REF
    assert str(parse_date(text, lang=lang, ref=ref)) == expected
    assert [str(m.value) for m in find_dates(text, lang=lang, ref=ref)] == [expected]


def test_a_hebrew_weekday_before_a_prefixed_date_joins_it() -> None:
    text = "יום שלישי ה-19 בנובמבר 2013"  # a Tuesday
    (mention,) = find_dates(text, lang="he")
    assert str(mention.value) == "2013-11-19"
    assert mention.text == text
    wrong = "יום רביעי ה-19 בנובמבר 2013"  # the 19th was no Wednesday: checked, not ignored
    assert find_dates(wrong, lang="he") == []
    with pytest.raises(DateParseError, match="contradicts"):
        parse_date(wrong, lang="he")


@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        ("Сегодня, 27 июня, в Севастополе", "ru", "2014-06-27", "2014-06-27"),
        ("昨日(11月1日),广州市委书记", "zh", "2019-11-02", "2019-11-01"),
        ("yesterday (May 3)", "en", "2024-05-04", "2024-05-03"),
    ],
)
def test_a_day_named_twice_in_apposition_is_one_date(
    text: str, lang: str, ref: str, expected: str
) -> None:
    assert str(parse_date(text, lang=lang, ref=PartialDate(ref))) == expected
    values = {str(m.value) for m in find_dates(text, lang=lang, ref=PartialDate(ref))}
    assert values == {expected}  # both mentions, one value


def test_two_days_in_apposition_that_disagree_raise() -> None:
    with pytest.raises(DateParseError, match="several dates"):
        parse_date("Сегодня, 28 июня", lang="ru", ref=PartialDate("2014-06-27"))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("上世纪70年代", "zh", "1970/1979"),
        ("本世纪20年代", "zh", "2020/2029"),
        ("20世紀80年代", "ja", "1980/1989"),
        ("Correspondence - Updated 3/18", "en", "2025-03-18"),
        ("Updated 3/18/2025", "en", "2025-03-18"),
        ("Tối 27-1, Tổng lãnh sự quán", "vi", "2025-01-27"),
    ],
)
def test_figures_after_a_dating_word(text: str, lang: str, expected: str) -> None:
    ref = PartialDate("2025-04-02")
    assert str(parse_date(text, lang=lang, ref=ref)) == expected


@pytest.mark.parametrize(("text", "lang"), [("7/15 tests passed", "en"), ("Updated 3/8", "en")])
def test_a_month_and_day_in_figures_needs_a_dating_word_and_a_day_above_12(
    text: str, lang: str
) -> None:
    assert find_dates(text, lang=lang, ref=PartialDate("2025-04-02")) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("5月にお会いした方々に再会できる", "ja", "2024-05"),
        ("5월에 열린 행사", "ko", "2024-05"),
        ("于30日", "zh", "2024-05-30"),  # a day with its suffix is still a day
        ("5日から7日", "ja", "2024-06-05/2024-06-07"),
    ],
)
def test_a_bare_month_in_figures_is_the_month(text: str, lang: str, expected: str) -> None:
    assert str(parse_date(text, lang=lang, ref=PartialDate("2024-06-10"))) == expected


def test_a_recurring_month_is_no_date() -> None:
    assert find_dates("매년 10월에 열리는 축제", lang="ko", ref=REF) == []


def test_between_joins_a_span_of_days() -> None:
    text = "will visit Japan and Singapore between November 26 and December 2, an official said"
    assert str(parse_date(text, lang="en", ref=PartialDate("2023-11-23"))) == (
        "2023-11-26/2023-12-02"
    )


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("on 5 and 7 May", "en", ["2023-05-05", "2023-05-07"]),
        ("5 и 7 мая", "ru", ["2023-05-05", "2023-05-07"]),
        ("ngày 5 và 7/5", "vi", []),  # (the day and month in figures without a year: unread)
        ("May 5 and 7", "en", ["2023-05-05", "2023-05-07"]),
        ("۵ و ۷ اردیبهشت", "fa", ["2023-04-25", "2023-04-27"]),  # 5 and 7 Ordibehesht 1402
        ("10 ו-12 במאי", "he", ["2023-05-10", "2023-05-12"]),
    ],
)
def test_two_listed_days_are_each_a_date_never_one_alone(
    text: str, lang: str, expected: list[str]
) -> None:
    found = find_dates(text, lang=lang, ref=PartialDate("2023-11-23"))
    assert [str(m.value) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("彰化市明年3月2日將舉行", "zh", "2024-03-02"),
        ("去年5月3日", "zh", "2022-05-03"),
        ("昨年5月3日", "ja", "2022-05-03"),
        ("내년 3월 2일", "ko", "2024-03-02"),
        ("last year March 3", "en", "2022-03-03"),
    ],
)
def test_a_relative_year_before_a_month_and_day_dates_the_day(
    text: str, lang: str, expected: str
) -> None:
    assert str(parse_date(text, lang=lang, ref=PartialDate("2023-07-25"))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("臺北市今(11)日正式與日本松山市締結友誼市", "2024-10-11"), ("昨（10）日", "2024-10-10")],
)
def test_a_day_in_brackets_after_today(text: str, expected: str) -> None:
    (mention,) = find_dates(text, lang="zh", ref=PartialDate("2024-10-11"))
    assert str(mention.value) == expected
