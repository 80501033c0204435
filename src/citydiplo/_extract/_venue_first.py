"""The place where a tie is told is no first side of it.

"平成20年10月28日、遼寧省において、神奈川県と友好提携関係にある中国・遼寧省、韓国・京畿道の代表者が
…" (on 28 October 2008, in Liaoning, the representatives of Liaoning and Gyeonggi, which have
friendship ties with Kanagawa, …): with no conjunction joining two places and no focus, a
partnership cue ties the first place of its sentence to each of the others -- here the place
of the meeting, marked as such by a locative word ("において", in; the language's
``locative_after`` and ``locative_before`` slot words). That reading ties Liaoning to Kanagawa
and to Gyeonggi, and loses Kanagawa's tie with Gyeonggi.

Rule: among the partnership candidates of one cue that share their first side, when that
side's first mention in the sentence stands right before one of the language's
``locative_after`` words or right after one of its ``locative_before`` words, the sides are
ordered by their first mention outside such a locative; the first of them is tied to each of
the others. With fewer than two sides so named, the candidates stand; so do they when the
first side is named only in the locative ("अहमदाबाद में शिमला ने लखनऊ के साथ…": a place named
only as where it happened still takes part).
"""

from __future__ import annotations

from itertools import groupby

import attrs

from citydiplo._extract._mention import Mention
from citydiplo._extract._sentence import Candidate
from citydiplo._extract._slotdata import slot_data

__all__ = ["venue_not_first"]

_RULE = "partnership cue with a named partner"


def _located(m: Mention, text: str, after: tuple[str, ...], before: tuple[str, ...]) -> bool:
    return any(text.startswith(w, m.end) for w in after) or any(
        text.endswith(w, 0, m.start) for w in before)


def venue_not_first(cands: list[Candidate], text: str, lang: str) -> list[Candidate]:
    """``cands`` with the partnerships whose first side is only the place where the sentence
    happens tied again (module docstring).

    >>> from citydiplo import extract
    >>> x = extract("京畿道において、神奈川県と友好提携関係にある遼寧省(りょうねいしょう)、京畿道"
    ...             "(キョンギド)の代表者が会議を開いた。", lang="ja")
    >>> sorted(tuple(sorted(p.parties)) for p in x.dataset.partnerships)
    [('region-cn-ln', 'region-jp-14'), ('region-jp-14', 'region-kr-41')]
    """
    data = slot_data(lang)
    after = tuple(data["locative_after"])
    before = tuple(w for w in data["locative_before"] if w.strip())
    if not after and not before:
        return cands
    out: list[Candidate] = []
    key = lambda c: (c.sentence.start, c.cue.start, c.rule == _RULE)  # noqa: E731
    for (_, _, named), group in groupby(cands, key=key):
        items = list(group)
        out += _reordered(items, text, after, before) if named and items[0].type == \
            "partnership" else items
    return out


def _reordered(items: list[Candidate], text: str, after: tuple[str, ...],
               before: tuple[str, ...]) -> list[Candidate]:
    first = items[0].actors[0][0]
    if any(c.actors[0][0] != first for c in items):
        return items
    s = items[0].sentence
    mentions = [m for m in s.entities if m.actor]
    head = next((m for m in mentions if m.actor == first), None)
    if head is None or not _located(head, text, after, before):
        return items
    sides = {first} | {c.actors[1][0] for c in items}
    named: dict[str, Mention] = {}
    for m in mentions:
        if m.actor in sides and m.actor not in named and not _located(m, text, after, before):
            named[m.actor] = m
    order = sorted(named.values(), key=lambda m: m.start)
    if len(order) < 2 or order[0].actor == first or first not in named:
        return items
    lead, c0 = order[0], items[0]
    date = (c0.date,) if c0.date is not None else ()
    return [attrs.evolve(c0, actors=((lead.actor or "", "party"), (m.actor or "", "party")),
                         mentions=(lead, m, *date)) for m in order[1:]]
