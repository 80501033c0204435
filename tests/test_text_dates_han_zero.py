"""A zero among Han digits written "0" or "○" (white circle) instead of "〇": "二0二五年" is
2025, and "二0二五年三月五日" keeps its year (it was read as 5 March of no year, a coarser
value than the text states)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from citydiplo import PartialDate, parse_date

_HAN = "〇一二三四五六七八九"


def test_a_latin_zero_among_han_digits() -> None:
    assert parse_date("二0二五年", lang="zh") == PartialDate("2025")
    assert parse_date("二○二五年", lang="zh") == PartialDate("2025")
    assert parse_date("二0二五年三月五日", lang="zh") == PartialDate("2025-03-05")
    assert parse_date("二○○八年八月八日", lang="ja") == PartialDate("2008-08-08")


@given(st.integers(1900, 2099), st.sampled_from(["〇", "0", "○"]))
def test_any_year_in_han_digits_with_any_zero(year: int, zero: str) -> None:
    text = "".join(zero if d == "0" else _HAN[int(d)] for d in str(year)) + "年"
    assert parse_date(text, lang="zh") == PartialDate(str(year))
