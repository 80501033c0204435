"""A Hebrew name with the definite article, after the prepositions ב and ל that absorb it.

Hebrew writes the article ה on both the noun and its adjective of a name that is a phrase
("הרפובליקה הדמוקרטית של קונגו", the Democratic Republic of the Congo; "הרפובליקה
הצ'כית"), and the prepositions ב ("in") and ל ("to") take the article's place: "ב" +
"הרפובליקה" is written "ברפובליקה" (Gesenius' Hebrew Grammar § 35n). So the name after
the proclitic is written without its first letter: "וברפובליקה הדמוקרטית של קונגו", and
the scan that strips "וב" finds only "קונגו" (the Republic of the Congo, a different country).

:func:`article_elided` reads the name with its article restored. It is tried only where
nothing was read after the proclitic, and only a name of several words whose later word
carries the article too (the agreement that shows the first ה is the article, not a letter
of the name as in "הולנד") is taken. The restored text is spliced only when the gazetteer
holds such a name there, so that the look-up costs a window of the text at each place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from citydiplo._geo._cues import Cues
from citydiplo._geo._word_keys import candidates

__all__ = ["article_elided"]

ABSORBING = frozenset("בל")  # the prepositions that take the article's place
_ARTICLE = "\u05d4"  # ה

M = TypeVar("M")
_Reader = Callable[[str, str, list[int], list[int], int, Cues, int], "tuple[M, int, bool] | None"]


def _agrees(name: str) -> bool:
    """Whether a later word of ``name`` (a folded key) starts with the article too."""
    return f" {_ARTICLE}" in name


def article_elided(
    prefix: str,
    text: str,
    folded: str,
    starts: list[int],
    ends: list[int],
    at: int,
    cues: Cues,
    limit: int,
    read: _Reader[M],
) -> tuple[M, int, bool] | None:
    """The name starting at ``at``, right after ``prefix`` (a proclitic), read with its
    article ה restored when ``prefix`` ends in ב or ל, as ``read`` (``find_places``'s
    reader at a position) reads it; its next position is in ``folded``'s coordinates.

    >>> from citydiplo import find_places
    >>> text = "הנשיא ימריא לביקורים בזמביה וברפובליקה הדמוקרטית של קונגו"
    >>> [(m.text, m.place.country) for m in find_places(text, lang="he")]
    [('זמביה', 'ZM'), ('רפובליקה הדמוקרטית של קונגו', 'CD')]
    >>> [m.place.country for m in find_places("ביקר בהולנד ובקונגו", lang="he")]
    ['NL', 'CG']
    """
    if prefix[-1:] not in ABSORBING:
        return None
    window = _ARTICLE + folded[at : at + limit - 1]
    _, sized = candidates(window, "HEBREW", cues)
    if not any(size > 1 and _agrees(window[:size]) for _, size in sized):
        return None
    spliced = folded[:at] + _ARTICLE + folded[at:]
    begin = starts[at]
    found = read(
        text,
        spliced,
        [*starts[:at], begin, *starts[at:]],
        [*ends[:at], begin, *ends[at:]],
        at,
        cues,
        limit,
    )
    if found is None or not _agrees(spliced[at : found[1]]):
        return None
    mention, end, needs = found
    return mention, end - 1, needs
