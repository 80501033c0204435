"""Sentences of a folded text: where each ends, whether it speaks of the future, whether it
opens with a word that links it to what came before (for anaphora).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from citydiplo._text._fast import per_grammar
from citydiplo._text._lexicon import Grammar
from citydiplo._text._tense import closing_future, sentence_tense
from citydiplo._text._verb_endings import not_past_sentence, past_sentence
from citydiplo._text._words import word_anywhere

__all__ = ["Sentences"]

# A sentence ends at . ! ? (and the Arabic-script question mark) followed by a space or the
# end, at their CJK forms, at the Devanagari danda and double danda (Hindi "।", "॥": the full
# stop of Hindi and often of Gujarati), or at a line break. Abbreviations ("Dec. 1") may end
# one early: that only narrows anaphora. A dotted abbreviation of letters ("7 p.m. on Sunday",
# "a.m.", "U.S.") ends none: its clause goes on (the sentence's "will" reaches "Sunday").
# (written to open with one class of every mark, the look-behind after the first: a pattern
# that opens with a class is searched for it in C, one that opens with a look-behind is tried
# at every position)
_SENTENCE_END = re.compile(
    r"[.!?؟。！？।॥\n](?:(?<=[.!?؟])(?<![.][a-z].)[.!?؟]*(?= |$)|(?<=[。！？।॥\n]))"
)


def _any_future(g: Grammar) -> re.Pattern[str] | None:
    """The pattern of every future word and future noun of ``g``."""
    lists, empty = g.vocab.lists, frozenset[str]()
    return word_anywhere(lists.get("future_words", empty) | lists.get("future_nouns", empty))


_ANY_FUTURE: dict[int, tuple[Grammar, re.Pattern[str] | None]] = {}


class Sentences:
    """Sentence ends of a folded text, and per sentence whether it speaks of the future."""

    def __init__(self, folded: str, g: Grammar, breaks: Sequence[int] = ()) -> None:
        self._folded = folded
        self._breaks = breaks  # line breaks of the original text, as folded offsets
        self._found: list[int] | None = None  # found on first use
        self._future: dict[int, bool] = {}
        self._closing: dict[int, str] = {}
        self._words = g.vocab.lists.get("future_words", frozenset())
        # nouns of a plan ("योजना": plan, scheme) mark the future unless every verb of the
        # sentence is of the past tense ("योजना के तहत शिविर लगाया गया": held under the scheme)
        self._nouns = g.vocab.lists.get("future_nouns", frozenset())
        # verbs conjugated in the future ("રમાશે": will be played) mark it too, where the
        # language lists its tenses' forms (``tense_future``: words or endings)
        self._tensed = bool(g.vocab.lists.get("tense_future"))
        self._none: bool | None = None  # whether the text has no future word at all
        self.grammar = g

    def text_of(self, position: int) -> str:
        """The folded text of the sentence at ``position``."""
        i = self.index(position)
        start = self._ends[i - 1] if i else 0
        return self._folded[start : self._ends[i] if i < len(self._ends) else len(self._folded)]

    def bounds(self, position: int) -> tuple[int, int]:
        """Where the sentence at ``position`` starts and ends in the folded text."""
        i = self.index(position)
        ends = self._ends
        return (ends[i - 1] if i else 0), (ends[i] if i < len(ends) else len(self._folded))

    @property
    def _ends(self) -> list[int]:
        if self._found is None:
            found = [m.end() for m in _SENTENCE_END.finditer(self._folded)]
            self._found = sorted({*found, *self._breaks}) if self._breaks else found
        return self._found

    def index(self, position: int) -> int:
        """The number of the sentence ``position`` is in."""
        return bisect.bisect_right(self._ends, position)

    def lines_apart(self, first: int, last: int) -> bool:
        """Whether sentences ``first`` to ``last`` are parted by line breaks alone (lines of a
        table or a list), not by a full stop."""
        ends = self._ends[first:last]
        breaks = set(self._breaks)
        return bool(ends) and all(end in breaks for end in ends)

    def linked(self, position: int, g: Grammar) -> bool:
        """Whether the sentence at ``position`` opens with a word that ties it to what came
        before ("then", "ואז", "ત્યારબાદ"), ahead of ``position``."""
        i = self.index(position)
        start = self._ends[i - 1] if i else 0
        head = self._folded[start : min(position, start + 40)]  # the opening words only
        return any(w in head for w in g.vocab.lists.get("anaphora_links", frozenset()))

    def future(self, position: int) -> bool:
        """Whether the sentence at ``position`` has a future marker ("will", "sẽ", "예정") and
        no word of ``future_words_past`` ("予定していた": had been planned, a past plan); or, in
        a language whose data lists the verb forms of each tense, a future verb closing the
        sentence (Hindi "… पहुँचेंगे।": will reach, Gujarati "આ મેચ 23 ઓક્ટોબરે રમાશે": the
        match will be played on 23 October; :func:`._tense.closing_future`). A future form
        inside the sentence says nothing of its tense: it may end a name ("योगी")."""
        tensed = self._tensed
        if self._none is None:  # a future word is found in a sentence only if in the text
            pattern = per_grammar(_ANY_FUTURE, self.grammar, _any_future)  # (built once)
            self._none = pattern is None or pattern.search(self._folded) is None
        if self._none and not tensed:
            return False
        i = self.index(position)
        if i not in self._future:
            start = self._ends[i - 1] if i else 0
            end = self._ends[i] if i < len(self._ends) else len(self._folded)
            text = self._folded[start:end]
            past = word_anywhere(self.grammar.vocab.lists.get("future_words_past", frozenset()))
            pattern, nouns = word_anywhere(self._words), word_anywhere(self._nouns)
            self._future[i] = (
                (
                    (pattern is not None and pattern.search(text) is not None)
                    or (tensed and closing_future(text, self.grammar))
                    or (
                        nouns is not None
                        and nouns.search(text) is not None
                        and sentence_tense(text, self.grammar) != "past"
                    )
                )
                and (past is None or past.search(text) is None)  # "予定だった": a past plan
            )
        return self._future[i]

    def closing_tense(self, position: int) -> str:
        """ "past" or "present" for the verb that closes the sentence at ``position`` (once
        per sentence: :mod:`._verb_endings`), else ""."""
        i = self.index(position)
        if i not in self._closing:
            text, g = self.text_of(position), self.grammar
            past = past_sentence(text, g)
            self._closing[i] = "past" if past else "present" if not_past_sentence(text, g) else ""
        return self._closing[i]
