"""A day and month's name, then two figures: news shorthand for a year ("15 March 24").

Read without the figures the date would take ``ref``'s year (or none), a value coarser than
the text, silently: it is left unread in every language that writes a month's name, as
Hindi notices' "5 जुलाई 22" already was; a counter or counted noun after the figures makes
them a count, and the day and month stay.
"""

from __future__ import annotations

import pytest

import citydiplo as cd

REF = cd.PartialDate("2026-12-02")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("15 March 24", "en"),
        ("1 January 12", "en"),
        ("March 15 24", "en"),
        ("15 марта 24", "ru"),
        ("15 ડિસેમ્બર 24", "gu"),
        ("15 במרץ 24", "he"),
    ],
)
def test_two_figures_after_a_day_and_month_leave_the_date_unread(text: str, lang: str) -> None:
    for ref in (None, REF):
        with pytest.raises(cd.DateParseError):
            cd.parse_date(text, lang=lang, ref=ref)
        assert cd.find_dates(text, lang=lang, ref=ref) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("on 15 March 24 delegates arrived", "en", "2026-03-15"),
        ("15 марта 24 человека", "ru", "2026-03-15"),
        ("15 March 2024", "en", "2024-03-15"),
        ("15 March, 10:30", "en", "2026-03-15"),
        ("۱۵ مهر ۰۲", "fa", "2023-10-07"),  # the grammar's own two-figure Solar Hijri year
    ],
)
def test_a_count_or_a_full_year_or_a_time_keeps_the_date(
    text: str, lang: str, expected: str
) -> None:
    assert [str(m.value) for m in cd.find_dates(text, lang=lang, ref=REF)] == [expected]


@pytest.mark.parametrize("text", ["7月15日 16時30分", "9월 20일 14시", "7月11日10时"])
def test_a_clock_after_a_cjk_day_is_no_year(text: str) -> None:
    lang = {"7月15日 16時30分": "ja", "9월 20일 14시": "ko", "7月11日10时": "zh"}[text]
    assert len(cd.find_dates(text, lang=lang, ref=REF)) == 1
