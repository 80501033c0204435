"""A subdivision named in full in Chinese, then by its short form.

Chinese news names a state or province in full with its generic word "州" ("艾奥瓦州",
Iowa; "俄勒冈州", Oregon), then by its first character and that word ("艾州", "俄州").
A state written without that word gives the same short form: "塔斯马尼亚" (Tasmania),
then "塔州"; "维多利亚" (Victoria), then "维州" (a state as ISO 3166-2 types it:
"苏格兰", Scotland, gives no "苏州", which is Suzhou).
Such a short form, written in the same text, is read as the subdivision named in full,
after the full name, unless two subdivisions named there give the same short form
("密歇根州" and "密苏里州" both give "密州") or another reading covers it. A short form never
stands without the full name before it: "德州" alone is Dezhou, Shandong, not Texas.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Protocol

import attrs

from citydiplo._geo._evidence import script
from citydiplo._geo._places import Place, PlaceKind

__all__ = ["short_forms"]

_GENERIC = "州"


@cache
def _state(code: str | None) -> bool:
    """Whether ISO 3166-2 types subdivision ``code`` a state (Chinese calls it a 州)."""
    import pycountry

    return any(sub.code == code and sub.type == "State" for sub in pycountry.subdivisions)


class _Mention(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def place(self) -> Place: ...


def short_forms(
    text: str, kept: Sequence[_Mention], taken: list[tuple[int, int]]
) -> list[tuple[int, int, Place]]:
    """The short forms of the subdivisions ``kept`` names in full, outside the ``taken``
    spans (extended with the spans read here), as (start, end, place).

    >>> from citydiplo import find_places
    >>> text = "河北省代表团来到艾奥瓦州。艾州州长表示,河北与艾州友好。"
    >>> [(m.text, m.place.subdivision) for m in find_places(text, lang="zh")][1:]
    [('艾奥瓦州', 'US-IA'), ('艾州', 'US-IA'), ('河北', 'CN-HE'), ('艾州', 'US-IA')]
    >>> text = "应澳大利亚塔斯马尼亚政府邀请,大使对塔州进行访问。塔州重视对华关系。"
    >>> [(m.text, m.place.subdivision) for m in find_places(text, lang="zh")]
    [('澳大利亚', None), ('塔斯马尼亚', 'AU-TAS'), ('塔州', 'AU-TAS'), ('塔州', 'AU-TAS')]
    """
    forms: dict[str, dict[tuple[str, str | None], Place]] = {}
    first: dict[str, int] = {}  # where the full name is first written
    for m in kept:
        name = text[m.start : m.end]
        if (
            m.place.kind is PlaceKind.SUBDIVISION
            and len(name) >= 3
            and (name.endswith(_GENERIC) or _state(m.place.subdivision))
            and all(script(ch) == "CJK" for ch in name)
        ):
            same = (m.place.country, m.place.subdivision)
            forms.setdefault(name[0] + _GENERIC, {})[same] = m.place
            first.setdefault(name[0] + _GENERIC, m.start)
    found: list[tuple[int, int, Place]] = []
    for form, places in sorted(forms.items()):
        if len(places) != 1:
            continue  # "佛州": Vermont or Florida?
        place = next(iter(places.values()))
        k = text.find(form, first[form])  # after the full name that introduces it
        while k >= 0:
            end = k + len(form)
            if not any(s < end and k < e for s, e in taken):
                found.append((k, end, attrs.evolve(place, text=form)))
                taken.append((k, end))
            k = text.find(form, end)
    return found
