"""A country's adjective or a possessive word beside a place marker is no city
(:mod:`citydiplo._extract._demonym`): Hebrew "העיר ההולנדית" (the Dutch city), "העיר
התאומה שלה" (its twin city), Gujarati "જાપાની શહેર" (a Japanese city) -- while a city the
gazetteer does not know, written beside the marker, is still read."""

from __future__ import annotations

import pytest

from citydiplo import extract
from citydiplo._extract._cues import cues
from citydiplo._extract._demonym import country_adjective, no_city_word


def _places(text: str, lang: str) -> list[str]:
    return [m.name or "" for m in extract(text, lang=lang).mentions if m.kind == "place"]


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        (
            "he",
            "משלחת מהעיר ההולנדית ביקרה בחיפה. ראש העיר ההולנדית חתם על הסכם עם חיפה.",
            "ההולנדית",
        ),
        ("he", "משלחת מהעיר היפנית ביקרה בחיפה. ראש העיר היפנית חתם על הסכם עם חיפה.", "היפנית"),
        (
            "he",
            "משלחת מהעיר האוקראינית ביקרה בחיפה. ראש העיר האוקראינית חתם על הסכם עם חיפה.",
            "האוקראינית",
        ),
        ("he", "חיפה חתמה על הסכם עם העיר התאומה שלה. משלחת מהעיר התאומה שלה ביקרה בחיפה.", "שלה"),
        (
            "gu",
            "જાપાની શહેરના પ્રતિનિધિમંડળે અમદાવાદની મુલાકાત લીધી. જાપાની શહેર અને અમદાવાદે કરાર કર્યો.",
            "જાપાની",
        ),
    ],
)
def test_an_adjective_or_possessive_beside_a_marker_is_no_city(
    lang: str, text: str, word: str
) -> None:
    places = _places(text, lang)
    assert not any(word in p for p in places), places
    assert places  # the real city beside it is still read


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "he",
            "משלחת מהעיר קלינינגרדסק ביקרה בחיפה. ראש העיר קלינינגרדסק חתם על הסכם עם חיפה.",
            "קלינינגרדסק",
        ),
        (
            "he",
            "משלחת מהעיר זלנוגרדית ביקרה בחיפה. ראש העיר זלנוגרדית חתם על הסכם עם חיפה.",
            "זלנוגרדית",
        ),
        (
            "gu",
            "કાલોલી શહેરના પ્રતિનિધિમંડળે અમદાવાદની મુલાકાત લીધી. કાલોલી શહેર અને અમદાવાદે કરાર કર્યો.",
            "કાલોલી",
        ),
    ],
)
def test_an_unknown_city_beside_a_marker_is_still_read(lang: str, text: str, name: str) -> None:
    assert any(name in p for p in _places(text, lang))


@pytest.mark.parametrize(
    ("lang", "word", "expected"),
    [
        ("he", "ההולנדית", True),  # Holland: הולנד
        ("he", "היפנית", True),  # Japan: יפן, with its final letter
        ("he", "הרוסית", True),  # Russia: רוסיה
        ("he", "הצרפתית", True),  # France: צרפת
        ("he", "הקוריאנית", True),  # Korea: קוריאה
        ("he", "ההודית", True),  # India: הודו
        ("he", "הברזילאית", True),  # Brazil: ברזיל
        ("he", "הפינית", True),  # Finland: פינלנד
        ("he", "הקזחית", True),  # Kazakhstan: קזחסטן
        ("he", "הרצליה", False),  # cities that look like such words
        ("he", "המבורג", False),
        ("he", "הלסינקי", False),
        ("he", "נתניה", False),
        ("he", "חיפה", False),
        ("he", "זלנוגרדית", False),
        ("he", "שלה", False),  # a possessive, no adjective
        ("gu", "જાપાની", True),
        ("gu", "ચીની", True),
        ("gu", "અમદાવાદ", False),
        ("en", "Japanese", False),  # no endings in the data: never
    ],
)
def test_country_adjective(lang: str, word: str, expected: bool) -> None:
    assert country_adjective(word, cues(lang)) is expected


def test_possessive_words_name_no_city() -> None:
    assert no_city_word("שלה", cues("he")) and no_city_word("שלנו", cues("he"))
    assert not no_city_word("חיפה", cues("he"))
