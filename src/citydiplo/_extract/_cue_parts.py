"""Two agreements told in one sentence: each agreement word takes the partners of its part.

"Chengdu signed friendship city agreements with Maastricht and Perth, as well as a
cooperative agreement with Horsens", "会上，成都市与马斯特里赫特市、珀斯市签署友好城市协议，
并与霍森斯市签署合作协议": one place signs agreements of two kinds with different partners.
Read as one agreement, all four places were its parties, of one kind, and the friendship
tie that the first agreement founds was given to Horsens as well.

Rule: in a clause with two or more agreement cues and a place between each one and
the next, the clause is cut at the cues (cues in clauses of their own, "...; chứng
kiến lễ ký bản ghi nhớ ...; chứng kiến lễ ký bản ghi nhớ ...", are left alone). In a
language whose partners stand after the agreement word ("agreements with A and B":
the default of an SVO language) a part runs from one cue to the next; where they
stand before it ("与A、B签署…协议", "A와 …협약을 체결": SOV languages, and those whose cue data
set ``partners_before_cue``) a part runs up to its cue. The signer is the one place
standing before the first cue where partners stand after it; where they stand before
it, the article's focus when it is a place of the first part (the words of the part
do not tell the signer from its partners: "અગાઉ કોબે સાથે પણ અમદાવાદનો ... કરાર",
Ahmedabad's agreement with Kobe); or the focus when the sentence does not name it.
When no place qualifies, or two could ("Suwon and Hue signed ... and ... an MoU with
Da Nang"), nothing is cut. Each part gives the signer's agreement with its own
places, of its own cue's kind -- a cooperation cue right after a sister or
friendship tie word ("friendship city agreements") is of that tie's kind -- and a
tie-founding kind (sister-city, friendship) is one agreement with each place, as
:mod:`._bilateral` has it. A partnership read in the sentence whose partner stands
in the part of an agreement of another kind (an MoU, a cooperation agreement), with
the partnership's own cue outside that part, is dropped: that place signed no tie.

A clause of more than six agreement words is left alone: a list of dozens of signings is
no set of agreements told apart, and a record per cue would be compared pairwise later.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Any

import attrs

from citydiplo._extract._mention import Mention
from citydiplo._extract._scan import Hit
from citydiplo._extract._sentence import PLACE_TYPES, Candidate, Sentence, clause_of

__all__ = ["agreements_by_part"]

_TIE_KINDS = {"sister": "sister_city", "friendship": "friendship"}
_FOUNDING = frozenset(("sister_city", "friendship"))
# at most this many agreement words in one clause are told apart: the cut makes a record per
# cue, which later steps compare pairwise within a sentence (an endless list stays linear)
_MAX_CUES = 6


def _cues(s: Sentence) -> list[Hit]:
    """The sentence's agreement cues in text order, a cue inside a longer one dropped."""
    hits = sorted((h for h in s.hits if h.family == "agreement"), key=lambda h: (h.start, -h.end))
    out: list[Hit] = []
    for h in hits:
        if out and h.start < out[-1].end:
            continue
        out.append(h)
    return out


def _kind(ties: dict[int, str], cue: Hit) -> str:
    """The cue's kind; a bare agreement word right after a tie word (``ties``: the tie kind
    of each tie word, by its end) is of that tie's kind."""
    if cue.value == "cooperation":
        for end in (cue.start, cue.start - 1):
            if ties.get(end) in _TIE_KINDS:
                return _TIE_KINDS[ties[end]]
    return cue.value


def _parts(
    s: Sentence, cues: list[Hit], places: list[Mention], before: bool
) -> tuple[list[Mention], list[list[Mention]], list[tuple[int, int]]]:
    """The places before the first part (the head), each cue's part, and each part's span."""
    if before:
        bounds = [s.start, *(c.end for c in cues[:-1])]
        spans = [(a, c.end) for a, c in zip(bounds, cues, strict=True)]
        head: list[Mention] = []
    else:
        ends = [*(c.start for c in cues[1:]), s.end]
        spans = [(c.start, e) for c, e in zip(cues, ends, strict=True)]
        head = [m for m in places if m.start < cues[0].start]
    starts = [m.start for m in places]  # a slice per part: one endless sentence stays linear
    parts = [places[bisect_left(starts, a) : bisect_left(starts, b)] for a, b in spans]
    return head, parts, spans


def _signer(
    head: list[Mention],
    parts: list[list[Mention]],
    focus: str | None,
    before: bool,
    named: set[str],
) -> str | None:
    """The place signing every part's agreement; the focus only where the sentence does not
    name it (a place of its own is then the partner: "与A签署…"), else none."""
    unnamed = focus if focus not in named else None
    if before:  # which of the first part's places signs, its words alone do not tell
        return focus if focus in {m.actor for m in parts[0]} else unnamed
    names = {m.actor for m in head}
    if len(names) == 1:
        return head[0].actor
    return unnamed if not names else None


def _split(
    group: list[Candidate], text: str, before: bool, focus: str | None, each: Sequence[str]
) -> tuple[list[Candidate], dict[str, list[tuple[int, int]]]] | None:
    s = group[0].sentence
    cues = _cues(s)
    if not 2 <= len(cues) <= _MAX_CUES:
        return None  # a clause of dozens of signings is a list, not agreements told apart
    c0, c1 = clause_of(s, cues[0].start)
    if any(not c0 <= c.start < c1 for c in cues):
        return None  # cues in clauses of their own ("...; chứng kiến lễ ký ...; ...")
    parties = {a for c in group for a, r in c.actors if r == "party"}
    places = sorted(
        (
            m
            for m in s.entities
            if m.actor_type in PLACE_TYPES
            and m.actor
            and m.actor in parties
            and m.start not in s.qualified
            and c0 <= m.start < c1
        ),
        key=lambda m: m.start,
    )
    # a place written right before another qualifies it ("경남 사천시", "四川省成都市")
    places = [
        m for i, m in enumerate(places) if i + 1 == len(places) or places[i + 1].start - m.end > 1
    ]
    head, parts, spans = _parts(s, cues, places, before)
    signer = _signer(head, parts, focus, before, {m.actor or "" for m in s.entities})
    if signer is None:
        return None
    if not all(any(m.actor != signer for m in part) for part in parts):
        return None
    ties = {h.end: h.value for h in s.hits if h.family == "partnership"}
    respectively = any(w in text[s.start : s.end] for w in each)
    template = group[0]
    by_owner: dict[str, list[tuple[str, str]]] = {}  # each party's signatories
    for x, r in template.actors:
        if r.startswith("signatory:"):
            by_owner.setdefault(r.split(":", 1)[1], []).append((x, r))
    own = next((m for m in places if m.actor == signer), None)
    fixed = tuple(m for m in (own, template.date) if m is not None)
    out: list[Candidate] = []
    other: dict[str, list[tuple[int, int]]] = {}  # a partner of another kind: its parts
    for cue, part, (a, b) in zip(cues, parts, spans, strict=True):
        kind = _kind(ties, cue)
        said: dict[str, list[Mention]] = {}  # each partner's mentions in this part
        for m in part:
            if m.actor and m.actor != signer:
                said.setdefault(m.actor, []).append(m)
        if kind not in _FOUNDING:
            for n in said:
                spans_of = other.setdefault(n, [])
                if len(spans_of) < 2:  # two parts already put one outside any cue's part
                    spans_of.append((a, b))
        sets = [[n] for n in said] if kind in _FOUNDING or respectively else [list(said)]
        for chosen in sets:
            out.append(
                attrs.evolve(
                    template,
                    kind=kind,
                    cue=cue,
                    actors=(
                        (signer, "party"),
                        *((n, "party") for n in chosen),
                        *(x for o in (signer, *chosen) for x in by_owner.get(o, ())),
                    ),
                    mentions=fixed + tuple(m for n in chosen for m in said[n]),
                    rule="each agreement cue with the places of its own part of the sentence",
                )
            )
    return out, other


def agreements_by_part(
    cands: list[Candidate], text: str, data: dict[str, Any], focus: str | None
) -> list[Candidate]:
    """``cands`` with each sentence's agreements of several cues cut at the cues (see the
    module's doc), and the ties read over an agreement of another kind dropped."""
    script = data["script"]
    before = bool(data.get("partners_before_cue", script["word_order"] == "SOV"))
    each = tuple(data.get("respectively", ()))
    by_sentence: dict[int, list[Candidate]] = {}
    for c in cands:
        if c.type == "agreement" and not c.planned:
            by_sentence.setdefault(c.sentence.start, []).append(c)
    done: dict[int, tuple[list[Candidate], dict[str, list[tuple[int, int]]]]] = {}
    for start, group in by_sentence.items():
        got = _split(group, text, before, focus, each)
        if got is not None:
            done[start] = got
    if not done:
        return cands
    out: list[Candidate] = []
    emitted: set[int] = set()
    for c in cands:
        start = c.sentence.start
        if start not in done:
            out.append(c)
        elif c.type == "agreement" and not c.planned:
            if start not in emitted:
                emitted.add(start)
                out.extend(done[start][0])
        elif c.type == "partnership" and any(
            not a0 <= c.cue.start < b0 for a, _ in c.actors for a0, b0 in done[start][1].get(a, ())
        ):
            continue
        else:
            out.append(c)
    return out
