"""A full date that ends a span or list whose first day and month, in figures, were not read
is no mention of its own (it would drop the span the text states); a day and month in
figures take the year stated once at the span's end."""

from __future__ import annotations

import pytest

import citydiplo as cd
from citydiplo.dates import PartialDate

UNREAD = [
    ("vi", "từ 3/4 đến 2/10/1997"),  # "3/4" may be a fraction: the first end stays unread
    ("en", "between 29/7 and 2/8/1997"),
]


@pytest.mark.parametrize(("lang", "text"), UNREAD)
def test_the_end_of_an_unread_span_is_no_date(lang: str, text: str) -> None:
    assert cd.find_dates(text, lang=lang) == []
    with pytest.raises(cd.DateParseError):
        cd.parse_date(text, lang=lang)


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("vi", "từ ngày 29/7 đến ngày 2/8/1997", "1997-07-29/1997-08-02"),
        ("he", "בין 29.7 ל-2.8.1997", "1997-07-29/1997-08-02"),
        # after "с" a dotted day and month take the year after the later end, as in Hebrew
        ("ru", "с 29.07 по 02.08.1997", "1997-07-29/1997-08-02"),
        ("vi", "từ ngày 30/12 đến ngày 2/1/2024", "2023-12-30/2024-01-02"),
        # after "từ" each end states its month: read as the span (blind batch 8a)
        ("vi", "từ 29/7 đến 2/8/1997", "1997-07-29/1997-08-02"),
        ("vi", "Hội nghị diễn ra từ 30/12 đến 2/1/2024 tại Hà Nội", "2023-12-30/2024-01-02"),
    ],
)
def test_figures_take_the_year_stated_at_the_end(lang: str, text: str, value: str) -> None:
    assert str(cd.parse_date(text, lang=lang)) == value


@pytest.mark.parametrize(
    ("lang", "text", "start", "value"),
    [
        ("vi", "Ngày 2/8/1997, đoàn đã đến", "2/8/1997", PartialDate("1997-08-02")),
        ("ru", "Счёт 2:1, 02.08.1997 в Москве", "02.08.1997", PartialDate("1997-08-02")),
        ("ru", "Дом 5/7 по улице Ленина, 02.08.1997", "02.08.1997", PartialDate("1997-08-02")),
    ],
)
def test_a_date_after_other_figures_is_still_read(
    lang: str, text: str, start: str, value: PartialDate
) -> None:
    [m] = cd.find_dates(text, lang=lang)
    assert (m.text, m.value) == (start, value)
