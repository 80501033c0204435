"""Places the gazetteer misses, read from a list they share with places it found.

In a cased script a list of capitalised names joined by commas and the language's
``coordinators`` ("and", "и", "và") names things of one kind: where one item is a city or
region the article already found, the other items are places too ("Gorizia, Nova Gorica,
Klagenfurt and Zalaegerszeg"; "Мэры Краснодара и Сухума"). Each such item becomes a
draft place of its neighbour's type. In a language with case endings (``script.endings``)
nouns joined in a list share their case: an item must carry the ending its found neighbour
carries, and loses it ("Сухума" beside "Краснодар|а" is Сухум; "Иван Петров" beside
"Краснодар|а" is no place); beside a neighbour without an ending, only a one-word item is
read (two words in the nominative more often name a person). A
name so learned, named again as a whole word elsewhere in the article (with a particle or
case ending: "Сухумом"), is the same place.

An item is never one of the sentence's first word (capitalised whatever it is), nor the
first word after a dash (a dateline's: "BEIJING, May 3 -- Recently, ..."), never a
stretch holding a cue word ("Mayor", "University"), a date, a count or another mention;
a list that also names a person, an organization or a country gives nothing (its kind is
mixed). A language without capitals, or without ``coordinators``, is left as it is.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from citydiplo._extract._mention import Mention, draft_id
from citydiplo._extract._segment import sentences

__all__ = ["coordinated_places", "list_tail"]

_TOKEN = re.compile(r"[^\W_][\w'’\-]*|\S")
_PLACE_TYPES = ("city", "region")
_MAX_WORDS = 3
_DASHES = ("-", "–", "—")  # "LIAOCHENG, China, Feb. 10 /PRNewswire/ -- Recently, ..."


def coordinated_places(entities: list[Mention], text: str, data: dict[str, Any],
                       hits: Sequence[Any], others: Sequence[Mention],
                       lang: str) -> list[Mention]:
    """``entities`` with the places learned from lists (see the module), in text order.

    ``hits`` are the article's cue hits and ``others`` its dates, counts and numbers; lists
    are read within the sentences of ``lang``'s segmenter.

    >>> from citydiplo._extract._mention import Mention
    >>> text = "The mayors of Gorizia, Nova Gorica, Klagenfurt and Zalaegerszeg met."
    >>> k = Mention(kind="place", start=36, end=46, text="Klagenfurt", actor="city-k",
    ...             actor_type="city", geonames=1)
    >>> data = {"coordinators": ["and"], "script": {"cased": True, "particles": []}}
    >>> got = coordinated_places([k], text, data, [], [], "en")
    >>> [m.text for m in got]
    ['Gorizia', 'Nova Gorica', 'Klagenfurt', 'Zalaegerszeg']
    """
    script = data["script"]
    coordinators = frozenset(w.lower() for w in data.get("coordinators", ()))
    if not coordinators or not script.get("cased"):
        return entities
    blocked = _cover(text, [(h.start, h.end) for h in hits] + [(m.start, m.end) for m in others])
    learned: dict[str, tuple[str, str]] = {}  # name -> (draft id, type)
    found: list[Mention] = []
    ordered = sorted(entities, key=lambda m: (m.start, m.end))
    starts = [m.start for m in ordered]
    owner = [-1] * (len(text) + 1)
    for k, m in enumerate(ordered):
        owner[m.start:m.end] = [k] * (m.end - m.start)
    for s, e, _ in sentences(text, lang):
        ents = ordered[bisect.bisect_left(starts, s):bisect.bisect_left(starts, e)]
        if not any(_is_place(m) for m in ents):
            continue
        for chain in _chains(text, s, e, coordinators):
            for name, start, end, kind in _unknown_items(chain, ordered, owner, text, blocked,
                                                         script):
                actor = draft_id(kind, name)
                learned.setdefault(name, (actor, kind))
                found.append(Mention(kind="place", start=start, end=end,
                                     text=text[start:end], actor=actor, actor_type=kind,
                                     name=name))
    if not found:
        return entities
    taken = _cover(text, [(m.start, m.end) for m in (*entities, *found)])
    taken = bytearray(a | b for a, b in zip(taken, blocked, strict=True))
    tails = tuple(sorted({*script.get("particles", ()), *script.get("endings", ())},
                         key=len, reverse=True))
    for name, (actor, kind) in sorted(learned.items()):
        for start, end in _again(text, name, tails, taken):
            found.append(Mention(kind="place", start=start, end=end, text=text[start:end],
                                 actor=actor, actor_type=kind, name=name))
    return sorted([*entities, *found], key=lambda m: (m.start, m.end))


def _cover(text: str, spans: Sequence[tuple[int, int]]) -> bytearray:
    """A byte per character of ``text``: 1 where one of ``spans`` covers it."""
    out = bytearray(len(text) + 1)
    for a, b in spans:
        out[a:b] = b"\x01" * (b - a)
    return out


def _is_place(m: Mention) -> bool:
    """A city or region the gazetteer, a marker or the register found."""
    return m.kind in ("place", "actor") and m.actor_type in _PLACE_TYPES


def _chains(text: str, s: int, e: int, coordinators: frozenset[str]
            ) -> list[list[tuple[int, int, bool]]]:
    """The lists of a sentence: runs of one to three capitalised words (start, end, whether
    the run starts the sentence) joined by ",", ", and" or "and", two items at least, the
    last two joined by a coordinator ("Cincinnati, Mark Mallory, and" is an apposition)."""
    tokens = [(m.start() + s, m.end() + s, m.group()) for m in _TOKEN.finditer(text[s:e])]
    chains: list[list[tuple[int, int, bool]]] = []
    chain: list[tuple[int, int, bool]] = []
    joined = False  # whether a coordinator joins the chain's last item to the one before
    coordinated = False  # the same, for the separator read last
    i = 0
    want_item = True
    while i < len(tokens):
        a, _, tok = tokens[i]
        if want_item:
            if tok[0].isupper() and tok.lower() not in coordinators:
                j = i
                while (j + 1 < len(tokens) and j + 1 - i < _MAX_WORDS
                       and tokens[j + 1][2][0].isupper() and tokens[j + 1][0] == tokens[j][1] + 1
                       and text[tokens[j][1]] == " "):
                    j += 1
                # the sentence's first word, or the first after a dateline's dash
                chain.append((a, tokens[j][1], i == 0 or tokens[i - 1][2] in _DASHES))
                joined = coordinated
                i = j + 1
                want_item = False
                continue
            chains.append(chain) if len(chain) >= 2 and joined else None
            chain = []
            i += 1
            continue
        if tok == "," or tok.lower() in coordinators:
            coordinated = tok != ","
            i += 1
            if tok == "," and i < len(tokens) and tokens[i][2].lower() in coordinators:
                coordinated = True
                i += 1
            want_item = True
            continue
        chains.append(chain) if len(chain) >= 2 and joined else None
        chain = []
        want_item = True
    if len(chain) >= 2 and joined:
        chains.append(chain)
    return chains


def _unknown_items(chain: list[tuple[int, int, bool]], ents: list[Mention], owner: list[int],
                   text: str, blocked: bytearray, script: dict[str, Any]
                   ) -> list[tuple[str, int, int, str]]:
    """The items of a list that name no mention, as (name, start, end, type), when the list
    names a found city or region and nothing of another kind. ``owner`` gives, for each
    character, the index in ``ents`` of a mention covering it, or -1."""
    places: list[tuple[Mention, int]] = []  # a found place and the end of its word
    unknown: list[tuple[int, int]] = []
    for start, end, first in chain:
        inside = [ents[k] for k in sorted({owner[p] for p in range(start, end)} - {-1})]
        if inside:
            m = inside[-1]
            if not all(_is_place(x) for x in inside):
                return []  # a person, an organization or a country: a list of another kind
            word_end = m.end
            while word_end < len(text) and text[word_end].isalpha():
                word_end += 1
            places.append((m, word_end))
        elif not first and not any(blocked[start:end]):
            unknown.append((start, end))
    if not places or not unknown:
        return []
    kind = "city" if any(m.actor_type == "city" for m, _ in places) else "region"
    cases = tuple(script.get("endings", ()))
    endings = {text[m.end:w] for m, w in places}
    out = []
    for start, end in unknown:
        name = text[start:end]
        if cases and endings - {""}:
            # nouns joined in a list share their case: "Краснодар|а и Сухум|а"
            ending = next((x for x in sorted(endings & set(cases), key=len, reverse=True)
                           if name.endswith(x) and len(name) - len(x) >= 3), None)
            if ending is None:
                continue  # "Мэр Краснодара и Иван Петров": another case, another kind
            name = name[:len(name) - len(ending)]
        elif cases and " " in name:
            continue  # in the nominative, a name of two words is more often a person's
        out.append((name, start, end, kind))
    return out


def _again(text: str, name: str, tails: tuple[str, ...], taken: bytearray
           ) -> list[tuple[int, int]]:
    """Where ``name`` is written again as a whole word, perhaps with one of ``tails`` after
    it, where ``taken`` (a byte per character) is 0."""
    out = []
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        tail = next((t for t in tails if text.startswith(t, end)), "")
        whole = end + len(tail)
        if (at == 0 or not text[at - 1].isalnum()) and not text[whole:whole + 1].isalnum() \
                and not any(taken[at:whole]):
            out.append((at, whole))
        at = text.find(name, end)
    return out


_LIST_MARKS = frozenset({",", "、", "،", "，"})


def list_tail(places: Sequence[Mention], i: int, used: set[int], text: str,
              focus: str | None, qualified: frozenset[int] | set[int]) -> bool:
    """Whether ``places[i]``, about to be paired by a conjunction with the place after it,
    ends a list instead: a list mark stands before it, after a place no pair took, and the
    article's focus is none of the list's places, or is one of them with no ``multilateral``
    word before the list. "Kazan has sister cities in Tashkent,
    Istanbul and Cologne" lists Kazan's three partners (one tie each), it pairs no two of
    them; "a trilateral tie between Yazd, Isfahan and Tabriz" names the focus in the list,
    and keeps its pairs. Qualifying places ("Zibo in China") are skipped.

    >>> from citydiplo._extract._mention import Mention
    >>> t = "Kazan: Tashkent, Istanbul and Cologne."
    >>> ps = [Mention(kind="place", start=a, end=b, text=t[a:b], actor=t[a:b])
    ...       for a, b in ((0, 5), (7, 15), (17, 25), (30, 37))]
    >>> list_tail(ps, 2, set(), t, "Kazan", set()), list_tail(ps, 2, set(), t, "Istanbul", set())
    (True, True)
    >>> u = "A three-way tie of Tashkent, Istanbul and Cologne."
    >>> qs = [Mention(kind="place", start=a, end=b, text=u[a:b], actor=u[a:b])
    ...       for a, b in ((19, 27), (29, 37), (42, 49))]
    >>> list_tail(qs, 1, set(), u, "Istanbul", set()), list_tail(qs, 1, set(), u, "Kazan", set())
    (False, True)
    """
    k = i - 1
    while k >= 0 and places[k].start in qualified:
        k -= 1
    if k < 0 or k in used or text[places[k].end:places[i].start].strip() not in _LIST_MARKS:
        return False
    start = k
    while start > 0 and text[places[start - 1].end:places[start].start].strip() in _LIST_MARKS:
        start -= 1
    listed = {p.actor for p in places[start:i + 2]}
    return focus is None or focus not in listed or not _multilateral(text, places[start].start)


_NEAR = 48  # "خواهر خواندگی سه جانبه بین یزد، ...": the word, a tie noun and "between"


def _multilateral(text: str, start: int) -> bool:
    """Whether a ``multilateral`` word of any language stands within ``_NEAR`` characters
    before the list starting at ``start``: only then is the pair its conjunction joins one
    side of a tie among all the items ("a three-way twinning between Yazd, Isfahan and
    Tabriz"); "twinning relations between the cities of Arkadag, Kazan and Telavi" are
    Arkadag's ties with each, and Kazan and Telavi are no pair.

    >>> _multilateral("a three-way tie of A, B and C", 19), _multilateral("ties of A, B and C", 8)
    (True, False)
    """
    head = text[max(0, start - _NEAR):start].lower()
    return any(w in head for w in _multilateral_words())


@cache
def _multilateral_words() -> tuple[str, ...]:
    from citydiplo._extract._cues import LANGUAGES, cues

    return tuple({w.lower() for lang in LANGUAGES for w in cues(lang).get("multilateral", ())})
