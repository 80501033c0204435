"""An actor's or a venue's name as a record takes it, from the article's text.

A record refuses control characters and the bidirectional overrides in its texts (they do
not print, or reverse what follows); a draft takes its names from the article verbatim, so
they are left out there (a space for a tab or a line break), spaces made single.

>>> visible("Kim\\x00 Lee"), visible("Tokyo\\nMetropolitan  Government")
('Kim Lee', 'Tokyo Metropolitan Government')
"""

from __future__ import annotations

__all__ = ["visible"]

# C0 and C1 controls and the two bidirectional overrides go; tab and line breaks are spaces
_HIDDEN: dict[int, str | None] = {
    **dict.fromkeys((*range(0x20), 0x7F, *range(0x80, 0xA0), 0x202D, 0x202E)),
    **dict.fromkeys((0x09, 0x0A, 0x0D), " "),
}


def visible(name: str) -> str:
    """``name`` as an actor's name: the article's text without the control characters and
    bidirectional overrides a record refuses (a space for a line break or tab), spaces
    made single."""
    return " ".join(name.translate(_HIDDEN).split())

