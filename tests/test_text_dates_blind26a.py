"""Faults the 26a blind set (en, ko, vi, zh and ja) showed, quoted from its pages, and the
general rule each stands for, with a contrast case so that each test can fail.
"""

from __future__ import annotations

import pytest

from citydiplo import DateParseError, PartialDate, find_dates, parse_date


def _found(text: str, lang: str, ref: str | None) -> list[tuple[str, str]]:
    ref_date = PartialDate(ref) if ref else None
    return [(m.text, str(m.value)) for m in find_dates(text, lang=lang, ref=ref_date)]


def test_a_line_that_opens_with_a_list_mark_starts_no_span() -> None:
    # https://baohaiduong.vn/print/266225.html (2018-05-28): the byline's date, then an item
    text = "Xã hội - Ngày đăng : 08:59, 28/05/2018\n- Ngày 28.5, UBND tỉnh tổ chức tuyên dương"
    assert _found(text, "vi", "2018-05-28") == [
        ("28/05/2018", "2018-05-28"),
        ("Ngày 28.5", "2018-05-28"),
    ]
    # on one line the dash joins the two dates as it did
    assert str(parse_date("28/05/2018 - 30/05/2018", lang="vi")) == "2018-05-28/2018-05-30"


def test_english_month_contractions_that_keep_the_last_letter() -> None:
    # https://www.theolympian.com/latest-news/article215024865.html (2018-07-17)
    text = "From July 25 to Augt. 2, 12 students will be staying in the area."
    assert str(parse_date(text, lang="en", ref=PartialDate("2018-07-17"))) == (
        "2018-07-25/2018-08-02"
    )
    assert str(parse_date("Septr. 3, 1789", lang="en")) == "1789-09-03"


def test_a_relative_day_inside_a_quoted_title_is_part_of_the_name() -> None:
    # https://news.sohu.com/20060419/n242876420.shtml (2006-04-19): an event named
    # "Come to the fair today", held on 16 April
    ref = "2006-04-19"
    assert _found("本次活动是“今天来赶集”的第八期,活动延续了以往的热闹场景。", "zh", ref) == []
    text = "4月16日上午10点,由《看今天》栏目组和赶集网共同主办的“今天来赶集”活动准时拉开帷幕。"
    assert str(parse_date(text, lang="zh", ref=PartialDate(ref))) == "2006-04-16"
    # a quote of speech is no title: its day is read
    assert _found("他说:“今天我们签约”", "zh", ref) == [("今天", "2006-04-19")]


def test_a_span_opened_by_zi_is_the_frame_of_an_extension_not_a_moved_date() -> None:
    # http://www.galy888.net/37382.html (上观, 2020-05-20): opening hours extended for a period
    text = "共青森林公園自2020年5月20日至10月31日延長開放時間。"
    assert str(parse_date(text, lang="zh", ref=PartialDate("2020-05-20"))) == (
        "2020-05-20/2020-10-31"
    )
    # a move has no word of start before its span: the old day and the new one
    assert _found("会议5月31日至6月20日延期", "zh", "2020-05-20") == [
        ("5月31日", "2020-05-31"),
        ("6月20日", "2020-06-20"),
    ]


def test_the_two_em_dash_joins_a_span_in_chinese() -> None:
    # https://cctv.com/oriental/cmlj/bzhg/20011006/7.html (2001-10-06)
    text = "一周回顾(10月1日——10月6日)"
    assert str(parse_date(text, lang="zh", ref=PartialDate("2001-10-06"))) == (
        "2001-10-01/2001-10-06"
    )


# http://www.newsstep.co.kr/news/view/1065581129399167 (2024-08-09)
_GAPYEONG = (
    "북면생활체육공원서 15~17일 야시장 … 공연‧먹거리‧볼거리 풍성\n\n"
    "[뉴스스텝] 가평군은 북면 주민자치회에서 지역민과 관광객들을 위한 잣토리 야시장 축제를 "
    "오는 15일부터 3일 동안 연다고 9일 밝혔다.\n\n"
    "이번 축제는 북면생활체육공원에서 15일부터 17일까지 오후 6시부터 열리는 데 먹거리 판매 "
    "부스, 바자회, 버스킹, 체험 프로그램, 휴게·놀이존 등으로 구성된다."
)


def test_korean_spans_of_days_in_a_notice_of_a_festival() -> None:
    found = _found(_GAPYEONG, "ko", "2024-08-09")
    assert found == [
        ("15~17일", "2024-08-15/2024-08-17"),  # placed by its first day, a coming one
        ("오는 15일부터 3일 동안", "2024-08-15/2024-08-17"),  # a first day and a count
        ("9일", "2024-08-09"),
        ("15일부터 17일", "2024-08-15/2024-08-17"),  # after "공원에서", no time before it
    ]


def test_a_span_placed_by_its_first_day_keeps_the_past() -> None:
    ref = PartialDate("2024-08-09")
    assert str(parse_date("15~17일 열렸다", lang="ko", ref=ref)) == "2024-07-15/2024-07-17"
    with pytest.raises(DateParseError, match="this month or the last"):  # no coming day
        parse_date("23~25일 야시장", lang="ko", ref=ref)


def test_a_fiscal_year_dates_the_days_of_its_sentence() -> None:
    text = "令和5年度の説明会は5月20日と1月20日に開催します。"
    assert _found(text, "ja", None) == [("5月20日", "2023-05-20"), ("1月20日", "2024-01-20")]
    assert str(parse_date("令和5年度の説明会は1月20日に開催します。", lang="ja")) == "2024-01-20"
    # a budget is drawn up before its year: the day stays without a year
    assert _found("2023年度予算案を2月15日に発表した。", "ja", None) == [("2月15日", "XXXX-02-15")]
    # read against ref, the day keeps that reading
    assert _found("2023年度予算案を2月15日に発表した。", "ja", "2023-02-16") == [
        ("2月15日", "2023-02-15")
    ]


def test_a_year_before_a_lunar_feast_dates_the_days_of_its_sentence() -> None:
    text = "2012年元宵灯会于2月2日至2月6日举行"
    assert _found(text, "zh", None) == [("2月2日至2月6日", "2012-02-02/2012-02-06")]
    # in another sentence the year dates nothing
    assert _found("2012年元宵灯会。2月2日举行", "zh", None) == [("2月2日", "XXXX-02-02")]


def test_a_relative_year_that_names_the_base_of_a_comparison_is_no_date() -> None:
    # https://cctv.com/oriental/cmlj/bzhg/20011006/7.html (2001-10-06)
    text = "10月1日,北京市主要旅游景点就接待了游客49万人,比去年同期增长了不少。"
    assert str(parse_date(text, lang="zh", ref=PartialDate("2001-10-06"))) == "2001-10-01"
    assert _found("tăng 12,5% so với cùng kỳ năm trước", "vi", "2025-06-18") == []
    # last year named as a time stays read
    assert _found("去年举办的灯会", "zh", "2018-07-17") == [("去年", "2017")]
