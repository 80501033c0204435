"""What two cities do every year is a practice, not an occurrence.

"특히 래주시는 해마다 정월대보름축제시 … 무술공연단을 … 파견" (every year Laizhou sends its
martial-arts troupe to the full-moon festival), "両市は毎年、青少年を相互に派遣している",
"hằng năm hai bên tổ chức …", "the two cities exchange students every year": the event word
names a custom of the tie, with no day and no single occasion; the curated sets record no
event for it. Rule: an event candidate is dropped (and listed in ``Extraction.skipped``) when
one of the language's ``recurring`` words ("every year", "해마다", "매년", "毎年", "每年",
"hằng năm") stands in the cue's clause before the cue (at most ``_BEFORE`` characters before
it), or right after it ("… every year").
So are the words for "many times" ("台南市長や議員の皆さんが何度も京都を訪問され", "多次",
"неоднократно"): repeated occasions, none of which the sentence tells.
Partnerships and agreements are not judged here (a tie named beside a yearly custom still
exists).
"""

from __future__ import annotations

from citydiplo._extract._sentence import Candidate, Sentence, clause_of

__all__ = ["without_recurring"]

_BEFORE = 40  # "해마다 정월대보름축제시": the words between a custom's word and its event word
_AFTER = 24  # "visited Kyoto many times": the words after the cue that a custom may take


def without_recurring(cands: list[Candidate], text: str, lang: str,
                      skipped: list[tuple[Sentence, str]]) -> list[Candidate]:
    """``cands`` without the events told as a yearly custom (module docstring).

    >>> from citydiplo import extract
    >>> t = "래주시는 해마다 제주시 축제에 공연단을 파견하고 있다."
    >>> [r.type for r in extract(t, lang="ko").records]
    []
    """
    from citydiplo._extract._cues import cues

    words = tuple(w.lower() for w in cues(lang).get("recurring", ()))
    if not words:
        return cands
    out = []
    for c in cands:
        if c.type == "event" and any(w in text[max(c.sentence.start, c.cue.start - _BEFORE):min(
                c.sentence.end, c.cue.end + _AFTER)].lower() for w in words):
            c0, c1 = clause_of(c.sentence, c.cue.start)  # only when a word is near: cheap
            before = text[max(c0, c.cue.start - _BEFORE):c.cue.start].lower()
            after = text[c.cue.end:min(c1, c.cue.end + _AFTER)].lower()
            if any(w in before or w in after for w in words):
                skipped.append((c.sentence, "an event told as a yearly custom"))
                continue
        out.append(c)
    return out
