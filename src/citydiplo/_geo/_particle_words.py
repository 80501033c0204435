"""A particle read as a name (used by ``find_places``).

Korean writes particles on the word before them; after a bracket or a digit the particle
stands alone: "함양산삼축제(9월 18~22일)에도" (also at the festival) holds no Edo, the
Nigerian state. A mention that is, whole, one of the language's particles (the cue file's
``particles``) is no place.
"""

from __future__ import annotations

from functools import cache
from typing import TypeVar

from citydiplo._geo._cues import merged_cues
from citydiplo._geo._guard_types import Mention
from citydiplo._normalize import match_key

__all__ = ["outside_particles"]

M = TypeVar("M", bound=Mention)


def outside_particles(mentions: list[M], lang: str | None) -> list[M]:
    """``mentions`` without the bare particles.

    >>> from citydiplo import find_places
    >>> text = "함양산삼축제(9월 18~22일)에도 베트남 다낭시 대표단을 초청했다"
    >>> [m.text for m in find_places(text, lang="ko")]
    ['베트남', '다낭']
    """
    particles = _particles(lang)
    if not particles:
        return mentions
    return [m for m in mentions if match_key(m.text) not in particles]


@cache
def _particles(lang: str | None) -> frozenset[str]:
    return frozenset() if lang is None else frozenset(merged_cues(lang).particles)
