"""Which readings of a name written in another script's conventions stand without a strong
mention of their country (``find_places`` keeps the others only beside one).

* An Indian town read by its Latin spellings with a cue word on it ("ભરૂચ જિલ્લાના"):
  :func:`citydiplo._geo._indic.home_cued`; so an Indian district ("કચ્છ જિલ્લા"):
  :func:`citydiplo._geo._indic_adm2.district_cued`.
* A country written in Devanagari or Gujarati with the other vowel length or a plain e or o
  for the candra ("ન્યૂઝીલેન્ડ", CLDR's "ન્યુઝીલૅન્ડ", New Zealand): the variant changes a
  vowel sign of a country's own name, and a name of :data:`MIN_LETTERS` letters or more
  spelled so is no ordinary word; the country itself is all the support a country needs.
"""

from __future__ import annotations

from citydiplo._geo._cues import Cues
from citydiplo._geo._evidence import script
from citydiplo._geo._indic import INDIC, home_cued
from citydiplo._geo._indic_adm2 import district_cued
from citydiplo._geo._places import Place, PlaceKind

__all__ = ["MIN_LETTERS", "stands_alone"]

MIN_LETTERS = 6  # "ઈરાન" (Iran, 4) is left to a strong mention


def stands_alone(folded: str, i: int, place: Place, j: int, cues: Cues) -> bool:
    """Whether the reading of ``folded[i:j]`` as ``place`` stands on its own.

    >>> from citydiplo import find_places
    >>> text = "ન્યૂઝીલેન્ડ તથા પોર્ટુગલ જેવા દેશોના વિઝા"
    >>> [m.place.country for m in find_places(text, lang="gu")]
    ['NZ', 'PT']
    >>> [m.place.country for m in find_places("ઈરાન", lang="gu")]
    ['IR']
    """
    if place.kind is PlaceKind.COUNTRY:
        return script(folded[i]) in INDIC and j - i >= MIN_LETTERS
    return home_cued(folded, i, place, j, cues) or district_cued(folded, i, place, j, cues)
