"""Korean start words and yearly lists: a month with "부터" glued to it opens a range as with a
space; a clause whose verb tells that something began states its date instead
(:mod:`citydiplo._text._started_on`); days in brackets after "every year, N times" come back
every year (:mod:`citydiplo._text._recurring`)."""

from __future__ import annotations

import pytest

from citydiplo import PartialDate, find_dates, parse_date


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # blind14a (a water-works notice): works going on since November of last year
        (
            "시와 K-water는 수돗물의 안정적인 물 공급 및 수압관리를 위해 지난해 11월부터 "
            "단계적인 블록화 공사를 추진하고 있다.",
            "2023-04-03",
            "2022-11/..",
        ),
        ("2022년 11월부터", "2023-04-03", "2022-11/.."),
        ("2022년 11월 부터", "2023-04-03", "2022-11/.."),
        # ajunews.com, 2023-09-18: the two cities began their exchanges in April 2013
        ("양 시는 2013년 4월부터 교류를 시작해", "2023-09-18", "2013-04"),
        ("양 시는 2013년 4월 5일부터 교류를 시작했다", "2023-09-18", "2013-04-05"),
        # blind11a: a verb of beginning between the two ends of a span keeps the span
        (
            "경남 거창은 거창한마당축제가 29일부터 시작해 10월 2일까지",
            "2022-09-20",
            "2022-09-29/2022-10-02",
        ),
        # a word of limit, not the start, is what the verb follows: no change
        ("2022년 11월까지", "2023-04-03", "2022-11"),
    ],
)
def test_korean_start_words(text: str, ref: str, expected: str) -> None:
    assert str(parse_date(text, lang="ko", ref=PartialDate(ref))) == expected


@pytest.mark.parametrize("text", ["2022년 11월부터", "2021년 3월부터", "2019년 12월이후"])
def test_whole_text_and_running_text_agree(text: str) -> None:
    """The whole-text shortcut gives what the scan of running text gives."""
    ref = PartialDate("2023-04-03")
    found = [str(m.value) for m in find_dates(f"공사는 {text} 진행 중이다", lang="ko", ref=ref)]
    assert found == [str(parse_date(text, lang="ko", ref=ref))]
    assert found[0].endswith("/..")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # blind18a (a council's rules): the regular sessions, twice every year
        ("정례회는 매년 2회 (1차 : 6월 10일, 2차 : 11월 21일) 집회하며", []),
        # the same list with no word of yearly recurrence: a day of this year
        ("정례회는 (1차 : 6월 10일) 집회하며", ["2023-06-10"]),
        # the brackets closed before the day: the day is read
        ("정례회는 매년 2회 (1차) 6월 10일 집회하며", ["2023-06-10"]),
    ],
)
def test_days_listed_after_a_yearly_count(text: str, expected: list[str]) -> None:
    """Days in brackets right after "every year, N times" come back every year
    (:func:`citydiplo._text._recurring.not_yearly`)."""
    found = find_dates(text, lang="ko", ref=PartialDate("2023-04-03"))
    assert [str(m.value) for m in found] == expected
