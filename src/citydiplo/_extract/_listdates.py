"""A date written beside one partner of a place is not the date of its other partners.

"Since signing a sister city agreement with Shimoneseki City, Japan in 1976, Busan has
established sisterhood and friendship cooperation cities with Fukuoka, Osaka, and Nagasaki
Prefecture": one sentence, four ties of Busan, one date. The documented attachment rule
(:func:`citydiplo._extract._sentence.attach_date`) gives every tie of the sentence its one date
(same clause, else same sentence), so Fukuoka, Osaka and Nagasaki would be Busan's partners
since 1976, which the text does not say.

Rule: among the partnership candidates of one sentence that share one place and have each
another partner, and that took the same date mention, the date stays with the partner written
nearest to it and with the partners listed together with that one (the text between two
listed partners is only commas, "、", the language's ``conjunctions`` and the places that
qualify them, "Shimoneseki City, Japan"); the other candidates keep no date (the evidence's
``date_rule`` says why). "signed sister-city agreements with Hue and Da Nang in 2019" keeps 2019
for both; a date between two lists stays with the nearer one.
"""

from __future__ import annotations

from collections import Counter

import attrs

from citydiplo._extract._sentence import Candidate

__all__ = ["OTHER_PARTNER", "dates_of_listed_partners"]

OTHER_PARTNER = "the date of another partner of the sentence: no date"

_SEPARATORS = frozenset(",、，;:()（） ")


def _partner(c: Candidate, common: str) -> str | None:
    others = [a for a, r in c.actors if r == "party" and a != common]
    return others[0] if len(others) == 1 else None


def _listed(gap: str, conjunctions: tuple[str, ...]) -> bool:
    """Whether the text between two partners only lists them."""
    rest = gap
    for w in sorted(conjunctions, key=len, reverse=True):
        rest = rest.replace(w, " ")
    return all(ch in _SEPARATORS or ch.isspace() for ch in rest)


def _gap(text: str, start: int, end: int, s: object) -> str:
    """The text between two partners with the places named in it blanked out."""
    chars = list(text[start:end])
    for m in getattr(s, "entities", ()):
        if start <= m.start and m.end <= end:
            chars[m.start - start : m.end - start] = " " * (m.end - m.start)
    return "".join(chars)


def dates_of_listed_partners(
    cands: list[Candidate], text: str, conjunctions: tuple[str, ...] = ("and",)
) -> list[Candidate]:
    """``cands`` with the dates of partners not written beside them taken off (the module's
    rule).

    >>> from citydiplo import extract
    >>> t = ("Mayor Park of Busan met the delegation. Since signing a sister city agreement with "
    ...      "Shimonoseki City, Japan in 1976, Busan has established sisterhood and friendship "
    ...      "cooperation cities with Fukuoka, Osaka, and Nagasaki Prefecture.")
    >>> for r in extract(t, lang="en").records:
    ...     if r.type == "partnership":
    ...         print(r.parties[1], r.established)
    city-shimonoseki 1976
    city-fukuoka None
    city-osaka None
    region-jp-42 None
    """
    by_date: dict[tuple[int, int], list[int]] = {}
    for i, c in enumerate(cands):
        if c.type == "partnership" and c.date is not None:
            by_date.setdefault((c.sentence.start, c.date.start), []).append(i)
    drop: set[int] = set()
    for idx in by_date.values():
        if len(idx) < 2:
            continue
        counts = Counter(a for i in idx for a, r in cands[i].actors if r == "party")
        common = [a for a, n in counts.items() if n == len(idx)]
        if len(common) != 1:
            continue
        s = cands[idx[0]].sentence
        where: dict[int, tuple[int, int]] = {}  # candidate -> its partner's first mention
        for i in idx:
            partner = _partner(cands[i], common[0])
            spans = [(m.start, m.end) for m in s.entities if partner and m.actor == partner]
            if not spans:
                break
            where[i] = spans[0]
        else:
            order = sorted(idx, key=lambda i: where[i])
            date = cands[idx[0]].date
            assert date is not None
            near = min(
                order, key=lambda i: min(abs(where[i][0] - date.end), abs(date.start - where[i][1]))
            )
            keep = {near}
            k = order.index(near)
            for step in (-1, 1):  # the partners listed together with the nearest one
                j = k
                while 0 <= j + step < len(order):
                    a, b = sorted((order[j], order[j + step]), key=lambda i: where[i])
                    if not _listed(_gap(text, where[a][1], where[b][0], s), conjunctions):
                        break
                    keep.add(order[j + step])
                    j += step
            drop.update(i for i in idx if i not in keep)
    return [
        attrs.evolve(c, date=None, date_rule=OTHER_PARTNER) if i in drop else c
        for i, c in enumerate(cands)
    ]
