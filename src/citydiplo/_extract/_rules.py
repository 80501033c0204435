"""Candidate records from the mentions and cues of each sentence.

The rules, all per sentence (a candidate never reaches outside its sentence, except for a
date by rule 3 below):

- **Focus.** The article's focus is the city or region it names most often (ties: the
  first named). A sentence refers to it explicitly, or through an anaphor ("the city", "시는",
  "该市"); a record whose sentence names only one side takes the focus as the other.
- **Partnership**: a partnership cue (sister, friendship, partner, exchange, cooperation) and
  at least one named city, region or known actor besides the focus -> one partnership between
  the focus and each of them (two named places and no focus: between those two). Countries
  count only when the sentence names no city or region, the focus included (they usually
  qualify one: "Zibo in China", "New Taipei City in Taiwan"); a region or country right
  after a city, separated by one of the language's ``qualifiers`` (", ", " in ", " ("), is
  never a party.
  A pair anaphor ("the two cities", "양 도시", "两市") stands for the two places named last
  before the sentence. A sentence that does not name the focus and joins places by a
  conjunction ("兴安盟与东方省、大庆市与忠州市") pairs them as joined.
- **Agreement**: an agreement cue together with a signing cue (or an MOU / sister-city
  agreement cue alone) -> one agreement whose parties are the places, organizations and known
  actors named, plus the focus; people become signatories on behalf of the party they serve:
  the one right after them when only an owner link stands between ("Mayor Kim of Suwon"),
  else the nearest one before them ("수원시장 김민수"), else the nearest after.
- **Event**: an event cue -> one event of the strongest family present (visit, receive,
  meeting, delegation, lecture, conference, festival, anniversary, exchange programme), with
  every named actor as a participant. Roles follow the word order: in SVO languages the actor
  before a visit cue is the visitor and the one after it the host; in SOV languages the actor
  nearest before the cue is the host (the object) and those before it the visitors. Reception
  cues ("received", "접견", "tiếp") swap the two: subject host, object guest; a reception
  before the visit cue gives the roles ("the mayor welcomed the delegation that visited
  the city"). Word order is read within the cue's clause only: an actor named in another
  clause is a participant. Where the language marks the part with a proclitic (Hebrew "מ"
  from, "ב" in), the mark decides.
- **Document**: each document number, with the kind its code implies (or a document cue
  before it in the clause).
- **Count claim**: each count ("10 partner cities") about the focus.
- **Negation**: a negation cue in the cue's clause drops the candidate (it is listed in
  ``Extraction.skipped`` with the reason). **Planned**: a planned cue in the sentence marks
  agreements and events ``planned`` and partnerships ``proposed``; a planned agreement or
  partnership gets no date (its date is not a signing or founding date).
- **One candidate per occurrence**: candidates of one type with the same principal actors
  (same kind for events, same number for documents) and compatible dates are one record
  citing each of their sentences, with the first date found; so are events of one kind
  dated to the month or the day with compatible dates that share a participant, unless
  their hosts or their guests differ (``_build.group_duplicates``).
- **Date attachment**: (1) a date mention in the same clause as the cue, the nearest one,
  a preceding one winning a tie; else (2) the nearest in the same sentence outside the
  clauses that hold a cue of their own (founding, signing, another event: that date is
  theirs); else (3) when
  the sentence holds a link cue ("then", "ત્યારબાદ", "随后"), the nearest date before it
  in the same paragraph; else none. Never a date from elsewhere in the article. A document
takes the first date after its number in the same clause ("59-NQ/TW dated 24 January
2025"), and that date dates nothing else. Partnerships take step (1) only, and only when
the clause founds the tie (a signing cue) or the date is open-ended ("since 2003"):
"visited Little Rock, a sister city, in July" does not date the partnership. A date ending
in one of the language's ``date_attributive`` words ("2017年度": the fiscal year 2017)
names the period a record covers and dates nothing.
"""

from __future__ import annotations

import bisect

import attrs

from citydiplo._extract._mentions import Mention
from citydiplo._extract._scan import Hit
from citydiplo._extract._sentence import (
    PLACE_TYPES,
    Candidate,
    Sentence,
    attach_date,
    clause_of,
    focus_of,
    qualified,
)
from citydiplo.dates import DateRange, Unbounded

__all__ = ["Candidate", "Sentence", "attach_date", "candidates", "focus_of", "qualified"]

_TWO_SIDED = frozenset({"visit", "receive", "meeting", "delegation", "lecture",
                        "exchange_programme"})
EVENT_ORDER = ("visit", "receive", "delegation", "meeting", "lecture", "conference",
               "festival", "anniversary", "exchange_programme")


def _negated(s: Sentence, cue: Hit) -> bool:
    c0, c1 = clause_of(s, cue.start)
    return any(h.family == "negation" and c0 <= h.start < c1 for h in s.hits)


def _named(s: Sentence, focus: str | None, *, types: tuple[str, ...]) -> list[Mention]:
    out = [m for m in s.entities if m.actor != focus and m.actor_type in types
           and m.start not in s.qualified]
    return list({m.actor: m for m in reversed(out)}.values())[::-1]


def _parties(s: Sentence, focus: str | None, with_orgs: bool,
             pair: tuple[Mention, ...] = ()) -> list[Mention]:
    types = PLACE_TYPES + (("organization",) if with_orgs else ())
    named = _named(s, focus, types=types)
    if not any(m.actor_type in PLACE_TYPES for m in s.entities):
        named += _named(s, focus, types=("country",))
    if len(named) < 2 and any(h.family == "pair_anaphora" for h in s.hits):
        # "the two cities": the two places named last before this sentence
        have = {m.actor for m in named} | {focus}
        named += [m for m in pair if m.actor not in have]
    return named


_LIST_MARKS = frozenset({",", "、", "،", "，", ";", "；"})


def _listed(s: Sentence, focus: str, text: str) -> bool:
    """Whether the focus is named as one item of a list of places: a list mark between it
    (with the place qualifying it) and the next place, or between the place before and it."""
    places = [m for m in s.entities if m.actor_type in (*PLACE_TYPES, "country")]
    for i, m in enumerate(places):
        if m.actor != focus:
            continue
        j = i + 1
        while j < len(places) and places[j].start in s.qualified:
            j += 1
        end = places[j - 1].end
        after = text[end:places[j].start].strip() if j < len(places) else ""
        before = text[places[i - 1].end:m.start].strip() if i > 0 else ""
        if after in _LIST_MARKS or (before in _LIST_MARKS and i > 1):
            return True
    return False


def _has_focus(s: Sentence, focus: str | None) -> bool:
    return any(m.actor == focus for m in s.entities) or any(h.family == "anaphora" for h in s.hits)


def _joined(s: Sentence, text: str, conjunctions: tuple[str, ...]
            ) -> list[tuple[Mention, Mention]]:
    """Pairs of places joined by a conjunction ("A与B、C与D", "Suwon and Hue"), qualifying
    places skipped; each place in one pair at most."""
    cities = any(m.actor_type in PLACE_TYPES for m in s.entities)
    places = [m for m in s.entities if m.actor_type in (*PLACE_TYPES, "country")]
    out: list[tuple[Mention, Mention]] = []
    used: set[int] = set()
    for i, a in enumerate(places):
        if a.start in s.qualified or i in used:
            continue
        gap_parts = []
        j = i + 1
        pos = a.end
        while j < len(places) and places[j].start in s.qualified:
            gap_parts.append(text[pos:places[j].start])
            pos = places[j].end
            j += 1
        if j >= len(places):
            break
        gap_parts.append(text[pos:places[j].start])
        if cities and "country" in (a.actor_type, places[j].actor_type):
            continue  # countries pair only where no city is named
        if "".join(gap_parts).strip() in conjunctions and places[j].actor != a.actor:
            out.append((a, places[j]))
            used.update((i, j))
    return out


def _partnerships(s: Sentence, focus: str | None, planned: bool, prior: list[Mention],
                  skipped: list[tuple[Sentence, str]], pair: tuple[Mention, ...],
                  text: str = "", conjunctions: tuple[str, ...] = (),
                  focus_is_place: bool = True) -> list[Candidate]:
    cue = next(h for h in s.hits if h.family == "partnership")
    if _negated(s, cue):
        skipped.append((s, f"partnership cue {cue.value!r} is negated"))
        return []
    others = [m for m in _parties(s, focus, with_orgs=False, pair=pair)
              if m.actor_type != "country" or not focus_is_place]
    pairs: list[tuple[Mention | None, Mention]] = []
    joined = _joined(s, text, conjunctions)
    if joined:
        pairs = [(a, b) for a, b in joined]
    elif focus is not None and len(others) >= 2 and _listed(s, focus, text):
        # "it has 8 sister cities, including New Taipei, Liuzhou, Nancy...": the focus is
        # one of the places listed, not the one they are partners of
        skipped.append((s, "the article's focus is one of the places listed"))
    elif focus is not None:
        pairs = [(None, m) for m in others]
    elif len(others) >= 2:
        pairs = [(others[0], m) for m in others[1:]]
    date, date_rule = attach_date(s, cue, prior)
    c0, c1 = clause_of(s, cue.start)
    founding = any(h.family == "signing" and c0 <= h.start < c1 for h in s.hits)
    if date_rule != "same clause" or date is None or not (
        founding or (isinstance(date.date, DateRange) and date.date.end is Unbounded.OPEN)
    ):  # a tie is a state: only a founding in its own clause, or "since ...", dates it
        date, date_rule = None, None
    out = []
    for a, b in pairs:
        first = a.actor if a is not None else focus
        if first is None or first == b.actor or b.actor is None:
            continue
        out.append(Candidate(
            type="partnership", kind=cue.value, sentence=s, cue=cue,
            actors=((first, "party"), (b.actor, "party")),
            mentions=tuple(m for m in (a, b, date) if m is not None), date=date,
            date_rule=date_rule, planned=planned, rule="partnership cue with a named partner",
            implicit_focus=a is None and not _has_focus(s, focus)))
    return out


def _agreement(s: Sentence, focus: str | None, planned: bool, prior: list[Mention],
               skipped: list[tuple[Sentence, str]], pair: tuple[Mention, ...],
               text: str = "", owner_links: tuple[str, ...] = ()) -> list[Candidate]:
    cues = [h for h in s.hits if h.family == "agreement"]
    signing = [h for h in s.hits if h.family == "signing"]
    strong = [h for h in cues if h.value in ("mou", "sister_city", "letter_of_intent")]
    if not cues or not (signing or strong):
        return []
    cue = (signing or strong)[0]
    kind = max(cues, key=lambda h: (h.end - h.start, -h.start)).value
    if kind == "cooperation" and any(h.family == "partnership" and h.value == "sister"
                                     for h in s.hits):
        kind = "sister_city"
    if _negated(s, cue) and not planned:
        skipped.append((s, f"agreement cue {s_text(cue)!r} is negated"))
        return []
    parties = _parties(s, focus, with_orgs=True, pair=pair)
    actors = [(m.actor, "party") for m in parties if m.actor]
    implicit = False
    if focus is not None and all(a != focus for a, _ in actors):
        implicit = not _has_focus(s, focus)
        actors.insert(0, (focus, "party"))
    if len(actors) < 2:
        skipped.append((s, "agreement cue without two parties"))
        return []
    people = [m for m in s.entities if m.actor_type == "person" and m.actor]
    named_focus = [m for m in s.entities if m.actor == focus]
    ordered = sorted([*parties, *named_focus], key=lambda m: m.start)
    starts = [m.start for m in ordered]
    for p in people:  # the party the person serves, found by bisection
        owner = _owner(p, ordered, starts, text, owner_links) or actors[0][0]
        actors.append((p.actor or "", f"signatory:{owner}"))
    date, date_rule = attach_date(s, cue, prior)
    if planned:  # a planned agreement has no signing date, whatever date the sentence gives
        date, date_rule = None, None
    return [Candidate(type="agreement", kind=kind, sentence=s, cue=cue, actors=tuple(actors),
                      mentions=tuple(parties) + tuple(people) + ((date,) if date else ()),
                      date=date, date_rule=date_rule, planned=planned,
                      rule="agreement and signing cues with two parties", implicit_focus=implicit)]


def _owner(p: Mention, ordered: list[Mention], starts: list[int], text: str,
           links: tuple[str, ...]) -> str | None:
    """The party right after the person when only an owner link stands between them ("Mayor
    Kim of Suwon"), else the nearest one before ("수원시장 김민수"), else the nearest after."""
    at = bisect.bisect_left(starts, p.end)
    after = ordered[at] if at < len(ordered) else None
    if after is not None and text[p.end:after.start] in links:
        return after.actor
    before = [m for m in ordered[max(0, at - 2):at] if m.end <= p.start]
    if before:
        return before[-1].actor
    return after.actor if after is not None else None


def s_text(h: Hit) -> str:
    return f"{h.family}:{h.value}"


def _event(s: Sentence, focus: str | None, planned: bool, grammar: tuple[str, dict[str, str]],
           prior: list[Mention], skipped: list[tuple[Sentence, str]], after_agreement: bool
           ) -> list[Candidate]:
    hits = [h for h in s.hits if h.family == "event"]
    if not hits:
        return []
    family = min((h.value for h in hits), key=EVENT_ORDER.index)
    if after_agreement and family in ("meeting", "receive"):
        return []
    cue = next(h for h in hits if h.value == family)
    if _negated(s, cue):
        skipped.append((s, f"event cue {family!r} is negated"))
        return []
    named = [m for m in s.entities if m.actor and m.actor_type != "country"]
    if not named:
        named = [m for m in s.entities if m.actor]
    c0, c1 = clause_of(s, cue.start)
    inside = {m.actor: m for m in reversed(named) if c0 <= m.start < c1}
    # one mention per actor: the one in the cue's clause, else the first
    named = sorted({m.actor: inside.get(m.actor, m) for m in reversed(named)}.values(),
                   key=lambda m: m.start)
    welcome = next((h for h in hits if h.value == "receive" and h.end <= cue.start), None)
    if family == "visit" and welcome is not None:
        # "the mayor welcomed the delegation that visited the city": the visit tells who the
        # guest is; the reception before it gives the roles (its subject hosts)
        roles = {"host": "host", "guest": "visitor"}
        actors = [(m.actor or "", roles.get(r, r)) for m in named
                  for r in (_role(m, welcome, "receive", named, grammar,
                                  clause_of(s, welcome.start)),)]
    else:
        actors = [(m.actor or "", _role(m, cue, family, named, grammar, clause_of(s, cue.start)))
                  for m in named]
    implicit = False
    if focus is not None and all(a != focus for a, _ in actors) and (
        _has_focus(s, focus) or len(actors) < 2
    ):
        implicit = not _has_focus(s, focus)
        before = not any(m.end <= cue.start and m.actor_type in PLACE_TYPES for m in named)
        role = "host" if family in ("delegation",) or (family == "visit" and before and
                                                       any(r == "visitor" for _, r in actors)) \
            else "participant"
        actors.insert(0, (focus, role))
    date, date_rule = attach_date(s, cue, prior)
    if not named or (date is None and all(m.actor == focus for m in named)):
        # the focus alone, undated: too little to tell one occurrence from another
        skipped.append((s, f"event cue {family!r} names no actor besides the focus, no date"))
        return []
    if family in _TWO_SIDED and len({a for a, _ in actors}) < 2:
        # a visit needs a guest and a host, a meeting two parties: one actor is too little
        # to tell who took part
        skipped.append((s, f"event cue {family!r} names fewer than two participants"))
        return []
    return [Candidate(type="event", kind=family, sentence=s, cue=cue, actors=tuple(actors),
                      mentions=tuple(named) + ((date,) if date else ()), date=date,
                      date_rule=date_rule, planned=planned,
                      rule=f"{family} cue with named participants", implicit_focus=implicit)]


def _role(m: Mention, cue: Hit, family: str, named: list[Mention],
          grammar: tuple[str, dict[str, str]], clause: tuple[int, int] | None = None) -> str:
    order, prefixes = grammar
    if family == "lecture" and m.actor_type == "person":
        return "speaker"
    if family not in ("visit", "receive", "delegation"):
        return "participant"
    if clause is not None and not clause[0] <= m.start < clause[1] and not m.proclitic:
        return "participant"  # word order gives roles within the cue's own clause only
    if clause is not None:
        named = [x for x in named if clause[0] <= x.start < clause[1]]
    marked = prefixes.get(m.proclitic or "")
    if marked is not None and family in ("visit", "delegation"):  # "מסוון" from, "בהואה" in
        return marked if family == "visit" or marked == "host" else "delegate"
    before = [x for x in named if x.end <= cue.start]
    if order == "SVO":
        subject = m.end <= cue.start
    else:  # SOV: the object stands nearest before the verb
        obj = max((x for x in before if x.actor_type != "person"), key=lambda x: x.start,
                  default=None)
        subject = m.end <= cue.start and (obj is None or m.actor != obj.actor)
    if family == "receive":
        return "host" if subject else "guest"
    if family == "delegation":
        return "delegate" if subject else "host"
    return "visitor" if subject else "host"


def _attested(found: list[Candidate], skipped: list[tuple[Sentence, str]]
              ) -> list[Candidate]:
    """The candidates whose principal actors their own sentence names (by name or by an
    anaphor): a partnership, an agreement or a two-sided event (visit, meeting...) whose
    sentence names only one side, the other being the article's focus taken by default,
    is below the evidence threshold and listed as skipped. (Measured on the development
    articles, such candidates were right once in twenty.)"""
    out = []
    for c in found:
        if c.implicit_focus and (c.type != "event" or c.kind in _TWO_SIDED):
            skipped.append((c.sentence, f"{c.type} cue names one side only; the other would "
                                        "be the article's focus, which the sentence does not "
                                        "name"))
        else:
            out.append(c)
    return out


def candidates(sentences: list[Sentence], focus: str | None, word_order: str,
               skipped: list[tuple[Sentence, str]],
               role_prefixes: dict[str, str] | None = None, text: str = "",
               owner_links: tuple[str, ...] = (), conjunctions: tuple[str, ...] = (),
               attributive: tuple[str, ...] = ()) -> list[Candidate]:
    """Every candidate of the article, in text order. A date ending in one of the
    language's ``attributive`` words names the period a record covers, not when it
    happened ("2017年度友好交流协议": the friendship agreement for the year 2017): it dates
    nothing."""
    out: list[Candidate] = []
    prior: list[Mention] = []
    places: list[Mention] = []  # places named so far, last first, one per actor
    paragraph = -1
    for s in sentences:
        if s.paragraph != paragraph:
            prior, paragraph = [], s.paragraph
        pair = tuple(places[:2])
        families = {h.family for h in s.hits}
        planned = "planned" in families
        documents = []
        for m in s.others:
            if m.kind == "document_number":
                cue = Hit(m.start, m.end, "document", m.document_kind or "other")
                _, c1 = clause_of(s, m.start)
                after = [d for d in s.dates if m.end <= d.start < c1]
                date = after[0] if after else None  # "59-NQ/TW dated 24 January 2025"
                documents.append(Candidate(
                    type="document", kind=cue.value, sentence=s, cue=cue, actors=(),
                    mentions=(m,) + ((date,) if date else ()), date=date,
                    date_rule="same clause" if date else None, planned=False,
                    rule="document number", number=m.number))
        claimed = {c.date.start for c in documents if c.date is not None}
        claimed |= {d.start for d in s.dates if d.text.endswith(attributive)} if attributive \
            else set()
        rest = attrs.evolve(s, dates=tuple(d for d in s.dates if d.start not in claimed)) \
            if claimed else s  # a document's own date dates nothing else
        if "partnership" in families:
            out += _attested(_partnerships(rest, focus, planned, prior, skipped, pair, text,
                                           conjunctions), skipped)
        agreements = _attested(
            _agreement(rest, focus, planned, prior, skipped, pair, text, owner_links)
            if "agreement" in families else [], skipped)
        out += agreements
        out += _attested(_event(rest, focus, planned, (word_order, role_prefixes or {}), prior,
                                skipped, bool(agreements)), skipped)
        out += documents
        for m in s.others:
            if m.kind == "count" and focus is not None:
                cue = Hit(m.start, m.end, "count", m.counted or "partners")
                out.append(Candidate(type="claim", kind=cue.value, sentence=s, cue=cue,
                                     actors=((focus, "subject"),), mentions=(m,), date=None,
                                     date_rule=None, planned=False, rule="count of the focus",
                                     value=m.value, implicit_focus=not _has_focus(s, focus)))
        prior.extend(s.dates)
        for m in s.entities:
            if m.actor_type in PLACE_TYPES:
                places = [m, *(p for p in places if p.actor != m.actor)][:4]
    return out
