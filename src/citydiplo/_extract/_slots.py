"""A candidate record's slots beyond its actors and date, each filled only where the words
of its own sentence mark it (the words are in ``data/slots/<lang>.json``, see
:mod:`citydiplo._extract._slotdata`):

- **place** (agreements, events): a city or region of the cue's clause marked as where it
  happened by a locative word before it ("in Seoul", "tại Hà Nội", "в Москве", "在北京",
  "בסיאול", "در تهران") or after it ("서울에서", "東京で", "दिल्ली में", "સુરતમાં"); the one
  nearest the cue, unless it stands in a list of places ("在北京、上海、成都"). A locative
  word that also means "from" ("에서") is not read for a visit or a delegation. A place
  that is only where an agreement was signed is not one of its parties (it is dropped
  from them when two others remain and no one signed for it).
- **venue** (agreements, events): a name ending in a venue noun ("Hanam Arts Center",
  "北京饭店", "하남문화예술회관") or after one ("khách sạn Metropole"), marked by a locative
  word as above, in the cue's clause; where no capitals mark a name (he, fa, hi, gu), the
  name is at most two words, ending at a mark, a particle or a cue word. A place named only
  inside the venue is no party or participant when two others remain.
- **fields** (every record): the fields of cooperation whose words stand in one of the
  record's sentences, when the sentence speaks of cooperation or fields ("cooperation in
  education, culture and tourism", "교육·문화 분야", "在教育、文化等领域"); words inside a
  name ("Hanam Culture and Arts Center") do not count.
- **term** (agreements): "for five years", "5년간", "期限三年" in the cue's sentence. With a
  signing day the term is the range from that day to the day before the same day N years
  (or months) later; with a coarser or no signing date the end cannot be told, and the
  stated term goes to the record's ``note`` instead.
- **issuer** (documents): the organization or place after the number, joined by an owner
  word ("Resolution 59-NQ/TW of the Politburo", "... của Bộ Chính trị"), or right before
  it with a genitive word and at most the document's kind between ("सिटी पार्टी कमेटी की
  योजना संख्या 356-केएच/टीयू", "하남시의 계획 제12호"), else the last one before the number or
  the issuing verb in the clause, when an issuing verb stands there
  ("UBND thành phố ban hành Kế hoạch 239/KH-UBND").
- **signatories' office**: the title the person was named with ("Mayor", "시장"); a place
  named with an office and no holder ("하남시장은", the mayor of Hanam) signs as that office
  of the place, and takes part in an event in that office.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

import attrs

from citydiplo._extract._cues import cues
from citydiplo._extract._mentions import Mention
from citydiplo._extract._rules import Candidate
from citydiplo._extract._scan import Hit, fold_case, fold_part, word_end
from citydiplo._extract._sentence import PLACE_TYPES, Sentence, clause_of
from citydiplo._extract._slotdata import slot_data, slot_lexicon, term_pattern
from citydiplo._extract._visible import visible
from citydiplo._model import Agreement, Document, Event, Signatory
from citydiplo.dates import DateRange, PartialDate

__all__ = ["fill_slots", "sentence_slot_hits"]

_ISSUERS = ("organization", "city", "region", "country")
_MOTION = ("visit", "delegation", "exchange_programme")
_STOP = re.compile(r"[,;:()\[\]\"«»“”。，、；：（）.!?]")
_STOP_INSIDE = re.compile(r"[,;:()\[\]。，、；：（）.!?]")  # quotes may wrap a name


# the article last asked about (itself, not its id), its language and its hits by span; one
# tuple swapped whole, so that a thread never reads another article's hits
_LAST: list[tuple[str, str, dict[tuple[int, int], list[Hit]]]] = [("", "", {})]


def sentence_slot_hits(s: Sentence, text: str, lang: str) -> list[Hit]:
    """The slot words of one sentence, with spans in the article (kept for the article
    last asked about, so that slots and steps scan a sentence once)."""
    entry = _LAST[0]
    if entry[0] is not text or entry[1] != lang:
        entry = (text, lang, {})
        _LAST[0] = entry
    cache = entry[2]
    hits = cache.get((s.start, s.end))
    if hits is None:
        folded = fold_case(text[s.start:s.end])
        hits = [Hit(h.start + s.start, h.end + s.start, h.family, h.value)
                for h in slot_lexicon(lang).scan(folded)]
        cache[(s.start, s.end)] = hits
    return hits


def _marked(m: Mention, text: str, data: dict[str, Any], motion: bool) -> bool:
    """Whether a locative word stands right before or right after the mention."""
    ambiguous = set(data["source_markers"]) if motion else set()
    head = fold_case(text[max(0, m.start - 24):m.start])
    tail = fold_case(text[m.end:m.end + 24])
    for w in data["locative_before"]:
        if w in ambiguous:
            continue
        if head.endswith(w):
            return True
        a = m.start - len(w)
        if w[0] == " " and head.endswith(w[1:]) and (a + 1 == 0 or (
                a + 1 > 0 and not text[a].isalnum())):
            return True  # at the start of a line or after a mark
    for w in data["locative_after"]:
        if w in ambiguous or not tail.startswith(w):
            continue
        end = m.end + len(w)
        if cues_boundary(data) and end < len(text) and text[end].isalnum():
            continue
        return True
    return False


def cues_boundary(data: dict[str, Any]) -> bool:
    return bool(cues(data["lang"])["script"]["boundary"] == "word")


def _listed(ents: tuple[Mention, ...], i: int, text: str, joins: set[str],
            qualifying: frozenset[int]) -> bool:
    """Whether the place is one of a list ("在北京、上海、成都", "in Seoul and Busan"): a list
    of places names no one place where something happened."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(ents) and ents[j].actor_type in (*PLACE_TYPES, "country") \
                and ents[j].start not in qualifying:
            a, b = sorted((ents[i], ents[j]), key=lambda m: m.start)
            if text[a.end:b.start].strip() in joins:
                return True
    return False


def _place(c: Candidate, text: str, data: dict[str, Any]) -> Mention | None:
    s = c.sentence
    c0, c1 = clause_of(s, c.cue.start)
    motion = c.type == "event" and c.kind in _MOTION
    joins = {*cues(data["lang"])["conjunctions"], "、", "/"}  # a comma may end a phrase
    ents = s.entities
    found = [m for i, m in enumerate(ents) if c0 <= m.start < c1 and m.actor
             and m.actor_type in PLACE_TYPES and m.start not in s.qualified
             and _marked(m, text, data, motion) and not _listed(ents, i, text, joins, s.qualified)]
    if not found:
        return None
    return min(found, key=lambda m: (abs(m.start - c.cue.start), m.start))


_UNCASED_NAME_WORDS = 2  # where no capitals mark a name, a venue's name is two words at most


def _words_before(text: str, start: int, floor: int, particles: frozenset[str]) -> int:
    """Where the name before a venue noun starts, without capitals to tell: up to
    ``_UNCASED_NAME_WORDS`` words back, never past a mark, a particle or ``floor``."""
    at = start
    for _ in range(_UNCASED_NAME_WORDS):
        j = at
        while j > floor and text[j - 1] == " ":
            j -= 1
        if j == at or j <= floor:
            break  # no space before it, or the floor: no earlier word
        k = j
        while k > floor and not (text[k - 1].isspace() or _STOP.match(text[k - 1])):
            k -= 1
        if k == j or text[k:j] in particles:
            break  # a mark or a particle ("ने") ends the name
        at = k
    return at


def _venue(c: Candidate, hits: list[Hit], text: str, data: dict[str, Any]
           ) -> tuple[str, int, int] | None:
    order = data["venue_order"]
    c0, c1 = clause_of(c.sentence, c.cue.start)
    cased = cues(data["lang"])["script"]["cased"]
    low, lo = fold_part(text, c0 - max(map(len, data["locative_before"]), default=0), c1)
    spaced = cues_boundary(data)
    for v in (h for h in hits if h.family == "venue" and c0 <= h.start < c1):
        end = word_end(text, v.end) if spaced else v.end
        if order == "name_first" and data["locative_before"]:
            starts = [low.rfind(w, c0 - lo, v.start - lo) for w in data["locative_before"]]
            at = max(((p + lo, w) for p, w in zip(starts, data["locative_before"], strict=True)
                      if p >= 0), default=None)
            if at is None:
                continue
            start = at[0] + len(at[1])
            phrase = text[start:end]
            if cased:
                words = phrase.split()
                while words and words[0][:1].islower() and words[0] != words[-1]:
                    words = words[1:]  # "the"
                if not all(w[:1].isupper() or w.lower() in data["venue_links"]
                           for w in words[:-1]):
                    continue
                phrase = " ".join(words)
        elif order == "name_first":
            if not any(low.startswith(w, end - lo) for w in data["locative_after"]):
                continue
            start = end
            while start > c0 and not (text[start - 1].isspace() or _STOP.match(text[start - 1])
                                      or "\u3040" <= text[start - 1] <= "\u309f"):
                start -= 1  # back to a space, a mark or a hiragana particle
            if spaced and not cased:  # "दिल्ली सचिवालय में", "રિવરફ્રન્ટ હાઉસ ખાતે": the
                # name before the noun, back to a mark, a particle or a cue word
                floor = max([c0, *(h.end for h in c.sentence.hits if h.end <= v.start)])
                start = _words_before(text, start, floor,
                                      frozenset(cues(data["lang"])["script"]["particles"]))
            phrase = text[start:end]
        elif order == "noun_first":
            if not any(low.endswith(w, 0, v.start - lo) for w in data["locative_before"]):
                continue
            stop = min((h.start for h in c.sentence.hits if end <= h.start < c1),
                       default=c1)  # a venue's name ends before the next cue word
            rest = re.match(r"(?:\s+(?:[«\"“][^»\"”]{1,40}[»\"”]|\w[\w-]*)){1,6}",
                            text[end:stop])
            tail = [] if rest is None else rest.group().split()
            kept: list[str] = []
            for w in tail:
                linked = bool(kept) and w.lower() in data["venue_links"]
                if w[:1].isupper() or w[:1] in "«\"“" or linked:
                    kept.append(w)
                elif not cased and len(kept) < _UNCASED_NAME_WORDS:
                    kept.append(w)  # "במלון דן פנורמה", "در هتل اسپیناس": no capitals
                else:
                    break
            while kept and kept[-1].lower() in data["venue_links"]:
                kept.pop()
            if not kept:
                continue
            phrase = " ".join([text[v.start:end], *kept])
            start = v.start
        else:
            return None
        phrase = phrase.strip()
        if 2 <= len(phrase) <= 80 and not _STOP_INSIDE.search(phrase):
            return phrase, start, max(end, start + len(phrase))
    return None


def _fields(s: Sentence, hits: list[Hit], venues: list[tuple[int, int]]) -> set[str]:
    if not any(h.family == "field_marker" for h in hits):
        return set()
    names = [(m.start, m.end) for m in s.entities] + venues
    return {h.value for h in hits if h.family == "field"
            and not any(a <= h.start < b for a, b in names)}


def _add_months(day: datetime.date, months: int) -> datetime.date | None:
    y, m = divmod(day.month - 1 + months, 12)
    year = day.year + y
    if year > 9999:
        return None
    try:
        return day.replace(year=year, month=m + 1) - datetime.timedelta(days=1)
    except ValueError:  # 29 February, 31st: runs to the end of the shorter month
        first = datetime.date(year, m + 1, 1)
        nxt = (first.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
        return nxt - datetime.timedelta(days=1)


def _term(c: Candidate, text: str, lang: str) -> tuple[int, str] | None:
    """Months of the term the sentence states, and the phrase."""
    pattern = term_pattern(lang)
    if pattern is None:
        return None
    low, lo = fold_part(text, c.sentence.start - 1, c.sentence.end)  # one letter before it
    m = pattern.search(low, c.sentence.start - lo)  # (the number's look-behind reads it)
    if m is None:
        return None
    numbers = slot_data(lang)["numbers"]
    for name, value in m.groupdict().items():
        if value is not None:
            n = int(value) if value.isdigit() else numbers[value]
            return (n * 12 if name[0] == "y" else n), text[m.start() + lo:m.end() + lo]
    return None


def _issuer(c: Candidate, hits: list[Hit], text: str, data: dict[str, Any]) -> str | None:
    s = c.sentence
    number = next((m for m in c.mentions if m.kind == "document_number"), None)
    if number is None:
        return None
    c0, c1 = clause_of(s, number.start)
    ents = [m for m in s.entities if m.actor and m.actor_type in _ISSUERS and c0 <= m.start < c1]
    links = [w.lower() for w in data["issuer_links"]]
    links += [w + "the " for w in links if w.endswith(" ")]
    after = next((m for m in ents if m.start >= number.end), None)
    if after is not None and text[number.end:after.start].lower() in links:
        return after.actor
    owner = [m for m in ents if m.end <= number.start][-1:]
    for m in owner:  # "X की योजना संख्या N", "X의 계획 N": a genitive, then at most the kind
        gap = text[m.end:number.start]
        if any(gap.startswith(w) and len(gap) - len(w) <= 24 and gap.count(" ") <= 4
               for w in data["issuer_links_before"]):
            return m.actor
    verbs = [h for h in hits if h.family == "issue_verb" and c0 <= h.start < c1]
    if not verbs:
        return None
    edge = min(verbs[0].start, number.start)
    before = [m for m in ents if m.end <= edge]
    return before[-1].actor if before else None


def fill_slots(record: Any, group: list[Candidate], text: str, lang: str) -> Any:
    """``record`` with the slots its sentences mark filled (see the module docstring)."""
    data = slot_data(lang)
    seen: dict[int, tuple[Candidate, list[Hit]]] = {}
    for c in group:
        if c.sentence.start not in seen:
            seen[c.sentence.start] = (c, sentence_slot_hits(c.sentence, text, lang))
    changes: dict[str, Any] = {}
    venues: list[tuple[int, int]] = []
    if isinstance(record, Agreement | Event):
        for c, hits in seen.values():
            place = _place(c, text, data) if "place" not in changes else None
            if place is not None:
                changes["place"] = place.actor
            if (venue := _venue(c, hits, text, data)) is not None:
                changes.setdefault("venue", visible(venue[0]))
                venues.append(venue[1:])
    if venues:
        changes.update(_without_venue_places(record, seen, venues))
    fields: set[str] = set()
    for c, hits in seen.values():
        fields |= _fields(c.sentence, hits, venues)
    if fields:
        changes["fields"] = sorted(fields)
    offices = _offices(group)
    if isinstance(record, Event) and any(p.actor in offices for p in record.participants):
        changes["participants"] = [
            attrs.evolve(p, office=p.office or offices.get(p.actor)) for p in record.participants]
    if isinstance(record, Agreement):
        changes.update(_agreement_slots(record, group, text, lang, changes.get("place")))
        named = {s.on_behalf_of for s in record.signatories}
        unnamed = [Signatory(office=offices[p], on_behalf_of=p) for p in record.parties
                   if p in offices and p not in named]
        if unnamed:
            changes["signatories"] = [*changes.get("signatories", record.signatories),
                                      *unnamed]
    if isinstance(record, Document):
        c, hits = next(iter(seen.values()))
        issuer = _issuer(c, hits, text, data)
        if issuer is not None:
            changes["issuer"] = issuer
    return attrs.evolve(record, **changes) if changes else record


def _without_venue_places(record: Any, seen: dict[int, tuple[Candidate, list[Hit]]],
                          venues: list[tuple[int, int]]) -> dict[str, Any]:
    """A place named only inside the venue ("दिल्ली सचिवालय") is no party or participant
    when two others remain and no one signed for it."""
    inside = {m.actor for c, _ in seen.values() for m in c.sentence.entities
              if m.kind == "place" and any(a <= m.start and m.end <= b for a, b in venues)}
    outside = {m.actor for c, _ in seen.values() for m in c.sentence.entities
               if m.kind == "place" and not any(a <= m.start and m.end <= b for a, b in venues)}
    only = inside - outside
    if not only:
        return {}
    if isinstance(record, Agreement):
        signed_for = {s.on_behalf_of for s in record.signatories}
        kept = tuple(p for p in record.parties if p not in only or p in signed_for)
        return {"parties": kept} if len(kept) >= 2 and kept != record.parties else {}
    keep = [p for p in getattr(record, "participants", ()) if p.actor not in only]
    return {"participants": keep} if 2 <= len(keep) < len(record.participants) else {}


def _offices(group: list[Candidate]) -> dict[str, str]:
    """Places named with an office whose holder the sentence does not name ("하남시장은"):
    place id -> the office."""
    out: dict[str, str] = {}
    sentences: dict[int, Any] = {}  # each once: a group may hold many of one long sentence
    for c in group:
        sentences.setdefault(c.sentence.start, c.sentence)
    for sentence in sentences.values():
        ents = sentence.entities
        named = {m.title for m in ents if m.kind == "person"}
        for m in ents:
            if m.kind == "place" and m.actor and m.title and m.title not in named:
                out.setdefault(m.actor, m.title)
    return out


def _agreement_slots(record: Agreement, group: list[Candidate], text: str, lang: str,
                     place: str | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    signed_for = {s.on_behalf_of for s in record.signatories}
    if place in record.parties and len(record.parties) > 2 and place not in signed_for:
        out["parties"] = tuple(p for p in record.parties if p != place)
    titles = {m.actor: m.title for c in group for m in c.mentions
              if m.kind == "person" and m.title}
    if any(s.person in titles for s in record.signatories):
        out["signatories"] = [
            Signatory(person=s.person, on_behalf_of=s.on_behalf_of,
                      office=s.office or titles.get(s.person or ""))
            for s in record.signatories]
    term = next((t for c in group if (t := _term(c, text, lang)) is not None), None)
    if term is not None:
        months, phrase = term
        signed = record.signed
        end = None
        if isinstance(signed, PartialDate) and signed.day is not None and not (
                signed.approximate or signed.uncertain):
            end = _add_months(datetime.date(signed.year, signed.month or 1, signed.day), months)
        if end is not None and isinstance(signed, PartialDate):
            out["term"] = DateRange(start=signed, end=PartialDate.from_date(end))
        else:
            note = f"term stated as {phrase!r}; the signing date does not fix its end"
            out["note"] = f"{record.note} {note}" if record.note else note
    return out
