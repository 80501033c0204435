"""The shape of a place mention that the checks run after ``find_places``' scan read."""

from __future__ import annotations

from typing import Protocol

from citydiplo._geo._places import Place

__all__ = ["Mention"]


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
