"""A region written right after a town, in the genitive and without a comma (data in
``data/region_after.json``).

Russian news writes "в Балашове Саратовской области" (in Balashov, Saratov oblast): the
region qualifies the town as "Toledo, Ohio" does in English. :func:`regions_after` gives
the region's adjective in the nominative ("Саратовская"), to be read as such a qualifier.
"""

from __future__ import annotations

import re
from functools import cache

from citydiplo._geo._data import load_json

__all__ = ["regions_after"]


@cache
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    data = load_json("region_after.json")["ru"]
    endings: dict[str, str] = data["endings"]
    generics = "|".join(re.escape(w) for w in data["generics"])
    ends = "|".join(re.escape(e) for e in sorted(endings, key=lambda e: (-len(e), e)))
    # a case ending glued to the town's stem ("Балашов|е"), then the region's adjective
    return re.compile(rf"[а-яё]{{0,2}} ([А-ЯЁ][а-яё-]+?)({ends}) (?:{generics})(?![а-яё])"), endings


def regions_after(text: str, end: int) -> list[str]:
    """The region's adjective, in the nominative, written right after the name ending at
    ``end`` (``[]`` when none is).

    >>> text = "в Балашове Саратовской области"
    >>> regions_after(text, 9), regions_after("Ейске Краснодарского края", 4)
    (['Саратовская'], ['Краснодарский'])
    >>> regions_after("в Балашове и в области", 9)
    []
    """
    pattern, endings = _pattern()
    match = pattern.match(text, end, min(len(text), end + 48))
    if match is None:
        return []
    return [match.group(1) + endings[match.group(2)]]
