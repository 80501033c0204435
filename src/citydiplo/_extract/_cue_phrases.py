"""Phrases written around a cue, read from the language's cue file ("…" marks the cue).

The rules that drop what an article only hopes for (:mod:`._hoped`) or only seeks
(:mod:`._prospects`) share this reading: a phrase ending shortly before the cue ("надежду на
…", "prospect of …") or beginning shortly after it ("… 추진", "… की उम्मीद"), within the
cue's clause.
"""

from __future__ import annotations

from functools import cache

from citydiplo._extract._sentence import Candidate, clause_of

__all__ = ["near_cue", "phrases"]

_HEAD_SLACK = 40  # characters read before the cue beyond the allowed gap


@cache
def phrases(lang: str, key: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The language's ``key`` phrases (lower-cased): those written before the cue, those
    written after it."""
    from citydiplo._extract._cues import cues

    words = tuple(w.lower() for w in cues(lang).get(key, ()))
    before = tuple(w.replace("…", "").strip() for w in words if w.endswith("…"))
    after = tuple(w.replace("…", "").strip() for w in words if w.startswith("…"))
    return before, after


def near_cue(
    c: Candidate,
    text: str,
    words: tuple[tuple[str, ...], tuple[str, ...]],
    gaps: tuple[int, int],
    tail_slack: int,
) -> bool:
    """Whether a phrase of ``words`` (before, after) ends at most ``gaps[0]`` characters
    before ``c``'s cue or begins at most ``gaps[1]`` characters after it, in its clause;
    ``tail_slack`` characters beyond ``gaps[1]`` are read after the cue."""
    (before, after), (gap_before, gap_after) = words, gaps
    lo, hi = clause_of(c.sentence, c.cue.start)
    head = text[max(lo, c.cue.start - gap_before - _HEAD_SLACK) : c.cue.start].lower()
    for w in before:
        at = head.rfind(w)
        if at >= 0 and len(head) - (at + len(w)) <= gap_before:
            return True
    tail = text[c.cue.end : min(hi, c.cue.end + gap_after + tail_slack)].lower()
    return any(0 <= tail.find(w) <= gap_after for w in after)
