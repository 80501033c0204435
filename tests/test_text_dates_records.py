"""A count ahead in a sentence that marks a first time or a record measures the span before
the event ("the first visit in 13 years"): no date N years after ``ref``."""

from __future__ import annotations

import pytest

from citydiplo import DateParseError, PartialDate, find_dates, parse_date

REF = PartialDate("2024-03-15")

SPANS = [
    ("en", "It was the first visit by a mayor in 13 years."),
    ("en", "The delegation was the largest in 10 years, officials said."),
    ("en", "Turnout was the highest in a decade"),
    ("en", "For the first time in 5 years the forum met in Busan."),
    ("hi", "13 वर्ष में पहली बार महापौर ने दौरा किया।"),
    ("hi", "यह 10 साल में सबसे बड़ा प्रतिनिधिमंडल था।"),
    ("gu", "13 વર્ષમાં પ્રથમ વખત મેયરે મુલાકાત લીધી."),
    ("gu", "આ 10 વર્ષમાં સૌથી મોટું પ્રતિનિધિમંડળ હતું."),
]

AHEAD = [
    ("en", "The bridge will open in 2 years.", "2026"),
    ("en", "This was the first visit. The next one will come in 2 years.", "2026"),
    ("en", "in 2 years 3 months", "2026-06"),
    ("hi", "2 वर्ष में पुल बनेगा।", "2026"),
    ("gu", "બે વર્ષમાં પુલ તૈયાર થશે.", "2026"),
    ("ru", "Впервые мост откроют через 2 года.", "2026"),
]


@pytest.mark.parametrize(("lang", "text"), SPANS)
def test_a_count_ahead_beside_a_record_word_is_no_date(lang: str, text: str) -> None:
    assert [m.text for m in find_dates(text, lang=lang, ref=REF)] == []


@pytest.mark.parametrize(("lang", "text"), SPANS[:1])
def test_parse_date_refuses_it(lang: str, text: str) -> None:
    with pytest.raises(DateParseError):
        parse_date(text, lang=lang, ref=REF)


@pytest.mark.parametrize(("lang", "text", "value"), AHEAD)
def test_a_count_ahead_elsewhere_is_still_read(lang: str, text: str, value: str) -> None:
    assert [str(m.value) for m in find_dates(text, lang=lang, ref=REF)] == [value]
