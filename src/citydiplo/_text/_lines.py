"""Line breaks end sentences: a headline, a table row or a byline ends at the end of its line.

The folded text joins all whitespace into one space, so the sentence splitter sees no line
break; :func:`line_breaks` gives their places as folded offsets, so that a bare month or day on
one line ("Tháng 7 | …", "Заседание … состоится 25 апреля.") does not take its year from a date
of the line before ("Thông tư … ngày 01/10/2021;", "… за 2023 год" in a headline). A line
whose first letter is lower case continues the sentence of the line before (a wrapped line).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

__all__ = ["line_breaks"]


def line_breaks(original: str, where: Sequence[int]) -> list[int]:
    """Folded offsets at which a new line of ``original`` starts (``where`` maps each folded
    character to its offset in ``original``)."""
    if "\n" not in original:
        return []
    breaks: list[int] = []
    position = original.find("\n")
    while position != -1:
        at = bisect.bisect_right(where, position)  # the first character after the break
        if 0 < at < len(where) and where[at] < len(original):
            wrapped = original[where[at]].islower()
            if not wrapped and (not breaks or breaks[-1] != at):
                breaks.append(at)
        position = original.find("\n", position + 1)
    return breaks
