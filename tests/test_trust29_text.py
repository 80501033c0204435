"""Text a hostile user gives the place reader: a NUL character inside a name.

The gazetteer's index (marisa-trie) reads a key as a C string, which ends at a NUL: looked
up as it was, "Seoul\\x00 blah blah" was the key "seoul" and read as Seoul, and "March\\x00
2024" as the English town of March. No name holds a NUL, so a key with one names nothing.
"""

from __future__ import annotations

import pytest

import citydiplo as cd


@pytest.mark.parametrize("text", ["Seoul\x00 blah blah", "March\x00 2024", "Se\x00oul"])
def test_a_name_with_a_nul_inside_names_no_place(text: str) -> None:
    with pytest.raises(cd.UnknownNameError):
        cd.parse_place(text, lang="en")


def test_the_index_holds_no_key_with_a_nul() -> None:
    from citydiplo._geo._extra import extras
    from citydiplo._geo._gazetteer import gazetteer

    index = gazetteer()
    assert index.postings("seoul") is not None  # the key itself is there
    assert index.postings("seoul\x00 blah") is None
    assert index.records("seoul\x00") == []
    assert not index.holds("seoul\x00 blah")
    assert "seoul" not in index.prefixes("\x00seoul")
    assert index.keys_with_prefix("seoul\x00", limit=5) == []
    assert "seoul\x00" not in extras()

