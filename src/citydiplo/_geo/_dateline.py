"""Whether a capitalised name opens a sentence, or a dateline (used by ``find_places``).

A one-word city opening a sentence is capitalised whatever it is, so ``find_places`` reads
it only with a cue word or where the text reads it elsewhere ("Nice to meet you"). A news
report's dateline is no such word: agencies open a report, or a line of it, with the place
it is filed from, in capitals before a comma, a full stop or a dash ("МОСКВА, 5 мая. /ТАСС/.",
"ЕКАТЕРИНБУРГ. В связи с ...", "LONDON (Reuters) -" is left to the rules for brackets), or
as written before a comma and the date, the day first or the month's name first, perhaps
after the state and country in brackets ("Волгоград, 1 мая —", "Ahmedabad, Jul 17 (PTI)",
"Agra (Uttar Pradesh) [India], December 25 (ANI):"). Such a name is a place named
on purpose; the other rules (ordinary words, ambiguity, size) still apply to it. Russian
writes direct speech after a dash that opens a line or follows a sentence's end ("- В
Минске мы видим ..."): the word after that dash opens a sentence.
"""

from __future__ import annotations

import re

__all__ = ["LOOKBACK", "SENTENCE_END", "opens_sentence"]

LOOKBACK = 40
SENTENCE_END = re.compile(r"(^|[.!?。！？:;\"“”«»\n]\s*)([—–-]\s+)?$")  # "\n— В Минске"
_BRACKETED = r"(?:\s*[(\[][^()\[\]\n]{1,40}[)\]])*"  # " (Uttar Pradesh) [India]"
_DATED = re.compile(_BRACKETED + r",\s*(?:[^\W\d_]{3,}\.?\s+)?\d")  # "Волгоград, 1 мая", "Jul 17"
_DASHES = "—–-"
_REACH = 100  # characters after the name where its brackets, comma and date are looked for


def opens_sentence(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` opens a sentence and is no dateline.

    >>> opens_sentence("Москва подписала", 0, 6), opens_sentence("МОСКВА, 5 мая", 0, 6)
    (True, False)
    >>> opens_sentence("Итоги.\\nВолгоград, 1 мая — мэр", 7, 16)
    False
    >>> opens_sentence("Ahmedabad, Jul 17 (PTI)", 0, 9), opens_sentence("Agra (UP), May 5", 0, 4)
    (False, False)
    >>> opens_sentence("Nice, he said in 2024", 0, 4)
    True

    A dash that opens direct speech, at a line's start or after a sentence's end, opens a
    sentence too ("— В Минске мы видим ...", "отметил он. — Москва ...").

    >>> opens_sentence("Итоги.\\n— Москва ждёт", 9, 15), opens_sentence("мэр — Москва", 6, 12)
    (True, False)
    """
    if SENTENCE_END.search(text, max(0, start - LOOKBACK), start) is None:
        return False
    return not _dateline(text, start, end)


def _dateline(text: str, start: int, end: int) -> bool:
    i = start  # back over the spaces before the word, not over the whole text
    while i > 0 and text[i - 1] != "\n" and text[i - 1].isspace():
        i -= 1
    if i > 0 and text[i - 1] != "\n":
        return False  # not the first word of its line
    if _DATED.match(text, end, end + _REACH):
        return True
    span, after = text[start:end], text[end : end + 3]
    capitals = span.isupper() and sum(c.isalpha() for c in span) >= 4
    return capitals and (after[:1] in ",." or after.lstrip()[:1] in _DASHES)
