"""A date after a word of start is the date the text states: "с 3 марта 2025 года" (from 3
March 2025), "از ۲۴ بهمن ۹۷ آغاز شده است" (began on 24 Bahman 97), "22.01.2022 से", "તા.
15/12/2026થી", "החל מ-15 בדצמבר 2026" each state that day; what starts there, and whether it
goes on, is left to the reader, as for a day without its year ("с 20 июня") and for a day
after a word of limit ("до 23 августа").

Only a word of "since, and still going" opens a range: one that means "since" by itself
(``since_words``: "מאז", "के बाद से"), or a word of "until now" that closes the phrase
(``until_now_words``: "по настоящее время", "تاکنون", "तब से अब तक" …): "از سال ۱۳۸۲ تاکنون"
is 1382 onwards, "از سال ۱۳۸۲ به دنبال … بودیم" is the year 1382.

The rule holds for a day, week or month (flag ``start_words_state_days``) and, where the
language's news reads a year after such a word as the year (flag
``start_words_state_years``: Persian "از سال ۱۳۸۲"), for a year. A year after Russian "с",
Hindi "से" or Gujarati "થી" ("работает с 2003 года", "૨૦૦૯થી") stays "since" that year: the
news of those languages states an ongoing span so.

>>> from citydiplo import parse_date, PartialDate
>>> ref = PartialDate("2025-05-26")
>>> str(parse_date("с 3 марта 2025 года", lang="ru", ref=ref))
'2025-03-03'
>>> str(parse_date("с 3 марта 2025 года по настоящее время", lang="ru", ref=ref))
'2025-03-03/..'
>>> str(parse_date("از ۲۴ بهمن ۹۷ آغاز شده است", lang="fa", ref=ref))
'2019-02-13'
>>> str(parse_date("از سال ۱۳۸۲ تاکنون", lang="fa", ref=ref))
'2003-03-21/..'
>>> str(parse_date("מאז 15 בדצמבר 2024", lang="he", ref=ref))
'2024-12-15/..'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from citydiplo._text._next_day_phrases import next_day_phrases
from citydiplo._text._night_span import night_spans
from citydiplo._text._rescheduled import rescheduled
from citydiplo._text._since_clause import opened_by_clause
from citydiplo._text._since_days import since_days
from citydiplo._text._started_on import started_on
from citydiplo._text._words import starts_with_word, word_anywhere

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["scan_end", "stated_start", "stated_starts"]

_REACH = 40  # the words after the phrase where a word of "until now" may close it
_DAY_FIELDS = ("d", "m", "mn", "h")  # a day, or a month (of its own calendar)


def _precision(a: Candidate, g: Grammar) -> str:
    """The precision of ``a``: "day" for a day, week or month, "year" for a year."""
    if a.kind == "rel":  # "last year" in the year's slot
        return "year"
    if a.kind == "phrase":
        readings = g.vocab.phrases.get(a.fields.get("ph", ""), frozenset())
        return "year" if any(r.unit in ("year", "decade") for r in readings) else "day"
    return "day" if any(k in a.fields for k in _DAY_FIELDS) else "year"


def _closed(
    folded: str, low_end: int, end: int, until_now: frozenset[str], ands: frozenset[str]
) -> bool:
    """Whether a word of "until now" closes the phrase: among the words that end it ("از سال
    ۱۳۸۲ تاکنون"), or right after it, past an "and" ("с 2003 года и по настоящее время"), not
    in the next clause ("از ۲۴ بهمن ۹۷ آغاز شده است و تاکنون …": the day)."""
    anywhere = word_anywhere(until_now)
    if anywhere is None:
        return False
    if anywhere.search(folded, low_end, end):
        return True
    tail = folded[end : end + _REACH].lstrip()
    k = starts_with_word(tail, ands)
    return bool(starts_with_word(tail[k:].lstrip() if k else tail, until_now))


def stated_start(c: Candidate, folded: str, g: Grammar) -> Candidate:
    """``c``, or the date it opens when ``c`` is an open range made by a word of start only."""
    low = c.low
    if c.kind != "open" or low is None or c.high is not None:
        return c
    flags = g.vocab.flags
    scope = "day" if flags.get("start_words_state_days") else ""
    if flags.get("start_words_state_years"):
        scope += "year"
    if not scope or _precision(low, g) not in scope:
        return c
    lists = g.vocab.lists
    since = word_anywhere(frozenset(lists.get("since_words", ())))
    words = folded[c.start : low.start] + " " + folded[low.end : c.end]
    if since is not None and since.search(words):
        return c  # "מאז 2003": since, and going on
    until_now = frozenset(lists.get("until_now_words", ()))
    if _closed(folded, low.end, c.end, until_now, frozenset(lists.get("and_words", ()))):
        return c  # "از سال ۱۳۸۲ تاکنون": 1382 onwards
    return low._replace(start=c.start, end=c.end)  # (its words: "سال" of a Solar Hijri year)


def stated_starts(found: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``found`` with each open range made by a word of start only read as its date."""
    flags = g.vocab.flags
    if not (flags.get("start_words_state_days") or flags.get("start_words_state_years")):
        return found
    return [stated_start(c, folded, g) if c.kind == "open" else c for c in found]


def scan_end(found: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """The scan's last steps: a year that ends a clause opened by "since" ("since … began in
    1988"), the nights named by two days, the dates after a word of start, then two days
    named relative to ``ref`` and joined ("сегодня и завтра"); a span of a moved date is its
    two dates ("postponed from May 31 to June 20")."""
    found = stated_starts(night_spans(opened_by_clause(found, folded, g), folded, g), folded, g)
    found = started_on(found, folded, g)  # "2013년 4월부터 교류를 시작해": the start stated
    found = rescheduled(since_days(found, folded, g), folded, g)
    return next_day_phrases(found, folded, g)
