"""Sentences with what was found in them, candidates, the article's focus, and the
date-attachment rule (documented in :mod:`citydiplo._extract._rules`)."""

from __future__ import annotations

import bisect
import itertools

import attrs

from citydiplo._extract._mentions import Mention
from citydiplo._extract._scan import Hit

__all__ = ["PLACE_TYPES", "Candidate", "Sentence", "attach_date", "bounded", "clause_of",
           "focus_of", "has_focus", "negated", "qualified"]

PLACE_TYPES = ("city", "region")


@attrs.frozen(kw_only=True)
class Sentence:
    """A sentence with what was found in it."""

    start: int
    end: int
    paragraph: int
    clauses: tuple[tuple[int, int], ...]
    hits: tuple[Hit, ...]
    entities: tuple[Mention, ...]
    dates: tuple[Mention, ...]
    others: tuple[Mention, ...]
    qualified: frozenset[int] = frozenset()  # starts of places that qualify a city
    sides: frozenset[str] = frozenset()  # two bodies it names as a tie's sides (_bodies)


@attrs.frozen(kw_only=True)
class Candidate:
    """A proposed record before it becomes a model object."""

    type: str
    kind: str
    sentence: Sentence
    cue: Hit
    actors: tuple[tuple[str, str], ...]  # (actor id, role)
    mentions: tuple[Mention, ...]
    date: Mention | None
    date_rule: str | None
    planned: bool
    rule: str
    implicit_focus: bool = False
    number: str | None = None
    value: int | None = None


def focus_of(entities: list[Mention]) -> str | None:
    """The city or region named most often (ties: the first named)."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for m in entities:
        if m.actor and m.actor_type in PLACE_TYPES:
            counts[m.actor] = counts.get(m.actor, 0) + 1
            first.setdefault(m.actor, m.start)
    if not counts:
        return None
    return min(counts, key=lambda a: (-counts[a], first[a]))


def clause_of(s: Sentence, pos: int) -> tuple[int, int]:
    """The clause of ``s`` holding ``pos`` (the sentence when none does); the clauses, in
    text order and apart, are searched by halves."""
    k = bisect.bisect_right(s.clauses, pos, key=lambda c: c[0]) - 1
    if k >= 0 and s.clauses[k][0] <= pos < s.clauses[k][1]:
        return s.clauses[k]
    for c in s.clauses:
        if c[0] <= pos < c[1]:
            return c
    return (s.start, s.end)


def _nearest(dates: list[Mention], pos: int) -> Mention | None:
    if not dates:
        return None
    return min(dates, key=lambda d: (abs((d.start if d.start >= pos else d.end) - pos),
                                     d.start > pos, d.start))


_OWNING = frozenset({"partnership", "agreement", "signing", "event"})


def attach_date(s: Sentence, cue: Hit, prior: list[Mention]) -> tuple[Mention | None, str | None]:
    """The date mention for a cue by the documented rule, and which step chose it.

    A date in another clause that holds a cue of its own (a founding, a signing, another
    event) belongs to that cue and is not taken at step 2 ("founded in 1961, ... this year
    marks the 55th anniversary" does not date the anniversary 1961).
    """
    dates = list(s.dates)
    c0, c1 = clause_of(s, cue.start)
    same_clause = [d for d in dates if c0 <= d.start < c1]
    if same_clause:
        return _nearest(same_clause, cue.start), "same clause"
    owned = {clause_of(s, h.start) for h in s.hits if h.family in _OWNING} - {(c0, c1)}
    free = [d for d in dates if clause_of(s, d.start) not in owned]
    if free:
        return _nearest(free, cue.start), "same sentence"
    if not s.dates and any(h.family == "link" for h in s.hits) and prior:
        return prior[-1], "linked preceding sentence"
    return None, None


def qualified(entities: tuple[Mention, ...], text: str, qualifiers: list[str],
              wider_first: bool = False) -> frozenset[int]:
    """Starts of the places that qualify the city before them ("Little Rock, Arkansas",
    "Zibo in China", "Hà Giang (Việt Nam)"): the gap between them is a qualifier word; and
    of the wider places written right before a narrower one, at most a short unspaced word
    between ("黑龙江省大庆市", "韩国忠清北道忠州市"); and, where the language writes addresses
    wider first (``wider_first``: no capitals to mark a name's start), of a city written
    right before another ("대구 수성구": Suseong district of Daegu); and of every region that
    contains, by the gazetteer, a city the sentence names ("Вэйхай в провинции Шаньдун",
    "Kazanlak, tỉnh Stara Zagora", a "三重" desk tag before "四日市市"): a region is where
    such a city lies, not a second party beside it."""
    out: set[int] = set()
    within = {m.subdivision for m in entities if m.actor_type == "city" and m.subdivision}
    out.update(m.start for m in entities
               if m.actor_type == "region" and m.subdivision and m.subdivision in within)
    for prev, m in itertools.pairwise(entities):
        gap = text[prev.end:m.start]
        if (prev.actor_type in ("city", "region") and m.actor_type in ("region", "country")
                and gap in qualifiers):
            out.add(m.start)
        elif (prev.actor_type in ("country", "region") and m.actor_type in ("region", "city")
              and (gap in ("", " ") or (len(gap) <= 6 and gap.isalpha()))
              and prev.actor_type != m.actor_type):
            out.add(prev.start)  # "黑龙江省大庆市", "충북 충주시", "韩国忠清北道": the wider first
        elif (wider_first and prev.actor_type == m.actor_type == "city" and gap in ("", " ")
              and prev.actor != m.actor):
            out.add(prev.start)  # "대구 수성구", "玉溪市元江县": a city before its district
    return frozenset(out)


def negated(s: Sentence, cue: Hit) -> bool:
    """Whether a negation cue stands in the cue's clause."""
    c0, c1 = clause_of(s, cue.start)
    return any(h.family == "negation" and c0 <= h.start < c1 for h in s.hits)


def has_focus(s: Sentence, focus: str | None) -> bool:
    """Whether the sentence names the focus or refers to it by an anaphor."""
    return any(m.actor == focus for m in s.entities) or any(h.family == "anaphora" for h in s.hits)


def bounded(d: Mention, text: str, words: tuple[str, ...]) -> bool:
    """Whether a bound word stands right before or after the date ("until …": "until 11
    July"; "… まで": "7月11日まで"): the date ends a stretch, and dates nothing."""
    for w in words:
        if w.startswith("…"):  # the word follows the date
            if text[d.end:d.end + 8].lstrip().startswith(w[1:].strip()):
                return True
        else:
            word = w.rstrip("…").strip()
            if d.text.lower().startswith(word.lower() + " "):
                return True  # the date parser took the word in ("giai đoạn 2011-2013")
            before = text[max(0, d.start - len(word) - 3):d.start].rstrip()
            if before.endswith(word) and (len(before) == len(word)
                                          or not before[-len(word) - 1].isalnum()):
                return True
    return False
