"""The parallel-script form of a window, read in one match, equals the letter-by-letter
reading by Unicode character names (an independent reference built here)."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from citydiplo._geo._brahmic import parallel_prefixes
from citydiplo._geo._extra import extras
from citydiplo._geo._gazetteer import gazetteer

_NAMES = {"DEVANAGARI": "GUJARATI", "GUJARATI": "DEVANAGARI"}


def _counterpart(ch: str) -> str | None:
    name = unicodedata.name(ch, "")
    script = name.split(" ", 1)[0]
    if script not in _NAMES:
        return None
    try:
        return unicodedata.lookup(_NAMES[script] + name[len(script):])
    except KeyError:
        return None


def _reference(window: str) -> list[str]:
    if not window or window[0] == " ":
        return []
    script = unicodedata.name(window[0], "").split(" ", 1)[0]
    if script not in _NAMES:
        return []
    out = []
    for ch in window:
        if ch == " ":
            out.append(ch)
            continue
        other = _counterpart(ch)
        if other is None or not unicodedata.name(ch).startswith(script + " "):
            break
        out.append(other)
    if not out:
        return []
    return ["".join(out)]


_chars = st.one_of(st.characters(min_codepoint=0x0900, max_codepoint=0x097F),
                   st.characters(min_codepoint=0x0A80, max_codepoint=0x0AFF),
                   st.sampled_from(" aक"))


@given(st.text(_chars, max_size=12))
def test_prefixes_come_from_the_letter_by_letter_form(window: str) -> None:
    ref = _reference(window)
    got = parallel_prefixes(window)
    for key in got:
        assert window.startswith(key)
    if not ref:
        assert got == []
        return
    other = ref[0]
    keys = {*gazetteer().prefixes(other), *extras().prefixes(other)}
    assert {len(k) for k in keys} <= {len(k) for k in got}


def test_known_names_are_read_through_the_other_script() -> None:
    assert parallel_prefixes("કોબેમાં ગયા") == ["કોબે"]
    assert parallel_prefixes("गांधीनगर में") == ["गांधीनगर"]
    assert parallel_prefixes("kobe") == []
