"""The year of an era's year ("令和5年", "民國113年"), checked against the era's span.

An era counts from 1 ("元年" is its first year); a number past the era's last year names no
year ("平成40年": Heisei ended in its 31st year, 2019), and neither does year 0. The last
year of each era that has ended is data (``era_last_years`` of the language's file, after
CLDR's calendar data); an era without one runs on.

>>> from citydiplo import DateParseError, parse_date
>>> str(parse_date("平成31年4月30日", lang="ja"))
'2019-04-30'
>>> try:
...     parse_date("平成40年", lang="ja")
... except DateParseError as e:
...     print(e)
cannot resolve '平成40年': '平成40年': 平成 has no year 40 (its years run from 1 to 31)
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from citydiplo._text._lexicon import load_data
from citydiplo._text._numerals import fold_word
from citydiplo._text._relative import Unresolved

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar

__all__ = ["era_year"]


@functools.cache
def _last_years(langs: tuple[str, ...]) -> dict[str, int]:
    out: dict[str, int] = {}
    for lang in langs:
        for era, last in load_data(lang).get("era_last_years", {}).items():
            out[fold_word(era)] = int(last)
    return out


def era_year(g: Grammar, era: str, number: int, what: str) -> int:
    """The calendar year of year ``number`` of ``era``; ``Unresolved`` (``what`` quotes the
    text) when the era has no such year."""
    last = _last_years(g.langs).get(era)
    if number < 1 or (last is not None and number > last):
        span = f"from 1 to {last}" if last is not None else "from 1"
        raise Unresolved(f"{what}: {era} has no year {number} (its years run {span})")
    return g.eras[era] + number - 1
