"""Families of faults found by the blind set 17a (``bench/places_news_blind17a.json``):
each case is written from grammar and general knowledge, not from the function's answers."""

from __future__ import annotations

import pytest

from citydiplo import find_places


def _read(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.place.country, m.place.subdivision) for m in find_places(text, lang=lang)]


# A place read from the first two characters of a mountain's name: 普陀山 is Mount Putuo in
# Zhoushan, not Putuo district of Shanghai; 天台山, 武当山, 九华山 likewise.
@pytest.mark.parametrize(
    "text",
    [
        "五台山与普陀山均为全国文明风景旅游区",
        "舟山市拥有普陀山、嵊泗列岛等国家级风景名胜区",
        "游客登上了天台山",
        "他们去了武当山和九华山。",
    ],
)
def test_mountain_names_read_no_place(text: str) -> None:
    assert [r for r in _read(text, "zh") if r[0] != "舟山市"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("上海市普陀区", ("CN", "CN-SH")),
        ("马鞍山市", ("CN", "CN-AH")),
    ],
)
def test_places_beside_mountain_words_stay(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(c, s) for _, c, s in _read(text, "zh")]
