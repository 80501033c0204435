"""A word for relations in general whose partner is a country: no tie of the cities around.

"天津是中国最早与日本发展友好关系的城市之一,天津与四日市市具有良好的合作基础" (Tianjin is one of
China's first cities to develop friendly relations with Japan; Tianjin and Yokkaichi have a
good basis for cooperation): the friendly relations are Tianjin's with Japan, and the pair
of cities joined later in the sentence is no side of them. Rule: a partnership candidate
whose cue is one of the language's ``relation_words``, with no date attached and no
``founding`` word in its clause, is dropped (listed in ``Extraction.skipped``) when the
place named nearest before its cue in the sentence is a country that is none of its
parties and qualifies no city, with one of its parties named before that country: the
party's relations with the country ("天津是…与日本|发展友好关系"). Not so in "与日本|大分市
建立…" (Japan only says whose city Oita is), nor where the parties come after the cue
("…của Lào nhằm tăng cường mối quan hệ hợp tác…; hợp tác giữa tỉnh Thái Nguyên với…").
Ties read from a word for a kind of town or a formal tie ("友好城市", "sister city") are no
relation words and keep their sides.

>>> from citydiplo import extract
>>> t = "天津是最早与日本发展友好关系的城市之一,天津与四日市市具有良好的合作基础。"
>>> [r.type for r in extract(t, lang="zh").records if r.type == "partnership"]
[]
>>> t = "天津市与四日市市发展友好关系,两市合作基础良好。"
>>> [r.type for r in extract(t, lang="zh").records if r.type == "partnership"]
['partnership']
>>> t = "为增进同日本的友好关系,天津市与四日市市具有良好的合作基础。"
>>> [r.type for r in extract(t, lang="zh").records if r.type == "partnership"]
['partnership']
"""

from __future__ import annotations

from citydiplo._extract._sentence import Candidate, Sentence, clause_of

__all__ = ["country_relations"]


def _partner_country(c: Candidate) -> bool:
    s = c.sentence
    before = [m for m in s.entities
              if m.kind in ("place", "actor") and m.end <= c.cue.start and m.actor is not None
              and m.actor_type in ("country", "city", "region")]
    if not before:
        return False
    near = before[-1]
    parties = {a for a, r in c.actors if r == "party"}
    return near.actor_type == "country" and near.actor not in parties \
        and near.start not in s.qualified \
        and any(m.actor in parties for m in before if m.end <= near.start)


def country_relations(
    cands: list[Candidate],
    text: str,
    relation_words: tuple[str, ...],
    founding: tuple[str, ...],
    skipped: list[tuple[Sentence, str]],
) -> list[Candidate]:
    """``cands`` without the ties read from relations in general with a country."""
    words = frozenset(w.lower() for w in relation_words)
    if not words:
        return cands
    out = []
    for c in cands:
        if (c.type == "partnership" and c.date is None
                and text[c.cue.start:c.cue.end].lower() in words and _partner_country(c)):
            c0, c1 = clause_of(c.sentence, c.cue.start)
            if not any(w.lower() in text[c0:c1].lower() for w in founding):
                skipped.append((c.sentence, "relations in general with a country, not a tie "
                                            "of the places around: no founding word, no date"))
                continue
        out.append(c)
    return out
