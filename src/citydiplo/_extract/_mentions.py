"""Mentions: what an article names, each with its exact span.

Kinds: ``date`` (:func:`citydiplo.find_dates`),
``document_number`` (:func:`citydiplo.find_document_numbers`), ``place`` (countries from
:func:`~citydiplo._extract._places.find_places`; cities from their markers), ``actor`` (an
actor of the ``known`` dataset, by any of its labels), ``person`` (a name beside a title:
"Mayor Lee Hyeon-jae", "이현재 하남시장"), ``organization`` (acronyms such as "UNDP" and names
built on a marker: "... University", "Ministry of ...", "Ủy ban nhân dân ...") and ``count``
("10 partner cities"). In cased scripts a capitalised name qualified by a country ("Zibo
in China") is a place of that country. In scripts without capitals (every one but Latin
and Cyrillic) a city found by its marker is kept only when its name recurs in the article
(with or without its marker). Overlapping entity mentions are resolved by priority: known
actor, person, organization, place; the longer first within one priority.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import cache

import attrs

from citydiplo._docnums import find_document_numbers
from citydiplo._extract._countrycore import built_places
from citydiplo._extract._cues import EVENT_FAMILIES, cues
from citydiplo._extract._doc_acronyms import document_acronyms
from citydiplo._extract._finder import Finder
from citydiplo._extract._inquotes import outside_quotes
from citydiplo._extract._mention import Mention, draft_id
from citydiplo._extract._places import PlaceHit, find_places
from citydiplo._extract._recall import uncut
from citydiplo._extract._scan import Hit, Lexicon, unmasked, word_end
from citydiplo._extract._script_fold import fold_entries
from citydiplo._extract._titled import named_beside_place
from citydiplo._query._names import lookup_keys
from citydiplo._text import find_dates
from citydiplo.dates import PartialDate

__all__ = ["Mention", "cue_lexicon", "draft_id", "entity_mentions", "other_mentions",
           "unmasked"]

ENTITY_KINDS = ("actor", "person", "organization", "place")
_WORD_FAMILIES = frozenset({"partnership", "agreement", "event", "document", "count",
                            "anaphora", "pair_anaphora"})
_NAKAGURO = "・"  # joins the parts of a foreign name written in katakana
_NUMBER = re.compile(r"\d(?<![\w.,/:-]\d)\d{0,5}(?![\d.,/:-]\d)")  # not "15:08" (opens with \d)


@cache
def cue_lexicon(lang: str) -> Lexicon:
    """Every cue word of ``lang`` tagged with its family ("event") and kind ("visit")."""
    data = cues(lang)
    entries: list[tuple[str, str, str]] = []
    for family in ("partnership", "agreement", "document", "count"):
        for kind, words in sorted(data[family].items()):
            entries += [(w, family, kind) for w in words]
    for kind in EVENT_FAMILIES:
        entries += [(w, "event", kind) for w in data["event"].get(kind, ())]
    for family in ("signing", "negation", "planned", "link", "anaphora", "pair_anaphora",
                   "titles_before", "titles_after", "not_cues", "attend"):
        entries += [(w, family, "") for w in data.get(family, ())]
    for part in ("suffix", "prefix"):
        entries += [(w, f"org_{part}", "") for w in data["organization"][part]]
        entries += [(w, f"city_{part}", "") for w in data["city"][part]]
    script, entries = data["script"], fold_entries(entries, lang)
    return Lexicon(entries, word_start=script["boundary"] == "word", prefixes=script["prefixes"])


def _digits(text: str) -> int:
    return int("".join(str(unicodedata.digit(c)) for c in text))


def _resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions chosen by priority (then length); kept in a sorted list
    searched by bisection, so the choice is quasi-linear in the number of mentions."""
    order = {k: i for i, k in enumerate(ENTITY_KINDS)}
    ranked = sorted(mentions, key=lambda m: (order[m.kind], -(m.end - m.start), m.start, m.text))
    starts: list[int] = []
    taken: list[Mention] = []
    for m in ranked:
        at = bisect.bisect_left(starts, m.end)
        over = []
        j = at - 1
        while j >= 0 and taken[j].end > m.start:
            over.append(j)
            j -= 1
        if not over:
            starts.insert(at, m.start)
            taken.insert(at, m)
        elif m.geonames is not None and len(over) == 1 and taken[over[0]].kind == "place":
            k = over[0]
            t = taken[k]
            if t.geonames is None and t.start <= m.start and m.end <= t.end:
                # a marker name around a gazetteer name ("Hanam City", "અમદાવાદ શહેર"): one
                # place, known to the gazetteer; a marker that reached too far to the left
                # ("Both Mandaue City") starts where the gazetteer name starts
                start = m.start if t.text[:1].isupper() and m.start > t.start else t.start
                taken[k] = attrs.evolve(t, start=start, text=t.text[start - t.start:],
                                        name=m.name, actor=m.actor, country=m.country,
                                        subdivision=m.subdivision, geonames=m.geonames)
                starts[k] = start
    return taken


def entity_mentions(
    text: str, folded: str, lang: str, hits: list[Hit], known: Lexicon | None,
    known_types: dict[str, str]) -> list[Mention]:
    """Known actors, people, organizations and places, without overlaps, in text order."""
    data = cues(lang)
    finder = Finder(text, folded, lang, hits)
    found: list[Mention] = []
    if known is not None:
        for h in known.scan(folded):
            found.append(Mention(kind="actor", start=h.start, end=h.end, text=text[h.start:h.end],
                                 actor=h.value, actor_type=known_types[h.value],
                                 name=text[h.start:h.end]))
    script = data["script"]
    function_words = frozenset((*data["conjunctions"], *script["particles"],
                                *data["determiners"]))
    words = [h for h in hits if h.family in _WORD_FAMILIES]
    word_starts = [w.start for w in words]
    titles = [h for h in hits if h.family in ("titles_before", "titles_after")]
    title_starts = [t.start for t in titles]
    places = find_places(text, lang)
    for p in places:
        if p.text in function_words or p.text.lower() in function_words:
            # "और" (and), "किसी" (any), "Friendship": no place, whatever a gazetteer says
            continue
        if _NAKAGURO + p.text in text and _katakana(p.text) and (
                text[p.start - 1:p.start] == _NAKAGURO
                or any(t.start == p.end for t in titles[:bisect.bisect_right(
                    title_starts, p.end)][-2:])):
            # "レックス・リチャードソン市長", then "リチャードソン市長": the last part of a
            # person's name in katakana ("中国・山東省" is a province of China)
            continue
        if _inside_cue(p.start, p.end, words, word_starts) or \
                _inside_cue(p.start, p.end, titles, title_starts):
            continue  # "两市" (the two cities), "دو شهر", "Ủy viên" (member): no place
        if p.kind == "country":
            actor = f"country-{(p.country or '').lower()}"
        elif p.kind == "region" and p.subdivision:
            actor = f"region-{p.subdivision.lower()}"
        else:
            actor = draft_id(p.kind, p.name)
        found.append(Mention(kind="place", start=p.start, end=p.end, text=p.text, actor=actor,
                             actor_type=p.kind, name=p.name, country=p.country,
                             subdivision=p.subdivision, geonames=p.geonames))
        if p.kind == "country" and script["cased"]:
            found += _qualified_city(finder, p.start, p.country, data["qualifiers"])
    # "استاندار کربلا" (the governor of Karbala), "大分市副市长": a title beside a place
    # names an office of that place, not a person called Karbala
    spans = sorted((p.start, p.end) for p in places
                   if p.text not in function_words and p.text.lower() not in function_words)
    # ... the place keeps the title: its office holder, unnamed, takes part ("上尾市長は")
    for m in finder.people(hits, places):
        name = _name_span(m)
        if not _overlaps(name, spans):
            found.append(m)
            continue
        beside = named_beside_place(m, name, spans, finder, hits, cased=script["cased"],
                                    limit=data["name_tokens"]) if name else None
        found += [beside] if beside is not None else []
        if beside is not None and beside.start == m.start:
            continue  # the name, then a place: the title is the person's
        for k, held in enumerate(found):
            if (held.kind == "place" and held.title is None and name is not None
                    and held.start < name[1] and name[0] < held.end):
                found[k] = attrs.evolve(held, title=m.title)
    # a marker inside a longer cue word is part of that word ("城市" in "友好城市")
    markers = [h for h in hits if h.family in ("org_suffix", "org_prefix", "city_suffix",
                                                "city_prefix")
               and not _inside_cue(h.start, h.end, words, word_starts, longer=True)]
    # a place word that begins a name is part of a title around it ("ראש העיר": the mayor)
    markers = [h for h in markers if h.family != "city_prefix"
               or not _inside_cue(h.start, h.end, titles, title_starts, longer=True)]
    org_hits = [h for h in markers if h.family.startswith("org_")]
    city_hits = [h for h in markers if h.family.startswith("city_")]
    found += uncut(finder.marked(org_hits, "organization", "organization", places), places)
    # a name glued to a marker starts after a place the gazetteer knows ("日本|大分市")
    ends = frozenset(p.end for p in places if p.kind in ("country", "region"))
    cored = built_places(finder.marked_with_core(city_hits, "place", "city", stops=ends),
                         places, found, text)
    if finder.han:
        cored = _longest_cores(cored, text)
    if not data["script"]["cased"]:
        # without capitals a marker does not show where a name starts: keep the names that
        # recur in the article, with their marker or without it (a place is named again;
        # "both" in "both cities" seldom is)
        seen: dict[str, int] = {}
        for m, _ in cored:
            seen[m.actor or ""] = seen.get(m.actor or "", 0) + 1
        cored = [(m, core) for m, core in cored
                 if seen[m.actor or ""] >= 2
                 or (not finder.han and finder.recurs(core, seen[m.actor or ""]))
                 or (finder.han and len(core) >= 2 and text.count(core) >= 2
                     and not (_katakana(core) and _NAKAGURO + core in text))]
    found += [m for m, _ in cored]
    if data["organization"]["acronyms"]:
        # an acronym after a place marker ("TP.HCM") or read as a place ("BUSAN, May 20 --")
        marked = sorted([(m.start, m.end) for m, _ in cored] + [(p.start, p.end) for p in places])
        found += [m for m in document_acronyms(text, finder.acronyms(), hits)  # nor "CHDCND"
                  if not _overlaps((m.start, m.end), marked)
                  and m.text not in data.get("not_names", ())]
    kept = _same_places(_resolve_overlaps(found))
    region = data.get("region", {})
    if region.get("prefix") or region.get("suffix"):
        kept = _as_regions(kept, places, tuple(w.lower() for w in region.get("prefix", ())),
                           tuple(region.get("suffix", ())))
    if script["boundary"] == "word":
        kept = _echoes(kept, text, (*script["particles"], *script.get("endings", ())),
                       frozenset(script["prefixes"]), words, word_starts)
    prefixes = frozenset(script["prefixes"])
    if prefixes:
        kept = [attrs.evolve(m, proclitic=text[m.start - 1])
                if m.start > 0 and text[m.start - 1] in prefixes
                and (m.start == 1 or not text[m.start - 2].isalnum()) else m
                for m in kept]
    return outside_quotes(kept, text)


def _katakana(word: str) -> bool:
    """Whether a word is written in katakana (a foreign name: after "・" it ends a person's
    full name, "レックス・リチャードソン")."""
    return all("\u30a0" <= ch <= "\u30ff" for ch in word)


def _name_span(m: Mention) -> tuple[int, int] | None:
    """Where a person's name stands within the mention of the name and its title."""
    at = m.text.find(m.name) if m.name else -1
    return None if at < 0 or m.name is None else (m.start + at, m.start + at + len(m.name))


def _overlaps(span: tuple[int, int] | None, spans: list[tuple[int, int]]) -> bool:
    if span is None:
        return False
    at = bisect.bisect_left(spans, (span[1], span[1]))
    return any(a < span[1] and span[0] < b for a, b in spans[max(0, at - 4):at])


def _inside_cue(start: int, end: int, words: list[Hit], starts: list[int],
                longer: bool = False) -> bool:
    """Whether ``start:end`` lies within a cue word (an anaphor, a partnership word...);
    ``longer``: a word longer than the span. Only the words that start just before it are
    looked at (``starts`` sorted), so that a long text costs linear time."""
    at = bisect.bisect_right(starts, start)
    return any(w.start <= start and end <= w.end and (not longer or w.end - w.start > end - start)
               for w in words[max(0, at - 8):at])


def _same_places(mentions: list[Mention]) -> list[Mention]:
    """A place named by its marker somewhere ("하남시") and found in the gazetteer elsewhere
    ("하남") is one place: the marker mention takes the gazetteer's identity."""
    known: dict[str, Mention] = {}
    for m in mentions:
        if m.geonames is not None:
            known.setdefault(lookup_keys(m.text)[-1], m)
    if not known:
        return mentions
    out = []
    for m in mentions:
        g = known.get(lookup_keys(m.text)[-1]) if m.kind == "place" and m.geonames is None \
            and m.actor_type == "city" else None
        out.append(m if g is None else attrs.evolve(
            m, name=g.name, actor=g.actor, country=g.country, subdivision=g.subdivision,
            geonames=g.geonames))
    return out


def _as_regions(kept: list[Mention], places: list[PlaceHit], prefixes: tuple[str, ...],
                suffixes: tuple[str, ...]) -> list[Mention]:
    """A name built on a region marker ("tỉnh Quảng Đông", "广东省") is a region: the one the
    gazetteer finds inside it, else a draft region."""
    regions = [p for p in places if p.kind == "region" and p.subdivision]
    out = []
    for m in kept:
        if m.kind == "place" and m.actor_type == "city" and m.geonames is None and (
                m.text.lower().startswith(prefixes) or m.text.endswith(suffixes)):
            inner = [p for p in regions if m.start <= p.start and p.end <= m.end]
            if len(inner) == 1:
                p = inner[0]
                m = attrs.evolve(m, actor=f"region-{(p.subdivision or '').lower()}",
                                 actor_type="region", name=p.name, country=p.country,
                                 subdivision=p.subdivision)
            else:
                m = attrs.evolve(m, actor=draft_id("region", m.name or m.text),
                                 actor_type="region")
        out.append(m)
    return out


def _echoes(kept: list[Mention], text: str, particles: tuple[str, ...],
            prefixes: frozenset[str], words: list[Hit], word_starts: list[int]
            ) -> list[Mention]:
    """A place the gazetteer found in the article, named again as a whole word where the
    look-up, with less context, kept nothing ("Calexico Mayor Armando Real" after "in
    Calexico"): the same place again. The word may carry one of the language's particles or
    case endings (``script.endings``: "Ереван|ом") after it or a one-letter proclitic before
    it; it is never part of another mention or of a cue word."""
    linked: dict[str, Mention] = {}
    for m in kept:
        if m.kind == "place" and m.geonames is not None and len(m.text) >= 3:
            linked.setdefault(m.text, m)
    if not linked:
        return kept
    spans = sorted((m.start, m.end) for m in kept)
    extra = []
    for name, m in sorted(linked.items()):
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            before = text[at - 1] if at > 0 else " "
            ok_left = not before.isalnum() or (
                before in prefixes and (at < 2 or not text[at - 2].isalnum()))
            rest = text[end:end + 6]
            tail = next((p for p in particles if rest.startswith(p)), "")
            after = text[end + len(tail):end + len(tail) + 1]
            ok_right = not after.isalnum()
            if ok_left and ok_right and not _overlaps((at, end), spans) \
                    and not _inside_cue(at, end, words, word_starts):
                extra.append(attrs.evolve(m, start=at, end=end, text=name,
                                          proclitic=None, title=None))
            at = text.find(name, end)
    if not extra:
        return kept
    return sorted((*kept, *extra), key=lambda x: (x.start, x.end))


def _longest_cores(cored: list[tuple[Mention, str]], text: str) -> list[tuple[Mention, str]]:
    """In Han script a name glued to its marker is cut to a few letters unless something
    delimits it; where the article names it whole elsewhere ("新西兰北帕默斯顿市", then
    "北帕默斯顿市是"), a cut name that the whole one ends with, and that the text continues
    to the left as the whole one does, is the whole name."""
    cores = sorted({core for _, core in cored}, key=len, reverse=True)
    out = []
    for m, core in cored:
        for whole in cores:
            extra = len(whole) - len(core)
            if extra > 0 and whole.endswith(core) and m.start >= extra \
                    and text[m.start - extra:m.start] == whole[:extra]:
                s = m.start - extra
                name = text[s:m.end] if m.name == m.text else m.name
                m = attrs.evolve(m, start=s, text=text[s:m.end], name=name,
                                 actor=draft_id("city", name or ""))
                core = whole
                break
        out.append((m, core))
    return out


def _qualified_city(finder: Finder, at: int, country: str | None,
                    qualifiers: list[str]) -> list[Mention]:
    """A capitalised name qualified by the country after it ("Zibo in China", "Hà Giang
    (Việt Nam)"): a place in that country, in cased scripts."""
    text = finder.text
    for q in sorted(qualifiers, key=len, reverse=True):
        if at >= len(q) and text[at - len(q):at] == q:
            span = finder.reach(at - len(q), -1, 3, cased=True)
            if span is None:
                return []
            name = text[span[0]:span[1]]
            return [Mention(kind="place", start=span[0], end=span[1], text=name,
                            actor=draft_id("city", name), actor_type="city", name=name,
                            country=country)]
    return []


def other_mentions(text: str, lang: str, hits: list[Hit], published: PartialDate | None
                   ) -> list[Mention]:
    """Dates, document numbers and counts, in text order."""
    out = [
        Mention(kind="date", start=d.start, end=d.end, text=d.text, date=d.value,
                relative=d.relative)
        for d in find_dates(text, lang=lang, ref=published)
    ]
    for n in find_document_numbers(text):
        out.append(Mention(kind="document_number", start=n.start, end=n.end, text=n.text,
                           number=str(n.value), document_kind=n.value.document_kind.value))
    dated = sorted((m.start, m.end) for m in out)
    dated_starts = [s for s, _ in dated]
    count_hits = sorted((h for h in hits if h.family == "count"), key=lambda h: h.start)
    count_starts = [h.start for h in count_hits]
    for m in _NUMBER.finditer(text):
        at = bisect.bisect_right(dated_starts, m.start())
        if any(s <= m.start() < e for s, e in dated[max(0, at - 8):at]):
            continue
        # the count words within 24 characters after the number, in text order
        first = bisect.bisect_left(count_starts, m.end())
        for h in count_hits[first:bisect.bisect_right(count_starts, m.end() + 24)]:
            gap = text[m.end():h.start]
            if h.start >= m.end() and len(gap) <= 24 and len(gap.split()) <= 2 and (
                not gap or gap[0].isspace() or gap[0] in "개"
            ) and "\n" not in gap:  # a count word on the next line counts nothing
                out.append(Mention(kind="count", start=m.start(), end=word_end(text, h.end),
                                   text=text[m.start():word_end(text, h.end)],
                                   value=_digits(m.group()), counted=h.value))
                break
    return sorted(out, key=lambda m: (m.start, m.end, m.kind))
