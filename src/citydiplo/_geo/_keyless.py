"""The run of Chinese and Japanese characters where no name starts, crossed at once.

``find_places`` looks at every character of unspaced text. At most of them no key of the
gazetteer nor of the extra names starts (:func:`._word_keys.no_key_at`), and then nothing
is read there (no proclitic, case ending, other script's reading nor listed name applies to
these scripts): the scan only goes on, at the next character or past a name left pending or
held back that starts there (:func:`._context.after_pending`). This takes those steps in one
tight loop, up to the next character where the scan must look again.
"""

from __future__ import annotations

from citydiplo._geo._context import PENDING, after_pending
from citydiplo._geo._evidence import script
from citydiplo._geo._held_state import HELD
from citydiplo._geo._word_keys import no_key_at

__all__ = ["past_keyless"]

_UNSPACED = frozenset({"CJK", "HIRAGANA", "KATAKANA"})


def past_keyless(folded: str, starts: list[int], i: int, n: int) -> int:
    """Where the scan of unspaced text goes on after nothing was read at ``folded[i]``:
    where :func:`after_pending` goes on, then past each Chinese or Japanese character where
    no key starts, each crossed as :func:`after_pending` crosses it.

    >>> past_keyless("在东京举行", [0, 1, 2, 3, 4], 0, 5)
    1
    >>> past_keyless("据报道称东京", [0, 1, 2, 3, 4, 5], 0, 6)
    4
    """
    pending, held = PENDING.get(), HELD.get()
    j = after_pending(starts, i, n)
    while j < n and script(folded[j]) in _UNSPACED and no_key_at(folded, j):
        at = starts[j]
        if (pending and pending[-1][0] == at) or (held and held[-1][0] == at):
            j = after_pending(starts, j, n)  # past the name that starts there
        else:
            j += 1
    return j
