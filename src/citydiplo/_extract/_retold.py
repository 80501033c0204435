"""One occurrence told again: an event or agreement word that a demonstrative marks as the one
already told ("this delegation", "이번 방문", "此次访问", "この訪問", "этот визит",
"यह डेलीगेशन", "આ બેઠક", "این سفر", "chuyến thăm này", "המשלחת הזו"), or that an "after"
subordinator puts in the background of another clause ("After signing the MoU, the mayor
said ...", "방문 후", "会见后", "после визита", "भेंट करने के उपरांत", "לאחר הביקור",
"پس از سفر", "sau khi"), is no new occurrence.

Rule (after :func:`citydiplo._extract._groups.group_duplicates`): a group whose first
candidate's sentence has a word of the candidate's kind of occurrence (its cue, or another
of the same family) right after one of the language's ``retold_before`` words, or right
before one of its ``retold_after`` words, joins the latest earlier group telling the same
kind of occurrence (that one only: "this" points at the last one told) -- an agreement any
agreement; an event one of its own family, where a visit, a delegation and a reception are
one family (the delegation is the visit's guest, the reception its host's side) -- when
their dates are compatible and it names no place of the gazetteer (or register) other than
the article's focus that the earlier group does not ("this trip" that names a new city is a
stop of its own). It joins with the earlier group's kind and no date of its own (the earlier
sentence told the occurrence and when; the later one refers to it), and adds its sentences
as citations and its participants as those of one more sentence of the group. With no such
earlier group, the candidate stays what it is: a demonstrative can point at something the
article never told.

The delegation told again: an encounter (a visit, a delegation, a reception or a meeting)
with no date stated in its own sentence, whose sentence names a delegation by one of the
language's ``definite_before`` words ("Receiving and working with the delegation were Mr.
Muraoka Tsugumasa - Governor of Yamaguchi prefecture", "ông Nguyễn Quốc Khanh ... tiếp đoàn
làm việc", "在乐期间,代表团拜会了市政府主要领导"), tells the
delegation the article already reported: it joins the latest earlier visit, delegation or
reception on the same terms (compatible dates, no new place), unless it hosts a guest of
that visit or brings one of its hosts (the delegation of another visit, told the other way
round: "năm 2018, Hội đồng TP Busan đã đến thăm HĐND TPHCM" before "... đón tiếp đoàn" of
the council's own trip to Busan): none of the curated sets
(bench/extract_devset*) records such a sentence as an occasion of its own. A sentence that
states a date of its own ("On 6 May, the delegation met Mayor ...") stays one.

In scripts that space their words, one word may stand between a ``retold_before`` marker
and the cue word ("this Chinese delegation", "이번 중국 방문"), and up to two between the cue
word and a ``retold_after`` marker ("chuyến thăm Hàn Quốc lần này": this visit to Korea).
A marker written apart from the cue word must start a word (at most one of the language's
``script.prefixes`` may stand before it); one written onto the cue word counts where the
script does not mark word starts (``script.boundary`` "none": "该代表团", "この訪問"), and one
ending in a one-letter word the language writes onto its noun (Hebrew "לאחר ה": "לאחר
המשלחת"). Words come from each language's cue data file.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import attrs

from citydiplo._extract._encounter import join_encounters
from citydiplo._extract._sentence import PLACE_TYPES, Candidate

__all__ = ["rejoin_retold", "retold"]

_OCCASION = frozenset({"visit", "delegation", "receive"})
_ENCOUNTER = _OCCASION | {"meeting"}
_OWN_DATE = frozenset({"same clause", "same sentence"})


def told_guests(c: Candidate, text: str, definite: tuple[str, ...], word_boundary: bool,
                proclitics: tuple[str, ...] = ()) -> bool:
    """Whether ``c`` is an encounter told of the delegation already told, with no date of
    its own: a delegation word of its sentence stands right after one of the language's
    ``definite_before`` words (module docstring).

    >>> from citydiplo._extract._scan import Hit
    >>> from citydiplo._extract._sentence import Sentence
    >>> t = "Receiving the delegation was the governor."
    >>> cue = Hit(14, 24, "event", "delegation")
    >>> s = Sentence(start=0, end=len(t), paragraph=0, clauses=((0, len(t)),), hits=(cue,),
    ...              entities=(), dates=(), others=())
    >>> c = Candidate(type="event", kind="delegation", sentence=s, cue=cue, actors=(),
    ...               mentions=(), date=None, date_rule=None, planned=False, rule="")
    >>> told_guests(c, t, ("the",), True)
    True
    >>> told_guests(c, t.replace("the d", "a  d"), ("the",), True)
    False
    """
    if c.type != "event" or c.kind not in _ENCOUNTER or not definite:
        return False
    s = c.sentence
    if s.dates or (c.date is not None and c.date_rule in _OWN_DATE):
        return False  # "on 6 May, the delegation met ...": an occasion with its own day
    return any(_marked(h.start, h.end, s.start, s.end, text, definite, (), word_boundary,
                       proclitics)
               for h in s.hits if h.family == "event" and h.value == "delegation")


def retold(c: Candidate, text: str, before: tuple[str, ...], after: tuple[str, ...],
           word_boundary: bool, proclitics: tuple[str, ...] = ()) -> bool:
    """Whether a word of the sentence of ``c`` that tells its kind of occurrence (its cue,
    or another word of the same family: "welcomed this delegation" for a reception) is
    marked by a demonstrative as told before.

    >>> from citydiplo._extract._scan import Hit
    >>> from citydiplo._extract._sentence import Sentence
    >>> t = "The mayor thanked this delegation."
    >>> cue = Hit(23, 33, "event", "delegation")
    >>> s = Sentence(start=0, end=len(t), paragraph=0, clauses=((0, len(t)),), hits=(cue,),
    ...              entities=(), dates=(), others=())
    >>> c = Candidate(type="event", kind="delegation", sentence=s, cue=cue, actors=(),
    ...               mentions=(), date=None, date_rule=None, planned=False, rule="")
    >>> retold(c, t, ("this",), (), True)
    True
    >>> retold(c, t.replace("this", "a   "), ("this",), (), True)
    False
    """
    mine = _family_of(c.type, c.kind)
    return any(_marked(h.start, h.end, c.sentence.start, c.sentence.end, text, before, after,
                       word_boundary, proclitics)
               for h in (c.cue, *c.sentence.hits)
               if (h.family == c.type and _family_of(h.family, h.value) == mine)
               or (c.type == "agreement" and h.family == "signing"))


def _marked(start: int, end: int, s0: int, s1: int, text: str, before: tuple[str, ...],
            after: tuple[str, ...], word_boundary: bool, proclitics: tuple[str, ...]) -> bool:
    if _next_to(start, end, s0, s1, text, before, after, word_boundary, proclitics):
        return True
    if not word_boundary:
        return False
    # one word between the marker and the cue: "the Chinese delegation", "During yesterday's
    # visit", "이번 중국 방문"; after it, up to two: "chuyến thăm Hàn Quốc lần này"
    w0 = _word_edge(text, start, s0, -1)
    if w0 is not None and _next_to(w0, end, s0, s1, text, before, (), True, proclitics):
        return True
    e = end
    for _ in range(2):
        e1 = _word_edge(text, e, s1, 1)
        if e1 is None:
            return False
        if _next_to(start, e1, s0, s1, text, (), after, True, proclitics):
            return True
        e = e1
    return False


def _word_edge(text: str, at: int, bound: int, direction: int) -> int | None:
    """The far edge of the one word next to ``at`` (before it: -1, after it: 1), written
    apart by a space; None when no such word stands there."""
    i = at
    if direction < 0:
        while i > bound and text[i - 1] == " ":
            i -= 1
        j = i
        while j > bound and (text[j - 1].isalnum() or text[j - 1] in "'’"):
            j -= 1
        return j if j < i < at else None
    while i < bound and text[i] == " ":
        i += 1
    j = i
    while j < bound and (text[j].isalnum() or text[j] in "'’"):
        j += 1
    return j if at < i < j else None


@lru_cache(maxsize=64)
def _lowered(words: tuple[str, ...]) -> tuple[tuple[str, ...], int]:
    """``words`` lowered, in their order, and the length of the longest as written."""
    return tuple(w.lower() for w in words), max(map(len, words), default=0)


def _next_to(start: int, end: int, s0: int, s1: int, text: str, before: tuple[str, ...],
             after: tuple[str, ...], word_boundary: bool, proclitics: tuple[str, ...]) -> bool:
    # only the words next to the cue are read: a sentence's whole lead, lowered for each of
    # its cues, cost a long sentence time quadratic in its length
    j = start
    while j > s0 and text[j - 1].isspace():
        j -= 1
    apart = j < start
    low_before, longest = _lowered(before)
    stripped = text[max(s0, j - longest - 2):j].lower()
    if low_before and stripped.endswith(low_before):  # (one C call when no marker ends it)
        for w in low_before:
            if not stripped.endswith(w):
                continue
            at = len(stripped) - len(w)
            if apart and _starts_word(stripped, at, proclitics):
                return True  # "this delegation", "이번 방문", "این سفر"
            if not apart and (not word_boundary or (len(w.split()[-1]) == 1 and _starts_word(
                    stripped, at, proclitics))):
                return True  # "该代表团", "この訪問"; Hebrew "ה" + noun ("לאחר המשלחת")
    if not after:
        return False
    k = end
    while k < s1 and text[k].isspace():
        k += 1
    low_after, longest = _lowered(after)
    rest = text[k:min(s1, k + longest + 1)].lower()
    if not rest.startswith(low_after):
        return False
    for w in low_after:
        if rest.startswith(w) and (not word_boundary or len(rest) == len(w)
                                   or not rest[len(w)].isalnum()):
            return True  # "chuyến thăm này", "המשלחת הזו"
    return False


def _starts_word(s: str, i: int, proclitics: tuple[str, ...]) -> bool:
    if i <= 0 or not s[i - 1].isalnum():
        return True
    # one proclitic between the boundary and the marker ("וה", "שה", "בה" in Hebrew)
    return s[i - 1] in proclitics and (i == 1 or not s[i - 2].isalnum())


def _family_of(type_: str, kind: str | None) -> str:
    if type_ != "event":
        return type_
    return "occasion" if kind in _OCCASION else f"event:{kind}"


def _family(c: Candidate) -> str:
    return _family_of(c.type, c.kind)


def _places(group: list[Candidate], sure: frozenset[str]) -> frozenset[str]:
    """The places a group names that the gazetteer or the register knows ("در این سفر ...
    تهران و آنکارا": this trip names a city the earlier one did not, a stop of its own)."""
    return frozenset(m.actor for c in group for m in c.mentions
                     if m.actor and m.actor_type in PLACE_TYPES
                     and (m.geonames is not None or m.actor in sure))


def _crossed(c: Candidate, group: list[Candidate]) -> bool:
    """Whether ``c`` hosts a guest of ``group``'s first event or brings one of its hosts: the
    delegation told of another visit than that one (a retold visit the other way round)."""
    # only the roles a visit's own wording gives (a "delegate" or "guest" of a headline is
    # read from a noun, not from who travelled where)
    hosts = {a for a, r in c.actors if r == "host"}
    guests = {a for a, r in c.actors if r == "visitor"}
    their_hosts = {a for a, r in group[0].actors if r == "host"}
    their_guests = {a for a, r in group[0].actors if r == "visitor"}
    return bool(hosts & their_guests or guests & their_hosts)


def _dates_agree(a: list[Candidate], b: list[Candidate]) -> bool:
    from citydiplo._extract._groups import compatible

    da = next((x.date.date for x in a if x.date is not None and x.date.date is not None), None)
    db = next((x.date.date for x in b if x.date is not None and x.date.date is not None), None)
    return da is None or db is None or compatible(da, db)


def rejoin_retold(groups: list[list[Candidate]], text: str, before: tuple[str, ...],
                  after: tuple[str, ...], word_boundary: bool,
                  proclitics: tuple[str, ...] = (),
                  sure: frozenset[str] = frozenset(),
                  focus: str | None = None,
                  definite: tuple[str, ...] = ()) -> list[list[Candidate]]:
    """``groups`` with each retold group joined to the occurrence it refers to (module
    docstring); the joined candidates take the group's kind and no date of their own. Then
    the groups of one occasion are joined (:func:`citydiplo._extract._occasion.one_occasion`).
    ``sure`` are the ids of the register's actors; ``focus`` is the article's focus, a party
    of every record whether named or not."""
    from citydiplo._extract._occasion import one_occasion  # then one occasion, one event

    if not before and not after and not definite:
        return one_occasion(groups)
    out: list[list[Candidate]] = []
    for group in groups:
        head = group[0]
        told = head.type in ("event", "agreement") and retold(head, text, before, after,
                                                               word_boundary, proclitics)
        guests = not told and told_guests(head, text, definite, word_boundary, proclitics)
        if told or guests:
            # the last occurrence of its kind told before it, and no other; the delegation
            # told again, the last visit (its guests) told before it
            family = "occasion" if guests else _family(head)
            target = next((g for g in reversed(out) if g[0].type == head.type
                           and _family(g[0]) == family
                           and g[0].sentence.start < head.sentence.start), None)
            if target is not None and (not _dates_agree(target, group)
                                       or not _places(group, sure) <= _places(target, sure)
                                       | {focus} or (guests and _crossed(head, target))):
                target = None
            if target is not None:
                # the delegation told again is cited; who it names does not replace the
                # visit's sides (a host's remark about "the delegation of the State Government")
                blank: dict[str, Any] = {"actors": (), "mentions": ()} if guests else {}
                target.extend(attrs.evolve(x, kind=target[0].kind, date=None,
                                           date_rule=None, **blank) for x in group)
                continue
        out.append(list(group))
    # the headline's encounter told again, then one occasion told twice
    return one_occasion(join_encounters(out, text))
