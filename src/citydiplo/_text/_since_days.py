"""A day without its year before a word that means "since, and after": "9月25日以降は50歳代以降の
中高年層…" (from 25 September on), "5月7日(木)以降、皆様にお会いできる…" open a range, as
"since 2003" does. A word of start ("から", "起") before such a day still names the day
(docs/concepts/dates.md, "Limits and starts"); a word of "since" does not name a start, it
names all that follows it. The words are the language's ``since_day_suffixes`` (Japanese
"以降", "以来", "以後"; Chinese "以来", "以后"; Korean "이후", "이래", written apart from the day
and with particles glued: "9월 25일 이후에는"); the day's weekday in brackets may stand between
("5月7日(木)以降"). A time after the day ("午後7時以降") is no day and stays unread.

>>> from citydiplo import parse_date, PartialDate
>>> str(parse_date("9月25日以降", lang="ja", ref=PartialDate("2020-11-26")))
'2020-09-25/..'
>>> str(parse_date("5月7日(木)以降", lang="ja", ref=PartialDate("2020-04-26")))
'2020-05-07/..'
>>> str(parse_date("9월 25일 이후에는", lang="ko", ref=PartialDate("2020-11-26")))
'2020-09-25/..'
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from citydiplo._text._words import starts_with_word

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["since_days"]

# a word of "since" ending in kana, Han or Hangul, to which particles are glued
_GLUED = re.compile(r"[\u3040-\u9fff\uac00-\ud7a3]").fullmatch
_ASIDE = re.compile(r" ?[(（][^()（）\s]{1,6}[)）] ?")  # the day's weekday: "(木)"


def since_days(found: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``found`` with each day without its year that a word of "since" follows made the open
    range from that day."""
    words = g.vocab.lists.get("since_day_suffixes")
    if not words:
        return found
    out = []
    for c in found:
        if c.kind != "open" and c.high is None and "d" in c.fields and "y" not in c.fields:
            end = c.end
            aside = _ASIDE.match(folded, end)
            if aside and aside.group().strip(" ()（）") in g.vocab.weekdays:
                end = aside.end()
            tail = folded[end : end + 9]
            gap = 1 if tail[:1] == " " else 0  # "9월 25일 이후": Korean writes the word apart
            tail = tail[gap:]
            k = starts_with_word(tail, words) or max(  # glued: "以降は", "이후에는"
                (len(w) for w in words if tail.startswith(w) and _GLUED(w[-1])),
                default=0,
            )
            if k:
                c = c._replace(end=end + gap + k, kind="open", fields={}, low=c, open_end=True)
        out.append(c)
    return out
