"""One occasion told in several sentences, under several event words, is one event.

"충남 공주시는 일본 야마구치시와의 자매결연 30주년 기념식을 지난 6일 야마구치 시청에서
했다" beside a photo caption "야마구치시 방문 30주년 기념식에 앞서 …" and "기념식 후 … 공연과
교류활동 전시회가 열려": a ceremony, a visit and an exhibition word, one occasion. "Mayor Park
of Busan met with Watanabe ... on Monday" and "The visit of the ... Federation to Busan was
arranged to discuss ...": one meeting. A headline "…率代表团访问韩国河东郡" and the lead
"12月13日至14日, … 率政府代表团对韩国河东郡进行友好访问": one visit. The grouping of
:func:`citydiplo._extract._build.group_duplicates` joins events of one kind with the same
participants, or dated to the same month or day; this rule joins what it leaves apart.

Rule: two event groups of an article are one occasion when

- both are of the kinds a visit is told by (a visit, a reception, a delegation, a meeting,
  an anniversary, and a festival or an exhibition: a performance or a show held for the
  guests), planned alike, with compatible dates (one or both undated, or dates that overlap);
- the participants of one are all among those of the other (one telling adds no one), they
  share at least two, and those two are two places or include a guest (``visitor``,
  ``guest``, ``delegate``): a city and its own mayor are one side, so two events of one host
  and its mayor, each with a guest the other lacks, stay two. Two events of one kind, one of
  them undated, need share only one participant ("Lễ kỷ niệm ... diễn ra tại thành phố Thanh
  Hoá" dated 25/08, then "Phát biểu tại lễ kỷ niệm, ông Đỗ Trọng Hưng, Bí thư Tỉnh uỷ Thanh
  Hoá": the ceremony, told again with its speaker).

The roles a sentence gives are not compared: who hosts whom is read from each sentence's own
wording and is the slot most often misread when a headline and the lead tell one visit.

A sentence that ties its event to one already told by a link phrase ("During the visit, the
mayor met ...", :mod:`citydiplo._extract._linked`) reports an occasion of its own and is never
joined by this rule, except that an event whose only word stands in such a phrase ("访问期间,
… 考察了 …", "during the visit, ...") is the visit already told: it joins the last event of its
kind that shares a participant, without a date of its own (its date was only linked).
"""

from __future__ import annotations

import attrs

from citydiplo._extract._build import compatible
from citydiplo._extract._rules import Candidate
from citydiplo._extract._sentence import PLACE_TYPES

__all__ = ["OCCASION_KINDS", "one_occasion"]

OCCASION_KINDS = frozenset(
    {"visit", "receive", "delegation", "meeting", "anniversary", "festival", "exhibition"}
)
_GUESTS = ("visitor", "guest", "delegate")


def _principal(group: list[Candidate]) -> frozenset[str]:
    return frozenset(a for c in group for a, r in c.actors if not r.startswith("signatory:"))


def _guests(group: list[Candidate]) -> frozenset[str]:
    return frozenset(a for c in group for a, r in c.actors if r in _GUESTS)


def _places(group: list[Candidate]) -> frozenset[str]:
    return frozenset(
        m.actor for c in group for m in c.mentions if m.actor and m.actor_type in PLACE_TYPES
    )


def _date(group: list[Candidate]) -> object:
    return next((c.date.date for c in group if c.date is not None and c.date.date), None)


def _linked(c: Candidate) -> bool:
    """Whether the candidate's sentence holds a link phrase ("during the visit")."""
    return any(h.family == "link" for h in c.sentence.hits)


def _in_link(c: Candidate) -> bool:
    """Whether the candidate's own event word stands inside a link phrase."""
    return any(
        h.family == "link"
        and h.start <= c.cue.start
        and c.cue.end <= h.end
        and h.end - h.start > c.cue.end - c.cue.start
        for h in c.sentence.hits
    )


def _eligible(group: list[Candidate]) -> bool:
    head = group[0]
    return head.type == "event" and head.kind in OCCASION_KINDS


def _same(a: list[Candidate], b: list[Candidate]) -> bool:
    if a[0].planned != b[0].planned or any(_linked(c) for c in b):
        return False
    da, db = _date(a), _date(b)
    if da is not None and db is not None and not compatible(da, db):  # type: ignore[arg-type]
        return False
    pa, pb = _principal(a), _principal(b)
    shared = pa & pb
    if not shared or not (pa <= pb or pb <= pa):
        return False
    if a[0].kind == b[0].kind and (da is None or db is None):
        return True  # "Lễ kỷ niệm ... 25/08" and "Phát biểu tại lễ kỷ niệm, ông ...": one telling
    if len(shared) < 2:
        return False
    guests = _guests(a) | _guests(b)
    return len(shared & (_places(a) | _places(b))) >= 2 or bool(shared & guests)


def one_occasion(groups: list[list[Candidate]]) -> list[list[Candidate]]:
    """``groups`` with the event groups of one occasion joined, in text order (the module's
    rule); the first group of an occasion keeps its place.

    >>> from citydiplo import extract
    >>> t = ("Mayor Kim Min-su of Suwon visited Hue City on 3 May 2024. The visit of Suwon to "
    ...      "Hue City was arranged to discuss cooperation.")
    >>> [(r.kind.value, str(r.date), len(r.citations)) for r in extract(t, lang="en").records]
    [('visit', '2024-05-03', 2)]
    """
    out: list[list[Candidate]] = []
    for group in groups:
        if _eligible(group):
            head = group[0]
            if _in_link(head) and len(group) == 1:
                target = next(
                    (
                        g
                        for g in reversed(out)
                        if g[0].type == "event"
                        and g[0].kind == head.kind
                        and _principal(g) & _principal(group)
                    ),
                    None,
                )
                if target is not None:
                    target.append(attrs.evolve(head, date=None, date_rule=None))
                    continue
            target = next((g for g in out if _eligible(g) and _same(g, group)), None)
            if target is not None:
                target.extend(group)
                continue
        out.append(list(group))
    return out
