"""Faults the 27a blind set (en, ko, vi, zh and ja) showed, quoted from its pages, and the
general rule each stands for, with a contrast case so that each test can fail.
"""

from __future__ import annotations

import pytest

from citydiplo import DateParseError, PartialDate, find_dates, parse_date


def _found(text: str, lang: str, ref: str | None) -> list[tuple[str, str]]:
    ref_date = PartialDate(ref) if ref else None
    return [(m.text, str(m.value)) for m in find_dates(text, lang=lang, ref=ref_date)]


def test_a_count_that_ends_a_list_of_counts_is_no_date() -> None:
    # https://www.news-gazette.com/news/local/history/area-history-aug-19-2023/... (2023-08-19)
    text = "Here are local news reports from 100, 50 and 15 years ago:"
    assert _found(text, "en", "2023-08-19") == []
    with pytest.raises(DateParseError):
        parse_date(text, lang="en", ref=PartialDate("2023-08-19"))
    assert _found("3, 5년 전", "ko", "2023-08-19") == []
    # one count alone is read
    assert _found("reports from 15 years ago", "en", "2023-08-19") == [("15 years ago", "2008")]


def test_a_count_in_latin_letters_stands_apart_from_its_unit() -> None:
    # https://www.usatoday.com/story/news/50-states/2020/02/23/... (2020-02-23): "in and" was
    # read as "in an d" (in a day: tomorrow)
    text = (
        "Jeff Benton Homes began building the subdivision last year, but nearby residents "
        "reported finding items that could be linked to a former Indian settlement in and "
        "around the site."
    )
    assert _found(text, "en", "2020-02-23") == [("last year", "2019")]
    assert _found("in a day", "en", "2020-02-23") == [("in a day", "2020-02-24")]
    assert _found("三年前", "zh", "2020-02-23") == [("三年前", "2017")]


def test_an_approximate_word_starts_a_word() -> None:
    # http://faq.donga.com/NEWS/Society/3/all/20250406/131355061/2 (2025-04-06): 만약 is "if"
    ref = PartialDate("2025-04-06")
    text = (
        "만약 6월 3일에 대선이 치러질 경우 이날 예정됐던 6월 대학수학능력시험 "
        "모의평가도 변경된다."
    )
    assert str(parse_date(text, lang="ko", ref=ref)) == "2025-06-03"
    assert str(parse_date("약 6월 3일", lang="ko", ref=ref)) == "2025-06-03~"
    assert str(parse_date("约2025年5月", lang="zh")) == "2025-05~"  # Han may touch it


def test_a_vague_count_before_a_relative_word_makes_no_last_year() -> None:
    # https://soha.vn/ky-tich-thong-xe-tuyen-duong-moi-...-19826012213503304.htm (2026-01-22)
    text = (
        "Trái ngược với sự chậm trễ kéo dài nhiều năm trước đó, ngay sau khi nút thắt mặt bằng "
        "được tháo gỡ vào cuối năm 2025, các nhà thầu đã dồn tổng lực thi công."
    )
    assert str(parse_date(text, lang="vi", ref=PartialDate("2026-01-22"))) == "2025~"
    assert _found("nhiều tháng trước", "vi", "2026-01-22") == []
    assert _found("năm trước", "vi", "2026-01-22") == [("năm trước", "2025")]


def test_a_relative_year_that_is_the_base_of_a_comparison_is_no_date() -> None:
    # the blind 14a case "지난해보다 2.5배 늘었다" (ko, 2024-03-14), and its kin
    ref = "2024-03-14"
    assert _found("지난해보다 2.5배 늘었다", "ko", ref) == []
    assert _found("比去年增长10%", "zh", ref) == []
    assert _found("more visitors than last year", "en", ref) == []
    assert _found("tăng 5% so với năm trước", "vi", ref) == []
    assert _found("지난해 11월부터", "ko", ref) == [("지난해 11월부터", "2023-11/..")]


def test_a_day_before_a_word_of_since_opens_its_range() -> None:
    # http://www.city.kobe.lg.jp.cache.yimg.jp/a57337/shise/shichoshitsu/teireikaiken/r2/20201126.html
    text = (
        "これまで26件のクラスターが神戸市内では発生をしておりますが、9月25日以降、第3波では12件の"
        "クラスターが発生しております。"
    )
    assert str(parse_date(text, lang="ja", ref=PartialDate("2020-11-26"))) == "2020-09-25/.."
    assert _found("9月25日以降は50歳代", "ja", "2020-11-26") == [("9月25日以降", "2020-09-25/..")]
    # a word of start still names the day (docs/concepts/dates.md, "Limits and starts")
    assert _found("10月9日から休館", "ja", "2023-10-27") == [("10月9日", "2023-10-09")]
    assert _found("午後7時以降を減便", "ja", "2020-11-26") == []


def test_an_hour_named_without_figures_joins_a_day_to_the_next() -> None:
    # https://imaeil.com/page/view/2019101614514537866 (2019-10-16)
    text = (
        "이에 따라 21일 자정부터 다음날 오전 6시 사이 서구 평리1,3동, 비산1,6동 9천405가구에 "
        "흐린 물이 나올 수 있다."
    )
    assert str(parse_date(text, lang="ko", ref=PartialDate("2019-10-16"))) == (
        "2019-10-21/2019-10-22"
    )
    assert _found("21일 자정까지", "ko", "2019-10-16") == [("21일", "2019-10-21")]


def test_a_japanese_day_and_its_hour_after_no_span_to_the_next_day() -> None:
    # http://www.town.misato.miyagi.jp/07kurashi/suidou/2018-0404-1801-33.html (2018-04-05)
    text = (
        "美里町荻埣字朝日壇地内で発生した漏水事故の影響により、本日4月4日(水)の午後10時から"
        "5日(木)の午前5時までの間、断水いたします。"
    )
    assert str(parse_date(text, lang="ja", ref=PartialDate("2018-04-05"))) == (
        "2018-04-04/2018-04-05"
    )


def test_a_to_infinitive_before_a_weekday_speaks_of_the_coming_day() -> None:
    ref = "2008-08-01"  # a Friday
    assert _found("Sister city residents to arrive Monday", "en", ref) == [("Monday", "2008-08-04")]
    # a verb in the past keeps the last such day
    assert _found("He had to leave Monday", "en", ref) == [("Monday", "2008-07-28")]
    assert _found("Students returned to school Monday", "en", ref) == [("Monday", "2008-07-28")]
