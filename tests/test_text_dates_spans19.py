"""Spans of days that ``find_dates`` left in two pieces or dropped: a clause between the two
ends (ko "…를 시작으로 …까지", en "gets underway on … and goes through …") and a count of days
that states the span's own length (ja "8月15日~17日の3日間"). Literal cases from real
articles (their pages' addresses beside them), negatives, and properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citydiplo import PartialDate, find_dates


def _found(text: str, lang: str, ref: str | None = None) -> list[str]:
    return [
        str(m.value) for m in find_dates(text, lang=lang, ref=PartialDate(ref) if ref else None)
    ]


# A clause that opens the span stands between its first day and a later day closed by 까지
# (until): one span, never two dates (the first alone would drop the end the text states).
@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # https://www.imaeil.com/page/view/1994030308574029842
        (
            "한국야구위원회(KBO)는 올 페넌트레이스를 4월9일 삼성 대 롯데의 대구전등4경기를 "
            "시작으로 9월9일까지 각팀당 18차전씩 한팀이 총 126경기를 치르기로 결정했다.",
            None,
            "XXXX-04-09/XXXX-09-09",
        ),
        # https://mobile.newsis.com/view_amp.html?ar_id=NISX20220826_0001991259
        (
            "제8대 울산시의회는 26일 제233회 임시회를 개회하고 9월 2일까지 "
            "8일간의 일정에 들어간다.",
            "2022-08-26",
            "2022-08-26/2022-09-02",
        ),
        ("축제는 10월 3일 개막해 10월 9일까지 열린다.", None, "XXXX-10-03/XXXX-10-09"),
    ],
)
def test_a_korean_opening_clause_joins_the_span(text: str, ref: str | None, expected: str) -> None:
    assert _found(text, "ko", ref) == [expected]


def test_without_its_closing_word_a_korean_clause_joins_nothing() -> None:
    # "opens on the 26th, closes on 2 September": no 까지, two days
    assert _found("26일 개회하고 9월 2일 폐회한다.", "ko", "2022-08-20") == [
        "2022-08-26",
        "2022-09-02",
    ]


# English verbs that open and close an event around its two dates.
# http://minnesotasnewcountry.com/richmond-river-lake-days-kicks-off-this-weekend/
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Festivities get underway on Friday, July 14 and go through Sunday, July 16.",
            "XXXX-07-14/XXXX-07-16",
        ),
        ("The fair kicks off on May 3 and wraps up on May 7.", "XXXX-05-03/XXXX-05-07"),
        (
            "The exhibit got underway on June 2, 2023 and went until June 30, 2023.",
            "2023-06-02/2023-06-30",
        ),
    ],
)
def test_english_verbs_of_lasting_join_the_span(text: str, expected: str) -> None:
    assert _found(text, "en") == [expected]


def test_a_verb_of_going_somewhere_joins_nothing() -> None:
    text = "The mayor arrived on July 14 and went to Paris on July 16."
    assert _found(text, "en") == ["XXXX-07-14", "XXXX-07-16"]


# A count of days equal to the length of the span of days before it is that span's length.
# https://www.chiho-seisaku.com/demo/jireis?page=74&search%5Bstr%5D=%E6%8C%AF%E8%88%88
def test_a_count_that_is_the_span_length_keeps_the_span() -> None:
    assert _found("三嶋大祭りを8月15日~17日の3日間開催。", "ja") == ["XXXX-08-15/XXXX-08-17"]


@pytest.mark.parametrize(
    "text",
    ["三嶋大祭りを8月15日~17日の5日間開催。", "8月15日~17日の3日後に開催。"],
)
def test_another_count_or_an_offset_is_no_length(text: str) -> None:
    assert "XXXX-08-15/XXXX-08-17" not in _found(text, "ja")


@given(
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1, max_value=20),
    st.integers(2, 9),
)
def test_a_span_with_its_own_length_is_read(month: int, first: int, length: int) -> None:
    last = first + length - 1
    text = f"{month}月{first}日~{last}日の{length}日間開催。"
    assert _found(text, "ja") == [f"XXXX-{month:02d}-{first:02d}/XXXX-{month:02d}-{last:02d}"]


# Vietnamese spans of two day-months after "từ" (from): the later end is a day of a month
# even where alone it would look like a fraction ("3/4"); dots join day and month after
# "ngày" as they do in "ngày 27.4", and between two ends only with the year after the later.
@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # https://vietbao.vn/tuyen-quang-le-hoi-khinh-khi-cau-quoc-te-lan-thu-i-nam-2022-337967.html
        (
            "Lễ hội diễn ra trong 5 ngày từ 30/3 đến 3/4, tại quảng trường Nguyễn Tất Thành",
            "2022-03",
            "2022-03-30/2022-04-03",
        ),
        # https://m.thanhnien.vn/tp-hcm-nguoi-dan-q-7-hao-huc-khai-mac-tuan-le-van-hoa-the-thao-du-lich-post1442585.html
        (
            "với nhiều hoạt động đặc sắc diễn ra trong 7 ngày, từ 26.3 - 1.4.2022.",
            "2022-03-26",
            "2022-03-26/2022-04-01",
        ),
        # https://baoquangnam.vn/van-hoa/nhieu-hoat-dong-trong-tuan-van-hoa-thanh-hoa-hoi-an-126230.html
        (
            "từ ngày 25 đến 27.4, TP.Thanh Hóa và TP.Hội An phối hợp tổ chức sự kiện",
            "2022-04",
            "2022-04-25/2022-04-27",
        ),
        ("Hội chợ mở cửa từ 28/2 đến 2/3.", "2023-02-20", "2023-02-28/2023-03-02"),
    ],
)
def test_a_vietnamese_span_of_day_months(text: str, ref: str, expected: str) -> None:
    assert _found(text, "vi", ref) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Tỷ lệ tăng từ 1/2 đến 3/4 số hộ.",  # fractions
        "Giá tăng từ 2.5 đến 3.5 triệu đồng.",  # amounts
        "tăng từ 5 đến 8.5 triệu",
    ],
)
def test_vietnamese_fractions_and_amounts_stay_unread(text: str) -> None:
    assert _found(text, "vi", "2022-03-20") == []


@given(st.integers(1, 12), st.integers(20, 28), st.integers(1, 4))
def test_a_later_end_shaped_like_a_fraction_is_a_day(month: int, first: int, last: int) -> None:
    # a span from a day late in one month to an early day of the next, written "từ d/m đến d/m"
    nxt = month % 12 + 1
    text = f"từ {first}/{month} đến {last}/{nxt}"
    found = _found(text, "vi", f"2022-{month:02d}-15")  # (far both ways from ref: unread)
    assert len(found) == 1
    start, end = found[0].split("/")
    assert start.endswith(f"-{month:02d}-{first:02d}")
    assert end.endswith(f"-{nxt:02d}-{last:02d}")


# A comma closing the first end's year does not part a span ("October 1, 2010, through …"):
# read apart, "from October 1, 2010" opened a span that the text closes (silently wrong).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # https://edocs.miamigardens-fl.gov/WebLink/DocView.aspx?id=808419&dbid=0&repo=Laserfiche
        (
            "FOR THE FISCAL YEAR COMMENCING OCTOBER 1, 2010, THROUGH SEPTEMBER 30, 2011;",
            "2010-10-01/2011-09-30",
        ),
        ("The term runs from January 1, 2020, to December 31, 2022.", "2020-01-01/2022-12-31"),
        ("between January 1, 2020, and December 31, 2022", "2020-01-01/2022-12-31"),
    ],
)
def test_a_comma_after_the_first_year_keeps_the_span(text: str, expected: str) -> None:
    assert _found(text, "en") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Signed on January 1, 2020, and renewed on December 31, 2022.",
        "Signed on January 1, 2020, and December 31, 2022.",  # "and" joins only after "between"
    ],
)
def test_dates_listed_after_a_year_comma_stay_two(text: str) -> None:
    assert _found(text, "en") == ["2020-01-01", "2022-12-31"]


@given(st.integers(2000, 2030), st.integers(1, 5), st.sampled_from(["to", "through", "until"]))
def test_from_a_dated_day_comma_to_another_is_one_span(year: int, more: int, joint: str) -> None:
    text = f"The work runs from March 3, {year}, {joint} May 9, {year + more}."
    assert _found(text, "en") == [f"{year}-03-03/{year + more}-05-09"]


# Chinese 晚 (evening) right after a day is the evening of that day, as 上午 and 晚上 are:
# "26日晚" is the 26th, no count of nights (a count of nights follows its own figure: "5日4晚").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # https://nanchang.baogaosu.com/xinwen/%E8%82%B2%E6%89%8D%E8%B7%AF%E5%91%A8%E8%BE%B9/49868797
        ("新建区育才路周边26日晚停水", ["2016-08-26"]),
        ("25日晚,市长会见了代表团一行", ["2016-08-25"]),
        ("旅游团行程5日4晚", []),
    ],
)
def test_a_chinese_day_with_its_evening(text: str, expected: list[str]) -> None:
    assert _found(text, "zh", "2016-08-26") == expected


# A Hebrew-calendar day after the conjunction ו ("וט"ו באדר": and the 15th of Adar) is that
# day; the last letter of a numeral is never a day of its own (it was read "ו באדר", the 6th).
# http://www.gilo.manhi.org.il/BRPortal/br/P102.jsp?arc=285556
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'הימים רביעי, חמישי ושישי, י"ג, י"ד וט"ו באדר התשע"ח, 28 בפברואר 2018, 2-1 במרס 2018.',
            ["2018-03-02", "2018-02-28", "2018-03-01/2018-03-02"],
        ),
        ('וט"ו באדר התשע"ח', ["2018-03-02"]),
        ('י באלול התשע"ז', ["2017-09-01"]),
    ],
)
def test_a_hebrew_day_after_and_is_the_whole_numeral(text: str, expected: list[str]) -> None:
    assert _found(text, "he") == expected


# A word of recurrence that runs into the weekday's name makes it every such day, not one:
# "每星期一" (every Monday: "每星期" takes the first characters of "星期一"), "毎月曜日".
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("图书馆每星期一闭馆。", "zh"),
        ("圖書館每週一閉館。", "zh"),
        ("图书馆每礼拜一闭馆。", "zh"),
        ("图书馆逢星期一闭馆。", "zh"),
        ("図書館は毎月曜日休館。", "ja"),
    ],
)
def test_a_weekday_after_a_glued_word_of_recurrence_is_no_date(text: str, lang: str) -> None:
    assert _found(text, lang, "2024-11-22") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [("他们星期一发表讲话。", "zh"), ("他们週一发表讲话。", "zh"), ("月曜日に開かれた。", "ja")],
)
def test_a_weekday_alone_is_still_read(text: str, lang: str) -> None:
    assert _found(text, lang, "2024-11-22") == ["2024-11-18"]


# Russian clock times with the part of the day ("8 часов вечера", "10 утра") before a span's
# end or after its opening "с" are set aside like "8 часов": the span is one, never its start
# dropped ("с 10 утра 15 мая до 25 мая" gave 25 May alone) nor two dates.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Запрет с 15 мая до 11 вечера 25 августа.", "XXXX-05-15/XXXX-08-25"),
        ("Запрет с 15 мая до 8 часов вечера 25 августа.", "XXXX-05-15/XXXX-08-25"),
        ("Перекрытие с 10 утра 15 мая до 25 мая.", "XXXX-05-15/XXXX-05-25"),
    ],
)
def test_a_russian_time_with_its_part_of_day_parts_no_span(text: str, expected: str) -> None:
    assert _found(text, "ru") == [expected]


def test_a_russian_time_before_a_lone_date_leaves_it() -> None:
    assert _found("В 5 вечера 15 мая прошел концерт.", "ru") == ["XXXX-05-15"]


# A form in -ed after "be" is a passive participle, not the past tense: "will be closed
# Sunday" is the coming Sunday (it was the Sunday before: silently wrong); "was closed
# Sunday" and "closed Sunday" stay the last one.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The road will be closed Sunday.", ["2021-04-25"]),
        ("The road will be closed on Sunday.", ["2021-04-25"]),
        ("The bridge is to be repaved Monday.", ["2021-04-26"]),
        ("The road was closed Sunday.", ["2021-04-18"]),
        ("Work started Monday.", ["2021-04-19"]),
    ],
)
def test_a_participle_after_be_is_no_past_verb(text: str, expected: list[str]) -> None:
    assert _found(text, "en", "2021-04-23") == expected
