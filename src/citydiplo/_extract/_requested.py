"""An occurrence one side only asks for is no candidate.

"야마구치시는 … 내년 야마구치시 답방을 요청했다" (Yamaguchi *asked for* a return visit next
year), "知事は市長の来県を要請した": the cue word is the object of a verb of asking, and
nothing happened yet; the curated sets record no such visit. In the languages that write the
object before its verb (Korean, Japanese) the request follows the cue at once, its object
particle between ("답방을 요청", "訪問を要請"). Rule: an event, partnership or agreement
candidate is dropped (and listed in ``Extraction.skipped``) when one of the language's
``requested`` phrases, written with the object particle ("…" standing for the cue: "… 을
요청", "… を要請"), begins right after the cue's end (at most ``_AFTER`` character later), in
its clause; "会談で協力を求めた" (asked for cooperation at the talks) asks for no talks.
Done at the request of someone ("요청에 따라 방문했다",
"要請を受けて訪問した") the request stands before the cue and the visit stays.
"""

from __future__ import annotations

from citydiplo._extract._sentence import Candidate, Sentence, clause_of

__all__ = ["without_requests"]

_AFTER = 1  # the object particle glued to the cue, or a space first: "답방을 요청", "訪問を要請"


def without_requests(cands: list[Candidate], text: str, lang: str,
                     skipped: list[tuple[Sentence, str]]) -> list[Candidate]:
    """``cands`` without the occurrences only asked for (module docstring).

    >>> from citydiplo import extract
    >>> t = "야마구치시는 창원시에 내년 야마구치시 답방을 요청했다."
    >>> [r.type for r in extract(t, lang="ko").records]
    []
    """
    from citydiplo._extract._cues import cues

    after = tuple(w.replace("…", "").strip() for w in cues(lang).get("requested", ())
                  if w.startswith("…"))
    if not after:
        return cands
    out = []
    for c in cands:
        tail = text[c.cue.end:min(c.sentence.end, c.cue.end + _AFTER + 6)]
        if any(0 <= tail.find(w) <= _AFTER for w in after) and any(
                0 <= tail.find(w) <= _AFTER and c.cue.end + tail.find(w) + len(w)
                <= clause_of(c.sentence, c.cue.start)[1] for w in after):
            skipped.append((c.sentence, f"a {c.type} one side only asks for"))
            continue
        out.append(c)
    return out
