"""Faults the 29a blind set (en, ko, vi, zh and ja; bench/date_blind29a_cases.jsonl and
bench/date_articles29a) showed, quoted from its pages, and the general rule each stands for,
with a contrast case so that each test can fail; and the set's right answers, locked as a
regression floor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citydiplo import DateParseError, PartialDate, find_dates, parse_date

_BENCH = Path(__file__).resolve().parents[1] / "bench"


def _found(text: str, lang: str, ref: str | None) -> list[tuple[str, str]]:
    ref_date = PartialDate(ref) if ref else None
    return [(m.text, str(m.value)) for m in find_dates(text, lang=lang, ref=ref_date)]


def test_days_alone_after_a_stated_month_are_of_that_month() -> None:
    # https://m1.etoday.co.kr/view.php?idxno=2213425 (2023-01-17): a schedule of days that
    # states February once; the days after it were read in January (ref's month)
    text = "신년인사회 일정은 △31일 가리봉동 △2월 1일 고척2동 △2일 고척1동 △3일 구로3동 순이다."
    assert _found(text, "ko", "2023-01-17") == [
        ("31일", "2023-01-31"),
        ("2월 1일", "2023-02-01"),
        ("2일", "2023-02-02"),
        ("3일", "2023-02-03"),
    ]
    mention = find_dates(text, lang="ko", ref=PartialDate("2023-01-17"))[2]
    assert mention.resolution.value == "anchor"
    assert (mention.anchor_span, mention.anchor) == ((21, 26), PartialDate("2023-02-01"))
    # the same link in other languages, with a year stated or not
    text = "On February 1, 2023 the fair opens, and on the 2nd it closes."
    assert _found(text, "en", "2023-01-17")[1] == ("on the 2nd", "2023-02-02")
    assert _found("10月5日に開幕し、7日に閉幕した。", "ja", "2024-11-20") == [
        ("10月5日", "2024-10-05"),
        ("7日", "2024-10-07"),
    ]
    assert _found("Ngày 5/10 khai mạc, ngày 7 bế mạc.", "vi", "2024-11-20")[1] == (
        "ngày 7",
        "2024-10-07",
    )
    # a day before the stated one may be of the next month: left unread, never guessed
    assert _found("2월 28일 개막, 3일 폐막", "ko", "2023-01-17") == [("2월 28일", "2023-02-28")]
    # in another sentence the day alone is read against ref as before
    assert _found("2월 1일 개막했다. 3일 폐막했다.", "ko", "2023-01-17")[1] == ("3일", "2023-01-03")


def test_days_alone_listed_before_a_day_with_its_month_are_of_the_month_before() -> None:
    # https://m1.etoday.co.kr/view.php?idxno=2213425 (2023-01-17): the days before "2월 1일"
    # were left unread ("of this month or the last"); the list in order settles it
    ref = "2023-01-17"
    text = "일정은 △26일 개봉2동 △27일 수궁동 △31일 가리봉동 △2월 1일 고척2동 순이다."
    assert _found(text, "ko", ref) == [
        ("26일", "2023-01-26"),
        ("27일", "2023-01-27"),
        ("31일", "2023-01-31"),
        ("2월 1일", "2023-02-01"),
    ]
    assert _found("30日、31日、2月1日に開催", "ja", ref)[1:] == [
        ("31日", "2023-01-31"),
        ("2月1日", "2023-02-01"),
    ]
    # days out of order stay unread up to the break
    text = "일정은 △31일 개봉2동 △27일 수궁동 △2월 1일 고척2동 순이다."
    assert _found(text, "ko", ref) == [("27일", "2023-01-27"), ("2월 1일", "2023-02-01")]
    # a day the month before lacks stays unread
    assert _found("일정은 △30일 개봉2동 △3월 1일 고척2동 순이다.", "ko", ref) == [
        ("3월 1일", "2023-03-01")
    ]


def test_figures_after_a_korean_month_that_run_into_a_counter_are_no_day() -> None:
    # http://mediahub.seoul.go.kr/archives/1092978 (2017-07-03): "the 9th city it signed, in
    # July 1991" was read as 9 July 1991
    text = "이번에 박원순 시장이 방문한 러시아 모스크바는 지난 1991년 7월에 9번째로 체결한 도시다."
    assert str(parse_date(text, lang="ko", ref=PartialDate("2017-07-03"))) == "1991-07"
    assert _found("7월에 3번째 행사", "ko", "2017-07-03") == [("7월에", "2017-07")]
    # the day with its suffix stays a day
    assert _found("1991년 7월 9일에 체결", "ko", "2017-07-03") == [("1991년 7월 9일", "1991-07-09")]
    assert _found("5월 5∼7일 축제", "ko", "2017-07-03") == [("5월 5∼7일", "2017-05-05/2017-05-07")]


def test_an_invitation_in_the_present_speaks_of_the_coming_weekday() -> None:
    # https://www.wlbt.com/2019/08/14/city-ridgeland-break-ground-new-city-hall/ (a Wednesday)
    ref = "2019-08-14"
    text = "The public is invited to visit on Friday to learn more about the New City Hall."
    assert _found(text, "en", ref) == [("Friday", "2019-08-16")]
    assert _found("Residents are encouraged to attend Friday.", "en", ref) == [
        ("Friday", "2019-08-16")
    ]
    assert _found("Residents were invited to visit on Friday.", "en", ref) == [
        ("Friday", "2019-08-09")
    ]


def test_a_korean_word_of_since_after_a_day_opens_its_range() -> None:
    # http://www.seonamtoday.com/news/view.php?idx=10819 (2020-11-16): the family of "이후",
    # "이래" after a day without its year, as "以降" in Japanese; "부터" still names the day
    ref = "2020-11-16"
    assert _found("9월 25일 이후 확진자가 늘었다", "ko", ref) == [
        ("9월 25일 이후", "2020-09-25/..")
    ]
    assert _found("9월 25일 이후에는 12건이 발생했다", "ko", ref) == [
        ("9월 25일 이후", "2020-09-25/..")
    ]
    assert _found("9일 이후 진행되고 있다.", "ko", ref) == [("9일 이후", "2020-11-09/..")]
    assert _found("9월 25일부터 진행됐다", "ko", ref) == [("9월 25일", "2020-09-25")]


def _cases() -> list[dict[str, object]]:
    path = _BENCH / "date_blind29a_cases.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


# the cases of the set not read right yet (each a miss, not a wrong answer, unless noted)
_OPEN = (
    # a start word names the day (docs: "Limits and starts"); the page says "ongoing since"
    "마을 생활안내 지도를 만드는 ‘항동 알림 프로젝트’도 9일부터",
    # days alone against a reference of month precision
    "구로5동은 오는 19일 오전 9시부터",
    "구로4동은 22일 오전 10시부터",
    # a Korean span of dotted month and day figures without a year
    "시는 “이번 (러시아·중앙아시아 6.26~7.4) 순방을",
    # a month-first stamp on a Vietnamese page (16 is no month)
    "Đã xem: 321 | Cật nhập lần cuối: 1/16/2023",
)


def test_the_set_stays_at_least_as_right_as_it_was() -> None:
    right = 0
    for case in _cases():
        text, lang, expected = str(case["text"]), str(case["lang"]), case["expected"]
        ref = PartialDate(str(case["ref"])) if case["ref"] else None
        if text.startswith(_OPEN):
            continue
        if expected is None:
            with pytest.raises(DateParseError):
                parse_date(text, lang=lang, ref=ref)
        else:
            assert str(parse_date(text, lang=lang, ref=ref)) == expected, text
        right += 1
    assert right >= 67


def test_the_whole_articles_stay_at_least_as_found_as_they_were() -> None:
    found = traps_read = 0
    for meta_path in sorted((_BENCH / "date_articles29a").glob("*.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        text = meta_path.with_suffix(".txt").read_text(encoding="utf-8")
        ref = PartialDate(meta["published"]) if meta["published"] else None
        mentions = find_dates(text, lang=meta["lang"], ref=ref)
        for date in meta["dates"]:
            start, end = date["start"], date["start"] + len(date["span"])
            over = [str(m.value) for m in mentions if m.start < end and start < m.end]
            if date["value"] is None:
                traps_read += bool(over)
            else:
                found += date["value"] in over
    # 27 of the 28 dates ("16 và 17/8", two days joined by "và", is still missed); no trap read
    assert (found, traps_read) == (27, 0)
