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
A bid to host an occurrence asks for it too: "2030부산세계박람회 유치" (the bid for the 2030
Busan World Expo), "万博の誘致", "Busan's bid to host the 2030 World Expo", "申办2030年世博会":
the event is sought, not held, whatever its date. Done at the request of someone ("요청에
따라 방문했다",
"要請を受けて訪問した") the request stands before the cue and the visit stays.

In the languages that write the object after its verb the invitation comes first: "invited
the mayor of Jinan to visit Suwon", "mời đoàn lãnh đạo tỉnh Yamanashi đến thăm", "邀请大分市
市长访问武汉" -- a visit asked for, not made. A ``requested`` phrase written before the cue
("invited …", "mời …", "邀请 …") that ends at most ``_BEFORE`` characters before the cue in its
clause drops the candidate too -- unless one of the language's ``request_granted`` phrases
("at the invitation of", "theo lời mời", "应", "invited by") stands in the clause before the
cue: the visit was made at that invitation.
"""

from __future__ import annotations

from citydiplo._extract._sentence import Candidate, Sentence, clause_of

__all__ = ["without_requests"]

_AFTER = 1  # the object particle glued to the cue, or a space first: "답방을 요청", "訪問を要請"
_BEFORE = 80  # "mời đoàn lãnh đạo tỉnh Yamanashi và các doanh nghiệp đến thăm": 58 between


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
    before = tuple(w.replace("…", "").strip().lower() for w in cues(lang).get("requested", ())
                   if w.endswith("…"))
    granted = tuple(w.lower() for w in cues(lang).get("request_granted", ()))
    if not after and not before:
        return cands
    out = []
    for c in cands:
        if before and _invited(c, text, before, granted):
            skipped.append((c.sentence, f"a {c.type} one side only invites the other to"))
            continue
        tail = text[c.cue.end:min(c.sentence.end, c.cue.end + _AFTER + 6)]
        if any(0 <= tail.find(w) <= _AFTER for w in after) and any(
                0 <= tail.find(w) <= _AFTER and c.cue.end + tail.find(w) + len(w)
                <= clause_of(c.sentence, c.cue.start)[1] for w in after):
            skipped.append((c.sentence, f"a {c.type} one side only asks for"))
            continue
        out.append(c)
    return out


def _invited(c: Candidate, text: str, before: tuple[str, ...], granted: tuple[str, ...]) -> bool:
    """Whether a ``requested`` phrase ends shortly before the cue in its clause, with no
    ``request_granted`` phrase before the cue there ("invited X to visit", not "visited at
    the invitation of X")."""
    c0, _ = clause_of(c.sentence, c.cue.start)
    head = text[max(c0, c.cue.start - _BEFORE - 20):c.cue.start].lower()
    if not any(0 <= len(head) - (head.rfind(w) + len(w)) <= _BEFORE
               for w in before if head.rfind(w) >= 0):
        return False
    return not any(w in text[c0:c.cue.start].lower() for w in granted)
