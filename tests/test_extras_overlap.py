"""The shipped list of keys that both the gazetteer and the extra names hold is current, and
a look-up reads the same with it as with the extra names' trie."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from citydiplo._geo import _candidates, _extra_keys
from citydiplo._geo._extra import extras
from citydiplo._geo._gazetteer import gazetteer


def _shipped() -> dict[str, object]:
    path = resources.files("citydiplo._geo").joinpath("data", "extras", "indexed_keys.json")
    data: dict[str, object] = json.loads(path.read_text("utf-8"))
    return data


def test_the_shipped_list_is_what_the_tries_give() -> None:
    # fails after a rebuild of either trie until tools/build_extras_overlap.py is run
    assert _shipped() == _extra_keys.overlap()


def test_the_list_is_used_when_it_matches_the_tries() -> None:
    both = _extra_keys.indexed_extras()
    assert both is not None
    assert all(gazetteer().holds(k) and k in extras() for k in sorted(both)[:50])
    # a province named like its capital city (Adana, Ankara, Akita) is in both
    assert {"adana", "ankara", "akita"} <= both
    assert "paris" not in both and "paris" not in extras() and gazetteer().holds("paris")


def test_a_list_built_from_other_tries_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    stale = {**_shipped(), "extras_keys": 1}
    monkeypatch.setattr(json, "loads", lambda _text: stale)
    _extra_keys.indexed_extras.cache_clear()
    try:
        assert _extra_keys.indexed_extras() is None
    finally:
        monkeypatch.undo()
        _extra_keys.indexed_extras.cache_clear()


@pytest.mark.parametrize(
    "key",
    # keys of both tries (a subdivision or district also named like a gazetteer place),
    # of the gazetteer only, of the extra names only, and of neither
    ["adana", "ankara", "akita", "paris", "seoul", "gangnam gu", "boeun", "no such place x"],
)
def test_candidates_read_the_same_without_the_list(key: str) -> None:
    _candidates.candidates.cache_clear()
    with_list = _candidates.candidates(key)
    _candidates.candidates.cache_clear()
    _extra_keys.indexed_extras.cache_clear()
    original = _extra_keys.indexed_extras
    try:
        _candidates.indexed_extras = lambda: None  # type: ignore[assignment]
        without = _candidates.candidates(key)
    finally:
        _candidates.indexed_extras = original  # type: ignore[assignment]
        _candidates.candidates.cache_clear()
    assert with_list == without
