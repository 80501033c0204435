"""Acronyms that stand for a document, not for an organization.

Rule: an acronym in capitals written in brackets right after the words it shortens, where
those words hold an agreement or document cue of the language's data ("Letter of Intent
(LOI)", "Framework Agreement (FA)"), is the short name of that document: neither that
mention nor any later mention of the same letters in the article is an organization. The
initials are read from every word of the phrase, or from its capitalised words only
("Memorandum of Understanding (MOU)", "Letter of Intent (LI)"), the phrase starting with
the word that gives the first letter. An acronym defined after words that hold no such cue
("United Nations Development Programme (UNDP)") stays an organization.

>>> from citydiplo._extract._mention import Mention
>>> from citydiplo._extract._scan import Hit
>>> text = ("They signed the Letter of Intent (LOI) with the United Nations Development "
...         "Programme (UNDP). The LOI opens talks.")
>>> def acr(word, nth=0):
...     at = text.index(word)
...     for _ in range(nth):
...         at = text.index(word, at + 1)
...     return Mention(kind="organization", start=at, end=at + len(word), text=word,
...                    actor="organization-" + word.lower(), actor_type="organization",
...                    name=word)
>>> def cue(words):
...     at = text.index(words)
...     return Hit(start=at, end=at + len(words), family="agreement", value="letter_of_intent")
>>> found = [acr("LOI"), acr("UNDP"), acr("LOI", 1)]
>>> [m.text for m in document_acronyms(text, found, [cue("Letter of Intent")])]
['UNDP']
>>> text = "They signed a memorandum with the United Nations Development Programme (UNDP)."
>>> [m.text for m in document_acronyms(text, [acr("UNDP")], [cue("memorandum")])]
['UNDP']
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence

from citydiplo._extract._mention import Mention
from citydiplo._extract._scan import Hit

__all__ = ["document_acronyms"]

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_MAX_WORDS = 10
_DOCUMENT_FAMILIES = frozenset({"agreement", "document"})


def _initials(words: Sequence[re.Match[str]], capitals_only: bool) -> str:
    picked = [w.group() for w in words if not capitals_only or w.group()[0].isupper()]
    return "".join(w[0] for w in picked).upper()


def _defines_document(text: str, m: Mention, cue_starts: Collection[int]) -> bool:
    if m.start < 1 or text[m.start - 1] != "(" or text[m.end:m.end + 1] != ")":
        return False
    head = text[max(0, m.start - 160):m.start - 1]
    offset = m.start - 1 - len(head)
    if not head.strip():
        return False
    words = list(_WORD.finditer(head))[-_MAX_WORDS:]
    letters = m.text.replace("&", "").upper()
    for k in range(1, len(words) + 1):
        phrase = words[-k:]
        if head[phrase[-1].end():].strip():
            return False  # something other than space between the phrase and the bracket
        spelt = _initials(phrase, False) == letters or (
            phrase[0].group()[0].isupper() and _initials(phrase, True) == letters)
        if not spelt:
            continue  # the phrase starts with a word that gives the acronym its first letter
        start, end = offset + phrase[0].start(), m.start - 1
        if any(start <= c < end for c in cue_starts):
            return True
    return False


def document_acronyms(text: str, acronyms: Sequence[Mention], hits: Iterable[Hit]
                      ) -> list[Mention]:
    """``acronyms`` without those that name a document defined in the text, and without
    their later mentions; ``hits`` are the text's cue hits."""
    cue_starts = {h.start for h in hits if h.family in _DOCUMENT_FAMILIES}
    documents = {m.text for m in acronyms if _defines_document(text, m, cue_starts)}
    return [m for m in acronyms if m.text not in documents]
