"""Partners listed together are each the partner of a third place, not of each other.

"Центр префектуры Ниигата ... является городом-побратимом Биробиджана и Хабаровска"
(Niigata is the twin of Birobidzhan and Khabarovsk), "شهرهای لاهور و کراچی پاکستان با شهر
مشهد خواهرخوانده" (Lahore and Karachi are twinned with Mashhad), "군산시는 ... 자매우호도시인
옌타이와 선양을 방문" (Gunsan visits its sister cities Yantai and Shenyang): a partnership read
from a cue whose two sides are the two items of one coordination ("A and B": the language's
``conjunctions`` and ``coordinators``, a comma) ties each item to the third place of the
clause, when exactly one such place stands

- before the cue while the coordination follows it ("X ... sister city of A and B"), or
- after the coordination, marked as the other side by one of the language's ``counterpart``
  words ("with": "با", "с", "với", "עם"; left empty where the word for "with" is also the
  word for "and": Korean 와, Japanese と, Chinese 与).

The candidate is then replaced by two, (X, A) and (X, B). Places that only qualify or locate
another, and countries, are no third place. With no such place, or with two, the pair stands
("Lahore and Karachi are sister cities"); so does a list of three or more ("a three-way
twinning of Yazd, Isfahan and Tabriz"). So does a pair the text marks as the two sides with
one of the language's ``between`` words ("between A and B", "میان مشهد و بورسا", "между
Астраханью и Могилёвом", "A और B के बीच", "A અને B વચ્ચે"): "پیگیر اجرای توافق‌های خواهرخواندگی
میان مشهد و بورسا و تقویت تعامل با استانبول" is the tie of Mashhad and Bursa, not two ties
with Istanbul.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

import attrs

from citydiplo._extract._gaps import gap_ends_after, gap_starts_before
from citydiplo._extract._mention import Mention
from citydiplo._extract._sentence import Candidate, Sentence, clause_of
from citydiplo._extract._third_place import ClausePlaces
from citydiplo._extract._venue_first import venue_not_first

__all__ = ["split_pairs"]

_PLACES = ("city", "region")


@cache
def _words(lang: str) -> tuple[frozenset[str], tuple[str, ...]]:
    from citydiplo._extract._cues import cues

    data = cues(lang)
    counterpart = tuple(w.lower() for w in data.get("counterpart", ()))
    joins = {w.lower() for w in (*data["conjunctions"], *data.get("coordinators", ()))}
    return frozenset((joins - set(counterpart)) | {",", "،", "、"}), counterpart


_NEAR = 12  # "میان شهر مشهد و بورسا": a place word between the marker and the first item


@cache
def _between_words(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The language's ``between`` words written before the pair, and those written after it."""
    from citydiplo._extract._cues import cues

    words = cues(lang).get("between", ())
    before = tuple(w.replace("…", "").strip().lower() for w in words if w.endswith("…"))
    after = tuple(w.replace("…", "").strip().lower() for w in words if w.startswith("…"))
    return before, after


def _between(text: str, a: Mention, b: Mention, lang: str) -> bool:
    """Whether a ``between`` word marks ``a`` and ``b`` as the two sides of the tie."""
    before, after = _between_words(lang)
    head = text[max(0, a.start - _NEAR - 12):a.start].lower()
    tail = text[b.end:b.end + _NEAR + 12].lower()
    return any(_word_at(head, w, len(head) - _NEAR, end=True) for w in before) or any(
        _word_at(tail, w, _NEAR, end=False) for w in after)


def _word_at(chunk: str, word: str, limit: int, *, end: bool) -> bool:
    """``word`` as a whole word in ``chunk``, ending at or after ``limit`` (``end``) or
    starting at or before it."""
    for m in re.finditer(re.escape(word), chunk):
        left = m.start() == 0 or not chunk[m.start() - 1].isalnum()
        right = m.end() == len(chunk) or not chunk[m.end()].isalnum()
        if left and right and (m.end() >= limit if end else m.start() <= limit):
            return True
    return False


def _joined(text: str, a: Mention, b: Mention, joins: frozenset[str], longest: int) -> bool:
    if b.start > a.end and b.start not in gap_ends_after(text, a.end, longest):
        return False  # too long a gap for a list word: not read
    gap = text[a.end:b.start].strip().lower()
    return gap in joins


_Pair = tuple[Mention, Mention]


class _Places:
    """The starts and ends of a sentence's places, read once for all its candidates."""

    def __init__(self, s: Sentence) -> None:
        self.sentence = s  # held, so that the id keying this entry is not reused
        places = [m for m in s.entities if m.actor_type in _PLACES]
        self.starts = frozenset(m.start for m in places)
        self.ends = frozenset(m.end for m in places)
        keys = [m.start for m in s.entities]
        self.keys = keys if all(x <= y for x, y in pairwise(keys)) else None

        self.clauses: dict[tuple[int, int], ClausePlaces] = {}

    def clause(self, c0: int, c1: int) -> ClausePlaces:
        """The places of the clause ``[c0, c1)``, grouped once."""
        if (c0, c1) not in self.clauses:
            self.clauses[(c0, c1)] = ClausePlaces(self.sentence, c0, c1)
        return self.clauses[(c0, c1)]


def _places_of(s: Sentence, read: dict[int, _Places]) -> _Places:
    if id(s) not in read:
        read[id(s)] = _Places(s)
    return read[id(s)]


def _listed(places: _Places, a: Mention, b: Mention, text: str, joins: frozenset[str],
            longest: int) -> bool:
    """Whether the coordination of ``a`` and ``b`` runs on to a third item ("یزد، اصفهان و
    تبریز"): a list of three or more is a tie of all its items, not a pair to split. Only the
    places that end or start within a list word's reach of the pair are read (``_gaps``)."""
    return any(e in places.ends and text[e:a.start].strip().lower() in joins
               for e in gap_starts_before(text, a.start, longest)) or any(
        s in places.starts and text[b.end:s].strip().lower() in joins
        for s in gap_ends_after(text, b.end, longest))


def _third(c: Candidate, a: Mention, b: Mention, text: str,
           counterpart: tuple[str, ...], places: _Places) -> Mention | None:
    """The one place of the clause, besides the pair, named before the cue or after the
    pair past a ``counterpart`` word; reads the clause's places grouped (``_third_place``)
    and stops at two."""
    c0, c1 = clause_of(c.sentence, c.cue.start)
    pair = {a.actor, b.actor}
    seen: dict[str, Mention] = {}
    if places.keys is None:  # entities out of text order: read them all
        return _third_slowly(c, a, b, text, counterpart, (c0, c1))
    clause = places.clause(c0, c1)
    if c.cue.start <= a.start:
        clause.before(c.cue.start, pair, seen)
    if counterpart and len(seen) < 2:
        for m in clause.after(b.end):
            if m.actor not in pair and m.actor not in seen and any(
                    w in text[b.end:m.start].lower().split() for w in counterpart):
                seen[m.actor or ""] = m
                if len(seen) >= 2:
                    break
    return next(iter(seen.values())) if len(seen) == 1 else None


def _third_slowly(c: Candidate, a: Mention, b: Mention, text: str,
                  counterpart: tuple[str, ...], clause: tuple[int, int]) -> Mention | None:
    c0, c1 = clause
    pair = {a.actor, b.actor}
    seen: dict[str, Mention] = {}
    for m in c.sentence.entities:
        if (m.actor is None or m.actor in pair or m.actor_type not in _PLACES
                or m.start in c.sentence.qualified or not c0 <= m.start < c1):
            continue
        before = m.end <= c.cue.start and c.cue.start <= a.start
        marked = m.start >= b.end and any(
            w in text[b.end:m.start].lower().split() for w in counterpart)
        if before or marked:
            seen.setdefault(m.actor, m)
    return next(iter(seen.values())) if len(seen) == 1 else None


def split_pairs(cands: list[Candidate], text: str, lang: str) -> list[Candidate]:
    """``cands`` with each partnership between the two items of one coordination replaced
    by the two ties of its items with the third place (module docstring).

    >>> from citydiplo import extract
    >>> t = "The city of Niigata is a sister city of Khabarovsk and Birobidzhan."
    >>> sorted(tuple(sorted(r.actors)) for r in extract(t, lang="en").records)
    [('city-birobidzhan', 'city-niigata'), ('city-khabarovsk', 'city-niigata')]
    >>> t = "The cities of Khabarovsk and Niigata became sister cities in 1965."
    >>> [tuple(sorted(r.actors)) for r in extract(t, lang="en").records]
    [('city-khabarovsk', 'city-niigata')]
    """
    cands = venue_not_first(cands, text, lang)  # "遼寧省において、神奈川県と…": _venue_first
    joins, counterpart = _words(lang)
    longest = max(map(len, joins), default=0)
    read: dict[int, _Places] = {}
    marked: dict[tuple[int, int], list[_Pair]] = {}  # per clause
    out: list[Candidate] = []
    for c in cands:
        if c.type == "agreement":
            c = _between_only(c, text, lang, joins, longest)
        if c.type in ("partnership", "agreement"):
            c = _marked_sides(c, text, lang, joins, longest, marked)
        sides = [a for a, r in c.actors if r == "party"]
        ms = sorted((m for m in c.mentions if m.actor in sides), key=lambda m: m.start)
        if c.type != "partnership" or len(sides) != 2 or len(ms) != 2 \
                or ms[0].actor == ms[1].actor or not _joined(text, ms[0], ms[1], joins, longest) \
                or _listed(_places_of(c.sentence, read), ms[0], ms[1], text, joins, longest) \
                or _between(text, ms[0], ms[1], lang):
            out.append(c)
            continue
        third = _third(c, ms[0], ms[1], text, counterpart, _places_of(c.sentence, read))
        if third is None or third.actor is None:
            out.append(c)
            continue
        for m in ms:
            out.append(attrs.evolve(c, actors=((third.actor, "party"), (m.actor or "", "party")),
                                    mentions=(third, m)))
    return out


def _between_only(c: Candidate, text: str, lang: str, joins: frozenset[str],
                  longest: int) -> Candidate:
    """An agreement of three or more parties, two of which a ``between`` word marks as its
    two sides ("توافق‌های خواهرخواندگی میان مشهد و بورسا و تقویت تعامل با استانبول": the
    sister-city agreements *between Mashhad and Bursa*, and closer ties with Istanbul), is the
    agreement of those two; the other places are named beside it.

    >>> from citydiplo import extract
    >>> t = ("ارکول اظهار کرد: پیگیر اجرای توافق‌های خواهرخواندگی میان مشهد و بورسا و "
    ...      "تقویت تعامل با استانبول هستیم.")
    >>> [sorted(r.actors) for r in extract(t, lang="fa").records if r.type == "agreement"]
    [['city-bursa', 'city-mashhad']]
    """
    sides = [a for a, r in c.actors if r == "party"]
    if len(sides) < 3:
        return c
    ms = sorted((m for m in c.sentence.entities if m.actor in sides), key=lambda m: m.start)
    for a, b in pairwise(ms):
        if a.actor != b.actor and _joined(text, a, b, joins, longest) \
                and _between(text, a, b, lang):
            pair = {a.actor, b.actor}
            kept = tuple(m for m in c.mentions if m.actor not in sides or m.actor in pair)
            return attrs.evolve(
                c, actors=tuple(x for x in c.actors if x[1] != "party" or x[0] in pair),
                mentions=tuple(sorted({*kept, a, b}, key=lambda m: (m.start, m.end))))
    return c


def _marked_sides(c: Candidate, text: str, lang: str, joins: frozenset[str],
                  longest: int, marked: dict[tuple[int, int], list[_Pair]]) -> Candidate:
    """A tie whose two parties are not the one pair of places that a ``between`` word marks
    as the two sides in its cue's clause takes that pair: "ગાંધીનગર: ... ગુજરાત ડેલાવેયર
    વચ્ચે સિસ્ટર સ્ટેટના MoU ગાંધીનગરમાં કરવામાં આવ્યા હતા" (the sister-state MoU between
    Gujarat and Delaware was made in Gandhinagar) read Gandhinagar, where it was made, for
    a party. Within the marked pair the two names may also stand side by side with no
    list word ("ગુજરાત ડેલાવેયર વચ્ચે"): the ``between`` word marks them.

    >>> from citydiplo import extract
    >>> t = ("ગાંધીનગર: મુખ્યમંત્રી સાથે અમેરિકાના ડેલાવેયર રાજ્યના પ્રતિનિધિમંડળની બેઠકમાં "
    ...      "ગુજરાત ડેલાવેયર વચ્ચે સિસ્ટર સ્ટેટના MoU ગાંધીનગરમાં કરવામાં આવ્યા હતા.")
    >>> sorted({tuple(sorted(r.actors)) for r in extract(t, lang="gu").records
    ...         if r.type == "partnership"})
    [('region-in-gj', 'region-us-de')]
    """
    sides = {a for a, r in c.actors if r == "party"}
    if len(sides) != 2:
        return c
    lo, hi = clause_of(c.sentence, c.cue.start)
    pairs = marked.get((lo, hi))
    if pairs is None:  # once per clause: the ties of one long clause share it (linear time)
        ms = sorted((m for m in c.sentence.entities if m.actor and m.actor_type in _PLACES
                     and lo <= m.start < hi), key=lambda m: m.start)
        pairs = marked[lo, hi] = [
            (a, b) for a, b in pairwise(ms) if a.actor != b.actor
            and (_joined(text, a, b, joins, longest) or (
                b.start > a.end and not text[a.end:b.start].strip()))
            and _between(text, a, b, lang)]
    if len(pairs) != 1:
        return c
    a, b = pairs[0]
    pair = {a.actor or "", b.actor or ""}
    if pair == sides:
        return c
    kept = tuple(m for m in c.mentions if m.actor not in sides)
    return attrs.evolve(
        c, actors=(*(x for x in c.actors if x[1] != "party"), (a.actor or "", "party"),
                   (b.actor or "", "party")),
        mentions=tuple(sorted({*kept, a, b}, key=lambda m: (m.start, m.end))))
