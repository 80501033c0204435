"""A bare weekday beside a verb in the present simple of a timetable speaks of the coming such
day: "The parade is Saturday", "The festival continues Saturday", "Saturday is the busiest day
of the festival" (English writes a scheduled event in the present). Read as the last such day,
it had been a week off in every preview article.

Only with the verb a few words after the weekday ("Saturday is", "On Sunday, the city hosts")
or before it, no word
that places it before another event ("after", "since") between them, no progressive after the
verb ("Police are investigating a shooting Saturday": a past event), no possessive
("Saturday's fire"), and no verb in the past tense anywhere in the sentence (the language's
``past_verbs`` and ``past_verb_suffixes``). The verbs are the language's
``schedule_present_verbs``. A verb in the infinitive right before the weekday, after a word
of ``schedule_infinitive_marks`` ("Sister city residents to arrive Monday", "The council is
to vote on Tuesday"), speaks of the coming day too, under the same conditions. (The sentence
is read within a reach of the weekday, so that a text of many weekdays costs linear time.)
Hindi and Gujarati tell a day gone by in the past tense: a bare weekday in a sentence that
closes, within that reach, on a present progressive of ``schedule_progressive_endings`` ("…
कार्यकाल सोमवार को पूरा हो रहा है": the term ends on Monday) is the coming such day, when a
word of ``weekday_suffixes`` says "on" the day (not "since": "सोमवार से काम चल रहा है", going
on since Monday) and no verb of the language's ``tense_past`` stands in the sentence.

>>> from citydiplo import PartialDate, find_dates
>>> ref = PartialDate("2023-05-19")  # a Friday
>>> [str(m.value) for m in find_dates("The parade is Saturday at 10 a.m.", lang="en", ref=ref)]
['2023-05-20']
>>> [str(m.value) for m in find_dates("The parade was Saturday.", lang="en", ref=ref)]
['2023-05-13']
>>> [str(m.value) for m in find_dates("There’s a chance of showers on Saturday.", ref=ref)]
['2023-05-20']
>>> [str(m.value) for m in find_dates("Sister city residents to arrive Monday", ref=ref)]
['2023-05-22']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from citydiplo._text._tense import sentence_tense

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate
    from citydiplo._text._sentences import Sentences

__all__ = ["scheduled_weekday"]

_TOKEN = re.compile(r"[^\W\d_]+")
_WORDS = re.compile(r"[\s,.;:!?।॥\"'“”()\[\]«»—–-]+")  # words whose vowel signs stay on them
# "there's", "it's": the verb "is" contracted after a pronoun (never a possessive)
_CONTRACTED = re.compile(r"(?<!\w)(?:there|here|it|that|what|who)['’](s)(?!\w)")
_REACH = 160  # characters read on either side of the weekday, within its sentence
_BEFORE = 4  # words between the verb and the weekday, at most (less articles, prepositions)
_LIGHT = frozenset({"a", "an", "the", "of", "on", "at", "in", "for", "to", "m"})  # not counted
_STOPS = frozenset({"after", "since", "before", "following", "during", "until", "through"})


def _past(tokens: list[str], g: Grammar) -> bool:
    """Whether a verb in the past tense stands among ``tokens``."""
    lists = g.vocab.lists
    verbs, suffixes = lists.get("past_verbs", frozenset()), lists.get("past_verb_suffixes", ())
    nots, heads = lists.get("past_verbs_not", frozenset()), lists.get("past_verb_heads_not", ())
    for i, t in enumerate(tokens):
        if t in nots or (i and tokens[i - 1] in heads):
            continue
        if t in verbs or any(len(t) > len(s) + 2 and t.endswith(s) for s in suffixes):
            return True
    return False


def _infinitive(before: list[str], g: Grammar) -> bool:
    """Whether the words before the weekday end in a mark of the infinitive and a verb ("to
    arrive", "to vote on"): news writes a coming event so in its headlines and leads. A verb
    ending as a participle ("to visiting", "to organized") is none."""
    marks = g.vocab.lists.get("schedule_infinitive_marks", frozenset())
    words = [w for w in before[-3:] if w not in ("on", "at")]
    if not marks or len(words) < 2 or words[-2] not in marks or words[-1] in _LIGHT:
        return False
    return not words[-1].endswith(("ing", "ed"))


def _tokens(text: str) -> list[str]:
    """The words of ``text``, a contracted "is" written out ("there's a chance": "is")."""
    return _TOKEN.findall(_CONTRACTED.sub(lambda m: m.group(0)[:-2] + " is", text))


def _progressive_close(cand: Candidate, folded: str, sentences: Sentences, g: Grammar) -> bool:
    """Whether the sentence of ``cand`` closes, within reach, on a present progressive of the
    language's ``schedule_progressive_endings`` ("… कार्यकाल सोमवार को पूरा हो रहा है": the
    term ends on Monday), with no verb of ``tense_past`` in it: Hindi and Gujarati tell a
    day gone by in the past tense, so a named weekday in the progressive is the coming one."""
    endings = g.vocab.lists.get("schedule_progressive_endings", frozenset())
    start, end = sentences.bounds(cand.start)
    if not endings or end - cand.end > _REACH:
        return False
    on = g.vocab.lists.get("weekday_suffixes", frozenset())  # "सोमवार को", "સોમવારે": on
    words = [w for w in _WORDS.split(folded[cand.end : end]) if w]
    said_on = bool(words) and (words[0] in on or " ".join(words[:2]) in on)  # "ના રોજ"
    if not said_on and not folded[cand.start : cand.end].endswith(tuple(sorted(on))):
        return False  # "सोमवार से काम चल रहा है": going on since Monday, a day gone by
    if len(words) < 2 or f"{words[-2]} {words[-1]}" not in endings:
        return False
    return sentence_tense(folded[max(start, cand.start - _REACH) : end], g) != "past"


def scheduled_weekday(cand: Candidate, folded: str, sentences: Sentences, g: Grammar) -> bool:
    """Whether ``cand``, a bare weekday, stands beside a verb of a timetable in the present."""
    verbs = g.vocab.lists.get("schedule_present_verbs", frozenset())
    if cand.kind != "wd" or cand.fields.keys() - {"wd", "wdp"}:
        return False
    if _progressive_close(cand, folded, sentences, g):
        return True
    if not verbs:
        return False
    if folded[cand.end : cand.end + 2] in ("'s", "’s"):
        return False  # "Saturday's fire", "Saturday’s forecast": which Saturday is not said
    start, end = sentences.bounds(cand.start)  # (a reach, not the whole sentence: linear time)
    before = _tokens(folded[max(start, cand.start - _REACH) : cand.start])
    after = _tokens(folded[cand.end : min(end, cand.end + _REACH)])
    if _past(before + after, g):
        return False
    for k, word in enumerate(after[:_BEFORE]):  # "Saturday is …", "On Sunday, the city hosts"
        if word in _STOPS:
            break
        if word in verbs:
            return not after[k + 1 : k + 2] or not after[k + 1].endswith("ing")
    if _infinitive(before, g):  # "Sister city residents to arrive Monday": a headline's future
        return True
    counted = 0
    for k in range(1, len(before) + 1):
        word = before[-k]
        if word in _STOPS:
            return False
        if word in verbs:  # "is Saturday", "continues Saturday", "open at 9 a.m. Saturday"
            return k == 1 or not before[-k + 1].endswith("ing")
        counted += word not in _LIGHT
        if counted >= _BEFORE:
            return False
    return False
