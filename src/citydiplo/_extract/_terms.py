"""An agreement's terms, told after the agreement, are no new agreement and no new tie.

"Sáng 15/8, Chủ tịch … Hạ Long … và Thị trưởng thành phố Chu Hải … đã ký kết Biên bản ghi nhớ
…" then "Theo Bản ghi nhớ, thành phố Hạ Long và thành phố Chu Hải sẽ … phát triển các hình
thức giao lưu và hợp tác … cùng quan hệ đối tác hợp tác chiến lược toàn diện Việt Nam- Trung
Quốc" (under the MoU, Ha Long and Zhuhai will develop exchanges ... and the comprehensive
strategic partnership of Vietnam and China): the second sentence gave a second MoU, whose
word is the one inside the ``terms`` phrase ("theo bản ghi nhớ", "under the agreement",
"根据协议", "по соглашению", "بر اساس این تفاهم"), and a partnership of the two cities from
the nations' partnership it mentions. The phrase names the agreement already told and says
what its parties undertake.

Rules (each language's ``terms`` phrases, from its cue data file):

- an agreement candidate whose agreement word starts inside one of the phrases, or right
  where one ends ("根据昨日签署的…协议"), and whose sentence holds no signing word of its
  own, is the agreement told before when an earlier sentence of the article gave an
  agreement with one of its parties: it is dropped and listed in ``Extraction.skipped``.
  With no such earlier agreement it stays (the phrase may be the article's only telling);
- a planned partnership candidate (a ``planned`` word in its sentence: "sẽ", "will") of any
  kind told after one of the phrases is what the parties undertake, not a tie the sentence
  reports, unless one of the language's ``founding`` words stands in its clause. The
  cooperation kind was already read so (:mod:`citydiplo._extract._topic`); a stronger kind
  planned under the terms is no different. A tie the terms report as made stays: "Under the
  agreement, Gyumri and Tver became sister cities" (devset 12a).
"""

from __future__ import annotations

from citydiplo._extract._sentence import Candidate, Sentence, clause_of

__all__ = ["terms_told"]

_GAP = 12  # characters between a phrase's end and the agreement word it introduces


def _phrase_spans(c: Candidate, text: str, terms: tuple[str, ...]) -> list[tuple[int, int]]:
    low = text[c.sentence.start:c.sentence.end].lower()
    out = []
    for t in terms:
        at = low.find(t)
        while at >= 0:
            out.append((c.sentence.start + at, c.sentence.start + at + len(t)))
            at = low.find(t, at + 1)
    return out


def _named_by_terms(c: Candidate, text: str, terms: tuple[str, ...]) -> bool:
    """Whether the agreement word of ``c`` is the one a terms phrase names."""
    if c.cue.family != "agreement" or any(h.family == "signing" for h in c.sentence.hits):
        return False
    return any(a <= c.cue.start <= b + _GAP for a, b in _phrase_spans(c, text, terms))


def _parties(c: Candidate) -> frozenset[str]:
    return frozenset(a for a, r in c.actors if r == "party")


def terms_told(cands: list[Candidate], text: str, terms: tuple[str, ...],
               founding: tuple[str, ...], skipped: list[tuple[Sentence, str]]
               ) -> list[Candidate]:
    """``cands`` without the agreements and ties told as an agreement's terms (module
    docstring).

    >>> from citydiplo import extract
    >>> t = ("Suwon City and Hue City signed an MOU on 3 May 2024. Under the MOU, Suwon City "
    ...      "and Hue City will build a partnership in tourism.")
    >>> sorted((r.type, len(r.citations)) for r in extract(t, lang="en").records)
    [('agreement', 1)]
    """
    if not terms:
        return cands
    out: list[Candidate] = []
    for c in cands:
        if c.type == "agreement" and _named_by_terms(c, text, terms) and any(
                o.type == "agreement" and o.sentence.start < c.sentence.start
                and _parties(o) & _parties(c) for o in out):
            skipped.append((c.sentence, "the agreement its terms phrase names, told before"))
            continue
        if c.type == "partnership" and c.planned and any(
                a < c.cue.start for a, _ in _phrase_spans(c, text, terms)):
            c0, c1 = clause_of(c.sentence, c.cue.start)
            if not any(w.lower() in text[c0:c1].lower() for w in founding):
                skipped.append((c.sentence, "a tie told as an agreement's terms: what the "
                                            "parties undertake"))
                continue
        out.append(c)
    return out
