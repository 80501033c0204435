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
  never a party, nor is a region that holds (by the gazetteer) a city the sentence names;
  neither takes part in an event.
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
- **No occurrence** (``_filters``): a planned candidate whose clause holds one of the
  language's ``vague_time`` phrases ("in the future", "trong tương lai") and an event told
  after one of its ``terms`` phrases ("Under the agreement, the two cities will ...") are
  listed as skipped, and so is an event whose word lies inside a quotation (speech). A
  pair anaphor stands for no two places when the sentence that named
  the last two named a third ("..., Grodno and Yerevan"). Two countries make no
  partnership. In an article about a region, a city of that region named apart from it is
  where the region acted, not a party. A cooperation that an agreement of its sentence is
  about is no tie of its own (``_topic``).
- **One candidate per occurrence**: candidates of one type with the same principal actors
  (same kind for events, same number for documents) and compatible dates are one record
  citing each of their sentences, with the first date found; so are events of one kind
  dated to the month or the day with compatible dates that share a participant, unless
  their hosts or their guests differ (``_groups.group_duplicates``). An event or agreement
  word a demonstrative marks as told before ("this delegation") is the last one told
  (``_retold``).
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

import attrs

from citydiplo._extract._bilateral import one_with_each
from citydiplo._extract._conjoin import conjoined
from citydiplo._extract._coordinated import list_tail
from citydiplo._extract._events import TWO_SIDED, event_candidates
from citydiplo._extract._filters import focus_region_first, reported
from citydiplo._extract._focus import focus_as_party, named_together, unnamed_pair
from citydiplo._extract._linkable import linkable_dates
from citydiplo._extract._linked import linked_events
from citydiplo._extract._mentions import Mention
from citydiplo._extract._scan import Hit
from citydiplo._extract._sentence import (
    PLACE_TYPES,
    Candidate,
    Sentence,
    attach_date,
    bounded,
    clause_of,
    focus_of,
    has_focus,
    negated,
    qualified,
)
from citydiplo._extract._signing import not_speakers, signing_cue
from citydiplo._extract._signing import owner as _owner
from citydiplo._extract._venue import framed_venues
from citydiplo.dates import DateRange, Unbounded

__all__ = ["Candidate", "Sentence", "attach_date", "candidates", "focus_of", "qualified"]

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


def _joined(s: Sentence, text: str, conjunctions: tuple[str, ...], focus: str | None = None
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
        if conjoined("".join(gap_parts), conjunctions) and places[j].actor != a.actor \
                and not list_tail(places, i, used, text, focus, s.qualified):
            out.append((a, places[j]))
            used.update((i, j))
    return out


def _partnerships(s: Sentence, focus: str | None, planned: bool, prior: list[Mention],
                  skipped: list[tuple[Sentence, str]], pair: tuple[Mention, ...],
                  text: str = "", conjunctions: tuple[str, ...] = (),
                  focus_is_place: bool = True) -> list[Candidate]:
    cue = next(h for h in s.hits if h.family == "partnership")
    if negated(s, cue):
        skipped.append((s, f"partnership cue {cue.value!r} is negated"))
        return []
    others = [m for m in _parties(s, focus, with_orgs=False, pair=pair)
              if m.actor_type != "country" or not focus_is_place]
    pairs: list[tuple[Mention | None, Mention]] = []
    joined = _joined(s, text, conjunctions, focus)
    if joined:
        pairs = [(a, b) for a, b in joined]
    elif focus is not None and len(others) >= 2 and _listed(s, focus, text):
        # "it has 8 sister cities, including New Taipei, Liuzhou, Nancy...": the focus is
        # one of the places listed, not the one they are partners of
        skipped.append((s, "the article's focus is one of the places listed"))
    elif focus is not None and not unnamed_pair(s, focus, others):
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
        if a is not None and a.actor_type == b.actor_type == "country":
            continue  # two countries are in national relations, not a city's partnership
        out.append(Candidate(
            type="partnership", kind=cue.value, sentence=s, cue=cue,
            actors=((first, "party"), (b.actor, "party")),
            mentions=tuple(m for m in (a, b, date) if m is not None), date=date,
            date_rule=date_rule, planned=planned, rule="partnership cue with a named partner",
            implicit_focus=a is None and not has_focus(s, focus)))
    return out


def _agreement(s: Sentence, focus: str | None, planned: bool, prior: list[Mention],
               skipped: list[tuple[Sentence, str]], pair: tuple[Mention, ...],
               text: str = "", owner_links: tuple[str, ...] = (),
               each: tuple[str, ...] = (), lang: str = "") -> list[Candidate]:
    cues = [h for h in s.hits if h.family == "agreement"]
    signing = [h for h in s.hits if h.family == "signing"]
    strong = [h for h in cues if h.value in ("mou", "sister_city", "letter_of_intent")]
    if not cues or not (signing or strong):
        return []
    cue = signing_cue(s, signing, cues) if signing else strong[0]
    kind = max(cues, key=lambda h: (h.end - h.start, -h.start)).value
    if kind == "cooperation" and any(h.family == "partnership" and h.value == "sister"
                                     for h in s.hits):
        kind = "sister_city"
    if negated(s, cue) and not planned:
        skipped.append((s, f"agreement cue {s_text(cue)!r} is negated"))
        return []
    parties = _parties(s, focus, with_orgs=True, pair=pair)
    actors = [(m.actor, "party") for m in parties if m.actor]
    implicit = False
    if focus is not None and all(a != focus for a, _ in actors) and not unnamed_pair(
            s, focus, parties):
        implicit = not has_focus(s, focus)
        actors.insert(0, (focus, "party"))
    if len(actors) < 2:
        skipped.append((s, "agreement cue without two parties"))
        return []
    people = not_speakers(s, text, lang)  # who signed: not who only spoke
    sides = {a for a, _ in actors}  # every naming of a side: "茂名市副市长张惠忠和南宁市副市长
    # 孙汉明" names each city again right before its signatory, after the sentence's first
    ordered = sorted({m.start: m for m in (*parties, *s.entities)
                      if m.actor in sides and m.actor_type != "person"}.values(),
                     key=lambda m: m.start)
    starts = [m.start for m in ordered]
    for p in people:  # the party the person serves, found by bisection
        owner = _owner(p, ordered, starts, text, owner_links, lang)
        if owner != "":  # "": the place after the person is the next item's (_signing)
            actors.append((p.actor or "", f"signatory:{owner or actors[0][0]}"))
    date, date_rule = attach_date(s, cue, prior)
    if planned:  # a planned agreement has no signing date, whatever date the sentence gives
        date, date_rule = None, None
    one = Candidate(type="agreement", kind=kind, sentence=s, cue=cue, actors=tuple(actors),
                    mentions=tuple(parties) + tuple(people) + ((date,) if date else ()),
                    date=date, date_rule=date_rule, planned=planned,
                    rule="agreement and signing cues with two parties", implicit_focus=implicit)
    listed = [m for m in parties if m.actor != focus and m.actor_type in PLACE_TYPES]
    if focus is None or len(listed) < 2 or not one_with_each(kind, listed, s, cue, text, each):
        return [one]
    # "with B and C respectively" (分别), or sister-city ones (bilateral): one agreement each
    out = []
    for m in listed:
        gone = {x.actor for x in listed} - {m.actor}
        out.append(attrs.evolve(
            one, actors=tuple((a, r) for a, r in actors
                              if a not in gone and r.split(":", 1)[-1] not in gone),
            mentions=tuple(x for x in one.mentions if x.actor not in gone),
            rule="agreement cue with each place listed 'respectively'"))
    return out


def s_text(h: Hit) -> str:
    return f"{h.family}:{h.value}"


def _attested(found: list[Candidate], skipped: list[tuple[Sentence, str]],
              paired: bool = False) -> list[Candidate]:
    """The candidates whose principal actors their own sentence names (by name, by an
    anaphor, or both at once by a pair anaphor -- "the two cities" -- when ``paired``: an
    earlier record named the two). A partnership, an agreement or a two-sided event (visit,
    meeting...) whose sentence names only one side, the other being the article's focus
    taken by default, is below the evidence threshold and listed as skipped. (Measured on
    the development articles, such candidates were right once in twenty.)"""
    out = []
    for c in found:
        if c.implicit_focus and (c.type != "event" or c.kind in TWO_SIDED) and not (
                paired and any(h.family == "pair_anaphora" for h in c.sentence.hits)):
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
               attributive: tuple[str, ...] = (), bounds: tuple[str, ...] = (),
               vague: tuple[str, ...] = (), terms: tuple[str, ...] = (),
               each: tuple[str, ...] = (), lang: str = "") -> list[Candidate]:
    """Every candidate of the article, in text order. A date ending in one of the
    language's ``attributive`` words names the period a record covers, not when it
    happened ("2017年度友好交流协议": the friendship agreement for the year 2017): it dates
    nothing; so does a date bounded by one of the ``bounds`` words ("until 11 July"). A
    planned candidate whose clause holds one of the ``vague`` phrases ("in the future")
    reports no occurrence and is listed as skipped; so does an event told after one of the
    ``terms`` phrases ("Under the agreement, the two cities will hold ..."). An agreement
    of the focus with several places listed, in a sentence with one of the ``each`` words
    ("respectively", "分别") or of the sister-city kind, is one agreement with each."""
    out: list[Candidate] = []
    prior: list[Mention] = []
    places: list[Mention] = []  # places named so far, last first, one per actor
    named_in: dict[str, int] = {}  # the sentence (its index) that last named each place
    paragraph = -1
    parties: tuple[Mention, ...] = ()  # the two places of the last two-place record
    for n, s in enumerate(sentences):
        first = len(out)
        if s.paragraph != paragraph:
            prior, paragraph = [], s.paragraph
        # "the two cities": the two places of the last record that named two, else the two
        # places named last -- unless the sentence that named the second of them named a
        # third as well ("... Aktobe, Grodno and Yerevan"): a list, of which no two are "the
        # two"
        last = tuple(places[:2])
        if len(places) > 2 and named_in[places[2].actor or ""] == named_in[places[1].actor or ""]:
            last = ()
        pair = parties or last
        paired = bool(parties) or named_together(last, named_in, s)  # a record or sentence did
        s = focus_region_first(linked_events(s), focus)
        party = focus_as_party(s, focus)  # the focus, unless it only locates a place here
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
        claimed |= {d.start for d in s.dates if bounded(d, text, bounds)}
        rest = attrs.evolve(s, dates=tuple(d for d in s.dates if d.start not in claimed)) \
            if claimed else s  # a document's own date dates nothing else
        if "partnership" in families:
            out += _attested(_partnerships(rest, party, planned, prior, skipped, pair, text,
                                           conjunctions), skipped, paired)
        agreements = _attested(
            _agreement(rest, party, planned, prior, skipped, pair, text, owner_links, each, lang)
            if "agreement" in families else [], skipped, paired)
        out += agreements
        grammar = (word_order, role_prefixes or {})
        out += _attested(event_candidates(rest, focus, planned, grammar, prior, skipped,
                                          bool(agreements)), skipped, paired)
        out += documents
        for m in s.others:
            if m.kind == "count" and focus is not None:
                cue = Hit(m.start, m.end, "count", m.counted or "partners")
                out.append(Candidate(type="claim", kind=cue.value, sentence=s, cue=cue,
                                     actors=((focus, "subject"),), mentions=(m,), date=None,
                                     date_rule=None, planned=False, rule="count of the focus",
                                     value=m.value, implicit_focus=not has_focus(s, focus)))
        out[first:] = reported(out[first:], s, text, vague, terms, skipped)
        prior.extend(linkable_dates(s.dates, out[first:]))  # a founding date links to nothing
        # a place that only qualifies a city ("安徽宣城市") or where a thing was held ("在兰州
        # 举行") is none of "the two cities" a later sentence names
        held = framed_venues(s, text, lang) if lang else frozenset()
        for c in out[first:]:
            named = list({m.actor: m for m in c.mentions if m.actor_type in PLACE_TYPES
                          and m.actor and m.start not in c.sentence.qualified
                          and m.start not in held}.values())
            if len(named) == 2:
                parties = (named[0], named[1])
        for m in s.entities:
            if m.actor_type in PLACE_TYPES and m.start not in s.qualified \
                    and m.start not in held:
                places = [m, *(p for p in places if p.actor != m.actor)][:4]
                named_in[m.actor or ""] = n
    return out
