"""The gap between two places that joins them as a pair.

Rule: the gap is one of the language's ``conjunctions``, alone or after one comma (the
comma that closes an apposition: "город Аркадаг, и город Худжанд", "Suwon, and Hue").
Whether the pair is the tail of a longer list is the caller's check.

>>> conjoined(" и ", ("и",)), conjoined(", и ", ("и",)), conjoined(", ", ("и",))
(True, True, False)
>>> conjoined("、", ("与", "和")), conjoined(", , и", ("и",))
(False, False)
"""

from __future__ import annotations

__all__ = ["conjoined"]

_COMMAS = frozenset({",", "،", "，"})


def conjoined(gap: str, conjunctions: tuple[str, ...]) -> bool:
    """Whether ``gap`` is a conjunction, after one comma at most."""
    gap = gap.strip()
    if gap[:1] in _COMMAS:
        gap = gap[1:].strip()
    return gap in conjunctions
