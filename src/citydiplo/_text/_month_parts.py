"""Words after a month that name a part of it: "2020年3月上旬", "3월 하순", "मार्च 2020 के
अंत में". The month is then marked approximate, as "early March 2020" already is by the
words before it (``approximate_words``); it is never returned as the plain month, which
would drop what the text states. A year alone takes the same words ("2024年頃", "2024년경",
"2024年底", "2024 के अंत में"): it is marked approximate, as "around 2024" and "late 2024"
are. So do a month or year named relative to ``ref`` ("이달 말", "다음 달 초", "本月底",
"今月末", "내년 초"): the end of this month is not the whole month.

The words are the per-language list ``month_part_after``. A word in another script needs a
non-letter after it ("3월 초," but not "3월 초청"); a word written in Han or kana may be
followed by anything ("3月下旬に", "5月底完成", "2024年底前"), unless the text there is a
longer word of the list ``month_part_not`` that begins with the part's word
("2024年初めての訪問": the first visit of 2024, not early 2024; "3月初步": preliminary).

A day takes the words of ``day_approx_after`` ("7月5日前后", "7月5日頃", "7월 5일경"): it is
marked approximate, as "khoảng ngày 5/7" (around the 5th of July) already is; the plain day
would drop the "around" the text states.

A month alone (no year, no day) glued to a word of ``month_name_followers`` ("五月节": the May
festival, "五月祭"), or followed by one after a space or hyphen in a script written with spaces
("अगस्त क्रांति": the August Revolution; "मार्च पास्ट": a march past, a parade), is the head of
a name, no date: it is dropped.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from citydiplo._text._half_month import month_halves
from citydiplo._text._month_end_days import month_end_days
from citydiplo._text._solar_month import solar_months_alone
from citydiplo._text._words import starts_with_word

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["month_parts"]

# readings of a month without its day (a month alone, or with its year), and a year alone
_MONTH_KINDS = frozenset({"m", "my", "ym", "my_num", "ym_num", "y"})
_RELATIVE = frozenset({"rel_month", "phrase"})  # a month or year relative to ``ref``
_DAY_KINDS = frozenset({"md", "ymd", "dm", "dmy", "mdy", "d_only"})  # a day, stated alone


def _cjk(ch: str) -> bool:
    return "\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff"


@functools.lru_cache(maxsize=64)
def _tuple(words: frozenset[str]) -> tuple[str, ...]:
    """``words`` as a tuple, for ``str.startswith`` (one test in C for the whole list)."""
    return tuple(words)


def _part_after(tail: str, words: frozenset[str], others: frozenset[str]) -> str | None:
    if not tail.startswith(_tuple(words)) or tail.startswith(_tuple(others)):
        return None  # (no word of the list starts ``tail``, or a longer word of ``others``)
    best = None
    for word in words:
        if not tail.startswith(word) or (best is not None and len(best) >= len(word)):
            continue
        after = tail[len(word) : len(word) + 1]
        if not after.isalpha() or _cjk(word[-1]):  # "3月末に", "5月底完成"
            best = word
    return best


def _month_like(a: Candidate, g: Grammar) -> bool:
    """A month or year alone, stated or relative to ``ref`` ("이달", "다음 달", "本月")."""
    if a.kind == "rel_month":
        return True
    if a.kind != "phrase":
        return False
    readings = g.vocab.phrases.get(a.fields.get("ph", ""), ())
    return bool(readings) and all(
        r.kind == "offset" and r.unit in ("month", "year") for r in readings
    )


def month_parts(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``atoms`` with each month that a part-of-month word follows marked approximate and
    its span extended over the word."""
    atoms = month_halves(atoms, folded, g)  # "the second half of May": before the month
    atoms = month_end_days(atoms, folded, g)  # "в первый день мая": its first day
    atoms = solar_months_alone(atoms, folded, g)  # "در بهمن ماه": a Solar Hijri month
    words = g.vocab.lists.get("month_part_after")
    if not words:
        return atoms
    empty: frozenset[str] = frozenset()
    others = g.vocab.lists.get("month_part_not", empty)
    day_words = g.vocab.lists.get("day_approx_after", empty)
    names = g.vocab.lists.get("month_name_followers", empty)
    out = []
    for a in atoms:
        kind = a.kind
        if kind == "m" and names and _name_head(folded, a.end, names):
            continue  # "五月节": a festival's name; "अगस्त क्रांति": a movement's
        month_like = kind in _MONTH_KINDS or (kind in _RELATIVE and _month_like(a, g))
        day = kind in _DAY_KINDS and "d" in a.fields
        if (month_like or (day and day_words)) and "approx" not in a.fields:
            raw = folded[a.end : a.end + 24]
            tail = raw.lstrip(" ")
            part = _part_after(tail, day_words, empty) if day else _part_after(tail, words, others)
            if part is not None:
                end = a.end + len(raw) - len(tail) + len(part)
                a = a._replace(end=end, fields={**a.fields, "approx": part})
        out.append(a)
    return out


def _name_head(folded: str, end: int, names: frozenset[str]) -> bool:
    """Whether a word of ``names`` follows the month ending at ``end``: glued to it (Han,
    kana), or after a space or hyphen as a whole word ("अगस्त क्रांति", "मार्च-पास्ट")."""
    if folded.startswith(_tuple(names), end):
        return True
    if folded[end : end + 1] not in (" ", "-"):
        return False
    return starts_with_word(folded[end + 1 : end + 24], names) > 0
