"""A first day followed by a count of days: "지난 2일부터 이틀간" (from the 2nd, for two days),
"27일부터 5박7일간" (from the 27th, five nights and seven days), "11월1일부터 5일 동안" (from
1 November, for five days), "17 ઓગસ્ટથી પાંચ દિવસ સુધી" (from 17 August, for five days). The
span ends on the first day plus the count less one: "2일부터 이틀간" is the 2nd and the 3rd, as
"2일부터 3일까지" is.

The words are the language's ``day_count_spans``: ``from`` (the word after the first day that
opens the span), ``units`` (a count of days after a figure: "일"), ``nights`` (a count of
nights before the days: "박"), ``after`` (a word that makes the count a duration: "간",
"동안", "일정"), ``durations`` (a counter that is a duration by itself after a figure: Japanese
"4連休", four holidays in a row, Chinese "为期4天", for four days) and ``words`` (counts
written as words: "이틀" is two days). A span of days the
grammar already reads ("5일부터 7일까지") keeps its reading; a count whose end falls in the
next month, which the first day's reading cannot hold, leaves no date (never the first day
alone, which would drop the span the text states). When the grammar matched the first day and
the count in one piece, as a span of two days ("15일부터 3일" before "동안"), the count is
a duration, not a last day: :func:`counted_in_match` makes the match the span it states.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any

from citydiplo._text._lexicon import alternation, load_data
from citydiplo._text._numerals import fold_word
from citydiplo._text._words import duration_follows

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["counted_day_spans", "counted_in_match", "duration_not_count", "next_month_day"]

# the days of each month; February's depend on the year, which a day and month lack
_MONTH_DAYS = {1: 31, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}

# readings whose last day a count may replace: a day alone, and a month with its day
_STARTS = frozenset({"d_only", "md", "dm", "ymd", "mod_m", "rel_month_d", "m_days", "ym_days"})


@functools.cache
def _patterns(
    langs: tuple[str, ...],
) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, int], frozenset[str]] | None:
    """The opening word and count after the first day, the count alone (after an opening word
    glued to the day: "17 ઓગસ્ટથી પાંચ દિવસ સુધી"), the counts written as words, and the
    opening words."""
    spans: list[dict[str, Any]] = [
        s for lang in langs if (s := load_data(lang).get("day_count_spans"))
    ]
    if not spans:
        return None

    def alt(key: str) -> str:
        return alternation({fold_word(w) for s in spans for w in s.get(key, [])})

    words = {fold_word(w): n for s in spans for w, n in s.get("words", {}).items()}
    units, after = alt("units"), alt("after")
    nights = rf"(?:(?P<nights>\d{{1,2}}) ?(?:{alt('nights')}) ?)?" if alt("nights") else ""
    named = rf"|(?P<w>{alternation(set(words))})" if words else ""
    count = rf"{nights}(?P<n>\d{{1,2}}) ?(?:{units}){named}"
    durations = alt("durations")  # "から4連休": a counter that needs no word after it
    lasting = rf"|(?P<nd>\d{{1,2}}) ?(?:{durations})" if durations else ""
    # (Hindi's से stands apart from the day: "25 नवंबर से 10 दिनों तक")
    first = re.compile(rf" ?(?:{alt('from')}) ?(?:(?:{count}) ?(?:{after}){lasting})")
    rest = re.compile(rf" ?(?:(?:{count}) ?(?:{after}){lasting})")
    return first, rest, words, frozenset(fold_word(w) for s in spans for w in s.get("from", []))


def counted_day_spans(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``atoms`` with each first day followed by a count of days read as the span it states."""
    patterns = _patterns(g.langs)
    if patterns is None:
        return atoms
    first, rest, words, froms = patterns
    out: list[Candidate] = []
    for a in atoms:
        f = a.fields
        if a.kind not in _STARTS or "d" not in f or not f["d"].isdigit():
            out.append(a)
        elif (m := _count_after(a, folded, (first, rest), froms)) is not None:
            # "1일부터 5일 동안": five days from the 1st, not the 1st to the 5th
            got = m.groupdict()  # (a group a language's data lacks is absent)
            n = (
                int(got["n"] or got.get("nd") or 0)
                if got["n"] or got.get("nd")
                else words[got["w"]]
            )
            day = f.get("d0", f["d"])
            end = int(day) + n - 1
            month_end = _MONTH_DAYS.get(g.months.get(f.get("m", ""), 0), 31)
            if n > 1 and end <= month_end:  # within the month (a day it lacks is an error)
                kind = "days_m" if a.kind == "dm" else a.kind  # (a span's kind, day first)
                out.append(
                    a._replace(end=m.end(), kind=kind, fields={**f, "d0": day, "d": str(end)})
                )
            elif n > 1 and (last := next_month_day(a, end, g)) is not None:
                out.append(a._replace(end=m.end(), kind="range", fields={}, low=a, high=last))
        else:
            out.append(a)
    return out


def _count_after(
    a: Candidate,
    folded: str,
    patterns: tuple[re.Pattern[str], re.Pattern[str]],
    froms: frozenset[str],
) -> re.Match[str] | None:
    """The opening word and count of days after the first day of ``a``: right after ``a``,
    or, when the grammar read the count as a span's last day ("1일부터 5일 동안", "27일부터
    3박4일"), from the opening word inside ``a``; ``None`` unless it reaches past ``a``."""
    first, rest = patterns
    if "d0" not in a.fields:
        glued = any(folded.endswith(word, a.start, a.end) for word in froms)
        return (rest if glued else first).match(folded, a.end)
    for word in froms:
        k = folded.find(word, a.start, a.end)
        if k >= 0 and (m := first.match(folded, k)) is not None and m.end() > a.end:
            return m
    return None


def next_month_day(a: Candidate, end: int, g: Grammar) -> Candidate | None:
    """The day ``end`` of ``a``'s month (a day and month) as a day of the next month when it
    runs past the month's last ("25 नवंबर से 10 दिनों तक": to 4 December), or ``None`` (a
    count past the next month, or from a February day, whose month length the year decides)."""
    month = g.months.get(a.fields.get("m", ""))
    if a.kind != "dm" or month not in _MONTH_DAYS or end - _MONTH_DAYS[month] > 28:
        return None
    after = month % 12 + 1
    name = next((w for w, k in g.months.items() if k == after and w.isalpha()), None)
    if name is None:
        return None
    fields = {"d": str(end - _MONTH_DAYS[month]), "m": name}
    return a._replace(start=a.end, kind="dm", fields=fields)


def counted_in_match(fields: dict[str, str], folded: str, m: re.Match[str], g: Grammar) -> bool:
    """Whether ``m``, read as a span of two days alone ("15일부터 3일") before a word of
    duration, joins a first day and a count of days by an opening word of the language's
    ``day_count_spans``; if so ``fields`` take the span's last day (the first plus the count
    less one: "15일부터 3일 동안" is the 15th to the 17th). A count past the month's 31st or
    of one day leaves the match unread."""
    patterns = _patterns(g.langs)
    first, n = fields.get("d0", ""), fields.get("d", "")
    if patterns is None or not (first.isdigit() and n.isdigit()):
        return False
    text = folded[m.start() : m.end()]
    head = text.split(first, 1)[1] if first in text else ""
    if not any(f" {head}".lstrip(" 0123456789").lstrip(" 일日").startswith(w) for w in patterns[3]):
        return False
    end = int(first) + int(n) - 1
    if int(n) < 2 or end > 31:
        return False
    fields["d"] = str(end)
    return True


def duration_not_count(fields: dict[str, str], folded: str, m: re.Match[str], g: Grammar) -> bool:
    """Whether a word of duration follows the day (or days) ``m`` ("3일간", "3日間", "15 ngày
    qua"; "1일 1회": once a day), so that it is no day, unless the match is a first day and a
    count of days (:func:`counted_in_match`)."""
    if not duration_follows(folded, m.end(), g.vocab.lists, g.vocab.counts):
        return False
    return not counted_in_match(fields, folded, m, g)
