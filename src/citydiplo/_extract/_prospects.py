"""A tie the article only seeks, discusses or prepares is no candidate.

"آمادگی شهرداری اصفهان برای خواهر خواندگی با شهرهای استان گانسو" (Isfahan's *readiness for*
a twinning with the cities of Gansu), "با اشاره به بحث خواهر خواندگی شیراز" (referring to the
*question of* Shiraz's twinning), "They look forward to ... becoming sister cities", "עמלו על
כינון יחסי שותפות" (they *worked on establishing* a partnership): the cue names a tie that
does not exist yet and that no dated step brings about -- the curated sets record no such
tie. A partnership or agreement candidate is dropped (and listed in
``Extraction.skipped``) when one of the language's ``prospect`` phrases stands in the cue's
clause right before the cue (the phrase ends at most ``_BEFORE`` characters before it:
"prospect of …") or right after it (it begins at most ``_AFTER`` characters after the cue's
end: "… 추진", "… の検討"); "…" in the data marks where the cue stands. Plans with a date or
a set occasion ("to be signed during the visit") are not prospects: they are read by the
``planned`` rule as before. A partnership whose cue stands inside the words of an agreement
so dropped ("सिस्टर सिटी समझौते के बारे में", about the sister city agreement) is dropped
with it. Events are not judged here, except the occurrences one side only asks for
(:mod:`citydiplo._extract._requested`) and those told as a yearly custom
(:mod:`citydiplo._extract._recurring`), and the anniversaries of ties between countries
(:mod:`citydiplo._extract._national`), dropped first.
"""

from __future__ import annotations

from citydiplo._extract._cue_phrases import near_cue, phrases
from citydiplo._extract._field_list import without_field_items
from citydiplo._extract._hoped import without_hoped
from citydiplo._extract._national import without_national
from citydiplo._extract._nested import without_nested_pairs
from citydiplo._extract._pair_counts import without_pair_counts
from citydiplo._extract._recurring import without_recurring
from citydiplo._extract._requested import without_requests
from citydiplo._extract._sentence import Candidate, Sentence
from citydiplo._extract._standing import standing_ties

__all__ = ["without_prospects"]

_BEFORE = 30  # "آمادگی شهرداری اصفهان برای خواهر خواندگی": 22 characters between
_AFTER = 6  # "자매결연을 추진": a particle between
_TIES = ("partnership", "agreement")


def without_prospects(cands: list[Candidate], text: str, lang: str,
                      skipped: list[tuple[Sentence, str]]) -> list[Candidate]:
    """``cands`` without the ties the article only seeks (module docstring).

    >>> from citydiplo import extract
    >>> t = "Mayor Kim of Suwon discussed the prospect of sister city ties with Hue City."
    >>> [r.type for r in extract(t, lang="en").records]
    []
    >>> t = "Mayor Kim of Suwon signed a sister city agreement with Hue City."
    >>> sorted(r.type for r in extract(t, lang="en").records)
    ['agreement', 'partnership']
    """
    cands = without_requests(cands, text, lang, skipped)  # "답방을 요청했다": asked for only
    cands = without_recurring(cands, text, lang, skipped)  # "해마다 … 파견": a custom
    cands = without_hoped(cands, text, lang, skipped)  # "надежду на визит": wished for
    cands = without_national(cands, text, lang, skipped)  # "한중 수교 30주년": the nation's
    from citydiplo._extract._cues import cues

    cands = standing_ties(cands, text, tuple(cues(lang).get("standing", ())), skipped)
    cands = without_pair_counts(cands, text, tuple(cues(lang).get("pair_anaphora", ())), skipped)
    cands = without_field_items(cands, text, lang, skipped)  # "经贸、文化、友城交流等领域"
    cands = without_nested_pairs(cands, skipped)  # "江苏省 … 在南京签署": no tie with Nanjing
    words = phrases(lang, "prospect")
    if not words[0] and not words[1]:
        return cands
    out = []
    sought = [
        c for c in cands if c.type in _TIES and near_cue(c, text, words, (_BEFORE, _AFTER), 20)
    ]
    # a tie named inside a sought agreement's words ("सिस्टर सिटी समझौते के बारे में": about
    # the sister city agreement) is sought with it
    spans = [(c.sentence.start, c.cue.start, c.cue.end) for c in sought if c.type == "agreement"]
    ids = {id(c) for c in sought}
    for c in cands:
        if id(c) in ids or (c.type == "partnership" and any(
                c.sentence.start == s0 and a <= c.cue.start and c.cue.end <= b
                for s0, a, b in spans)):
            skipped.append((c.sentence, f"a {c.type} the article only seeks or discusses"))
            continue
        out.append(c)
    return out
