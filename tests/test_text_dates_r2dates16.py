"""Second pass of round 16 (dates): literal positive and negative cases, each written from the
language's grammar and calendar, not from the function under test."""

from __future__ import annotations

import pytest

from citydiplo import PartialDate, find_dates, parse_date

_REF = PartialDate("2026-12-02")


def _values(text: str, lang: str, ref: PartialDate | None = None) -> list[str]:
    return [str(m.value) for m in find_dates(text, lang=lang, ref=ref)]


# --- an hour before a span word is no first day: "सुबह 10 से 12 मई तक" is from 10 in the
# morning until 12 May, never 10 to 12 May
@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        ("मेला सुबह 10 से 12 मई 2025 तक चलेगा", "hi", None, ["2025-05-12"]),
        ("सुबह 10 से 12 मई तक पानी बंद रहेगा", "hi", _REF, ["2026-05-12"]),
        ("रात 9 से 11 जून 2025 तक", "hi", None, ["2025-06-11"]),
        ("સવારે ૧૦ થી ૧૩ જાન્યુઆરી ૨૦૨૭ સુધી પાણીકાપ", "gu", None, ["2027-01-13"]),
        ("બપોરે ૨ થી ૫ મે, ૨૦૨૫ સુધી", "gu", None, ["2025-05-05"]),
        ("ساعت ۱۰ تا ۱۲ مه ۲۰۲۵", "fa", None, ["2025-05-12"]),
        ("בשעה 10 עד 12 במאי 2025", "he", None, ["2025-05-12"]),
        ("החל מהשעה 10 עד 12.5.2025", "he", None, ["2025-05-12"]),
    ],
)
def test_an_hour_is_no_first_day_of_a_span(
    text: str, lang: str, ref: PartialDate | None, expected: list[str]
) -> None:
    assert _values(text, lang, ref) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("मेला 10 से 12 मई 2025 तक चलेगा", "hi", "2025-05-10/2025-05-12"),
        ("૧૦ થી ૧૩ જાન્યુઆરી ૨૦૨૭ સુધી પાણીકાપ", "gu", "2027-01-10/2027-01-13"),
        ("از ۱۰ تا ۱۲ مه ۲۰۲۵", "fa", "2025-05-10/2025-05-12"),
        ("מ-10 עד 12 במאי 2025", "he", "2025-05-10/2025-05-12"),
        ("12 मई 2025 की सुबह 10 बजे", "hi", "2025-05-12"),
    ],
)
def test_a_span_of_days_without_an_hour_word_stays(text: str, lang: str, expected: str) -> None:
    assert str(parse_date(text, lang=lang)) == expected
