"""A date moved is two dates, no span: "postponed from May 31 to June 20", "6月5日から6月12日に
変更", "6월 5일에서 6월 12일로 연기됐다" name the old day and the new one, not the days between.

A span of two dates with a word of the language's ``reschedule_words`` (postponed, moved,
extended; 変更, 延期; 연기, 변경 …) right before it (past at most a word of its
``range_prefixes``: "from") or right after it (past at most a particle of two letters) gives
its two ends as two dates, unless a word of ``range_prefixes`` opens the span:
"自2020年5月20日至10月31日延长开放时间" (from 20 May to 31 October, opening hours are
extended) frames the days of the extension, the verb after its frame. "rescheduled for April
10 to 12" names the new span, and stays one. An end that is a day alone
("来週31日から来月20日まで延長": "31日") took its month from the other end; alone it could
name the wrong month, so it is dropped, never guessed. Only a span read as two dates joined
is split; a span the grammar reads in one piece ("từ ngày 5/6 đến ngày 12/6") stays one.

>>> from citydiplo import find_dates, PartialDate
>>> ref = PartialDate("2021-05-25")
>>> [(m.text, str(m.value)) for m in find_dates(
...     "The meeting was postponed from May 31 to June 20.", lang="en", ref=ref)]
[('May 31', '2021-05-31'), ('June 20', '2021-06-20')]
>>> [(m.text, str(m.value)) for m in find_dates(
...     "The exhibition runs from May 31 to June 20.", lang="en", ref=ref)]
[('May 31 to June 20', '2021-05-31/2021-06-20')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from citydiplo._text._words import word_anywhere

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["rescheduled"]

_AFTER = 2  # the gap between the span and the word: a particle ("に", "로 ", "まで")
_REACH = 40  # how far before the span a word is looked for


def _moved(c: Candidate, folded: str, g: Grammar) -> bool:
    words = g.vocab.lists.get("reschedule_words")
    pattern = word_anywhere(frozenset(words)) if words else None
    if pattern is None:
        return False
    after = pattern.search(folded, c.end, c.end + _AFTER + 12)
    if after is not None:
        gap = folded[c.end : after.start()].strip()
        if ((len(gap) <= _AFTER and gap.isalpha()) or not gap) and not _framed(c, folded, g):
            return True
    last = None
    for m in pattern.finditer(folded, max(0, c.start - _REACH), c.start):
        last = m
    if last is None:
        return False
    gap = folded[last.end() : c.start].strip()
    return not gap or gap in g.words.get("range_prefixes", ())


def _framed(c: Candidate, folded: str, g: Grammar) -> bool:
    """Whether a word of ``range_prefixes`` ("自", "from") opens the span ``c``."""
    head = folded[max(0, c.start - 12) : c.start].rstrip()
    prefixes = g.words.get("range_prefixes", ())
    return any(p and (folded.startswith(p, c.start) or head.endswith(p)) for p in prefixes)


def _standalone(end: Candidate | None) -> bool:
    """Whether an end of a span names its date alone (not a day that borrows its month)."""
    return end is not None and (end.kind != "d_only" and ("m" in end.fields or "d" not in end.fields
                                                          or end.kind.startswith("rel")))


def rescheduled(found: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``found`` with each span of a moved date split into the ends that stand alone."""
    if not g.vocab.lists.get("reschedule_words"):
        return found
    for c in found:  # (a loop, not ``any``: it runs on every text, most of one or two dates)
        if c.kind == "range":
            break
    else:
        return found
    out: list[Candidate] = []
    for c in found:
        if c.kind != "range" or not _moved(c, folded, g):
            out.append(c)
            continue
        out.extend(e for e in (c.low, c.high) if e is not None and _standalone(e))
    return out
