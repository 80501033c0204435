"""parse_date given a year or a month with a number written against it: the number was
dropped and the coarser date returned ("2024-4" was 2024, "2024년 13월" was 2024, "April
2024 5" was April 2024). Part of the text unread makes the whole expression an error."""

from __future__ import annotations

import pytest

import citydiplo as cd


@pytest.mark.parametrize(
    ("text", "lang", "read"),
    [
        ("2024-4", "en", "2024"),
        ("2024/4", "en", "2024"),
        ("2024 4", "en", "2024"),
        ("April 2024 5", "en", "April 2024"),
        ("2024년 13월", "ko", "2024년"),
        ("2024年13月", "zh", "2024"),
        ("3 2066", None, "2066"),
        ("năm 2024 15", "vi", "năm 2024"),
    ],
)
def test_a_number_against_a_year_or_month_is_not_dropped(
    text: str, lang: str | None, read: str
) -> None:
    with pytest.raises(cd.DateParseError) as caught:
        cd.parse_date(text, lang=lang)
    message = str(caught.value)
    assert repr(text) in message and repr(read) in message
    assert "expected one date expression" in message


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("2024년 4월", "ko", "2024-04"),
        ("2024年4月", "zh", "2024-04"),
        ("in 2003", "en", "2003"),
        ("năm 2024", "vi", "2024"),
        ("Tháng 3/2025", "vi", "2025-03"),
        ("6 मार्च, 2025", "hi", "2025-03-06"),
        ("14:00, May 5, 2024", "en", "2024-05-05"),  # a time beside a day is dropped
        ("2016-11-30 14:16", "ko", "2016-11-30"),
        ("2024~", "en", "2024~"),
    ],
)
def test_dates_with_nothing_unread_still_parse(text: str, lang: str, value: str) -> None:
    assert str(cd.parse_date(text, lang=lang)) == value


def test_find_dates_is_unchanged_by_it() -> None:
    # running text: the mention is found, the number beside it is simply not part of it
    found = cd.find_dates("By 2024 4 cities had joined.", lang="en")
    assert [(m.text, str(m.value)) for m in found] == [("2024", "2024")]


@pytest.mark.parametrize(
    ("text", "lang", "ref", "value"),
    [
        # a count beside the date in a sentence is no unread part of it
        ("마을 행사 지원 등 지난해 151개 행사에 75억여 원", "ko", "2024-05-01", "2023"),
        ("지난해 3개 도시와 협약", "ko", "2024-05-01", "2023"),
        ("2023年 3个城市签署了协议", "zh", None, "2023"),
        ("In 2023, 15 delegates visited the city.", "en", None, "2023"),
    ],
)
def test_a_count_in_the_sentence_is_no_unread_number(
    text: str, lang: str, ref: str | None, value: str
) -> None:
    import datetime

    at = datetime.date.fromisoformat(ref) if ref else None
    assert str(cd.parse_date(text, lang=lang, ref=at)) == value
