"""Families of faults found by the nineteenth blind set (en, ko, vi, zh, ja): literal cases
written from each language's grammar and usage, positives and negatives, and properties."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citydiplo import DateParseError, PartialDate, find_dates, parse_date


def _value(text: str, lang: str, ref: str | None = None) -> str:
    return str(parse_date(text, lang=lang, ref=PartialDate(ref) if ref else None))


def _found(text: str, lang: str, ref: str | None = None) -> list[str]:
    return [
        str(m.value) for m in find_dates(text, lang=lang, ref=PartialDate(ref) if ref else None)
    ]


# The later end of a span of days that states its own year in an era keeps it: it took the
# start's year plus one ("平成11年4月2日〜平成20年4月1日" was 1999-04-02/2000-04-01).
# https://www.chiho-seisaku.com/demo/jireis?page=61&search%5Bcategory%5D=culture
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("対象は平成11年4月2日〜平成20年4月1日生まれ。", "1999-04-02/2008-04-01"),
        ("平成11年4月2日から平成20年4月1日まで", "1999-04-02/2008-04-01"),
        ("昭和60年4月2日〜平成2年4月1日生まれ", "1985-04-02/1990-04-01"),
        ("令和6年4月2日〜令和7年4月1日", "2024-04-02/2025-04-01"),
        ("平成30年12月1日〜令和元年5月31日", "2018-12-01/2019-05-31"),
    ],
)
def test_a_span_end_keeps_its_own_era_year(text: str, expected: str) -> None:
    assert _value(text, "ja") == expected
    assert _found(text, "ja") == [expected]


@given(
    st.integers(min_value=1, max_value=29),
    st.integers(min_value=1, max_value=30),
    st.integers(min_value=1, max_value=12),
)
def test_an_era_span_end_is_its_own_year(first: int, length: int, month: int) -> None:
    # any two days of the Heisei era, the later one a year or more after the first
    last = min(first + length, 31)
    text = f"平成{first}年{month}月1日〜平成{last}年{month}月1日"
    expected = f"{1988 + first}-{month:02d}-01/{1988 + last}-{month:02d}-01"
    assert _value(text, "ja") == expected


# A weekday right after a verb in the past is a past day ("work started Monday"), but not when
# a word of the future follows it: it is then the subject of a clause of its own about the
# future ("Forecasters said Sunday will close out the weekend" was the Sunday before).
# https://www.pennlive.com/weather/2022/05/sunshine-ahead-before-rain-drenches-the-central-pa-for-2-days-straight-forecasters.html
@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        (
            "Forecasters said Sunday will close out the weekend with sunshine.",
            "2022-05-05",
            "2022-05-08",
        ),
        ("Officials said Friday will be the last day of the sale.", "2024-07-03", "2024-07-05"),
        ("The mayor announced Monday is set to be a holiday.", "2024-07-03", "2024-07-08"),
    ],
)
def test_a_weekday_before_a_future_word_is_ahead(text: str, ref: str, expected: str) -> None:
    assert _value(text, "en", ref) == expected
    assert _found(text, "en", ref) == [expected]


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("Road work started Monday and will go on all week.", "2022-05-05", "2022-05-02"),
        ("The council met Tuesday.", "2022-05-05", "2022-05-03"),
        ("Officials said Friday that the road will reopen.", "2024-07-03", "2024-06-28"),
    ],
)
def test_a_weekday_after_a_past_verb_stays_past(text: str, ref: str, expected: str) -> None:
    assert _value(text, "en", ref) == expected


# A day alone one to three days before ref's is a day just past even in a sentence about the
# future: news names a day a month ahead with its month. "除29日的开幕式外,…还将举办…" (on
# the 30th) was read as the 29th of the next month.
# https://cgj.changzhou.gov.cn/html/cgj/2012/FNAKKKCI_0430/46742.html
@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        (
            "文化节期间,除29日的开幕式外,圩墩遗址公园管理中心还将举办摄影比赛和征文比赛。",
            "zh",
            "2012-04-30",
            "2012-04-29",
        ),
        ("28日に開幕した展示会には多くの人が訪れる予定です。", "ja", "2024-05-30", "2024-05-28"),
        # more than three days before ref's, in a sentence about the future: next month's
        ("将于20日举行", "zh", "2012-04-30", "2012-05-20"),
        ("The fair will open on the 10th.", "en", "2024-05-30", "2024-06-10"),
    ],
)
def test_a_day_just_past_stays_in_the_month(text: str, lang: str, ref: str, expected: str) -> None:
    assert _value(text, lang, ref) == expected


@given(st.dates(min_value=datetime.date(2000, 1, 5), max_value=datetime.date(2030, 12, 31)))
def test_a_day_at_most_three_days_back_is_this_month(ref: datetime.date) -> None:
    for back in (1, 2, 3):
        day = ref - datetime.timedelta(days=back)
        if day.month != ref.month:
            continue
        got = parse_date(f"将于{day.day}日举行", lang="zh", ref=PartialDate.from_date(ref))
        assert got == PartialDate.from_date(day)


# Where a day in figures takes its suffix (Japanese, Chinese: "日", "号"), figures after a
# month that run into another word are no day: "2017年5月1版" (the first edition of May) was
# read as 1 May 2017, "5月1人" as 1 May. https://ekiworld.net/wp-content/uploads/2017/04/170427_0502txt.htm
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("※本資料は、2017年5月1版リリース後に対応された改訂事項を掲載しています。", "ja"),
        ("参加者は5月1人でした", "ja"),
        ("今年5月1个项目开工", "zh"),
        ("2024年3月2版", "zh"),
    ],
)
def test_figures_running_into_a_word_are_no_day(text: str, lang: str) -> None:
    assert all(len(v) < len("2017-05-01") for v in _found(text, lang))  # no day read


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("2017年5月1日リリース", "ja", "2017-05-01"),
        ("5月1号起施行", "zh", "XXXX-05-01"),
        ("12月24-26日", "zh", "XXXX-12-24/XXXX-12-26"),
        ("2024年5月1,", "zh", "2024-05-01"),
        ("2015年04月08日10点05", "zh", "2015-04-08"),  # the suffix, then the hour
        ("本次大会定于2018年1月24日上午开幕,1月26下午闭幕", "zh", "2018-01-24/2018-01-26"),
    ],
)
def test_days_with_their_suffix_or_before_a_mark_stay(text: str, lang: str, expected: str) -> None:
    assert _value(text, lang) == expected


# A month alone inside a short quoted name is part of the name: "围绕“十二月市”" (a market) was
# read as December. https://www.srwlw.com/article/52016.html
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("记者了解到,成城市商务局将围绕“十二月市”,推出37场“促消费”活动。", "zh"),
        ("《四月物语》在北京上映", "zh"),
        ("「五月祭」が開催されます", "ja"),
        ("映画「8月の家族たち」を上映", "ja"),
        ('The "May Festival" returns downtown', "en"),
    ],
)
def test_a_month_in_a_quoted_name_is_no_date(text: str, lang: str) -> None:
    assert _found(text, lang, "2024-01-28") == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("“五月”到了", "zh", "2024-05"),  # the month quoted alone
        ("“2月12日”纪念活动", "zh", "2024-02-12"),  # a day and month: not a bare month
        ("「5月」は晴れが多い", "ja", "2024-05"),
    ],
)
def test_a_quoted_month_alone_stays(text: str, lang: str, expected: str) -> None:
    assert _found(text, lang, "2024-01-28") == [expected]


# A day alone that says again the day of a date stated before it with its month is that date,
# not a second one: "新华社香港1月28日电 … 活动28日正式启动" (the dateline, then the event on
# the 28th) raised "several dates". http://58.215.244.94:8082/index.php?6rYIU=ul.html
@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        (
            "新华社香港1月28日电(记者孟佳)香港“18区日夜都缤纷”活动28日正式启动。",
            "zh",
            None,
            "XXXX-01-28",
        ),
        ("本报杭州12月21日讯 (记者 董洁) 展览21日开幕。", "zh", None, "XXXX-12-21"),
        ("新华社香港1月28日电 活动28日正式启动。", "zh", "2024-01-29", "2024-01-28"),
        ("9월 7일 본회의에 이어 7일 오후 폐회한다", "ko", "2023-09-08", "2023-09-07"),
    ],
)
def test_a_day_said_again_is_one_date(text: str, lang: str, ref: str | None, expected: str) -> None:
    assert _value(text, lang, ref) == expected


def test_another_day_alone_is_still_a_second_date() -> None:
    with pytest.raises(DateParseError):
        parse_date("1月28日电 活动29日正式启动。", lang="zh", ref=PartialDate("2024-01-29"))


# A count of days after the end of a span of days is the span's length, not an offset from
# its end: "期間は10月13日〜12月14日の55日間で" was read as no date at all (as "3日後" after a
# date is). https://www.chiho-seisaku.com/demo/jireis?page=2&search%5Bstr%5D=+%E3%82%A4%E3%83%99%E3%83%B3%E3%83%88
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "期間は10月13日〜12月14日の55日間で、入館者84,603人を記録しました。",
            "ja",
            "XXXX-10-13/XXXX-12-14",
        ),
        ("2024年7月1日から7月31日までの31日間", "ja", "2024-07-01/2024-07-31"),
    ],
)
def test_a_count_after_a_span_is_its_length(text: str, lang: str, expected: str) -> None:
    assert _value(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [("2020年3月5日の3日後", "ja"), ("12月14日の55日間", "ja"), ("2020年3月5日后3天", "zh")],
)
def test_a_count_after_a_lone_date_still_hides_it(text: str, lang: str) -> None:
    assert _found(text, lang) == []


# A straight double quote inside a word is an acronym's mark, after a word a quote's close:
# neither opens a name ("…לעולם". ואז, ביולי, ביקרה מנכ"לית": in July).
def test_an_acronym_mark_opens_no_quoted_name() -> None:
    text = 'הרצאה בנושא "עיר תרבותית".\n\nואז, ביולי, ביקרה מנכ"לית אונסק"ו בעיר.'
    assert _found(text, "he", "2023-09-01") == ["2023-07"]
    assert _found('ביולי ביקרה מנכ"לית אונסק"ו', "he", "2023-09-01") == ["2023-07"]
