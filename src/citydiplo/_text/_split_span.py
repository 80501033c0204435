"""A span whose two ends a clause parts: "begins on X and runs until Y".

"આ કામ 17 મેના દિવસે શરૂ થશે અને 21 તારીખ સુધી ચાલશે" (the work begins on 17 May and runs
until the 21st), "1月24日上午开幕,1月26日下午闭幕" (opens on the 24th, closes on the 26th),
"17 मार्च से ... सर्वेक्षण शुरू होने जा रहा है जो 30 अप्रैल तक ... पूरा होगा"
(the survey begins on 17 March and ends by 30 April): one span, 17 to 21 May, 17 March to 30
April. Read apart, the first end alone would drop the end the sentence states (a coarser value
than the text's, never given). The two ends are joined only when a word of the language's
``range_start_verbs`` ("begins") stands between them, the second is followed by a word of
``range_until_after`` ("until"), and no sentence ends in between; the span must run forward
(that is checked when it is resolved).

Where the verbs come before each end ("begins on July 1, 2019 and continues through June 30,
2020", "bắt đầu từ ngày 1/7/2019 và kết thúc vào ngày 30/6/2020"), a word of
``range_start_before`` stands right before the first end and the words between the ends are
one phrase of ``range_end_before`` ("and continues through", "và kết thúc vào").

>>> from citydiplo import parse_date, PartialDate
>>> text = "આ કામ 17 મેના દિવસે શરૂ થશે અને 21 તારીખ સુધી ચાલશે"
>>> str(parse_date(text, lang="gu", ref=PartialDate("2021-05-12")))
'2021-05-17/2021-05-21'
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from citydiplo._text._words import starts_with_word, word_anywhere

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["split_span"]

_SENTENCE_END = re.compile(r"[.!?।॥;]")
_LONGEST_GAP = 80  # characters between the two ends


def _verbs_before(a: Candidate, b: Candidate, folded: str, g: Grammar) -> bool:
    """Whether "begins on" stands before ``a`` and "and continues through" is all that
    stands between ``a`` and ``b``."""
    lists = g.vocab.lists
    ends = lists.get("range_end_before")
    if not ends or " ".join(folded[a.end : b.start].replace(",", " ").split()) not in ends:
        return False
    head = " ".join(folded[max(0, a.start - 24) : a.start].split())
    return any(
        head.endswith(word) and (len(head) == len(word) or head[-len(word) - 1] == " ")
        for word in lists.get("range_start_before", ())
    )


def split_span(a: Candidate, b: Candidate, folded: str, g: Grammar) -> bool:
    """Whether ``a`` and ``b`` are the ends of one span parted by a clause that begins it."""
    lists = g.vocab.lists
    if _verbs_before(a, b, folded, g):
        return True
    verbs = lists.get("range_start_verbs", frozenset())
    until = lists.get("range_until_after", frozenset())
    if not verbs or not until or b.start - a.end > _LONGEST_GAP:
        return False
    gap = folded[a.end : b.start]
    found = word_anywhere(verbs)
    if _SENTENCE_END.search(gap) or found is None or found.search(gap) is None:
        return False
    after = folded[b.end : b.end + 16].lstrip()
    # a time of day may come first: "1月26日下午闭幕" (closes on the afternoon of the 26th)
    time = max(
        (w for w in lists.get("range_time_before", ()) if after.startswith(w)), key=len, default=""
    )
    return starts_with_word(after[len(time) :].lstrip(), until) > 0
