"""Day suffixes that date a day alone, where the language otherwise wants a day word; and
the word that must follow a day alone where the day word also leads counts.

In Gujarati a day alone needs a day word ("તારીખ 5મીએ", "તા. 19"): "19મી" is also the
ordinal of "19મી સદી" (the 19th century). The locative forms of the day suffix
(``day_suffixes_alone``, data: "19મીએ", "2જીએ", "1લીએ": on the 19th, the 2nd, the 1st) are
said only of days, so they date the day without the word.

>>> from citydiplo import PartialDate, find_dates
>>> ref = PartialDate("2022-02-15")
>>> [str(m.value) for m in find_dates("નગરપાલિકા 19મીએ બેઠક મળશે", lang="gu", ref=ref)]
['2022-02-19']
>>> find_dates("19મી સદી", lang="gu", ref=ref)
[]

In Hindi the day word "आगामी" (coming) leads a day alone ("आगामी 28-29 को": on the coming
28th and 29th) but also a count ("आगामी 2 दिनों में": in the next two days): where the
language sets ``day_only_needs_follower``, a day alone is one only with a word of
``day_only_followers`` right after it ("को": on).

>>> [str(m.value) for m in find_dates("आगामी 18-19 को मेला होगा", lang="hi", ref=ref)]
['2022-02-18/2022-02-19']
>>> find_dates("आगामी 2 दिनों में बारिश होगी", lang="hi", ref=ref)
[]

A day alone right after a month figure that was not read is no day alone: "NPO6月1日" (the
month glued to a Latin acronym, which may be a code "NPO6") must not give the 1st of ``ref``'s
month; the whole mention is skipped rather than dated to another month.

>>> find_dates("NPO6月1日発表", lang="ja", ref=PartialDate("2017-07-22"))
[]
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar

__all__ = ["day_head_blocked", "listed_after", "needs_day_word", "no_follower"]

# a month written in figures or Han numerals with its month mark, ending the text before a day
_MONTH_MARK_END = re.compile(r"[\d〇一二三四五六七八九十]\s*[月월]\s*$")

# the next word: up to a space or a mark (Devanagari vowel signs are no ``\w``)
_WORD = re.compile(r" ?([^\s\d.,;:!?()\"'\u0964-]+)")


def needs_day_word(suffix: str, g: Grammar) -> bool:
    """Whether a day written with ``suffix`` (folded) and no day word is no date."""
    if not g.vocab.flags.get("day_only_needs_word"):
        return False
    return suffix.strip() not in g.vocab.lists.get("day_suffixes_alone", frozenset())


def no_follower(folded: str, end: int, g: Grammar) -> bool:
    """Whether a day alone ending at ``end`` lacks the word the language wants after it, or
    opens a list of days (:func:`listed_after`)."""
    if listed_after(folded, end, g):
        return True
    if not g.vocab.flags.get("day_only_needs_follower"):
        return False
    nxt = _WORD.match(folded, end)
    return nxt is None or nxt.group(1) not in g.vocab.lists.get("day_only_followers", frozenset())


def listed_after(folded: str, end: int, g: Grammar) -> bool:
    """Whether another day in figures follows the day alone in figures ending at ``end``, after
    a comma or a word of ``and_words``: the day is the first of listed days ("તા. 15 અને 16
    જૂનના રોજ": on the 15th and 16th of June), which the rules of listed days read whole, with
    the month that closes them, or leave unread; never the first day alone, in ``ref``'s
    month."""
    if not folded[end - 1 : end].isdigit():
        return False  # a day with its suffix ("15일, 16일") is read day by day
    words = g.vocab.lists.get("and_words", frozenset())
    alt = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    joint = rf",|\s(?:{alt})(?=[\s\d-])" if alt else ","
    return re.match(rf"\s*(?:{joint})[\s-]*\d{{1,2}}(?!\d)", folded[end : end + 24]) is not None


def day_head_blocked(folded: str, start: int, lists: Mapping[str, frozenset[str]]) -> bool:
    """Whether what stands right before a day alone at ``start`` makes it none: a word of
    ``duration_before`` ("for the next 15 days"), or a month figure and mark that were not
    read with it ("NPO6月1日": the day is that month's, not ``ref``'s)."""
    head = folded[max(0, start - 8) : start].rstrip()
    if _MONTH_MARK_END.search(head):
        return True
    return any(head.endswith(w) for w in lists.get("duration_before", frozenset()))
