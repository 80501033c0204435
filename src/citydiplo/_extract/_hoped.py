"""An occurrence the article only hopes for is no candidate.

"Мэр Казани выразил надежду на скорый визит делегации Минска" (the mayor of Kazan expressed
*the hope of* an early visit of a Minsk delegation), "expressed hope for an early visit",
"ביקור" in "הביע תקווה לביקור", "दौरे की उम्मीद जताई", "મુલાકાતની આશા": the cue word is what
someone wishes for, and nothing happened yet; the curated sets record no such occurrence.
Rule: an event, partnership or agreement candidate is dropped (and listed in
``Extraction.skipped``) when one of the language's ``hoped`` phrases ("…" standing for the cue)
ends at most ``_BEFORE`` characters before the cue ("надежду на …": one adjective between,
"скорый") or begins at most ``_AFTER`` characters after it ("… की उम्मीद"), within the cue's
clause. A hope voiced beside a done occurrence leaves it alone: "signed the agreement and
expressed hope for more cooperation" hopes for cooperation, not for the signing; a hope
that only ends the sentence ("... и выразили надежду на его развитие") stands far from the cue.
"""

from __future__ import annotations

from functools import cache

from citydiplo._extract._sentence import Candidate, Sentence, clause_of

__all__ = ["without_hoped"]

_BEFORE = 12  # "надежду на скорый визит": one adjective between phrase and cue
_AFTER = 4  # "दौरे की उम्मीद": a particle, a space


@cache
def _phrases(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The language's hope phrases: those written before the cue, those after it."""
    from citydiplo._extract._cues import cues

    words = tuple(w.lower() for w in cues(lang).get("hoped", ()))
    before = tuple(w.replace("…", "").strip() for w in words if w.endswith("…"))
    after = tuple(w.replace("…", "").strip() for w in words if w.startswith("…"))
    return before, after


def _hoped(c: Candidate, text: str, before: tuple[str, ...], after: tuple[str, ...]) -> bool:
    lo, hi = clause_of(c.sentence, c.cue.start)
    head = text[max(lo, c.cue.start - _BEFORE - 40) : c.cue.start].lower()
    for w in before:
        at = head.rfind(w)
        if at >= 0 and len(head) - (at + len(w)) <= _BEFORE:
            return True
    tail = text[c.cue.end : min(hi, c.cue.end + _AFTER + 40)].lower()
    return any(0 <= tail.find(w) <= _AFTER for w in after)


def without_hoped(
    cands: list[Candidate], text: str, lang: str, skipped: list[tuple[Sentence, str]]
) -> list[Candidate]:
    """``cands`` without the occurrences only hoped for (module docstring).

    >>> from citydiplo import extract
    >>> t = "Мэр Казани выразил надежду на скорый визит делегации Минска в Казань."
    >>> [r.type for r in extract(t, lang="ru").records]
    []
    >>> t = "Делегация Минска посетила Казань и выразила надежду на развитие связей."
    >>> [r.type for r in extract(t, lang="ru").records]
    ['event']
    """
    before, after = _phrases(lang)
    if not before and not after:
        return cands
    out = []
    for c in cands:
        if _hoped(c, text, before, after):
            skipped.append((c.sentence, "an occurrence only hoped for"))
            continue
        out.append(c)
    return out
