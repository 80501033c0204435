"""Hostile readings of place names: a city and its same-named district in other scripts."""

from __future__ import annotations

import pytest

from citydiplo import find_places


def _found(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.place.kind.value, m.place.name) for m in find_places(text, lang=lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a big city known by a translated name is its same-named district's namesake, as
        # it is by its own name ("signed in Tel Aviv" is the city)
        ("ההסכם נחתם בתל אביב", "he", [("תל אביב", "city", "Tel Aviv")]),
        ("המשלחת מתל אביב", "he", [("תל אביב", "city", "Tel Aviv")]),
        (
            "תל אביב וברלין חתמו על הסכם ערים תאומות",
            "he",
            [("תל אביב", "city", "Tel Aviv"), ("ברלין", "city", "Berlin")],
        ),
        # negatives that keep their readings
        ("The agreement was signed in Tel Aviv", "en", [("Tel Aviv", "city", "Tel Aviv")]),
        ("ההסכם נחתם בחיפה", "he", [("חיפה", "city", "Haifa")]),
        ("Соглашение подписано в Тель-Авиве", "ru", [("Тель-Авив", "city", "Tel Aviv")]),
    ],
)
def test_a_city_named_in_another_script_is_not_its_district(
    text: str, lang: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _found(text, lang) == expected
