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

from citydiplo._extract._cue_phrases import near_cue, phrases
from citydiplo._extract._sentence import Candidate, Sentence

__all__ = ["without_hoped"]

_BEFORE = 12  # "надежду на скорый визит": one adjective between phrase and cue
_AFTER = 4  # "दौरे की उम्मीद": a particle, a space


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
    words = phrases(lang, "hoped")
    if not words[0] and not words[1]:
        return cands
    out = []
    for c in cands:
        if near_cue(c, text, words, (_BEFORE, _AFTER), 40):
            skipped.append((c.sentence, "an occurrence only hoped for"))
            continue
        out.append(c)
    return out
