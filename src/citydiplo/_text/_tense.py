"""A relative word with a past and a future reading, decided by the tense of its sentence.

Hindi "कल" is both yesterday and tomorrow, "परसों" both the day before yesterday and the day
after tomorrow (CLDR gives each both readings). The verbs of the sentence decide: "कल बैठक
हुई थी" (the meeting was held: yesterday), "कल बैठक होगी" (will be held: tomorrow). The
language's data lists the verb forms of each tense: ``tense_past`` and ``tense_future``, each
entry a whole word, or a word ending when it starts with "-". Only when the sentence has verbs
of one tense and none of the other is a reading chosen; otherwise the word stays ambiguous
and is not read: never a guess.

>>> from citydiplo import parse_date, PartialDate
>>> ref = PartialDate("2025-06-18")
>>> parse_date("कल नगर निगम की बैठक हुई थी", ref=ref), parse_date("कल बैठक होगी", ref=ref)
(PartialDate("2025-06-17"), PartialDate("2025-06-19"))
>>> parse_date("कल बैठक है", ref=ref)
Traceback (most recent call last):
...
citydiplo.DateParseError: cannot resolve 'कल बैठक है': ambiguous: 'कल' could be -1 day or +1 day
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate
    from citydiplo._text._sentences import Sentences
    from citydiplo._text._vocab import Reading

__all__ = ["by_tense", "closing_future", "sentence_tense", "with_verb_tense"]

_TOKENS = re.compile(r"[\s,.;:!?।॥\"'“”()\[\]«»—–-]+")


@functools.lru_cache(maxsize=64)
def _forms(entries: frozenset[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    words = frozenset(e for e in entries if not e.startswith("-"))
    endings = tuple(sorted(e[1:] for e in entries if e.startswith("-") and len(e) > 1))
    return words, endings


def _has(tokens: Sequence[str], entries: frozenset[str]) -> bool:
    words, endings = _forms(entries)
    return any(t in words or (endings and t.endswith(endings)) for t in tokens)


def sentence_tense(sentence: str, g: Grammar) -> str | None:
    """ "past" or "future" when the verbs of ``sentence`` (folded) are of that tense only."""
    lists = g.vocab.lists
    past, future = lists.get("tense_past", frozenset()), lists.get("tense_future", frozenset())
    if not past and not future:
        return None
    tokens = [t for t in _TOKENS.split(sentence) if t]
    is_past, is_future = _has(tokens, past), _has(tokens, future)
    if is_past == is_future:
        return None
    return "past" if is_past else "future"


def closing_future(sentence: str, g: Grammar) -> bool:
    """Whether the word closing ``sentence`` (folded) is a future verb form of the language
    (``tense_future``). Hindi and Gujarati close a sentence with its finite verb ("… दौरे पर
    पहुँचेंगे।": will reach); a future ending inside it may end a name ("योगी")."""
    future = g.vocab.lists.get("tense_future", frozenset())
    tokens = [t for t in _TOKENS.split(sentence) if t]
    return bool(future and tokens and _has(tokens[-1:], future))


def with_verb_tense(cand: Candidate, sentences: Sentences) -> Candidate:
    """The candidate, a phrase of several readings, marked with its sentence's tense."""
    g = sentences.grammar
    tense = sentence_tense(sentences.text_of(cand.start), g)
    if tense is None:
        return cand
    return cand._replace(fields={**cand.fields, "verb_tense": tense})


def by_tense(choices: list[Reading], fields: dict[str, str]) -> list[Reading]:
    """The one reading the sentence's tense keeps ("past": the negative offset), or all of
    ``choices`` when the tense is unknown or keeps other than one."""
    tense = fields.get("verb_tense")
    if tense is None or any(r.kind != "offset" for r in choices):
        return choices
    if len({r.unit for r in choices}) != 1:
        return choices
    kept = [r for r in choices if (r.n < 0) == (tense == "past") and r.n != 0]
    return kept if len(kept) == 1 else choices
