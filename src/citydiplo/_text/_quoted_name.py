"""A month alone inside a short quoted name is part of the name, not a date: "围绕“十二月市”"
(a market named "December market"), "《四月物语》" (a film), "「五月祭」" (a festival), the
"May Festival", "‘10월의 어느 멋진 날에’" (a song). The quotes are the paired marks that set
off titles and names (“”, 「」, 『』, 《》, 〈〉, «», ‘’, and straight double quotes); the name
holds letters besides the month. A month quoted alone ("“五月”") stays a month.

So is a word of a relative day ("today", "今天", "내일") inside a short quoted title: "“今天来赶集”
活动" (an event named "Come to the fair today"), "本次活动是“今天来赶集”的第八期" name an event,
not the day of publication. A quote of speech is no title: a title has no stop, comma or
colon inside ("“今天我们签约。”" is what someone said), does not follow a colon, and a word
follows it.

>>> from citydiplo import find_dates, PartialDate
>>> find_dates("成都市商务局将围绕“十二月市”推出活动", lang="zh", ref=PartialDate("2024-01-28"))
[]
>>> find_dates("합창단의 ‘10월의 어느 멋진 날에’ 공연", lang="ko", ref=PartialDate("2023-10-17"))
[]
>>> find_dates("本次活动是“今天来赶集”的第八期", lang="zh", ref=PartialDate("2006-04-19"))
[]
"""

from __future__ import annotations

import re

__all__ = ["TITLE_MARKS", "in_quoted_name", "in_quoted_title"]

_PAIRS: tuple[tuple[str, str], ...] = (("“", "”"), ("「", "」"), ("『", "』"), ("《", "》"))
_PAIRS += (("〈", "〉"), ("«", "»"), ("‘", "’"), ('"', '"'))
# the marks that set off titles alone, never a quote of speech in other languages: a year in
# figures inside them ("「Sound Treasure 2018 Part.2」") is part of the title
TITLE_MARKS: tuple[tuple[str, str], ...] = (("「", "」"), ("『", "』"), ("《", "》"), ("〈", "〉"))
_REACH = 24  # a name longer than this is not looked for
_LETTER = re.compile(r"[^\W\d_]")
_SPEECH = frozenset(",.!?;:，。！？；：、")


def in_quoted_name(
    folded: str, start: int, end: int, pairs: tuple[tuple[str, str], ...] = _PAIRS
) -> bool:
    """Whether ``folded[start:end]`` stands inside a quoted name with other letters, on one
    line. A straight double quote opens only before a word and closes only after one: inside
    a word it is an acronym's mark (Hebrew "מנכ"לית"), after one a quote's close."""
    low = max(0, start - _REACH)
    head = folded[low:start]
    for opener, closer in pairs:
        at = head.rfind(opener)
        if at < 0 or closer in head[at + 1 :]:
            continue  # no opening mark before, or the quote closed before the month
        close = folded.find(closer, end, end + _REACH)
        if close < 0 or "\n" in folded[low + at : close]:
            continue
        if opener == '"' and not (_opens(folded, low + at) and _closes(folded, close)):
            continue
        if _LETTER.search(head[at + 1 :] + folded[end:close]):
            return True
    return False


def _opens(folded: str, at: int) -> bool:
    return not folded[at - 1 : at].isalnum() and folded[at + 1 : at + 2].isalnum()


def _closes(folded: str, at: int) -> bool:
    return folded[at - 1 : at].isalnum() and not folded[at + 1 : at + 2].isalnum()


def in_quoted_title(folded: str, start: int, end: int) -> bool:
    """Whether ``folded[start:end]`` stands inside a short quoted title (as
    :func:`in_quoted_name`), not a quote of speech: no stop, comma or colon between the marks
    nor right before the opening one, and a word right after the closing one (the noun the
    name is of, or a particle: "“今天来赶集”活动", "…”的第八期")."""
    if not in_quoted_name(folded, start, end):
        return False
    low = max(0, start - _REACH)
    for opener, closer in _PAIRS:
        at = folded.rfind(opener, low, start)
        close = folded.find(closer, end, end + _REACH)
        if at < 0 or close < 0 or closer in folded[at + 1 : start]:
            continue
        before = folded[max(0, at - 2) : at].rstrip()
        after = folded[close + 1 : close + 3].lstrip(" ")
        if _SPEECH.intersection(folded[at + 1 : close]) or before[-1:] in _SPEECH:
            continue
        if _LETTER.match(after) and not after.startswith(_QUOTATIVE):
            return True
    return False


# particles that close a quote of speech, not a title: Korean 고, 라고, 라며 ("“…뜻깊다”고
# 말했다"), Japanese と, って ("「…」と述べた")
_QUOTATIVE = ("고", "라고", "라며", "며", "と", "って")
