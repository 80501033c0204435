"""Where a short gap of a text can begin or end, so that the mentions a list word joins to a
mention are looked up by position, not found by reading every mention of the sentence.

A gap ``text[i:j]`` whose stripped, lower-cased form is one of a set of words of at most
``longest`` characters (lower-casing never shortens a text) has its non-blank part within
``longest`` characters of the mention; only blanks may stretch it further. So the positions
``i`` from which ``text[i:j].strip().lower()`` can be such a word form one window, found in
time proportional to its length, and a sentence of n mentions costs n windows, not n².
"""

from __future__ import annotations

__all__ = ["gap_ends_after", "gap_starts_before"]


def gap_starts_before(text: str, j: int, longest: int) -> range:
    """The positions ``i <= j`` for which ``len(text[i:j].strip()) <= longest`` may hold
    (every one that does is in the range).

    >>> t = "Seoul  and   Busan"
    >>> r = gap_starts_before(t, 13, 3); r.start, r.stop
    (5, 14)
    >>> all(len(t[i:13].strip()) > 3 for i in range(0, r.start))
    True
    """
    q = j
    while q > 0 and text[q - 1].isspace():
        q -= 1  # the blanks before j are stripped
    lo = max(0, q - longest)
    while lo > 0 and text[lo - 1].isspace():
        lo -= 1  # and so are the blanks the gap starts with
    return range(lo, j + 1)


def gap_ends_after(text: str, i: int, longest: int) -> range:
    """The positions ``j >= i`` for which ``len(text[i:j].strip()) <= longest`` may hold.

    >>> t = "Seoul  and   Busan"
    >>> r = gap_ends_after(t, 5, 3); r.start, r.stop
    (5, 14)
    >>> all(len(t[5:j].strip()) > 3 for j in range(r.stop, len(t) + 1))
    True
    """
    q, n = i, len(text)
    while q < n and text[q].isspace():
        q += 1
    hi = min(n, q + longest)
    while hi < n and text[hi].isspace():
        hi += 1
    return range(i, hi + 1)
