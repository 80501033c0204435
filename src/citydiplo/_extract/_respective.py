"""Two places listed "respectively" are no partners of each other.

"并与阿鲁沙市、索卢韦齐市分别签订友好合作城市关系意向书" (and signed letters of intent with
Arusha and Solwezi respectively), "signed agreements with Arusha and Solwezi respectively":
the places of the list are each the partner of the sentence's subject, never of one
another. A partnership or agreement candidate whose two parties are two such places --
named next to each other with only a list separator between, in a sentence holding one of
the language's ``respectively`` words -- is dropped (and listed in ``Extraction.skipped``);
the subject's ties with each are read by the agreement rule (``_rules``).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from citydiplo._extract._sentence import Candidate

__all__ = ["listed_respectively"]

_SEPARATORS = frozenset({"", ",", "、", "，", "和", "与", "及", "and", ", and", "và", "와", "과"})


def listed_respectively(
    c: Candidate,
    text: str,
    each: tuple[str, ...],
    said: dict[tuple[int, int], bool] | None = None,
) -> bool:
    """Whether the two parties of ``c`` are neighbours of a list in a sentence with one of
    the ``each`` words (module docstring). ``said``: whether each sentence (by its span)
    holds one of the words, as read so far for one text (a sentence is read once, not once
    per candidate)."""
    if c.type not in ("partnership", "agreement") or not each:
        return False
    s = c.sentence
    found = said.get((s.start, s.end)) if said is not None else None
    if found is None:
        found = any(text.find(w, s.start, s.end) >= 0 for w in each)
        if said is not None:
            said[s.start, s.end] = found
    if not found:
        return False
    parties = {a for a, r in c.actors if r == "party"}
    if len(parties) != 2:
        return False
    spans = sorted((m.start, m.end, m.actor) for m in s.entities if m.actor in parties)
    words = [at for w in each for at in _find_all(text, w, s.start, s.end)]
    return any(
        a != b and text[e1:s2].strip() in _SEPARATORS and _beside(i, spans, words)
        for i, ((_, e1, a), (s2, _, b)) in enumerate(pairwise(spans))
    )


def _find_all(text: str, word: str, start: int, end: int) -> list[int]:
    out, at = [], text.find(word, start, end)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1, end)
    return out


def _beside(i: int, spans: Sequence[tuple[int, int, str | None]], words: list[int]) -> bool:
    """Whether the list ``spans[i]``, ``spans[i + 1]`` is the one a "respectively" word
    distributes: no other naming of the parties stands between the two and the word.
    "茂名市与广西壮族自治区南宁市结为友好城市…,茂名市副市长张惠忠和南宁市副市长孙汉明分别代表本市
    在协议上签字" (the two vice mayors signed for their cities respectively): the two cities
    named again before the word are its list, and the partners "A与B" at the start are none."""
    first, last = spans[i][0], spans[i + 1][1]
    for w in words:
        if w >= last and not any(last <= a < w for a, _, _ in spans[i + 2:]):
            return True
        if w < first and not any(w < b <= first for _, b, _ in spans[:i]):
            return True
    return False
