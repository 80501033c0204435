"""A tie told in a stative form that describes one of its sides is no news of its making.

"令和5年8月29日(火曜日)、目黒区と友好都市協定を締結している中国北京市東城区から、…
訪問団が、目黒区長を表敬訪問しました" (on 29 August 2023 a delegation from Dongcheng, Beijing,
*which has concluded* a friendship-city agreement with Meguro, called on the mayor): the
signing verb stands in its stative form ("締結している": has concluded, is bound by) in a clause
that describes Dongcheng; the sentence reports the visit, and its date is the visit's, not the
tie's. "자매결연을 맺고 있는 ○○시" (○○ city, which has sister ties) is the same in Korean.

Rule: a partnership or agreement candidate whose cue is followed in its clause, at once (its
a word of the tie's compound and its object particle first, at most ``_AFTER`` characters
later: "友好都市|協定を|締結している"), by one of the language's
``standing`` phrases ("… を締結してい", "… を結んでい", "… 関係にある", "… 을 맺고 있는": "…"
standing for the cue) keeps its date only when that date is written right before the cue
(at most ``_GLUE`` characters between, a particle: "1987年に友好都市提携を締結している常州市"
has concluded its tie in 1987, "2016년부터 자매결연을 맺고 있는") or after it; any other date
("지난 10일 세종시와 자매결연을 맺고 있는 …": the 10th is the visit's) is the sentence's main
event's and is taken off. An agreement so told with no date left is dropped (and listed in
``Extraction.skipped``): the clause names the agreement the tie rests on, not a signing the
article reports; the partnership stays, undated. The date so taken off goes to the events
of the sentence left undated (the clause of the standing signing word had kept it from
them: a date in a clause with a signing word of its own is that signing's): "表敬訪問しました"
is dated 29 August 2023.
"""

from __future__ import annotations

import attrs

from citydiplo._extract._mention import Mention
from citydiplo._extract._sentence import Candidate, Sentence, clause_of

__all__ = ["standing_ties"]

_AFTER = 6  # "友好都市" + "協定を" + "締結している"; "자매결연" + "을" + " 맺고 있는"
_BREAKS = ("、", ",", "，", ";", "；")
_GLUE = 4  # "年に", "년부터 "


def standing_ties(cands: list[Candidate], text: str, phrases: tuple[str, ...],
                  skipped: list[tuple[Sentence, str]]) -> list[Candidate]:
    """``cands`` with the ties told as standing undated (module docstring).

    >>> from citydiplo import extract
    >>> t = ("令和5年8月29日、目黒区と友好都市協定を締結している中国北京市東城区から、"
    ...      "訪問団が目黒区長を表敬訪問しました。")
    >>> x = extract(t, lang="ja")
    >>> [(r.type, r.date) for r in x.records if r.type != "event"]
    [('partnership', None)]
    """
    after = tuple(w.replace("…", "").strip() for w in phrases if w.startswith("…"))
    if not after:
        return cands
    out = []
    freed: dict[int, Mention] = {}  # sentence start -> the date a standing tie gave back
    for c in cands:
        if c.type not in ("partnership", "agreement") or not _standing(c, text, after):
            out.append(c)
            continue
        if c.date is not None and not (0 <= c.cue.start - c.date.end <= _GLUE
                                       or c.date.start >= c.cue.end):
            freed[c.sentence.start] = c.date
            c = attrs.evolve(c, date=None, date_rule=None)
        if c.type == "agreement" and c.date is None:
            skipped.append((c.sentence, "an agreement a clause names as standing, not signed"))
            continue
        out.append(c)
    return [attrs.evolve(c, date=freed[c.sentence.start], date_rule="same sentence")
            if c.type == "event" and c.date is None and c.sentence.start in freed else c
            for c in out]


def _standing(c: Candidate, text: str, after: tuple[str, ...]) -> bool:
    """Whether a ``standing`` phrase runs from the cue's end (or through the cue, when the cue
    is the signing verb itself: "締結" in "を締結している") at most ``_AFTER`` characters on,
    with no clause break between, and ends in the cue's clause."""
    start, end = clause_of(c.sentence, c.cue.start)
    w0 = max(start, c.sentence.start, c.cue.start - 2)
    window = text[w0:min(end, c.sentence.end, c.cue.end + _AFTER + 12)]
    for w in after:
        i = window.find(w)
        if i < 0:
            continue
        at, to = w0 + i, w0 + i + len(w)
        if at <= c.cue.end + _AFTER and to > c.cue.end and to <= end \
                and not any(b in text[c.cue.end:at] for b in _BREAKS):
            return True
    return False
