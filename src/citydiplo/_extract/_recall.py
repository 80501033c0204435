"""Recall rules: what keeps a name in the article from being read as a party.

Each rule reads per-language data from ``data/<lang>.json`` (see :mod:`._cues`) and works on
the cue hits or mentions before candidates are built:

- :func:`glued_anaphora`: in a spaced script whose cues may be glued to a name (Korean), a
  word for "the city" glued to the end of a longer word is that word's marker and particle
  ("대경시는" is 대경시 + 는), no anaphor ("시는" standing alone is one).
"""

from __future__ import annotations

from typing import Any

__all__ = ["glued_anaphora"]


def glued_anaphora(hits: list[Any], text: str, script: dict[str, Any]) -> list[Any]:
    """``hits`` without the anaphora glued to a letter before them, when the language's
    script is spaced (``script.spaced``); else ``hits`` unchanged.

    >>> from types import SimpleNamespace as H
    >>> hits = [H(start=2, end=4, family="anaphora"), H(start=2, end=3, family="city_suffix")]
    >>> [h.family for h in glued_anaphora(hits, "대경시는", {"spaced": True})]
    ['city_suffix']
    >>> alone = [H(start=3, end=5, family="anaphora")]
    >>> [h.family for h in glued_anaphora(alone, "대경 시는", {"spaced": True})]
    ['anaphora']
    """
    if not script.get("spaced"):
        return hits
    return [h for h in hits
            if h.family != "anaphora" or h.start == 0 or not text[h.start - 1].isalpha()]
