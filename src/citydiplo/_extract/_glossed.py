"""A name with a bracketed gloss between it and its title.

Korean, Japanese and Chinese news write a foreign or uncommon name with its original or its
reading in brackets right after it: "크리스타 아담스(Krista Adams) 부시장" (Deputy Mayor
Krista Adams), "陳政高(ちん・せいこう)遼寧省長" (Chen Zhenggao, governor of Liaoning),
"金文洙(キム・ムンス)京畿道知事". The title finder reads the word right before a title, here
the bracket, and finds no name. Rule: a title (``titles_after``) that follows a closing
bracket -- at once, after one space, or glued to the end of a short word standing there
("遼寧省長", "京畿道知事": the office of a place) -- is held by the name written right before
the opening bracket, with no space between them:

- in Korean the words of hangul before the bracket, as many as the bracket holds words in
  Latin letters ("크리스타 아담스(Krista Adams)"), else one ("이장우(李莊雨)");
- in Japanese and Chinese the run of two to four Han letters before it ("陳政高"), or a
  run of katakana joined by "・" ("レックス・リチャードソン").

The person is added unless a person or organisation is read there already; a place read after
the title as its holder (the title finder's fallback in Korean, "부시장은 대전을": Daejeon) then
loses that title.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from citydiplo._extract._mention import Mention, draft_id
from citydiplo._extract._scan import Hit

__all__ = ["glossed_names"]

_GLOSS = re.compile(r"[(（][^()（）\n]{1,40}[)）]")
_LATIN_WORDS = re.compile(r"[A-Za-z][A-Za-z.'\-]*")
_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]{1,6}$")


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _kana(ch: str) -> bool:
    return "\u30a0" <= ch <= "\u30ff"


def _name_before(text: str, at: int, gloss: str, lang: str) -> tuple[int, int] | None:
    """The span of the name written right before the opening bracket at ``at``."""
    if lang == "ko":
        latin = _LATIN_WORDS.findall(gloss)
        want = len(latin) if latin and all(ch.isascii() for ch in gloss) else 1
        start, end = at, at
        for n in range(want):
            word_start = start
            while word_start > 0 and "\uac00" <= text[word_start - 1] <= "\ud7a3":
                word_start -= 1
            if word_start == start or not _HANGUL_WORD.match(text[word_start:start]):
                return None
            start = word_start
            if n + 1 < want:
                if start < 2 or text[start - 1] != " ":
                    return None
                start -= 1
        return (start, end)
    start = at
    if start > 0 and _kana(text[start - 1]):
        while start > 0 and _kana(text[start - 1]):
            start -= 1  # a katakana name whole, with its "・"
        return (start, at) if at - start >= 2 else None
    while start > 0 and _han(text[start - 1]) and at - start < 4:
        start -= 1
    if at - start < 2 or (start > 0 and _han(text[start - 1])):
        return None  # a longer run of Han letters: no name alone
    return (start, at)


def glossed_names(mentions: list[Mention], text: str, lang: str, hits: Sequence[Hit]
                  ) -> list[Mention]:
    """``mentions`` with the holders of titles named before a bracketed gloss (module
    docstring)."""
    if lang not in ("ko", "ja", "zh") or ("(" not in text and "（" not in text):
        return mentions
    titles = sorted((h for h in hits if h.family == "titles_after"), key=lambda h: h.start)
    if not titles:
        return mentions
    starts = [h.start for h in titles]
    others = sorted((m.start, m.end) for m in mentions if m.kind != "place")
    other_starts = [a for a, _ in others]
    added: list[Mention] = []
    untitled: set[tuple[int, str]] = set()  # (start of a place, title it loses)
    for g in _GLOSS.finditer(text):
        k = g.end() + (1 if text[g.end():g.end() + 1] == " " else 0)
        i = bisect.bisect_left(starts, k)
        h = titles[i] if i < len(titles) and starts[i] <= k + 5 and (
            starts[i] == k or text[k:starts[i]].isalpha()) else None
        if h is None:
            continue
        span = _name_before(text, g.start(), g.group()[1:-1], lang)
        if span is None:
            continue
        s, e = span
        j = bisect.bisect_left(other_starts, e)  # people and bodies read there already
        if any(a < e and s < b for a, b in others[max(0, j - 8):j]):
            continue
        title = text[h.start:h.end]
        name = text[s:e]
        untitled |= {(at, title) for at in range(h.end, h.end + 3)}
        added.append(Mention(kind="person", start=s, end=e, text=name,
                             actor=draft_id("person", name), actor_type="person",
                             name=name, title=title))
    if not added:
        return mentions
    out = [attrs.evolve(m, title=None) if m.kind == "place" and (m.start, m.title) in untitled
           else m for m in mentions]
    return sorted(out + added, key=lambda m: (m.start, m.end))
