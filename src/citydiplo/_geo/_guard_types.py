"""The shape of a place mention that the checks run after ``find_places``' scan read."""

from __future__ import annotations

from typing import Protocol, TypeVar

from citydiplo._geo._places import Place

__all__ = ["Mention", "with_changes"]


class Mention(Protocol):
    """A place named in a text: ``text[start:end]`` names ``place``."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def place(self) -> Place: ...


M = TypeVar("M", bound=Mention)


def with_changes(mentions: list[M], changed: dict[int, M | None]) -> list[M]:
    """``mentions`` with each one whose ``id`` ``changed`` holds replaced by its new reading,
    or dropped where that is ``None``; the order is kept."""
    if not changed:
        return mentions
    out: list[M] = []
    for m in mentions:
        new = changed.get(id(m), m)
        if new is not None:
            out.append(new)
    return out
