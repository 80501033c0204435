"""A katakana name written with a long-vowel mark at the end of its word is that name
("カンザスシティー市" for GeoNames' "カンザスシティ"); inside a longer word it is not."""

from __future__ import annotations

from citydiplo import find_places


def _read(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.place.name, m.place.subdivision) for m in find_places(text, lang="ja")]


def test_a_long_vowel_ending_the_word_keeps_the_city() -> None:
    text = "倉敷市の姉妹都市ミズーリ州のカンザスシティー市を訪れます。"
    found = _read(text)
    assert ("カンザスシティ", "Kansas City", "US-MO") in found
    # never the state whose name the city's begins with
    assert all(sub != "US-KS" for _, _, sub in found)


def test_a_long_vowel_inside_a_longer_word_is_still_no_name() -> None:
    # "ローマンチック" (romantic) holds no Rome: cut before "ン"
    assert all(name != "Rome" for _, name, _ in _read("ローマンチックな夜景を楽しんだ。"))
