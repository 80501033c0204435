"""The readings ``find_places`` adds to what its scan found, from the mentions around them.

* provinces sharing the first word of the name before them, written once ("خراسان شمالی و
  رضوی"): :func:`citydiplo._geo._elided_heads.with_elided_heads`;
* regions listed as adjectives under one plural generic word ("Курской, Белгородской и
  Брянской областей"): :func:`citydiplo._geo._shared_heads.with_shared_heads`;
* Indian towns listed beside towns of their state ("देवरिया, गोरखपुर, बहराइच, गोंडा"):
  :func:`citydiplo._geo._listed_home.with_listed_home_towns`;
* a short province name that is also a word, before a city of that province ("경기
  남양주시"): :func:`citydiplo._geo._province_before.with_provinces_before`;
* a country after a preposition glued to it ("درایران"):
  :func:`citydiplo._geo._glued_prepositions.with_glued_prepositions`;
* a lowercase town adjective before an office word ("омской делегации"):
  :func:`citydiplo._geo._town_adjectives.with_town_adjectives`;
* a small foreign town in katakana or Hangul after its region ("ニューヨーク州のホースヘッズ村",
  "위스콘신주 매니토웍시"): :func:`citydiplo._geo._kana_towns.with_kana_towns`,
  :func:`citydiplo._geo._hangul_abroad.with_hangul_towns`;
* a big Indian town named alone beside a town of its state ("રાજકોટના ગોંડલ પંથકમાં"):
  :func:`citydiplo._geo._state_towns.with_state_towns`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from citydiplo._geo._elided_heads import with_elided_heads
from citydiplo._geo._glued_prepositions import with_glued_prepositions
from citydiplo._geo._guard_types import Mention
from citydiplo._geo._guards import guarded
from citydiplo._geo._hangul_abroad import with_hangul_towns
from citydiplo._geo._kana_towns import with_kana_towns
from citydiplo._geo._listed_home import with_listed_home_towns
from citydiplo._geo._province_before import with_provinces_before
from citydiplo._geo._shared_heads import with_shared_heads
from citydiplo._geo._state_towns import with_state_towns
from citydiplo._geo._town_adjectives import with_town_adjectives

__all__ = ["completed"]

M = TypeVar("M", bound=Mention)


def completed(
    mentions: Sequence[M],
    text: str,
    lang: str | None,
    make: Callable[..., M],
    finder: Callable[..., Sequence[Mention]],
) -> tuple[M, ...]:
    """``mentions`` with the readings described above, in text order (``make`` builds a
    mention from ``start=, end=, text=, place=``; ``finder`` is ``find_places``)."""
    found = with_elided_heads(mentions, text, lang, make)
    found = with_shared_heads(found, text, lang, make, finder)
    found = with_listed_home_towns(found, text, lang, make)
    found = with_state_towns(found, text, lang, make, guarded)
    found = with_town_adjectives(found, text, lang, make, finder)
    found = with_kana_towns(found, text, lang, make)
    found = with_hangul_towns(found, text, lang, make)
    glued = with_glued_prepositions(found, text, lang, make)
    return tuple(with_provinces_before(glued, text, lang, make))
