"""A region and a city that lies in it are no pair of partners.

"江苏省与所罗门群岛马莱塔省在南京签署建立友好省关系协议书" (Jiangsu and Malaita signed, in
Nanjing, an agreement establishing friendly-province ties): Nanjing is where the signing took
place, and it lies in Jiangsu; a tie or an agreement "between Jiangsu and Nanjing" would be a
province's tie with its own capital, which no curated set records and no report means.

Rule: a partnership or agreement candidate whose parties are exactly two places, a region and
a city whose subdivision (ISO 3166-2, as a mention in the candidate or its sentence gives
it, or a region's draft id) is that region's own, is dropped (and listed in
``Extraction.skipped``). Places recognised from a register (``known``) carry no subdivision
in their mentions and are left alone.
"""

from __future__ import annotations

from citydiplo._extract._sentence import Candidate, Sentence

__all__ = ["without_nested_pairs"]


def _code(actor: str, c: Candidate) -> tuple[str, str]:
    """A party's place type and subdivision, from its mentions in the candidate or its
    sentence, or from a region's draft id ("region-cn-js")."""
    for m in (*c.mentions, *c.sentence.entities):
        if m.actor == actor and m.actor_type and m.subdivision:
            return m.actor_type, m.subdivision.upper()
    if actor.startswith("region-"):
        return "region", actor.removeprefix("region-").upper()
    return "", ""


def _nested(c: Candidate) -> bool:
    parties = [a for a, r in c.actors if r == "party"]
    if len(set(parties)) != 2:
        return False
    (t1, s1), (t2, s2) = (_code(a, c) for a in sorted(set(parties)))
    return bool(s1) and s1 == s2 and {t1, t2} == {"region", "city"}


def without_nested_pairs(cands: list[Candidate],
                         skipped: list[tuple[Sentence, str]]) -> list[Candidate]:
    """``cands`` without the ties of a region with a city inside it (module docstring).

    >>> from citydiplo import extract
    >>> t = "江苏省与南京市签署友好城市协议。"
    >>> [r.type for r in extract(t, lang="zh").records]
    []
    """
    out = []
    for c in cands:
        if c.type in ("partnership", "agreement") and _nested(c):
            skipped.append((c.sentence, f"a {c.type} of a region with a city that lies in it"))
            continue
        out.append(c)
    return out
