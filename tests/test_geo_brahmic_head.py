"""parallel_prefixes reads no further than the longest Devanagari or Gujarati key: its
answers equal those of the whole-window reading (the definition, written out here)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from citydiplo._geo import _brahmic
from citydiplo._geo._anusvara import nasal_prefixes
from citydiplo._geo._extra import extras
from citydiplo._geo._gazetteer import gazetteer

_NAMES = ("अहमदाबाद", "गांधीनगर", "टोकियो", "टोक्यो", "कोबे", "इंदौर", "ન્યૂ યોર્ક",
          "અમદાવાદ", "ટોકિયો", "સાન ફ્રાન્સિસ્કો", "हिमाचल प्रदेश", "उत्तर प्रदेश")
_LETTERS = [chr(c) for c in (*range(0x0905, 0x0940), *range(0x0A85, 0x0AC0))] + [
    "\u093f", "\u094d", "\u092f", "\u0abf", "\u0acd", "\u0aaf", " "]


def _whole(window: str) -> list[str]:
    """The reading of the whole window, as parallel_prefixes is defined."""
    first = _brahmic._script_of(window[:1]) if window else None
    if first is None:
        return []
    nasal = nasal_prefixes(window, _brahmic._names)
    run = _brahmic._runs()[first].match(window)
    if run is None:
        return nasal
    other = run.group().translate(_brahmic._tables()[first])
    found = {*gazetteer().prefixes(other), *extras().prefixes(other)}
    for spelled in (*_brahmic.spellings(window), *_brahmic.spellings(other)):
        found |= {*gazetteer().prefixes(spelled), *extras().prefixes(spelled)}
    return [window[: len(k)] for k in sorted(found, key=len)] + nasal


def _same(window: str) -> None:
    # keys that begin the window as written are read directly by find_places, whatever
    # parallel_prefixes says of them: the two readings agree on every other key
    direct = {*gazetteer().prefixes(window), *extras().prefixes(window)}
    got = sorted(k for k in _brahmic.parallel_prefixes(window) if k not in direct)
    assert got == sorted(k for k in _whole(window) if k not in direct), window


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_NAMES), st.text(st.sampled_from(_LETTERS),
                                                           max_size=12)),
                min_size=1, max_size=20))
def test_head_reading_equals_whole_window(pieces: list[str]) -> None:
    _same(" ".join(pieces)[:193])


def test_longest_bounds_every_key() -> None:
    # keys read from the index directly, in both scripts' blocks
    longest = _brahmic._longest()
    for index in (gazetteer(), extras()):
        for code in (0x0905, 0x0915, 0x0A85, 0x0A95, 0x0938, 0x0AB8):
            assert all(len(k) <= longest for k in index.keys_starting(chr(code)))
    assert longest >= len("सान फ्रांसिस्को")


def test_literal_windows() -> None:
    assert _brahmic.parallel_prefixes("કોબેમાં " + "ક" * 150) == ["કોબે"]
    for name in _NAMES:
        _same(name + " के मेयर ने कहा कि " * 8)


def test_the_longest_keys_are_read_whole() -> None:
    # the longest keys of each script, written in the other one, are found at full length
    for index in (gazetteer(), extras()):
        for code in (0x0915, 0x0938, 0x0A95, 0x0AB8):
            keys = sorted(index.keys_starting(chr(code)), key=lambda k: (-len(k), k))[:3]
            for key in keys:
                written = _brahmic.parallel_key(key)
                if written is None:
                    continue
                window = written + " में " + "क" * 120
                _same(window)
                assert written in _brahmic.parallel_prefixes(window)
