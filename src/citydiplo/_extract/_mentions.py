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
from collections.abc import Sequence
from functools import cache
from typing import Any

import attrs

from citydiplo._docnums import find_document_numbers
from citydiplo._extract._cues import EVENT_FAMILIES, cues
from citydiplo._extract._places import find_places
from citydiplo._extract._scan import Hit, Lexicon, word_end
from citydiplo._query._names import lookup_keys
from citydiplo._text import find_dates
from citydiplo.dates import DateRange, PartialDate

__all__ = ["Mention", "cue_lexicon", "entity_mentions", "other_mentions"]

ENTITY_KINDS = ("actor", "person", "organization", "place")
_WORD_FAMILIES = frozenset({"partnership", "agreement", "event", "document", "count",
                            "anaphora", "pair_anaphora"})
_TOKEN = re.compile(r"[^\s,.;:!?()\[\]\"«»“”،؛।|/]+")
_ACRONYM = re.compile(r"(?<![\w-])[A-Z][A-Z&]{2,7}(?![\w-])")
_NUMBER = re.compile(r"(?<![\w.,/-])\d{1,6}(?![\d.,/:-]\d)")
_HAN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


@attrs.frozen(kw_only=True)
class Mention:
    """A stretch of the article that names something: ``text == article[start:end]``.

    ``actor`` is the id of the actor an entity mention designates (a known actor's id, or a
    draft id made from the name); ``actor_type`` its type. Dates carry ``date``, document
    numbers ``number``, counts ``value`` and ``counted``; people their ``title``.
    """

    kind: str
    start: int
    end: int
    text: str
    actor: str | None = None
    actor_type: str | None = None
    name: str | None = None
    title: str | None = None
    country: str | None = None
    geonames: int | None = None
    date: PartialDate | DateRange | None = None
    relative: bool = False
    number: str | None = None
    document_kind: str | None = None
    value: int | None = None
    counted: str | None = None
    proclitic: str | None = None  # a one-letter proclitic glued before the name (Hebrew)


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
                   "titles_before", "titles_after"):
        entries += [(w, family, "") for w in data[family]]
    for part in ("suffix", "prefix"):
        entries += [(w, f"org_{part}", "") for w in data["organization"][part]]
        entries += [(w, f"city_{part}", "") for w in data["city"][part]]
    script = data["script"]
    return Lexicon(entries, word_start=script["boundary"] == "word", prefixes=script["prefixes"])


def draft_id(actor_type: str, name: str) -> str:
    """The id a draft actor gets: its type and its look-up key ("city-hanam")."""
    return f"{actor_type}-{lookup_keys(name)[-1].replace(' ', '-')}"


def _digits(text: str) -> int:
    return int("".join(str(unicodedata.digit(c)) for c in text))


class _Tokens:
    """Word tokens of the text, for reaching out from a marker to the name beside it."""

    def __init__(self, text: str) -> None:
        self.spans = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
        self.starts = [s for s, _ in self.spans]

    def index_at(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) - 1


def _strip_particles(text: str, start: int, end: int, particles: Sequence[str]) -> tuple[int, bool]:
    word = text[start:end]
    for p in sorted(particles, key=len, reverse=True):
        if len(word) > len(p) + 1 and word.endswith(p):
            return end - len(p), True
    return end, False


class _Finder:
    """Entity mentions built from markers (titles, organization and city words)."""

    def __init__(self, text: str, folded: str, lang: str, hits: list[Hit]) -> None:
        self.text, self.folded, self.lang = text, folded, lang
        self.data: dict[str, Any] = cues(lang)
        self.script = self.data["script"]
        self.tokens = _Tokens(text)
        self.cue_starts = {h.start for h in hits}
        self.han = lang in ("zh", "ja")
        self._counts: dict[str, int] | None = None
        self.particles: tuple[str, ...] = tuple(self.script["particles"])
        self.prefixes = frozenset(self.script["prefixes"])
        # one-character particles and place markers end a name glued to a suffix
        self.stops = frozenset(
            w for w in (*self.particles, *self.data["city"]["suffix"],
                        *self.data["organization"]["suffix"]) if len(w) == 1)

    def _ok(self, s: int, e: int, *, cased: bool) -> bool:
        word = self.text[s:e]
        if not word or word[0].isdigit() or s in self.cue_starts:
            return False
        if self.prefixes and word[0] in self.prefixes and s + 1 in self.cue_starts:
            return False
        if word in self.particles:
            return False
        return not cased or word[0].isupper()

    def reach(self, pos: int, direction: int, limit: int, *, cased: bool) -> tuple[int, int] | None:
        """Up to ``limit`` tokens after (``direction`` 1) or before (-1) ``pos``, separated
        by nothing but whitespace; a token carrying a particle ends a name."""
        if self.han:
            return self._reach_han(pos, direction)
        spans = self.tokens.spans
        i = self.tokens.index_at(pos - 1 if direction < 0 else pos)
        if direction > 0 and (i < 0 or spans[i][1] <= pos):
            i += 1
        elif direction < 0 and i >= 0 and spans[i][1] > pos:
            i -= 1
        taken: list[tuple[int, int]] = []
        edge = pos
        while 0 <= i < len(spans) and len(taken) < limit:
            s, e = spans[i]
            gap = self.text[edge:s] if direction > 0 else self.text[e:edge]
            if (gap and not gap.isspace()) or len(gap) > 2 or not self._ok(s, e, cased=cased):
                break
            e2, had = _strip_particles(self.text, s, e, self.particles)
            if had and direction < 0 and taken:
                break
            taken.append((s, e2))
            if had and direction > 0:
                break
            edge = e if direction > 0 else s
            i += direction
        if not taken:
            return None
        return (min(t[0] for t in taken), max(t[1] for t in taken))

    def _reach_han(self, pos: int, direction: int) -> tuple[int, int] | None:
        n = 0
        i = pos if direction > 0 else pos - 1
        while 0 <= i < len(self.text) and n < 3 and _HAN.match(self.text[i]):
            if i in self.cue_starts and n:
                break
            n += 1
            i += direction
        if n < 2:
            return None
        return (pos, pos + n) if direction > 0 else (pos - n, pos)

    def people(self, hits: list[Hit]) -> list[Mention]:
        out = []
        cased = self.script["cased"]
        limit = self.data["name_tokens"]
        for h in hits:
            if h.family == "titles_after":
                span = self.reach(h.start, -1, 1, cased=cased)
                if span is None and self.lang == "ko":
                    span = self.reach(word_end(self.text, h.end), 1, 1, cased=cased)
            elif h.family == "titles_before":
                span = self.reach(h.end, 1, limit, cased=cased)
            else:
                continue
            if span is None:
                continue
            s, e = span
            name = self.text[s:e]
            title = self.text[h.start:h.end]
            out.append(Mention(kind="person", start=min(s, h.start), end=max(e, h.end),
                               text=self.text[min(s, h.start):max(e, h.end)],
                               actor=draft_id("person", name), actor_type="person",
                               name=name, title=title))
        return out

    def marked(self, hits: list[Hit], kind: str, actor_type: str) -> list[Mention]:
        """Names built on a marker: "Hanam City", "Ministry of Foreign Affairs"."""
        return [m for m, _ in self.marked_with_core(hits, kind, actor_type)]

    def marked_with_core(self, hits: list[Hit], kind: str, actor_type: str
                         ) -> list[tuple[Mention, str]]:
        """Names built on a marker, each with its core: the name without the marker."""
        out = []
        cased = bool(self.script["cased"])
        limit = 4 if cased else 1
        for h in hits:
            end = word_end(self.text, h.end) if self.script["extend"] else h.end
            if h.family.endswith("_suffix"):
                if self.han or self.script["boundary"] != "word":
                    span = self._attached(h)
                else:
                    span = self.reach(h.start, -1, limit, cased=cased)
                if span is None:
                    continue
                s, e = span[0], h.end if not cased else end
            else:
                span = self.reach(end, 1, limit, cased=cased)
                if span is None:
                    continue
                s, e = h.start, span[1]
            text = name = self.text[s:e]
            out.append((Mention(kind=kind, start=s, end=e, text=text,
                                actor=draft_id(actor_type, name), actor_type=actor_type,
                                name=name), self.text[span[0]:span[1]]))
        return out

    def recurs(self, core: str) -> bool:
        """Whether the core of a name stands as a word at least twice in the article (also
        after a one-letter proclitic)."""
        if self._counts is None:
            counts: dict[str, int] = {}
            for a, b in self.tokens.spans:
                word = self.text[a:b]
                counts[word] = counts.get(word, 0) + 1
                if self.prefixes and word[:1] in self.prefixes:
                    counts[word[1:]] = counts.get(word[1:], 0) + 1
            self._counts = counts
        first = core.split()[0] if core.split() else core
        return self._counts.get(first, 0) >= 2

    def _attached(self, h: Hit) -> tuple[int, int] | None:
        """The word a suffix is glued to ("하남" in "하남시는", "蘇州" in "蘇州市"): up to four
        letters (three in Han script), stopping at a particle or at another place marker."""
        i = h.start
        n = 0
        limit = 3 if self.han else 4
        while (i > 0 and self.text[i - 1].isalpha() and n < limit
               and self.text[i - 1] not in self.stops):
            i -= 1
            n += 1
        if n < 2 or (i in self.cue_starts and n < 2):
            return None
        return (i, h.start)

    def acronyms(self) -> list[Mention]:
        out = []
        for m in _ACRONYM.finditer(self.text):
            if m.start() in self.cue_starts:
                continue
            out.append(Mention(kind="organization", start=m.start(), end=m.end(), text=m.group(),
                               actor=draft_id("organization", m.group()),
                               actor_type="organization", name=m.group()))
        return out


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
            if t.actor == m.actor:
                # "Hanam City" (a marker) over "Hanam" (the gazetteer): keep both facts
                taken[k] = attrs.evolve(t, country=m.country, geonames=m.geonames, name=m.name)
            elif t.geonames is None and t.start < m.start and m.end <= t.end:
                # "Both Mandaue City": the marker reached too far; the name starts here
                text = t.text[m.start - t.start:]
                taken[k] = attrs.evolve(t, start=m.start, text=text, name=m.name,
                                        actor=draft_id("city", text),
                                        country=m.country, geonames=m.geonames)
                starts[k] = m.start
    return taken


def entity_mentions(
    text: str, folded: str, lang: str, hits: list[Hit], known: Lexicon | None,
    known_types: dict[str, str],
) -> list[Mention]:
    """Known actors, people, organizations and places, without overlaps, in text order."""
    data = cues(lang)
    finder = _Finder(text, folded, lang, hits)
    found: list[Mention] = []
    if known is not None:
        for h in known.scan(folded):
            found.append(Mention(kind="actor", start=h.start, end=h.end, text=text[h.start:h.end],
                                 actor=h.value, actor_type=known_types[h.value],
                                 name=text[h.start:h.end]))
    script = data["script"]
    for p in find_places(text, lang, folded=folded, word_start=script["boundary"] == "word",
                         prefixes=tuple(script["prefixes"]),
                         particles=tuple(script["particles"])):
        found.append(Mention(kind="place", start=p.start, end=p.end, text=p.text,
                             actor=f"country-{p.country.lower()}" if p.kind == "country" and
                             p.country else draft_id(p.kind, p.name),
                             actor_type=p.kind, name=p.name, country=p.country,
                             geonames=p.geonames))
        if p.kind == "country" and script["cased"]:
            found += _qualified_city(finder, p.start, p.country, data["qualifiers"])
    found += finder.people(hits)
    words = [h for h in hits if h.family in _WORD_FAMILIES]
    # a marker inside a longer cue word is part of that word ("城市" in "友好城市")
    markers = [h for h in hits if h.family in ("org_suffix", "org_prefix", "city_suffix",
                                                "city_prefix")
               and not any(w.start <= h.start and h.end <= w.end
                           and w.end - w.start > h.end - h.start for w in words)]
    org_hits = [h for h in markers if h.family.startswith("org_")]
    city_hits = [h for h in markers if h.family.startswith("city_")]
    found += finder.marked(org_hits, "organization", "organization")
    cored = finder.marked_with_core(city_hits, "place", "city")
    if not data["script"]["cased"]:
        # without capitals a marker does not show where a name starts: keep the names that
        # recur in the article, with their marker or without it (a place is named again;
        # "both" in "both cities" seldom is)
        seen: dict[str, int] = {}
        for m, _ in cored:
            seen[m.actor or ""] = seen.get(m.actor or "", 0) + 1
        cored = [(m, core) for m, core in cored
                 if seen[m.actor or ""] >= 2 or (not finder.han and finder.recurs(core))]
    found += [m for m, _ in cored]
    if data["organization"]["acronyms"]:
        found += finder.acronyms()
    kept = _resolve_overlaps(found)
    prefixes = frozenset(script["prefixes"])
    if prefixes:
        kept = [attrs.evolve(m, proclitic=text[m.start - 1])
                if m.start > 0 and text[m.start - 1] in prefixes
                and (m.start == 1 or not text[m.start - 2].isalnum()) else m
                for m in kept]
    return kept


def _qualified_city(finder: _Finder, at: int, country: str | None,
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


def other_mentions(
    text: str, lang: str, hits: list[Hit], published: PartialDate | None
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
    dated = [(m.start, m.end) for m in out]
    count_hits = [h for h in hits if h.family == "count"]
    for m in _NUMBER.finditer(text):
        if any(s <= m.start() < e for s, e in dated):
            continue
        for h in count_hits:
            gap = text[m.end():h.start]
            if h.start >= m.end() and len(gap) <= 24 and len(gap.split()) <= 2 and (
                not gap or gap[0].isspace() or gap[0] in "개"
            ):
                out.append(Mention(kind="count", start=m.start(), end=word_end(text, h.end),
                                   text=text[m.start():word_end(text, h.end)],
                                   value=_digits(m.group()), counted=h.value))
                break
    return sorted(out, key=lambda m: (m.start, m.end, m.kind))
