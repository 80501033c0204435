"""A name right before a personal honorific is a person's (used by ``find_places``).

Surnames and given names are often place names: Japanese "高市さん", "大西氏" (Ms Takaichi,
Mr Onishi), Hindi "झरिया जी", Gujarati "પટેલ સાહેબ", Chinese "王先生". An honorific written
right after a name (glued in Chinese and Japanese, after one space elsewhere) makes it a
person's name. The honorifics are data, per language (``Cues.honorifics``, from the cue
file's optional ``honorifics`` list): words that follow a person's name only, never an
office that also follows a place ("横浜市長", the mayor of Yokohama; "日本首相").
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection

__all__ = ["before_honorific"]


def before_honorific(text: str, end: int, honorifics: Collection[str]) -> bool:
    """Whether a personal honorific of ``honorifics`` (as written) follows
    ``text[:end]``, glued or after one space, as a whole word (not "जी-20", G20).

    >>> before_honorific("झरिया जी ने कहा", 5, ["जी"])
    True
    >>> before_honorific("भारत जी-20 की अध्यक्षता", 4, ["जी"])
    False
    >>> before_honorific("高市さんは", 2, ["さん"])
    True
    >>> before_honorific("上海先生", 2, ["先生"])
    True
    >>> before_honorific("ベルリンガーさん", 4, ["さん"])
    True
    >>> before_honorific("千葉県君津市", 3, ["君"])
    False
    """
    if not honorifics:
        return False
    if text[end - 1 : end].isalpha() and _katakana(text[end - 1]):
        while end < len(text) and _katakana(text[end]) and text[end] != "・":
            end += 1  # the rest of a longer katakana name: "ベルリンガーさん" (Mr Berlinger)
    at = end + 1 if text[end : end + 1] == " " else end
    for word in honorifics:
        if text.startswith(word, at):
            after = text[at + len(word) : at + len(word) + 2]
            spaced = at > end
            if spaced and after[:1].isalnum():
                continue  # part of a longer word: "जीत"
            if len(word) == 1 and _ideograph(after[:1]):
                continue  # "千葉県君津市" (Kimitsu), "日本様式" (style), "日本氏族"
            if after[:1] in ("-", "‐", "–") or after.strip()[:1].isdigit():
                continue  # "जी-20", "जी 20": the G20
            return True
    return False


def _katakana(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith("KATAKANA")  # "ー" too


def _ideograph(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith(("CJK", "HANGUL"))
