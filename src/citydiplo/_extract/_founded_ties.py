"""A friendship or sister-city agreement signed by two places founds their tie.

"10月20日下午,承德市與韓國慶州市簽署友好交流協議書" (Chengde and Gyeongju signed a
friendship-exchange agreement), "подписано соглашение о дружбе и сотрудничестве с
французским городом Леваллуа-Перре" (a friendship and cooperation agreement was signed with
Levallois-Perret): the agreement is how the two cities' tie begins, though the sentence has
no word for the tie itself. Rule: an agreement candidate of kind ``friendship`` or
``sister_city``, not planned, whose two parties are places (cities or regions; the article's
city, when implied, is one), gives a partnership candidate of the matching kind (friendship,
sister) between them, dated with the agreement when the signing is in the agreement's own
clause -- unless the article already gives a partnership between the same two places (its
own words for the tie, with its own founding date, are kept). A planned agreement founds no
tie yet; a cooperation agreement or a memorandum founds none (a tie may exist without it);
nor does an agreement of two councils, a party's name being written with one of the
language's ``legislatures`` words ("京都市会と台南市議会との間で友好交流協定を締結": the
councils of Kyoto and Tainan, whose agreement is no tie of the two cities).
"""

from __future__ import annotations

import attrs

from citydiplo._extract._mention import Mention
from citydiplo._extract._sentence import PLACE_TYPES, Candidate

__all__ = ["ties_founded"]

_KINDS = {"friendship": "friendship", "sister_city": "sister"}


def _place_parties(c: Candidate) -> frozenset[str]:
    types = {m.actor: m.actor_type for m in c.mentions if m.actor}
    return frozenset(a for a, r in c.actors if r == "party" and types.get(a, "city") in PLACE_TYPES)


def _council(m: Mention, text: str, legislatures: tuple[str, ...]) -> bool:
    """Whether a place mention is written as its council ("京都市" in "京都市会")."""
    for w in legislatures:
        if w.startswith("…"):
            after = w[1:]
            if text[m.end : m.end + len(after)].lower() == after.lower():
                return True
        elif w.endswith("…"):
            before = w[:-1]
            if before and text[max(0, m.start - len(before)) : m.start].lower() == before.lower():
                return True
    return False


def ties_founded(
    cands: list[Candidate], text: str = "", legislatures: tuple[str, ...] = ()
) -> list[Candidate]:
    """``cands`` with a partnership for each signed friendship or sister-city agreement
    between two places that no partnership of the article names (module docstring).

    >>> from citydiplo import extract
    >>> t = "10月20日下午,承德市與韓國慶州市簽署友好交流協議書。"
    >>> sorted(r.type for r in extract(t, lang="zh", published="2015-10-21").records)
    ['agreement', 'partnership']
    >>> t = "2018年には京都市会と台南市議会との間で友好交流協定を締結。"
    >>> sorted(r.type for r in extract(t, lang="ja").records)
    ['agreement']
    """
    tied = {
        frozenset(a for a, r in c.actors if r == "party") for c in cands if c.type == "partnership"
    }
    out = []
    for c in cands:
        out.append(c)
        if c.type != "agreement" or c.planned or c.kind not in _KINDS:
            continue
        parties = _place_parties(c)
        if any(_council(m, text, legislatures) for m in c.mentions if m.actor in parties):
            continue
        if (
            len(parties) != 2
            or parties in tied
            or len({a for a, r in c.actors if r == "party"}) != 2
        ):
            continue
        tied.add(parties)
        dated = c.date if c.date_rule == "same clause" else None
        out.append(
            attrs.evolve(
                c,
                type="partnership",
                kind=_KINDS[c.kind],
                actors=tuple((a, r) for a, r in c.actors if a in parties),
                mentions=tuple(m for m in c.mentions if m.actor in parties or m is dated),
                date=dated,
                date_rule=c.date_rule if dated else None,
                rule="a signed friendship or sister-city agreement founds the tie",
            )
        )
    return out
