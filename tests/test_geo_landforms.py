"""A place read from two characters of a Chinese landform's name is no place
(``citydiplo._geo._han_mountains``; data from wordfreq in ``_geo/data/han_mountains.json``)."""

from __future__ import annotations

import pytest

from citydiplo import find_places


def _read(text: str) -> list[str]:
    return [m.text for m in find_places(text, lang="zh")]


# "参观了乐山大佛、峨眉山等世界遗产景观"
# (http://yuegouguoji.com/lsswszf/bmdttsh/202508/cdd70af7c1c1421cb6d6361552d6af23.shtml):
# 峨眉山 is Mount Emei, not Meishan (眉山) read from its last two characters
@pytest.mark.parametrize(("text", "kept"), [
    ("参观了乐山大佛、峨眉山等世界遗产景观", ["乐山"]),
    ("代表团登上了峨眉山", []),
    ("峨眉山市位于乐山市", ["乐山市"]),
    ("孙中山先生的故居", []),
    ("沿着黄浦江散步", []),
    ("游览了鄱阳湖", []),
])
def test_a_landform_reads_no_place_from_two_of_its_characters(text: str,
                                                              kept: list[str]) -> None:
    assert _read(text) == kept


@pytest.mark.parametrize(("text", "place"), [
    ("眉山市代表团访问了日本", "眉山市"),
    ("上海市黄浦区", "黄浦"),
    ("马鞍山市", "马鞍山市"),
])
def test_the_place_itself_stays(text: str, place: str) -> None:
    assert place in _read(text)
