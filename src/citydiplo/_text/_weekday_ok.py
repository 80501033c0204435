"""The check of a weekday the scan read (``wd``): not of a weekly schedule, nor glued to a
word, nor a word of another meaning ("thứ hai" is also "second", "среда" also "environment")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from citydiplo._text._fast import per_grammar
from citydiplo._text._guards import glued_weekday
from citydiplo._text._hebcal import hebrew_month_follows
from citydiplo._text._hebrew_sabbath import unmarked_weekday
from citydiplo._text._listed import listed_among_words
from citydiplo._text._recurring import recurring_after, recurring_before
from citydiplo._text._titled import titled_weekday

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar

__all__ = ["weekday_ok"]

_BEFORE_A_DATE = re.compile(r"[,.]? ?\d")


def weekday_ok(
    fields: dict[str, str],
    folded: str,
    m: re.Match[str],
    original: str,
    where: Sequence[int],
    g: Grammar,
) -> bool:
    """In English and Vietnamese a weekday is capitalised ("thứ hai" is also "second"); in
    Russian a bare weekday needs its preposition ("в среду": "среда" is also "environment")."""
    if (
        recurring_before(folded, m.start(), g.vocab.lists, m.end())  # "每星期一"
        or recurring_after(folded, m.end(), g.vocab.lists)
        or glued_weekday(fields, folded, m.start())
        or ("he" in g.langs and hebrew_month_follows(folded, m.end()))
        or listed_among_words(folded, m.start(), m.end(), g)  # "کربلا، دوشنبه، اردکان"
        or titled_weekday(folded, m.start(), g)  # "امام جمعه": the Friday prayer leader
        or unmarked_weekday(fields, folded, m, g)  # "שמירת שבת": the Sabbath, no day
        or _cut_short(fields, folded, m, g)  # "金曜" inside "金曜日1"
    ):
        return False  # "every Sunday", "매년 10월 셋째 주 일요일", "등록일", "יום א' בשבט"
    prepositions = g.vocab.lists.get("weekday_prepositions")
    if prepositions and not {"mod_last", "mod_next", "wdp"} & fields.keys():
        beside_a_date = _BEFORE_A_DATE.match(folded, m.end()) or folded[: m.start()].endswith("(")
        if not beside_a_date:
            return False
    if not g.vocab.flags.get("capitalised_weekdays"):
        return True
    text = original[where[m.start()] : where[m.end() - 1] + 1]
    return any(ch.isupper() for ch in text)


def _cut_short(fields: dict[str, str], folded: str, m: re.Match[str], g: Grammar) -> bool:
    """Whether the weekday read is the start of a longer name of a weekday written there
    ("金曜" of "金曜日1", a name the checks refused whole)."""
    name = fields.get("wd", "")
    at = folded.find(name, m.start(), m.end()) if name else -1
    if at < 0:
        return False
    if name in g.vocab.weekdays:  # (the names the pattern reads: their table, built once)
        longer = per_grammar(_LONGER, g, _longer_names).get(name, ())
    else:
        longer = tuple(w for w in g.vocab.weekdays if len(w) > len(name) and w.startswith(name))
    return folded.startswith(longer, at)  # (a tuple: one test in C)


def _longer_names(g: Grammar) -> dict[str, tuple[str, ...]]:
    """Each weekday name of ``g`` -> the longer names that start with it (built once)."""
    names = sorted(g.vocab.weekdays)
    out: dict[str, tuple[str, ...]] = {}
    for name in names:
        longer = tuple(w for w in names if len(w) > len(name) and w.startswith(name))
        if longer:
            out[name] = longer
    return out


_LONGER: dict[int, tuple[Grammar, dict[str, tuple[str, ...]]]] = {}
