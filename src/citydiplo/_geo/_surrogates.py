"""Lone surrogates (what a file read with ``errors="surrogateescape"`` leaves in a text): no
UTF-8 text and no place name holds one, and the gazetteer's keys cannot be looked up with one."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol, TypeVar

from citydiplo._errors import ArgumentValueError

__all__ = ["check_name", "scan_around"]

_SURROGATE = re.compile("[\ud800-\udfff]")


class _Spanned(Protocol):  # (the shape of a mention: a span in the text)
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


_M = TypeVar("_M", bound=_Spanned)


def check_name(function: str, text: str) -> None:
    """Refuse a name that holds a lone surrogate, quoting it.

    >>> check_name("parse_place", "Seoul")
    >>> try:
    ...     check_name("parse_place", "Seoul\\udc80")
    ... except ValueError as error:
    ...     print(str(error)[:58])
    parse_place(): 'Seoul\\udc80' holds '\\udc80' at character 5
    """
    if (bad := _SURROGATE.search(text)) is not None:
        raise ArgumentValueError(
            f"{function}(): {text!r} holds {bad.group()!r} at character {bad.start()}, a lone "
            "surrogate that no UTF-8 text and no place name can hold; expected a name read "
            "from a file as UTF-8"
        )


def scan_around(
    scan: Callable[[str, str | None], tuple[_M, ...]], text: str, lang: str | None
) -> tuple[_M, ...]:
    """``scan(text, lang)``, where a lone surrogate ends a word as a symbol does ("\\ufffd"
    stands in its place, so every span stays that of ``text``) and no mention covers one."""
    if _SURROGATE.search(text) is None:
        return scan(text, lang)
    return tuple(
        m
        for m in scan(_SURROGATE.sub("\ufffd", text), lang)
        if _SURROGATE.search(text, m.start, m.end) is None
    )
