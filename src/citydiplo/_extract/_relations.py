"""Words for relations in general found no tie: "promote friendly relations" is talk.

"thúc đẩy quan hệ hữu nghị, hợp tác" (promote friendly, cooperative relations), "就兩市的友好
關係進行了座談" (held talks on the friendly relations of the two cities), "the 'Gujarat Shizuoka
Partnership Day' program": a language's words for relations in general (``relation_words``
in its data file -- "quan hệ hữu nghị", "友好关系", "partnership") name what people talk
about or promote, not a tie that a report states, when the sentence does not itself name
both sides: "hai bên" (the two sides), "兩市" (the two cities) point back to parties told
elsewhere, and what the sentence adds is the talk. Rule: a partnership candidate whose cue
is one of them, in a sentence with one of the language's ``pair_anaphora``, and one of whose
parties is not named in its sentence is dropped (listed in
``Extraction.skipped``) unless one of the language's ``founding`` words stands in its clause
("thiết lập quan hệ hữu nghị", "建立友好关系": the tie begins there) or a date mention is
attached to it ("have had friendly relations since 1995"). "quan hệ hợp tác hữu nghị giữa
huyện Mèo Vạc và huyện Phú Ninh ngày càng được củng cố" names both sides and stays: it
states the tie. Words that name a kind of town or a formal tie ("thành phố kết nghĩa",
"友好城市", "sister city") are no relation words. A relation word inside a short title in
quotation marks ("the ‘Gujarat Shizuoka Partnership Day’ program") names the occasion, not a
tie, wherever the sides are named.
"""

from __future__ import annotations

import bisect
import re

from citydiplo._extract._sentence import Candidate, Sentence, clause_of

_TITLE = re.compile(r"‘[^‘’\n]{1,80}’|“[^“”\n]{1,80}”|«[^«»\n]{1,80}»|「[^「」\n]{1,80}」")

__all__ = ["relations_talked"]


def relations_talked(
    cands: list[Candidate],
    text: str,
    relation_words: tuple[str, ...],
    founding: tuple[str, ...],
    skipped: list[tuple[Sentence, str]],
) -> list[Candidate]:
    """``cands`` without the ties read only from a word for relations in general.

    >>> from citydiplo import extract
    >>> t = ("Đoàn đại biểu Hà Nội thăm Viêng Chăn. "
    ...      "Hai bên nhất trí thúc đẩy quan hệ hữu nghị, hợp tác.")
    >>> [r.type for r in extract(t, lang="vi").records if r.type == "partnership"]
    []
    >>> t = t.replace("thúc đẩy", "thiết lập")
    >>> [r.type for r in extract(t, lang="vi").records if r.type == "partnership"]
    ['partnership']
    """
    words = frozenset(w.lower() for w in relation_words)
    if not words:
        return cands
    out = []
    facts = _SentenceFacts(text)  # each sentence read once, however many candidates it holds
    for c in cands:
        if (
            c.type == "partnership"
            and c.date is None
            and text[c.cue.start : c.cue.end].lower() in words
            and (
                facts.titled(c)
                or (
                    facts.paired(c.sentence)
                    and any(a not in facts.named(c.sentence) for a, r in c.actors if r == "party")
                )
            )
        ):
            c0, c1 = clause_of(c.sentence, c.cue.start)
            clause = text[c0:c1].lower()
            if not any(w.lower() in clause for w in founding):
                skipped.append(
                    (
                        c.sentence,
                        "relations in general (between sides told elsewhere, or in a "
                        "quoted title), not a tie: no founding word, no date",
                    )
                )
                continue
        out.append(c)
    return out


class _SentenceFacts:
    """What the rule reads of a sentence (its actors, whether it refers to a pair, its
    quoted titles), computed once per sentence: a long sentence's candidates each re-read it."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._named: dict[int, frozenset[str | None]] = {}
        self._paired: dict[int, bool] = {}
        self._titles: dict[int, list[tuple[int, int]]] = {}

    def named(self, s: Sentence) -> frozenset[str | None]:
        key = id(s)  # the candidates hold their sentences: no id is reused meanwhile
        if key not in self._named:
            self._named[key] = frozenset(m.actor for m in s.entities)
        return self._named[key]

    def paired(self, s: Sentence) -> bool:
        key = id(s)  # the candidates hold their sentences: no id is reused meanwhile
        if key not in self._paired:
            self._paired[key] = any(h.family == "pair_anaphora" for h in s.hits)
        return self._paired[key]

    def titled(self, c: Candidate) -> bool:
        """Whether the cue of ``c`` lies inside a short quoted title of its sentence."""
        s = c.sentence
        key = id(s)  # the candidates hold their sentences: no id is reused meanwhile
        if key not in self._titles:
            body = self._text[s.start : s.end]
            self._titles[key] = [(q.start(), q.end()) for q in _TITLE.finditer(body)]
        spans = self._titles[key]
        at = c.cue.start - s.start
        i = bisect.bisect_left(spans, (at, at)) - 1  # the last title starting before the cue
        return i >= 0 and spans[i][0] < at < spans[i][1]


