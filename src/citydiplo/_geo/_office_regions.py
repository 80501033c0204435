"""A subdivision named after its governor's office (used by ``find_places``).

Persian news names a province through its governor or governorate: "استاندار فارس" (the
governor of Fars), "استانداری فارس" (the governorate), where CLDR writes the province
"استان فارس". The bare name of most provinces is read anywhere ("خوزستان"), but a bare name
that is an ordinary word is read only with the generic word ("فارس" alone is also the
Persian language and the Fars news agency). :func:`office_prefixes` reads the office word
as the generic word, for those names only (``data/office_regions.json``).
"""

from __future__ import annotations

from functools import cache

from citydiplo._geo._data import load_json
from citydiplo._geo._extra import extras
from citydiplo._geo._gazetteer import gazetteer

__all__ = ["office_prefixes"]


@cache
def _words() -> tuple[tuple[str, str], ...]:
    """(office word, generic word), folded, longest office word first."""
    from citydiplo._normalize import match_key

    table: dict[str, dict[str, str]] = load_json("office_regions.json")["words"]
    pairs = {(match_key(w), match_key(g)) for lang in sorted(table) for w, g in table[lang].items()}
    return tuple(sorted(pairs, key=lambda pair: (-len(pair[0]), pair)))


@cache
def _read_bare(generic: str, country: str) -> frozenset[str]:
    """The bare names of ``country``'s subdivisions read on their own."""
    return frozenset(b for b, _ in extras().bare_subdivisions((generic,), frozenset({country})))


def _read_alone(bare: str, key: str, generic: str) -> bool:
    if bare in extras() or gazetteer().postings(bare):
        return True  # "تهران": the city, in its province
    return any(_read_bare(generic, code[:2]) >= {bare} for code in extras().subdivisions(key))


def office_prefixes(window: str) -> list[tuple[str, int]]:
    """The subdivisions named at the start of the folded ``window`` by an office word and a
    bare name not read alone, as (the key of the name with its generic word, the length of
    the office word and the name in the window).

    >>> office_prefixes("استاندار فارس گفت")
    [('استان فارس', 13)]
    >>> office_prefixes("استاندار خوزستان گفت"), office_prefixes("استاندارد فارس")
    ([], [])
    """
    found: list[tuple[str, int]] = []
    for office, generic in _words():
        if not window.startswith(office + " "):
            continue
        rest = window[len(office) + 1 :]
        for key in extras().prefixes(f"{generic} {rest}"):
            bare = key[len(generic) + 1 :]
            size = len(office) + 1 + len(bare)
            if not key.startswith(generic + " ") or not bare:
                continue
            if size < len(window) and window[size].isalnum():
                continue  # the name goes on: another word
            if extras().subdivisions(key) and not _read_alone(bare, key, generic):
                found.append((key, size))
    return found
