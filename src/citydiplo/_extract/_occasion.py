"""One occasion told in several sentences, under several event words, is one event.

"충남 공주시는 일본 야마구치시와의 자매결연 30주년 기념식을 지난 6일 야마구치 시청에서
했다" beside a photo caption "야마구치시 방문 30주년 기념식에 앞서 …": an anniversary ceremony
and the visit word of its caption, one occasion. A headline "…率代表团访问韩国河东郡" and the
lead "12月13日至14日, … 率政府代表团对韩国河东郡进行友好访问": one visit. The grouping of
:func:`citydiplo._extract._groups.group_duplicates` joins events of one kind with the same
participants, or dated to the same month or day; this rule joins what it leaves apart.

Rule: two event groups of an article are one occasion when

- both are of one kind, or one holds an anniversary, among the kinds a visit is told by (a
  visit, a reception, a delegation, a meeting, an anniversary, and a festival or an
  exhibition: a performance or a show held for the guests), planned alike, with compatible
  dates (one or both undated, or dates that overlap); a visit and a meeting or a reception
  told after it stay two (the retelling of a visit by another event word needs a
  demonstrative or an "after" clause, :mod:`citydiplo._extract._retold`) -- unless both
  encounters (a visit, a reception, a delegation, a meeting) are dated to one and the same
  stated day: "رؤسای پارلمانهای شهری تهران و مسکو روز دوشنبه با یکدیگر دیدار" (the heads of
  the Tehran and Moscow city parliaments met on Monday) over "چمران ... به مسکو سفر کرده
  است، روز دوشنبه ... گفتوگو کرد" (Chamran, who has travelled to Moscow, talked on Monday
  ...): the meeting of that day is the visit's;
- the participants of one are all among those of the other (one telling adds no one), they
  share at least two, and those two are two places or include a guest (``visitor``,
  ``guest``, ``delegate``): a city and its own mayor are one side, so two events of one host
  and its mayor, each with a guest the other lacks, stay two. Two events of one kind, one of
  them undated, need share only one participant ("Lễ kỷ niệm ... diễn ra tại thành phố Thanh
  Hoá" dated 25/08, then "Phát biểu tại lễ kỷ niệm, ông Đỗ Trọng Hưng, Bí thư Tỉnh uỷ Thanh
  Hoá": the ceremony, told again with its speaker).

The roles a sentence gives are compared only to keep a visit and the return visit apart ("Mayor
Kim of Suwon City visited Hue City in May 2016. In September, a delegation of Hue City visited
Suwon City": each hosts a guest of the other): who hosts whom is read from each sentence's own
wording and is the slot most often misread when a headline and the lead tell one visit.

A celebration a visit went to attend, told in the visit's own sentence
(:func:`citydiplo._extract._events._attended`), is an occasion beside the visit, never
joined to it.

A sentence that ties its event to one already told by a link phrase ("During the visit, the
mayor met ...", :mod:`citydiplo._extract._linked`) reports an occasion of its own and is never
joined by this rule.
"""

from __future__ import annotations

from citydiplo._extract._events import ATTENDED
from citydiplo._extract._groups import compatible
from citydiplo._extract._rules import Candidate
from citydiplo._extract._sentence import PLACE_TYPES
from citydiplo.dates import PartialDate

__all__ = ["OCCASION_KINDS", "one_occasion"]

OCCASION_KINDS = frozenset(
    {"visit", "receive", "delegation", "meeting", "anniversary", "festival", "exhibition"}
)
_GUESTS = ("visitor", "guest", "delegate")
_ENCOUNTERS = frozenset({"visit", "receive", "delegation", "meeting"})


class _Told:
    """An event group with what the rule compares, kept as the group grows (so an article
    of many events costs time in proportion to its length)."""

    def __init__(self, group: list[Candidate]) -> None:
        self.group = group
        self.kinds: set[str] = set()
        self.planned = group[0].planned
        self.principal: set[str] = set()
        self.hosts: set[str] = set()
        self.guests: set[str] = set()
        self.places: set[str] = set()
        self.date: object = None
        self.linked = False
        self.add(group)

    def add(self, cands: list[Candidate]) -> None:
        for c in cands:
            self.kinds.add(c.kind)
            for a, r in c.actors:
                if not r.startswith("signatory:"):
                    self.principal.add(a)
                if r == "host":
                    self.hosts.add(a)
                elif r in _GUESTS:
                    self.guests.add(a)
            self.places.update(
                m.actor for m in c.mentions if m.actor and m.actor_type in PLACE_TYPES
            )
            if self.date is None and c.date is not None and c.date.date:
                self.date = c.date.date
            self.linked = self.linked or any(h.family == "link" for h in c.sentence.hits)


def _one_day(a: _Told, b: _Told) -> bool:
    """Whether two encounters are told of one and the same stated day ("روز دوشنبه")."""
    d = a.date
    if not a.kinds | b.kinds <= _ENCOUNTERS:
        return False
    return isinstance(d, PartialDate) and d == b.date and d.earliest() == d.latest()


def _same(a: _Told, b: _Told) -> bool:
    """Whether ``b``, told after ``a``, is the same occasion (the module's rule)."""
    if a.planned != b.planned or b.linked:
        return False
    one_kind = bool(a.kinds & b.kinds)
    if not one_kind and "anniversary" not in a.kinds | b.kinds and not _one_day(a, b):
        return False
    if a.date is not None and b.date is not None and not compatible(a.date, b.date):  # type: ignore[arg-type]
        return False
    shared = a.principal & b.principal
    if not shared or not (a.principal <= b.principal or b.principal <= a.principal):
        return False
    if a.hosts & b.guests and b.hosts & a.guests:
        return False  # a visit and the return visit
    if one_kind and (a.date is None or b.date is None):
        return True  # "Lễ kỷ niệm ... 25/08" and "Phát biểu tại lễ kỷ niệm, ông ...": one telling
    if len(shared) < 2:
        return False
    return len(shared & (a.places | b.places)) >= 2 or bool(shared & (a.guests | b.guests))


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
    told: list[_Told] = []
    by_actor: dict[str, list[int]] = {}
    for group in groups:
        head = group[0]
        if head.type == "event" and head.kind in OCCASION_KINDS and head.rule != ATTENDED:
            me = _Told(list(group))
            near = sorted({i for a in me.principal for i in by_actor.get(a, ())})
            k = next((i for i in near if _same(told[i], me)), None)
            if k is not None:
                told[k].group.extend(group)
                told[k].add(group)
                for a in me.principal:
                    by_actor.setdefault(a, []).append(k)
                continue
            for a in me.principal:
                by_actor.setdefault(a, []).append(len(told))
            told.append(me)
            out.append(me.group)
            continue
        out.append(list(group))
    return out
