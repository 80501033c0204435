"""A word after a month naming a part of it ("上旬", "하순", "के अंत में") marks the month
approximate, as "early March 2020" is; a word that only starts like one does not."""

from __future__ import annotations

import pytest

import citydiplo as cd
from citydiplo.dates import PartialDate

REF = PartialDate("2024-03-15")


@pytest.mark.parametrize(
    ("lang", "text", "quote", "value"),
    [
        ("zh", "2020年3月上旬，代表团访问", "2020年3月上旬", "2020-03~"),
        ("zh", "2020年3月底，双方签署", "2020年3月底", "2020-03~"),
        ("ja", "2020年3月下旬に訪問", "2020年3月下旬", "2020-03~"),
        ("ja", "3月末に訪問", "3月末", "2024-03~"),
        ("ko", "2020년 3월 초 방문", "2020년 3월 초", "2020-03~"),
        ("ko", "3월 중순에 방문", "3월 중순에", "2024-03~"),
        ("hi", "मार्च 2020 के अंत में दौरा", "मार्च 2020 के अंत में", "2020-03~"),
        ("gu", "માર્ચ 2020ના અંતમાં મુલાકાત", "માર્ચ 2020ના અંતમાં", "2020-03~"),
        ("vi", "cuối tháng 3/2020, đoàn", "cuối tháng 3/2020", "2020-03~"),
        ("vi", "đầu tháng 5 năm 2021", "đầu tháng 5 năm 2021", "2021-05~"),
        ("en", "at the end of March 2020", "the end of March 2020", "2020-03~"),
    ],
)
def test_a_part_of_a_month_is_the_month_approximately(
    lang: str, text: str, quote: str, value: str
) -> None:
    [m] = cd.find_dates(text, lang=lang, ref=REF)
    assert (m.text, str(m.value)) == (quote, value)
    assert m.value.approximate  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("lang", "text", "quote", "value"),
    [
        ("ko", "3월 초청 행사", "3월", "2024-03"),  # 초청: an invitation
        ("zh", "2020年3月中国代表团来访", "2020年3月", "2020-03"),  # 中国: China
        ("ja", "2020年3月に訪問", "2020年3月に", "2020-03"),
    ],
)
def test_a_word_that_only_starts_like_one_leaves_the_month(
    lang: str, text: str, quote: str, value: str
) -> None:
    [m] = cd.find_dates(text, lang=lang, ref=REF)
    assert (m.text, str(m.value)) == (quote, value)
