"""A decision told after a done act plans only the verb it is written on.

"대구 수성구 통장연합회는 24일 예천군 이장연합회와 자매결연 협약을 체결하고 양 도시의
상생발전과 공동번영을 위해 협력하기로 합의했다" (http://www.ilyoseoul.co.kr/news/
articleView.html?idxno=343239): the federation *signed* the agreement on the 24th *and agreed
to* cooperate. Korean writes such a decision ("-기로 했다", "-키로 했다": decided or agreed
to ...) on the one verb it ends ("방문하기로 했다": decided to visit), while a plan word that
closes the sentence ("체결하고 교류할 예정이다": will sign and exchange) governs every verb the
sentence joins. Read as a plan of the whole sentence, the decision made a done signing a
planned one and took its day away.

Rule: a planned candidate (partnership, agreement or event) whose sentence's plan words are
all ``decided`` words (a list of the language's cue file), each standing after one of the
language's ``done_links`` (verb endings that close a predicate and join the next one:
"체결하고 ", "했으며 ") written after the candidate's cue, is no plan: it is told done, and a
partnership or agreement takes back the date the sentence gives its cue
(:func:`citydiplo._extract._sentence.attach_date`). A decision written on the cue's own verb
("방문하기로 했다"), or one with no done link between it and the cue ("참여키로 했다"), still
plans it.
"""

from __future__ import annotations

import attrs

from citydiplo._extract._sentence import Candidate, attach_date

__all__ = ["decided_apart"]


def decided_apart(cands: list[Candidate], text: str, decided: tuple[str, ...],
                  links: tuple[str, ...]) -> list[Candidate]:
    """``cands`` with the done acts a later decision marked planned told done (module
    docstring).

    >>> from citydiplo import extract
    >>> t = ("수원시는 2024년 5월 7일 후에시와 자매결연 협약을 체결하고 "
    ...      "양 도시의 발전을 위해 협력하기로 합의했다.")
    >>> [(r.type, r.planned, str(r.signed)) for r in extract(t, lang="ko").dataset.agreements]
    [('agreement', False, '2024-05-07')]
    >>> t = "수원시는 후에시와 2024년 5월 7일 자매결연 협약을 체결하기로 했다."
    >>> [(r.type, r.planned) for r in extract(t, lang="ko").dataset.agreements]
    [('agreement', True)]
    """
    if not decided or not links:
        return cands
    out = []
    for c in cands:
        if c.planned and _done(c, text, decided, links):
            if c.type in ("partnership", "agreement"):
                date, rule = attach_date(c.sentence, c.cue, [])
                c = attrs.evolve(c, planned=False, date=date, date_rule=rule)
            else:
                c = attrs.evolve(c, planned=False)
        out.append(c)
    return out


def _done(c: Candidate, text: str, decided: tuple[str, ...], links: tuple[str, ...]) -> bool:
    plans = [h for h in c.sentence.hits if h.family == "planned"]
    if not plans:
        return False
    for h in plans:
        if not text[h.start:h.end].endswith(decided) or h.start < c.cue.end:
            return False  # a plan word of another kind, or one before the cue
        between = text[c.cue.end:h.start]
        if not any(link in between for link in links):
            return False  # the decision is written on the cue's own verb
    return True
