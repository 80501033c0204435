"""Dates that anchor a counted offset: "через неделю после 5 марта 2020 года" (a week after
5 March 2020), "2020년 3월 5일 이후 3일" (three days after), "2020年3月5日の3日後",
"2020年3月5日后三天", "5 मार्च 2020 के 3 दिन बाद".

The text states a day counted from a date it names. The grammar does not compute such an
offset, so neither part is read: the count alone would be counted from ``ref`` (the
publication date) and the day alone ("3일") would be a day of ``ref``'s month, and the anchor
alone would be a date the text does not mean. Three shapes, with the per-language words
``offset_links`` (what joins a count to its anchor: "после", "이후", "の", "后", "के") and
``offset_units`` (units counted after a link when the count is no expression of its own:
"天", "दिन"):

- a date, a link and a counted expression ("2020년 3월 5일 이후 3일", "…の3日後"), or the
  expression right after the date ("2020년 3월 5일 3일 후");
- a counted expression, a link and a date ("через неделю после 5 марта"), or the date
  right after an expression that counts forward ("hai tuần sau 5/3/2020");
- a date, a link, a count and a unit ("2020年3月5日后三天", "…के 3 दिन बाद",
  "5 માર્ચ 2020 પછી ત્રણ દિવસે"), or a count, a unit and a link before the date ("3 дня
  спустя после 5 марта", "a month after the 5 March 2020 signing"); a count that is the day
  of another date is none ("3月3日から3月15日まで").

A link that also joins a span of days ("부터", "から") joins one when a day alone follows:
"5월 5일부터 7일까지" stays the span.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from citydiplo._text._records import record_span
from citydiplo._text._words import alternation

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate
    from citydiplo._text._vocab import Reading

__all__ = ["anchored_offsets"]

_COUNTED = frozenset({"ago", "phrase"})
# (the kinds ``_relative.RELATIVE_KINDS`` resolves against ``ref``; that module imports the
# scanner, so they are named here)
RELATIVE_KINDS = frozenset({"ago", "phrase", "wd", "d_only"})
_Patterns = tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]
_PATTERNS: dict[tuple[str, ...], _Patterns | None] = {}
_CJK_END = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]$")
_FIGURES = re.compile(r"\d{1,3}")


def _patterns(g: Grammar) -> _Patterns | None:
    """A link, a count (figures, which folded text has for Han numerals, or a count word) and
    a unit after a date ("后3天", "के 3 दिन", "પછી ત્રણ દિવસે"), and a count, a unit and a link
    before one ("hai tuần sau", "3 дня спустя после", "a month after the"); and either shape
    anywhere, the one search a text without them costs."""
    if g.langs not in _PATTERNS:
        lists = g.vocab.lists
        links, units = lists.get("offset_links"), lists.get("offset_units")
        if not links or not units:
            _PATTERNS[g.langs] = None
            return None
        words = alternation(frozenset(g.vocab.counts))
        count = rf"(?:\d{{1,3}}|{words})" if words else r"\d{1,3}"
        # a unit written with spaces ends its word; one in Han or kana runs on ("三天后举行")
        unit = "|".join(
            re.escape(u) + ("" if _CJK_END.search(u) else r"(?![^\W\d])")
            for u in sorted(units, key=lambda u: (-len(u), u))
        )
        link = alternation(links)
        _PATTERNS[g.langs] = (
            re.compile(rf" ?(?:{link}) ?{count} ?(?:{unit})"),
            # (a count is a word of its own, or follows Han or kana: "2020年的3月5日" holds none)
            re.compile(rf"(?<![^\W\u3040-\u30ff\u3400-\u9fff]){count} ?(?:{unit}) ?(?:{link}) ?$"),
            re.compile(rf"(?:{link}) ?{count} ?(?:{unit})|{count} ?(?:{unit}) ?(?:{link})"),
        )
    return _PATTERNS[g.langs]


_Prepared = tuple[_Patterns | None, frozenset[str], frozenset[str] | None]
_PREPARED: dict[int, tuple[Grammar, _Prepared]] = {}


def _prepared(g: Grammar) -> _Prepared:
    """The patterns of ``g``, the last characters of its links, and the first characters a
    text after a date starts with for the first pattern to match it (a link's, or a space),
    kept by the grammar's id (as :func:`._fast.per_grammar` keeps what it builds)."""
    found = _PREPARED.get(id(g))
    if found is None or found[0] is not g:
        links = g.vocab.lists.get("offset_links", frozenset())
        # (an empty link would let the pattern start with the count: then any character)
        firsts = None if "" in links else frozenset(w[:1] for w in links) | {" "}
        found = _PREPARED[id(g)] = (g, (_patterns(g), frozenset(w[-1:] for w in links), firsts))
    return found[1]


def _counts(c: Candidate, g: Grammar) -> bool:
    """Whether ``c`` counts units from a day ("3日後", "через неделю", "3일")."""
    if c.kind == "ago" or c.kind == "d_only":
        return True
    if c.kind != "phrase":
        return False
    return any(r.kind == "count" for r in g.vocab.phrases.get(c.fields.get("ph", ""), ()))


def _span_of_counted_units(a: Candidate, folded: str, g: Grammar) -> bool:
    """Whether ``a`` counts units over a span rather than to a day: a counted expression after
    a word of ``span_before_counts`` ("છેલ્લા ત્રણ વર્ષમાં": in the last three years, not in
    three years), or a phrase for last or next year, month or week after a count ("در سه
    سال گذشته": in the past three years, not last year). A day phrase that is a unit of
    ``offset_units`` and its modifier counts the same way ("از دو روز گذشته": since two days
    ago, not yesterday); a bare word for yesterday does not ("14/7 hôm qua")."""
    head = folded[max(0, a.start - 16) : a.start].rstrip()
    if a.kind == "ago":
        words = g.vocab.lists.get("span_before_counts", frozenset())
        return (
            bool(words)
            and any(head.endswith(w) and not head[-len(w) - 1 : -len(w)].isalpha() for w in words)
        ) or record_span(a, folded, g)
    if not head or not (
        any(r.unit in ("week", "month", "year", "decade") for r in _readings(a, g))
        or _unit_led_day(a, g)
    ):
        return False
    *before, word = head.rsplit(" ", 2)
    if before and before[-1] in g.vocab.lists.get("ordinal_markers", ()):
        return False  # "thứ sáu tuần tới": Friday (the sixth day) of next week, no count
    if head[-1].isdigit():
        return True
    # the count word may be the end of a weekday's name ("ביום שני בשבוע הבא": Monday, "שני"
    # also being "two"): then the phrase names that day's week, no span of weeks
    return word in g.vocab.counts and not any(
        head.endswith(w) for w in g.vocab.weekdays if " " in w
    )


def _unit_led_day(a: Candidate, g: Grammar) -> bool:
    """Whether ``a`` is a phrase for a day that begins with a word of ``offset_units``: "روز
    گذشته" (the past day), whose unit a count before it may count."""
    phrase = a.fields.get("ph", "")
    units = g.vocab.lists.get("offset_units", frozenset())
    return any(r.unit == "day" for r in _readings(a, g)) and any(
        phrase.startswith(u + " ") for u in units
    )


def _readings(a: Candidate, g: Grammar) -> frozenset[Reading]:
    return g.vocab.phrases.get(a.fields.get("ph", ""), frozenset())


def _ends_span(atoms: list[Candidate], i: int, folded: str, g: Grammar) -> bool:
    """Whether ``atoms[i]`` ends a span from the date before it ("10月13日〜12月14日")."""
    if i == 0:
        return False
    gap = folded[atoms[i - 1].end : atoms[i].start].strip()
    return bool(gap) and gap in g.words["day_range_connectors"] | g.words["range_connectors"]


def _own_length(a: Candidate, count: str) -> bool:
    """Whether ``count`` is the length of the span of days ``a`` states itself: "8月15日~17日の
    3日間" (the 15th to the 17th, three days), never an offset counted from its end."""
    first, last = a.fields.get("d0", ""), a.fields.get("d", "")
    figures = _FIGURES.search(count)
    if not (first.isdigit() and last.isdigit() and figures is not None):
        return False
    return int(figures.group()) == int(last) - int(first) + 1


def anchored_offsets(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``atoms`` without the dates that anchor a counted offset and without their counts, and
    without counted expressions that name a span of units ("the last three years")."""
    for a in atoms:  # (a loop, not ``any``: most texts have one or two atoms)
        if a.kind in _COUNTED:
            atoms = [
                a
                for a in atoms
                if a.kind not in _COUNTED or not _span_of_counted_units(a, folded, g)
            ]
            break
    links = g.vocab.lists.get("offset_links")
    if not links or not atoms:
        return atoms
    drop: set[int] = set()
    for i in range(len(atoms) - 1):
        a, b = atoms[i], atoms[i + 1]
        if (a.kind in RELATIVE_KINDS) == (b.kind in RELATIVE_KINDS):
            continue
        gap = folded[a.end : b.start].strip(" ,")
        if a.kind not in RELATIVE_KINDS and _counts(b, g):
            # "2020년 3월 5일 이후 3일", "2020年3月5日の3日後", "2020년 3월 5일 3일 후";
            # never "5월 5일부터 7일까지"
            days = g.words["day_range_connectors"]
            if (gap in links and (b.kind != "d_only" or gap not in days)) or (
                not gap and b.kind == "ago"
            ):
                drop.update((i, i + 1))
        elif (
            b.kind not in RELATIVE_KINDS
            and a.kind in _COUNTED
            # "10年前の2008年": a count, then the date it names (an apposition), not an offset
            and gap not in g.vocab.lists.get("apposition_links", ())
            and (gap in links or (not gap and a.kind == "ago"))
            and _counts(a, g)
        ):
            drop.update((i, i + 1))  # "через неделю после 5 марта", "hai tuần sau 5/3/2020"
    patterns, ends, firsts = _prepared(g)
    if patterns is not None:
        after, before, _ = patterns
        for i, a in enumerate(atoms):
            if a.kind in RELATIVE_KINDS:
                continue
            # "2020年3月5日后三天", "5 માર્ચ 2020 પછી ત્રણ દિવસે" (a link, or a space, first)
            nxt = folded[a.end : a.end + 1]
            m = after.match(folded, a.end) if firsts is None or nxt in firsts else None
            # (a count the grammar reads itself is the end of a span: "5월 5일부터 7일까지";
            # a count after a span's end is its length: "10月13日〜12月14日の55日間")
            if (
                m is not None
                and not any(m.start() < x.start < m.end() for x in atoms)
                and not _ends_span(atoms, i, folded, g)
                and not _own_length(a, m.group())
            ):
                drop.add(i)
                continue
            low = max(0, a.start - 40)
            head = folded[low : a.start].rstrip()
            if head[-1:] not in ends:  # (no link ends right before the date)
                continue
            mb = before.search(head)
            if mb is not None and not any(
                x.start < low + mb.end() and low + mb.start() < x.end for x in atoms
            ):
                # "hai tuần sau 5/3/2020", "3 дня спустя после 5 марта 2020"; never a day of
                # another date ("3月3日から3月15日まで")
                drop.add(i)
    return [a for i, a in enumerate(atoms) if i not in drop] if drop else atoms
