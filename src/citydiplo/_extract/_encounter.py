"""One encounter told with two words, in the headline and in the article, is one event.

A headline and its article tell the same visit with other words: "जयपुर महापौर ... पहुंची
लखनऊ" (the Jaipur mayor reached Lucknow: a visit) over "गुरुवार को ... लखनऊ पहुंची" and
"महापौर लखनऊ से शिष्टाचार भेंट" (a courtesy call: a meeting); "ראש עיריית בת ים ... נפגש
עם משלחת" (met a delegation) over "אירח ... פגישה" (hosted a meeting). The grouping of
duplicates (:func:`citydiplo._extract._groups.group_duplicates`) joins candidates of one kind
only, so each word became an event of its own; a curator records one. Within the article
itself, the same words without a demonstrative may tell another occasion (see
:mod:`citydiplo._extract._retold`), and are left alone.

The headline is the text's first line when it ends with no sentence-final mark ("।", ".",
"؟", "。"...) and more text follows it: a title, not a sentence of the article. A text written
on one line (a trailing newline after it or not) has no headline, nor has one whose first
line the segmenter cuts into several sentences (a lead paragraph that ends in a source
credit, "... (Yonhap)"): that line is the article, and its encounters of different kinds
("박형준 시장은 … 대표단을 만나 …" then "대표단은 … 부산을 방문했다": a meeting, then the visit
it was part of) are told apart as any sentences are.

Rule: two groups of event candidates, one of them cited from the headline, whose kinds are
both encounters (a visit, a meeting, a delegation, a reception), both announced or both
reported, with compatible dates, are one
occurrence when they share two principal actors (parties and participants, not signatories),
their hosts and their guests do not differ where both name places (each side named by both
with places has a place in common; a person's name is often read in two forms), and they do
not each name a further actor where one of those is a place ("the mayor met the UCLG
secretary general" and "the mayor met the mayor of Xi'an": two meetings; "the mayor visited
Little Rock" and "the mayor met the Italian ambassador": two events). The
later group joins the earlier one. The headline and the article's first encounter (its lead)
need share only one principal actor: a headline names a side by its title alone as often as
by name ("Chủ tịch UBND tỉnh Nguyễn Văn Sơn tiếp Đại sứ Lào" over "Sáng 29-10, Đoàn công tác
của Đại sứ quán Lào ... do đồng chí Sẻng-Phết ... làm Trưởng đoàn đã thăm và làm việc tại UBND
tỉnh": the ambassador is a title above, a name below).
"""

from __future__ import annotations

from citydiplo._extract._sentence import PLACE_TYPES, Candidate

__all__ = ["ENCOUNTERS", "join_encounters"]

ENCOUNTERS = frozenset({"visit", "meeting", "delegation", "receive"})
_GUESTS = ("visitor", "guest", "delegate")
_FINAL = frozenset(".!?…।॥؟。！？")


def _principal(group: list[Candidate]) -> frozenset[str]:
    return frozenset(a for c in group for a, r in c.actors if not r.startswith("signatory:"))


def _side(group: list[Candidate], roles: tuple[str, ...]) -> frozenset[str]:
    return frozenset(a for c in group for a, r in c.actors if r in roles)


def _types(group: list[Candidate]) -> dict[str, str]:
    return {m.actor: m.actor_type or "" for c in group for m in c.mentions if m.actor}


def _dates_agree(a: list[Candidate], b: list[Candidate]) -> bool:
    from citydiplo._extract._groups import compatible

    da = next((x.date.date for x in a if x.date is not None and x.date.date is not None), None)
    db = next((x.date.date for x in b if x.date is not None and x.date.date is not None), None)
    return da is None or db is None or compatible(da, db)


def one_encounter(a: list[Candidate], b: list[Candidate], shared: int = 2) -> bool:
    """Whether two groups of event candidates tell one encounter, sharing at least
    ``shared`` principal actors (module docstring)."""
    ha, hb = a[0], b[0]
    if not (ha.type == hb.type == "event" and ha.kind in ENCOUNTERS and hb.kind in ENCOUNTERS):
        return False
    if ha.planned != hb.planned or not _dates_agree(a, b):
        return False
    pa, pb = _principal(a), _principal(b)
    if len(pa & pb) < shared:
        return False
    types = {**_types(a), **_types(b)}

    def places(ids: frozenset[str]) -> frozenset[str]:
        return frozenset(x for x in ids if types.get(x, "city") in PLACE_TYPES)

    for roles in (("host",), _GUESTS):
        sa, sb = places(_side(a, roles)), places(_side(b, roles))
        if sa and sb and not sa & sb:
            return False
    only_a, only_b = pa - pb, pb - pa
    return not (only_a and only_b and places(only_a | only_b))


def headline(text: str) -> tuple[int, int] | None:
    """The span of the text's headline: its first line, when that line ends with no
    sentence-final mark (module docstring).

    >>> headline("Mayor of Kazan arrives in Hanoi\\nThe mayor of Kazan arrived on Monday.")
    (0, 31)
    >>> headline("The mayor of Kazan arrived in Hanoi.\\nHe met the mayor.") is None
    True
    >>> headline("The mayor met the delegation (Yonhap)\\n") is None  # one line: no headline
    True
    """
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    line = text[start:end].rstrip()
    if not line or not text[end:].strip() or line[-1] in _FINAL:
        return None  # no line, the whole text on one line (a trailing newline), or a sentence
    return (start, start + len(line))


def join_encounters(groups: list[list[Candidate]], text: str) -> list[list[Candidate]]:
    """``groups`` with each group of encounter events joined to the first earlier group that
    tells the same encounter, one of them cited from the headline (module docstring); text
    order is kept."""
    top = headline(text)
    if top is None or any(c.sentence.start < top[1] and c.sentence.end > top[0]
                          and (c.sentence.start > top[0] or c.sentence.end < top[1])
                          for g in groups for c in g):
        return groups  # no headline, or a first line of several sentences: a paragraph

    def titled(group: list[Candidate]) -> bool:
        return any(c.sentence.start < top[1] and c.sentence.end > top[0] for c in group)

    def encounter(group: list[Candidate]) -> bool:
        return group[0].type == "event" and group[0].kind in ENCOUNTERS

    lead = next((g for g in groups if encounter(g) and not titled(g)), None)
    out: list[list[Candidate]] = []
    for group in groups:
        target = next(
            (g for g in out if (titled(g) or titled(group))
             and one_encounter(g, group, 1 if lead is group and titled(g) else 2)), None
        )
        if target is not None:
            target.extend(group)
            continue
        out.append(list(group))
    return out
