"""Which gazetteer keys the extra names also hold, read from a small prebuilt list.

Every look-up of a name (:func:`citydiplo._geo._candidates.candidates`) must know whether
the extra names (:mod:`citydiplo._geo._extra`) add to the key's gazetteer postings. Of the
gazetteer's keys only about 4,100 are also extra names, so a set of those answers the test
for every key the gazetteer holds, without a look-up in the extra names' trie. The list,
``data/extras/indexed_keys.json``, is built by ``tools/build_extras_overlap.py`` from the
two tries and records their numbers of keys: when the tries loaded differ from those, the
list is not used and the trie answers (:func:`indexed_extras` returns ``None``).
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from citydiplo._geo._extra import extras
from citydiplo._geo._gazetteer import gazetteer

__all__ = ["OUTPUT", "indexed_extras", "overlap"]

OUTPUT = "citydiplo/_geo/data/extras/indexed_keys.json"  # (under src/)
_ABOUT = (
    "match keys held by both the gazetteer (data/gazetteer/names.marisa) and the extra names "
    "(data/extras/keys.marisa); built by tools/build_extras_overlap.py from those two tries"
)


def overlap() -> dict[str, Any]:
    """The list's content, computed from the tries this process loads."""
    gz, more = gazetteer(), extras()
    keys = sorted(k for k in more.keys_starting("") if gz.holds(k))
    return {
        "about": _ABOUT,
        "gazetteer_keys": gz.key_count(),
        "extras_keys": more.key_count(),
        "keys": keys,
    }


@cache
def indexed_extras() -> frozenset[str] | None:
    """The keys both tries hold, or ``None`` when the shipped list was built from other
    tries than the ones loaded (then ask the extra names' trie)."""
    path = resources.files("citydiplo._geo").joinpath("data", "extras", "indexed_keys.json")
    try:
        data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return None
    built = (data.get("gazetteer_keys"), data.get("extras_keys"))
    if built != (gazetteer().key_count(), extras().key_count()):
        return None
    return frozenset(data["keys"])
