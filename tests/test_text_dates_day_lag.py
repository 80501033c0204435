"""A day alone more than a week after ref's day: the month before only when the sentence
tells of the past, or when that reading is at most two weeks back and nearer than the day
ahead; with both readings about a fortnight away, no reading (never a coin toss)."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citydiplo import DateParseError, PartialDate, find_dates, parse_date

# (lang, text, ref, expected or None): sentences of real municipal news (round 11-18 sets)
CASES = [
    # both readings about a fortnight away, no word of tense: not read
    (
        "ko",
        "마지막 날인 23일 제2차 본회의를 열어 집행부에 대한 시정 질문을 한 뒤",
        "2021-07-09",
        None,
    ),
    ("ko", "또 24∼29일에는 신림로 왕복 4개 차로중 1개 차로", "2001-08-13", None),
    ("ru", "15-го числа", "2026-12-02", None),
    ("gu", "તા.૧૫ થી તા.૧૯ સુધી", "2026-12-02", None),
    ("vi", "ngày 20", "2025-06-12", None),
    # the span's first day is nine days ahead, its last eleven days back a month earlier
    ("ko", "이어 10일부터 21일까지 12일간 상임위원회별 주요업무보고 청취", "2023-02-01", None),
    # a verb in the past closing the sentence: the month before, however far
    ("ja", "28日18時04分ごろ、震度3の地震がありました。", "2024-03-14", "2024-02-28"),
    (
        "ko",
        "시의회 의회운영위원회는 31일 의회운영위원회 회의실에서 올해 첫 의회운영위원회를 열고 "
        "제236회 의사일정 협의의 건을 원안 가결했다.",
        "2023-02-01",
        "2023-01-31",
    ),
    # near enough back, and nearer than the day ahead: the month before
    ("zh", "27日,旅游分团前往国土交通省拜会有关官员", "2010-06-07", "2010-05-27"),
    ("en", "a Pittsburgh City Council proclamation on the 29th", "2013-11-01", "2013-10-29"),
    # a weekday beside the day says which month
    ("ja", "24日(日)", "2024-03-14", "2024-03-24"),
    # a sentence about the future: ref's month
    ("ko", "시의회는 23일 본회의를 열 예정이다.", "2021-07-09", "2021-07-23"),
]


@pytest.mark.parametrize(("lang", "text", "ref", "expected"), CASES)
def test_day_alone_month(lang: str, text: str, ref: str, expected: str | None) -> None:
    if expected is None:
        with pytest.raises(DateParseError):
            parse_date(text, lang=lang, ref=PartialDate(ref))
        assert [m for m in find_dates(text, lang=lang, ref=PartialDate(ref)) if m.value] == []
    else:
        assert str(parse_date(text, lang=lang, ref=PartialDate(ref))) == expected


@given(
    st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2040, 12, 31)),
    st.integers(min_value=1, max_value=31),
)
def test_day_alone_law(ref: datetime.date, day: int) -> None:
    """ "ngày N" with no word of tense, N more than a week after ref's day: the N of the month
    before if that is at most 14 days back and nearer than the N of ref's month, else none."""
    if day <= ref.day + 7:
        return
    try:
        ahead = datetime.date(ref.year, ref.month, day)
    except ValueError:
        ahead = None
    before = ref.replace(day=1) - datetime.timedelta(days=1)
    try:
        back = before.replace(day=day)
    except ValueError:
        back = None
    want = None
    if (
        back is not None
        and (ref - back).days <= 14
        and (ahead is None or (ref - back).days < (ahead - ref).days)
    ):
        want = back.isoformat()
    try:
        got = str(parse_date(f"ngày {day}", lang="vi", ref=PartialDate.from_date(ref)))
    except DateParseError:
        got = None
    assert got == want


# (lang, text, ref, expected or None): a day and month without a year
DAY_MONTH_CASES = [
    # last October or the coming one, both over three months from 29 June: not read
    ("ja", "10月19日「船橋港親水公園花火大会」。", "2022-06-29", None),
    ("vi", "khai mạc các hoạt động hưởng ứng lễ hội vào tối 24/12.", "2017-04-14", None),
    # a sentence told in the past takes last year's (the match was played)
    ("gu", "આ મેચ 23 ઓક્ટોબરે રમાઈ હતી.", "2022-07-10", "2021-10-23"),
    # a past verb does not move a day near ref (the exam date has been fixed as 5 March)
    ("hi", "परीक्षा की तारीख 5 मार्च तय की गई है.", "2018-01-01", "2018-03-05"),
    # a weekday beside it names the year
    ("ja", "雨天の場合は翌日の9月1日(日)に順延する。", "2019-05-27", "2019-09-01"),
]


@pytest.mark.parametrize(("lang", "text", "ref", "expected"), DAY_MONTH_CASES)
def test_day_and_month_year(lang: str, text: str, ref: str, expected: str | None) -> None:
    values = [str(m.value) for m in find_dates(text, lang=lang, ref=PartialDate(ref))]
    assert values == ([expected] if expected else [])


_RU_MONTHS = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"


@given(
    st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2040, 12, 31)),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1, max_value=28),
)
def test_day_and_month_law(ref: datetime.date, month: int, day: int) -> None:
    """ "D месяца" with no word of tense: this year's, unless over 92 days ahead (then last
    year's, if that is at most 92 days back, else none), or next year's if that is at most
    92 days ahead."""
    this = datetime.date(ref.year, month, day)
    ahead, back = (this - ref).days, (ref - this.replace(year=ref.year - 1)).days
    if ahead > 92:
        want = None if back > 92 else this.replace(year=ref.year - 1)
    elif (this.replace(year=ref.year + 1) - ref).days <= 92:
        want = this.replace(year=ref.year + 1)
    else:
        want = this
    text = f"{day} {_RU_MONTHS.split()[month - 1]}"
    try:
        got = str(parse_date(text, lang="ru", ref=PartialDate.from_date(ref)))
    except DateParseError:
        got = None
    assert got == (want.isoformat() if want else None)


def test_a_day_said_again_after_its_date_is_read_where_ref_alone_cannot_place_it() -> None:
    # https://www.city.akita.akita.jp/city/pl/pb/koho/htm/20181005/100509.html (2018-10-05):
    # the 14th alone is 21 days after 14 September or 9 before 14 October: unread; after
    # "10月13日(土)・14日(日)" it is that 14 October
    ref = PartialDate("2018-10-05")
    assert find_dates("【14日のみ】 ◇子ども縁日", lang="ja", ref=ref) == []
    text = "とき/10月13日(土)・14日(日)\n会場/南部市民サービスセンター 【14日のみ】 ◇子ども縁日"
    found = [
        (m.text, str(m.value), m.resolution.value) for m in find_dates(text, lang="ja", ref=ref)
    ]
    assert found[-1] == ("14日", "2018-10-14", "anchor")
    # and the next day alone looks past the one said again: "…・21日(日) … 20日 … 21日"
    text = "10月20日(土)・21日(日)開催。20日は雨天決行、21日は中止の場合あり"
    values = [str(m.value) for m in find_dates(text, lang="ja", ref=ref)]
    assert values[-2:] == ["2018-10-20", "2018-10-21"]
