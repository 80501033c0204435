"""A big city's one-word name opening a sentence is read without a cue word
(``citydiplo._geo._opening``); words and persons' names opening a sentence are not."""

from __future__ import annotations

import pytest

from citydiplo import find_places

# (text, lang, the names read)
CASES = [
    ("Paris hosts it.", "en", ["Paris"]),
    ("Busan signed an MOU with Little Rock.", "en", ["Busan", "Little Rock"]),
    ("Seoul said on Monday.", "en", ["Seoul"]),
    ("Tokyo and Osaka signed it.", "en", ["Tokyo", "Osaka"]),
    ("Москва подписала соглашение.", "ru", ["Москва"]),
    # a word or a small place's name opening a sentence stays held back
    ("Nice to meet you.", "en", []),
    ("Reading is fun.", "en", []),
    ("Mobile phones are cheap.", "en", []),
    ("Jackson said no.", "en", []),
    ("Phoenix rises.", "en", []),
    # an adjective made of the name: the Voronezh governor (gorcom36.ru headline)
    ("Воронежский губернатор отправился в приграничный район", "ru", []),
    # a capitalised word, a possessive or a comma after the name keep it held back
    ("Houston Chronicle reported it.", "en", []),
    ("Paris's mayor spoke.", "en", []),
    ("Paris, the capital, hosts it.", "en", []),
]


@pytest.mark.parametrize(("text", "lang", "names"), CASES)
def test_opening_name(text: str, lang: str, names: list[str]) -> None:
    assert [m.text for m in find_places(text, lang=lang)] == names


def test_surname_elsewhere_keeps_it_a_person() -> None:
    from citydiplo._geo._opening import _beside_capital

    text = "Mayor Lima Barreto spoke. Lima said the plan works."
    assert _beside_capital(text, 26, 30)
    assert not _beside_capital("Lima said the plan works.", 0, 4)
