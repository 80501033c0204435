"""A relative word used as a noun, or a day count after a month, is no date.

Hebrew "היום" is both "today" and "the day": after the noun it completes it is the day of
that noun ("סדר היום": the agenda, "בשעות היום": in the daytime hours, "לאור היום": in
daylight), never the day of publication. A relative phrase right after a word of the
language's ``relative_noun_heads`` is not read.

A month and a count of days followed by a word of ``day_count_after`` ("올 3월 3일 간 개최한":
held for three days this March) is a month and a span: the count is no day of it, and the
day is not read (the month alone is not read either: the grammar reads the two together).

>>> from citydiplo import find_dates, PartialDate
>>> find_dates("הנושא עלה על סדר היום", lang="he", ref=PartialDate("2024-11-20"))
[]
>>> ref = PartialDate("2024-11-20")
>>> find_dates("올 3월 3일 간 개최한 축제", lang="ko", ref=ref)
[]
>>> [str(m.value) for m in find_dates("הטקס יתקיים היום", lang="he", ref=ref)]
['2024-11-20']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from citydiplo._text._listed_counts import listed_count
from citydiplo._text._words import duration_follows, ends_with_word, starts_with_word

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = [
    "anchored_after",
    "anchored_before",
    "day_not_a_duration",
    "relative_not_a_noun",
    "unsuffixed_days",
]

_YEAR_AFTER = re.compile(r" ?\d{3,4}(?![\d.:/-])")


def anchored_after(folded: str, end: int, g: Grammar, counted: bool = False) -> bool:
    """Whether a word of the language's ``relative_anchor_after`` (after a ``counted`` span,
    also of ``count_anchor_after``) follows ``end``: the span counts from what comes next
    ("سال بعد از جنگ": the year after the war; "через год после войны": a year after the
    war, while "в следующем году после выборов" is next year, after the elections), not from
    ``ref``."""
    lists = g.vocab.lists
    words = lists.get("relative_anchor_after", frozenset())
    if counted:
        words = words | lists.get("count_anchor_after", frozenset())
    return bool(words) and starts_with_word(folded[end : end + 16].lstrip(), words) > 0


def anchored_before(folded: str, start: int, g: Grammar) -> bool:
    """Whether the word before a counted span ending at ``start`` is of the language's
    ``count_anchor_before`` (a whole word, or a word ending when it starts with "-"): a
    genitive or ablative that makes the span count from that noun, not from ``ref``
    ("રચનાના એક વર્ષમાં": within a year of the founding; "चुनाव से दो महीने पहले": two months
    before the election), unless it is one of ``count_anchor_not`` ("आज से": from today); or
    whether the count ends a list of counts (:func:`._listed_counts.listed_count`)."""
    if listed_count(folded, start, g):
        return True  # "from 100, 50 and 15 years ago": three years, none of them read
    lists = g.vocab.lists
    entries = lists.get("count_anchor_before", frozenset())
    if not entries:
        return False
    words = folded[max(0, start - 32) : start].split()[-2:]
    before = words[-1] if words else ""
    if not before or before in lists.get("count_anchor_not", frozenset()):
        return False
    if " ".join(words) in lists.get("count_anchor_not", frozenset()):  # "आज से": from today
        return False
    endings = tuple(e[1:] for e in entries if e.startswith("-") and len(e) > 1)
    return before in entries or bool(endings and before.endswith(endings))


def relative_not_a_noun(
    fields: dict[str, str],
    folded: str,
    m: re.Match[str],
    original: str,
    where: Sequence[int],
    g: Grammar,
) -> bool:
    """Whether the relative phrase at ``m`` is not the complement of a noun before it, nor
    the noun of a year after it ("החל מהשנה 1800": from the year 1800, not this year). A
    word glued before the phrase is read only on a day's phrase ("מהיום": from today), or
    when it is the language's "and" (``and_clitics``: "ובשבוע הבא", and next week)."""
    phrase = fields.get("ph", "")
    counted = any(phrase.startswith(f"{p} ") for p in g.vocab.count_prefixes)  # "через год"
    if _YEAR_AFTER.match(folded, m.end()) or anchored_after(folded, m.end(), g, counted):
        return False
    start = m.end() - len(phrase)  # a prefix ("מהיום": from today) only on a day's phrase
    glued = folded[m.start() : start].rstrip("-")  # "ובשבוע הבא": "and", any phrase's
    if glued in g.vocab.lists.get("and_clitics", frozenset()):
        start = m.start()
    if start > m.start() and folded[start - 1] != " ":  # (not "early" of "early next year")
        readings = g.vocab.phrases.get(phrase, frozenset())
        days = ("weekday", "week_day")  # ("ביום שלישי הבא"; never "מהשנה": a year word)
        if not readings or any(r.unit != "day" and r.kind not in days for r in readings):
            return False
    heads = g.vocab.lists.get("relative_noun_heads")
    if not heads:
        return True
    head = folded[max(0, m.start() - 16) : m.start()].rstrip()
    return not ends_with_word(head, frozenset(heads))


def _glued_day(fields: dict[str, str], folded: str, m: re.Match[str], g: Grammar) -> bool:
    """Whether the match ends on the day's figures right after the month, and a word other
    than the day's suffix ("08日10点"), a time of day or a connector of a span ("6月12至15日")
    follows them."""
    end = m.end()
    if not folded[end : end + 1].isalpha() or "m" not in fields or "d" not in fields:
        return False
    if not folded.endswith(fields["m"] + fields["d"], m.start(), end):
        return False
    after = g.words["day_suffixes"] | g.vocab.lists.get("range_time_before", frozenset())
    after = after | g.words["range_connectors"] | g.words["day_range_connectors"]  # "12至15日"
    return not any(folded.startswith(w, end) for w in after)


def day_not_a_duration(
    fields: dict[str, str],
    folded: str,
    m: re.Match[str],
    original: str,
    where: Sequence[int],
    g: Grammar,
) -> bool:
    """Whether the day ending the month-and-day at ``m`` is not a count of days, nor, where
    days in figures take their suffix (``day_figures_take_suffix``), figures right after the
    month without it that run into a word ("2017年5月1版": the first edition of May; "5月1人":
    one person), unless the word is a time of day ("1月26下午闭幕")."""
    lists = g.vocab.lists
    if g.vocab.flags.get("day_figures_take_suffix") and _glued_day(fields, folded, m, g):
        return False
    if not folded[m.end() - 1 : m.end()].isalpha():  # the day's suffix ends it: "3일", "3日"
        return True
    # the two lists ``duration_follows`` reads without counts (not a copy of all the lists)
    view = {"duration_after": lists.get("day_count_after", frozenset())}
    if "counted_followers" in lists:
        view["counted_followers"] = lists["counted_followers"]
    return not duration_follows(folded, m.end(), view)


def unsuffixed_days(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``atoms`` with each year, month and day (or month and day) whose day, in figures
    without the day's suffix where the language writes one (``day_figures_take_suffix``),
    runs into a word ("1991년 7월에 9번째로": the ninth city, in July 1991) read as its year
    and month (or its month) alone: the figures count or number something, no day of the
    month. A time of day, a connector of a span or the day's suffix after the figures keeps
    the day ("1月26下午", "6月12至15日")."""
    if not g.vocab.flags.get("day_figures_take_suffix"):
        return atoms
    after = g.words["day_suffixes"] | g.vocab.lists.get("range_time_before", frozenset())
    after = after | g.words["range_connectors"] | g.words["day_range_connectors"]
    out = []
    for a in atoms:
        day, month = a.fields.get("d", ""), a.fields.get("m", "")
        if (
            a.kind in ("ymd", "md")
            and day.isdigit()
            and month
            and folded.endswith(day, a.start, a.end)
            and folded[a.end : a.end + 1].isalpha()
            and not any(folded.startswith(w, a.end) for w in after)
        ):
            cut = folded.rfind(month, a.start, a.end - len(day))
            if cut < 0:
                continue  # (the month's name not found: the figures stay unread)
            fields = {k: v for k, v in a.fields.items() if k != "d"}
            kind = "ym" if a.kind == "ymd" else "m"
            a = a._replace(end=cut + len(month), kind=kind, fields=fields)
        out.append(a)
    return out
