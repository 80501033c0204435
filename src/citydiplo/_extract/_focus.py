"""Which place a sentence makes a party: :func:`focus_as_party`."""

from __future__ import annotations

from citydiplo._extract._sentence import PLACE_TYPES, Sentence

__all__ = ["focus_as_party"]


def focus_as_party(s: Sentence, focus: str | None) -> str | None:
    """The article's focus as a party to the ties sentence ``s`` tells -- None where the
    sentence names it only as the city that locates a narrower place ("상주시 동성동"), and
    names two other places apart: those two are the parties ("상주시 동성동 ...와 서울 강남구
    세곡동 ... 자매결연": Dongseong-dong and Segok-dong, not Sangju with each).

    >>> from citydiplo._extract._mention import Mention
    >>> from types import SimpleNamespace as S
    >>> ms = (Mention(kind="place", start=0, end=3, text="상주시", actor="city-sangju",
    ...               actor_type="city"),
    ...       Mention(kind="place", start=4, end=7, text="동성동", actor="city-a",
    ...               actor_type="city"),
    ...       Mention(kind="place", start=10, end=13, text="세곡동", actor="city-b",
    ...               actor_type="city"))
    >>> focus_as_party(S(entities=ms, qualified=frozenset({0})), "city-sangju") is None
    True
    >>> focus_as_party(S(entities=ms, qualified=frozenset()), "city-sangju")
    'city-sangju'
    """
    if focus is None:
        return None
    mine = [m for m in s.entities if m.actor == focus]
    if not mine or any(m.start not in s.qualified for m in mine):
        return focus
    others = {m.actor for m in s.entities if m.actor_type in PLACE_TYPES
              and m.actor != focus and m.start not in s.qualified}
    return None if len(others) >= 2 else focus
