"""The article's main city, weighed by whose head it names: :func:`main_city`.

The city named most often (:func:`citydiplo._extract._sentence.focus_of`) is the main city
of most articles, but not of a report that names the partner city over and over while its
own city is named once, with its head: "문동신 군산시장이 … 옌타이(연태)시에서 … 옌타이 …
옌타이 …" (the mayor of Gunsan in Yantai), "شهردار اصفهان در دیدار با هیئتی از استان گانسو
… گانسو … گانسو" (the mayor of Isfahan meeting a delegation of Gansu). The head of a city
named with the city's name and title is the article's own actor, unless another head acts
in the article with no city named.

Rule. A city is *headed* when the article's first two sentences (the headline and the lead,
where a report says whose news it is) name it with a city head's title of the language
(``data/city_heads.json``): a place mention carrying the title ("شهردار اصفهان"), a head
person owned by the city (written right after the city: "New York City Mayor Eric Adams",
"大分市副市长久渡晃"; or joined to it by an owner link: "Mayor Ann Roe of Springfield"), or,
where the language writes the title glued to the city ("군산시장": 군산시 + 시장), the city's
name followed by the rest of the title. Where the article names a head with no city of its
own (the acting head, whose city is the main one: "문 시장은", "Mayor Gadwal Vijayalakshmi"),
a headed city counts only when one of its heads is that person by name ("문동신 군산시장"
then "문 시장"): "Mayor Gadwal Vijayalakshmi met New York City Mayor Eric Adams" makes New
York the host, not the article's city, and "리우싱웨이 진저우 시장" beside "이 시장" names
no head of the article's city. Then:

- exactly one headed city: it is the main city;
- two or more, and the most-named place is none of them: the evidence is split and there is
  no main city (a wrong one would be taken as a side of every sentence that names none);
- otherwise: the most-named city or region, as before.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from citydiplo._extract._mention import Mention
from citydiplo._extract._officials import head_titles
from citydiplo._extract._sentence import Sentence, focus_of

__all__ = ["main_city"]

_PUNCT = frozenset(",.;:!?、。，；：()（）\"'“”«»")
_PERSON_BEFORE = re.compile(r"(?<![가-힣])([가-힣]{3}) $")
_PERSON_REACH = 8  # what _PERSON_BEFORE reads: a letter, three syllables, " ", a newline


def _syllable(c: str) -> bool:
    return "가" <= c <= "힣"


def _not_before_two_syllables(text: str, word: str) -> list[int]:
    """Where ``word`` starts in ``text`` not followed by two Hangul syllables: the matches
    of ``re.escape(word) + "(?![가-힣]{2})"``, without compiling a pattern per word."""
    if not word:
        return [m.start() for m in re.finditer(r"(?![가-힣]{2})", text)]
    out = []
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if _syllable(text[end:end + 1]) and _syllable(text[end + 1:end + 2]):
            at = text.find(word, at + 1)  # the pattern fails here: the next start is tried
            continue
        out.append(at)
        at = text.find(word, end)
    return out


def _is_head(m: Mention, titles: tuple[str, ...]) -> bool:
    title = (m.title or "").casefold()
    return bool(title) and any(title.endswith(t) for t in titles)


class _Owners:
    """The cities of an article, asked whose head a person is (:meth:`owner`). Only the
    cities within a link's reach of the person are read, in the article's order, and each
    written name once: a long text's heads were each compared with every city."""

    def __init__(self, cities: list[Mention], text: str, links: Sequence[str]) -> None:
        self._cities = cities
        self._text = text
        self._links = tuple(links)
        self._by_start = sorted(range(len(cities)), key=lambda i: (cities[i].start, i))
        self._starts = [cities[i].start for i in self._by_start]
        self._longest = max((m.end - m.start for m in cities), default=0)
        self._reach = max((len(w) for w in self._links), default=0)
        names: dict[str, str | None] = {}
        for e in cities:
            names.setdefault((e.name or e.text).casefold(), e.actor)
        self._names = list(names.items())

    def owner(self, p: Mention) -> str | None:
        """The city whose head person ``p`` is, by the words around it (None: no city's)."""
        text = self._text
        low = bisect.bisect_left(self._starts, p.start - 3 - self._longest)
        high = bisect.bisect_right(self._starts, p.end + self._reach)
        for i in sorted(self._by_start[low:high]):
            e = self._cities[i]
            if e.start < p.end and p.start < e.end:
                return e.actor
            if 0 <= p.start - e.end <= 3 and not any(c in _PUNCT for c in text[e.end:p.start]):
                return e.actor
            if e.start >= p.end and text[p.end:e.start] in self._links:
                return e.actor
        name = (p.name or "").casefold()
        for other, actor in self._names:  # "شهردار اصفهان خاطرنشان کرد" read as a name
            if min(len(name), len(other)) >= 2 and (other.startswith(name)
                                                    or name.startswith(other)):
                return actor
        return None


def _glued(cities: list[Mention], text: str, titles: tuple[str, ...],
           heads: dict[str, set[str]], lead: int) -> None:
    """Record in ``heads`` each city written with its head's title glued to its name, the
    title's first letter shared with the city's suffix ("군산시" + "시장" → "군산시장"), and the
    three-syllable name written before it ("문동신 군산시장"), when the article also names the
    city without the title."""
    ends: dict[str, list[int]] = {}  # each city's mentions, read once for all its names
    for m in cities:
        ends.setdefault(m.actor or "", []).append(m.end)
    head = text[:lead]
    for surface in sorted({(m.text, m.actor) for m in cities if m.actor}):
        name, actor = surface
        for t in titles:
            if len(t) < 2 or not name.endswith(t[0]) or not any(
                    not text.startswith(t[1:], end) for end in ends[actor]):
                continue  # "濱田市長" (Mayor Hamada) alone is no sign of the city Hamada
            for at in _not_before_two_syllables(head, name + t[1:]):
                # the name ends the text before the title: its last characters suffice
                person = _PERSON_BEFORE.search(text[max(0, at - _PERSON_REACH):at])
                heads.setdefault(actor, set()).add(person.group(1) if person else "")


def main_city(sents: Sequence[Sentence], text: str, lang: str,
              links: Sequence[str] = ()) -> str | None:
    """The article's main city or region (see the module's rule), or None.

    >>> from types import SimpleNamespace as S
    >>> P = lambda s, e, t, a, title=None: Mention(kind="place", start=s, end=e, text=t,
    ...     actor=a, actor_type="city", title=title)
    >>> t = "شهردار اصفهان با هیئت گانسو. گانسو ... گانسو. شهر اصفهان"
    >>> ms = [P(7, 13, "اصفهان", "city-isfahan", "شهردار"), P(22, 27, "گانسو", "city-g"),
    ...       P(29, 34, "گانسو", "city-g"), P(39, 44, "گانسو", "city-g"),
    ...       P(50, 56, "اصفهان", "city-isfahan")]
    >>> sents = [S(entities=ms[:2], end=28), S(entities=ms[2:4], end=45),
    ...          S(entities=ms[4:], end=56)]
    >>> main_city(sents, t, "fa"), main_city(sents[1:], t, "fa")
    ('city-isfahan', 'city-g')
    """
    entities = [m for s in sents for m in s.entities]
    base = focus_of(entities)
    titles = head_titles(lang)
    if not titles or not sents:
        return base
    lead = sents[min(1, len(sents) - 1)].end  # the headline and the lead's first sentence
    cities = [m for m in entities if m.actor and m.actor_type == "city"]
    heads: dict[str, set[str]] = {}
    acting: set[str] = set()  # names of the heads named with no city of their own
    plain = {m.actor for m in cities if not m.title}
    for m in cities:  # a city only ever named with the title may be a surname: "濱田市長"
        if _is_head(m, titles) and m.actor in plain and m.start < lead:
            heads.setdefault(m.actor or "", set()).add("")
    owners = _Owners(cities, text, links)
    for p in entities:
        if p.kind != "person" or not _is_head(p, titles):
            continue
        owner = owners.owner(p)
        if owner is None:
            acting.add(p.name or "")
        elif p.start < lead:
            heads.setdefault(owner, set()).add(p.name or "")
    _glued(cities, text, titles, heads, lead)
    acting.discard("")
    headed = sorted(c for c, names in heads.items() if not acting or names & acting)
    if len(headed) == 1:
        return headed[0]
    if len(headed) >= 2 and base not in headed:
        return None
    return base
