"""Filters between a sentence and its candidates: candidates that report no occurrence (a
plan put off to no time in particular, an event told as an agreement's terms), and the
cities of the region an article is about (documented in :mod:`citydiplo._extract._rules`)."""

from __future__ import annotations

import attrs

from citydiplo._extract._sentence import Candidate, Sentence, clause_of

__all__ = ["focus_region_first", "quoted", "reported"]


def focus_region_first(s: Sentence, focus: str | None) -> Sentence:
    """A region that holds a city named beside it only locates that city
    (``Sentence.qualified``) -- unless the region is the article's focus: then the city is
    where the region acted ("the sister-state MoU of Gujarat and Delaware, signed in
    Gandhinagar"), and the city takes no part instead."""
    if focus is None or not focus.startswith("region-") or not any(
            m.actor == focus and m.start in s.qualified for m in s.entities):
        return s
    code = focus.removeprefix("region-")
    inner = [m for m in s.entities if m.actor_type == "city"
             and (m.subdivision or "").lower() == code]
    mine = [m for m in s.entities if m.actor == focus]
    if any(abs(a.start - b.end) <= 2 or abs(b.start - a.end) <= 2 for a in inner for b in mine):
        return s  # written together ("云南昆明", "Gandhinagar, Gujarat"): an address
    return attrs.evolve(s, qualified=(s.qualified - {m.start for m in mine})
                        | {m.start for m in inner})


def reported(found: list[Candidate], s: Sentence, text: str, vague: tuple[str, ...],
             terms: tuple[str, ...], skipped: list[tuple[Sentence, str]]) -> list[Candidate]:
    """The candidates of sentence ``s`` that report an occurrence: not a planned one whose
    clause holds a ``vague`` phrase ("in the future"), nor an event told after a ``terms``
    phrase ("Under the agreement, ..."), nor an event whose word lies inside a quotation
    (what someone said, "I hope our two cities' 40th anniversary ..."); those are listed as
    skipped."""
    kept = [c for c in found if not _vague(c, text, vague)]
    if len(kept) < len(found):
        skipped.append((s, "a plan put off to no time in particular, or a mutual "
                           "undertaking: no occurrence"))
    out = [c for c in kept if c.type != "event" or not any(
        t in text[s.start:c.cue.start].lower() for t in terms)]
    if len(out) < len(kept):
        skipped.append((s, "an agreement's terms: what the parties undertake"))
    said = [c for c in out if c.type != "event" or not quoted(text, s.start, s.end, c.cue.start)]
    if len(said) < len(out):
        skipped.append((s, "an event word inside a quotation: what someone said"))
    return said


_QUOTES = {"「": "」", "『": "』", "“": "”", "«": "»", "„": "“", '"': '"'}


def quoted(text: str, start: int, end: int, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation that opens and closes within
    ``text[start:end]`` ("「提携40周年を迎えた両市の交流の懸け橋になってほしい」と...")."""
    close = None
    for ch in text[start:pos]:
        if close is None:
            close = _QUOTES.get(ch)
        elif ch == close:
            close = None
    return close is not None and text.find(close, pos, end) >= 0


def _vague(c: Candidate, text: str, vague: tuple[str, ...]) -> bool:
    """Whether the clause of a planned candidate puts it off to no time in particular
    ("... towards signing a cooperation agreement in the future")."""
    if not c.planned or not vague:
        return False
    c0, c1 = clause_of(c.sentence, c.cue.start)
    clause = text[c0:c1].lower()
    return any(w in clause for w in vague)
