"""A cooperation that an agreement is about is no tie of its own.

"Vientiane and Ho Chi Minh City signed an agreement to further strengthen their cooperative
relations" reports an agreement; its words for a cooperative relationship (the weakest
partnership kind, ``cooperation``) name what the agreement is about, not a partnership
between the two cities. Rule: a partnership candidate of kind ``cooperation`` whose sentence
gives an agreement candidate with both of its parties is dropped (listed in
``Extraction.skipped``) -- unless one of the language's ``founding`` words stands in its
clause ("signed an MoU establishing cooperative relations with Shandong", "thiết lập quan hệ
hợp tác", "建立合作关系", "협력 관계를 수립하는"): then the agreement founds the tie,
and both are reported. So is a cooperation told after one of the language's ``terms``
phrases ("Under the agreement, the two cities will promote their cooperative relations"):
what the parties undertake. Stronger kinds (sister, friendship, partner, exchange) are always
reported: an agreement founding them is the usual way a tie begins.
"""

from __future__ import annotations

from typing import Any

from citydiplo._extract._country_relation import country_relations
from citydiplo._extract._cue_parts import agreements_by_part
from citydiplo._extract._founded_ties import ties_founded
from citydiplo._extract._relations import relations_talked
from citydiplo._extract._sentence import Candidate, Sentence, clause_of
from citydiplo._extract._terms import terms_told

__all__ = ["agreement_topics"]


def _parties(c: Candidate) -> frozenset[str]:
    return frozenset(a for a, r in c.actors if r == "party")


def agreement_topics(cands: list[Candidate], text: str, data: dict[str, Any],
                     skipped: list[tuple[Sentence, str]], focus: str | None = None
                     ) -> list[Candidate]:
    """``cands`` without the cooperation ties that an agreement of their sentence is about,
    nor those read from a word for relations in general (:mod:`._relations`).

    >>> from citydiplo import extract
    >>> t = "Suwon City and Hue City signed an agreement to strengthen a cooperative relationship."
    >>> sorted(r.type for r in extract(t, lang="en").records)
    ['agreement']
    >>> sorted(r.type for r in extract(t.replace("strengthen", "establish"), lang="en").records)
    ['agreement', 'partnership']
    """
    cands = agreements_by_part(cands, text, data, focus)
    founding = tuple(data.get("founding", ()))
    terms = tuple(w.lower() for w in data.get("terms", ()))
    cands = relations_talked(cands, text, tuple(data.get("relation_words", ())), founding,
                             skipped)
    cands = country_relations(cands, text, tuple(data.get("relation_words", ())), founding,
                              skipped)
    cands = ties_founded(cands, text, tuple(data.get("legislatures", ())))
    cands = terms_told(cands, text, terms, founding, skipped)
    agreements: dict[int, list[frozenset[str]]] = {}
    for c in cands:
        if c.type == "agreement":
            agreements.setdefault(c.sentence.start, []).append(_parties(c))
    out = []
    for c in cands:
        if c.type == "partnership" and c.kind == "cooperation" and (any(
                _parties(c) <= theirs for theirs in agreements.get(c.sentence.start, ()))
                or any(t in text[c.sentence.start:c.cue.start].lower() for t in terms)):
            c0, c1 = clause_of(c.sentence, c.cue.start)
            clause = text[c0:c1].lower()
            if not any(w.lower() in clause for w in founding):
                skipped.append((c.sentence, "a cooperation the agreement of its sentence is "
                                            "about: no tie of its own"))
                continue
        out.append(c)
    return out
