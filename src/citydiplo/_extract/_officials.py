"""A city's head acting with no city named: :func:`official_references`.

News written by or about a city names its mayor without the city once the city is known:
"강 시장은 진저우시를 방문하여" (Mayor Kang visited Jinzhou), "塚部市長は大連で…に出席し",
"副市长邵为民会见日本大分市副市长", "The mayor Lin said that Keelung...". Such a sentence
tells what the article's city did, through its head.

Rule: a person mention whose title is a city head's title of the language
(``data/city_heads.json``: mayor, 시장, 市長, 市长, мэр, मेयर, મેયર, ראש העיר, شهردار …, a
deputy's title ending with one), written with the title in the mention, and with **no place
of its own**, refers to the article's focus when the focus is a city: the sentence counts as
naming the focus (an anaphor hit at the person, so a record whose only other side is the
focus is no longer "one side only", :func:`citydiplo._extract._rules._attested`). A person
has a place of its own when

- a place, organization or country ends at most three letters before the mention, with no
  punctuation between ("대분시 부시장 …", "大分市副市长久渡晃", "કોબેના મેયર", "Mandaue City
  Mayor Jonas Cortes");
- one of the language's ``owner_links`` alone joins it to a place after it ("Mayor Mark
  Mallory of Cincinnati", "زاکانی شهردار تهران");
- a place mention overlaps it, or its name is the beginning of a place the article names, or
  a place's name is the beginning of its name ("옌타이 시장" read as 옌타 with a particle
  cut: Yantai's mayor, not the focus's).

Only a sentence that names another side -- a place, organization or country other than the
focus, not one that merely locates a place (``Sentence.qualified``) -- gets the reference:
the head of the focus alone with the focus is one side ("the deputy mayor and his
delegation"), not a meeting or a visit. A sentence that names the focus, or holds an anaphor
already, is left as it is.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

import attrs

from citydiplo._extract._mention import Mention, draft_id
from citydiplo._extract._samename import later_names
from citydiplo._extract._scan import Hit
from citydiplo._extract._sentence import PLACE_TYPES, Sentence, has_focus

__all__ = ["head_titles", "official_references", "owned", "surnames_alone"]

_OWNERS = frozenset({*PLACE_TYPES, "country", "organization"})
_PUNCT = frozenset(",.;:!?、。，；：()（）\"'“”«»")


@cache
def _heads_data() -> dict[str, object]:
    raw = resources.files("citydiplo._extract").joinpath("data/city_heads.json").read_text(
        encoding="utf-8")
    data: dict[str, object] = json.loads(raw)
    return data


@cache
def head_titles(lang: str) -> tuple[str, ...]:
    """The language's titles of a city's head, case-folded, longest first.

    >>> head_titles("ko")
    ('구청장', '군수', '시장')
    """
    titles: dict[str, list[str]] = _heads_data()["titles"]  # type: ignore[assignment]
    return tuple(sorted((t.casefold() for t in titles.get(lang, ())),
                        key=lambda t: (-len(t), t)))


def surnames_alone(entities: list[Mention], text: str, lang: str) -> list[Mention]:
    """``entities`` with each head named again by the surname alone ("이 시장은" after "이재홍
    시장", "강 시장" after "강임준 시장") as that person, in the languages that write it so
    (``surname_alone`` in ``data/city_heads.json``: Korean). The full name is three Hangul
    syllables written before the title, glued to a place or not ("문동신 군산시장"); the short
    form is its first syllable, a space and the same title; a syllable that begins two full
    names with that title names neither. A mention the short form overlaps is replaced.

    >>> t = "이재홍 파주시장이 진저우시를 방문했다. 이 시장은 29일 귀국한다."
    >>> [(m.text, m.name, m.title) for m in surnames_alone([], t, "ko")]
    [('이 시장', '이재홍', '시장')]
    >>> surnames_alone([], "이 시장은 29일 귀국한다.", "ko")
    []
    """
    if lang not in _heads_data()["surname_alone"]:  # type: ignore[operator]
        return later_names(entities)
    found: list[Mention] = []
    for title in head_titles(lang):
        full: dict[str, set[str]] = {}
        for m in re.finditer(rf"(?<![가-힣])([가-힣]{{3}}) [가-힣]{{0,4}}{title}", text):
            full.setdefault(m.group(1)[0], set()).add(m.group(1))
        for m in re.finditer(rf"(?<![가-힣])([가-힣]) {title}(?![가-힣]{{2}})", text):
            names = full.get(m.group(1), set())
            if len(names) != 1:
                continue
            name = next(iter(names))
            found.append(Mention(kind="person", start=m.start(), end=m.end(), text=m.group(0),
                                 actor=draft_id("person", name), actor_type="person",
                                 name=name, title=title))
    if not found:
        return entities
    kept = [e for e in entities if not any(f.start < e.end and e.start < f.end for f in found)]
    return sorted([*kept, *found], key=lambda m: (m.start, m.end))


def _is_head(m: Mention, titles: tuple[str, ...]) -> bool:
    if m.kind != "person" or not m.title:
        return False
    title = m.title.casefold()
    return any(title.endswith(t) for t in titles) and title in m.text.casefold()


def owned(m: Mention, entities: list[Mention], text: str, links: tuple[str, ...]) -> bool:
    """Whether person ``m`` holds the office of a place or body named beside it (see the
    module's rule).

    >>> P = lambda s, e, t, k="place", ty="city": Mention(kind=k, start=s, end=e, text=t,
    ...                                                  actor="x-" + t, actor_type=ty)
    >>> text = "大分市副市长久渡晃会见了副市长邵为民"
    >>> a = Mention(kind="person", start=3, end=9, text="副市长久渡晃", name="久渡晃",
    ...             title="副市长", actor_type="person")
    >>> b = Mention(kind="person", start=12, end=18, text="副市长邵为民", name="邵为民",
    ...             title="副市长", actor_type="person")
    >>> ents = [P(0, 3, "大分市"), a, b]
    >>> owned(a, ents, text, ()), owned(b, ents, text, ())
    (True, False)
    """
    places = [e for e in entities if e is not m and e.actor_type in _OWNERS]
    for e in places:
        if e.start < m.end and m.start < e.end:
            return True  # a place inside the mention ("ראש העיר בדבורג …")
        gap = text[e.end:m.start]
        if 0 <= m.start - e.end <= 3 and not any(c in _PUNCT for c in gap):
            return True
        if e.start >= m.end and text[m.end:e.start] in links:
            return True
    name = (m.name or "").casefold()
    if len(name) >= 2:
        for e in places:
            if e.actor_type not in PLACE_TYPES:
                continue
            other = (e.name or e.text).casefold()
            if len(other) >= 2 and (other.startswith(name) or name.startswith(other)):
                return True
    return False


def official_references(sents: list[Sentence], focus: str | None, text: str, lang: str,
                        links: tuple[str, ...]) -> list[Sentence]:
    """``sents`` with an anaphor hit (family ``anaphora``, value ``official``) at each head of
    a city with no place of its own, in the sentences that do not name the focus but name
    another side, when the focus is a city.

    >>> from citydiplo import extract
    >>> t = ("Suwon City and Hue City are sister cities. Suwon City hosts a festival. "
    ...      "Mayor Kim Min-su visited Hue City in May 2024.")
    >>> [(r.kind.value, sorted(p.actor for p in r.participants))
    ...  for r in extract(t, lang="en").records if r.type == "event"]
    [('visit', ['city-hue', 'city-suwon', 'person-kimminsu'])]
    """
    titles = head_titles(lang)
    everything = [m for s in sents for m in s.entities]
    kinds = {m.actor_type for m in everything if m.actor == focus}
    if not titles or focus is None or "city" not in kinds:
        return sents
    out = []
    for s in sents:
        if not has_focus(s, focus) and any(
                m.actor != focus and m.actor_type in _OWNERS and m.start not in s.qualified
                for m in s.entities):
            heads = [m for m in s.entities if _is_head(m, titles)
                     and not owned(m, everything, text, links)]
            if heads:
                added = tuple(Hit(m.start, m.end, "anaphora", "official") for m in heads)
                s = attrs.evolve(s, hits=tuple(sorted((*s.hits, *added),
                                                      key=lambda h: (h.start, h.end))))
        out.append(s)
    return out
