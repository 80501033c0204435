"""A text that is one date of a common shape, read whole: the fast path of ``parse_date``.

Most texts given to :func:`~citydiplo.parse_date` are a date and nothing else: "6 March 2025",
"2025年3月6日", "April 2024", "3 days ago", "yesterday", "10 мая". For them the general
pipeline (one search of the grammar's thirty-odd alternatives, the checks of every match, the
joining of neighbours, the resolver's dispatch) does much work that cannot change the answer.
:func:`read_whole` matches the whole folded text against a small pattern of a few shapes, built
from the same data as the grammar (the grammar's month names, year and day suffixes, year
words, relative phrases, counted spans and number words), and returns the candidate the
general scan would return, or ``None`` when the text has any other shape. It never decides
more than the scan would: ranges, weekdays, approximate words, numeric dates, Solar Hijri
months, text around the date and anything else unusual go to the general pipeline.

The shapes (``ymd``, ``dmy``, ``mdy``, ``my``, ``ym``, ``y`` with a year word or suffix,
``dm``, ``md``, ``ago``, ``phrase``) carry the grammar's kind names and field names, so the
resolver treats a candidate from here as it treats one from the scan. A test checks, over
generated texts of every shape in all ten languages, that ``parse_date`` gives the same value
with and without this path.
"""

from __future__ import annotations

import functools
import importlib
import re
from typing import TYPE_CHECKING, Any

from citydiplo._text._between import listed_not_spanned
from citydiplo._text._fast import per_grammar
from citydiplo._text._first import guarded_with_prefixes, optional_as_branch, sequence_guard
from citydiplo._text._lexicon import _END_WORD, APART, LB, RB, Grammar, alternation
from citydiplo._text._scan import Candidate, _plausible_bare_year, bare_year_ok
from citydiplo._text._stated_starts import stated_start

__all__ = ["ABSOLUTE", "Whole", "read_whole", "whole"]

if TYPE_CHECKING:
    from citydiplo._text._fast import per_grammar
from citydiplo._text._first import Prefix

# the ``re`` module's own parser and compiler (private, untyped: read through ``Any``), to
# parse the pattern once for both its width and its compiled form
_parser: Any = importlib.import_module("re._parser")
_compiler: Any = importlib.import_module("re._compiler")

# shapes whose value is the stated year, month and day, whatever ``ref`` and the tense
ABSOLUTE = frozenset({"ymd", "dmy", "mdy", "my", "ym", "y"})


def _alt(words: frozenset[str] | set[str]) -> str:
    return alternation({w for w in words if w})


@functools.cache
def _boundaries() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The grammar's boundaries, tested on a word: may a date end right before it (its first
    character), may one start right after it (its last)."""
    return re.compile(RB), re.compile(rf"{LB}\Z")


def _around(found: frozenset[str], *, left: bool, right: bool) -> str:
    """The words ``found`` after a year (``left``) and/or before one (``right``): glued to it
    where the grammar's boundary allows (a CJK or Hangul word: "2003年以来", "从2021年"),
    else across a space ("since 2003"). The boundaries are decided here, once per word, so
    that the pattern does not test them at each match."""
    ends_before, starts_after = _boundaries()
    by_spaces: dict[tuple[str, str], set[str]] = {}
    for w in found:
        if w:
            before = (" ?" if ends_before.match(w) else " ") if left else ""
            after = (" ?" if starts_after.search(w) else " ") if right else ""
            by_spaces.setdefault((before, after), set()).add(w)
    branches = [f"{b}{alternation(ws)}{a}" for (b, a), ws in sorted(by_spaces.items())]
    return "(?:" + "|".join(branches) + ")" if branches else "(?!)"


class Whole:
    """The whole-text pattern of one grammar and how to read its matches: per shape, the
    number of its own group, its kind and its fields' names and group numbers."""

    def __init__(self, g: Grammar) -> None:
        v, words = g.vocab, g.words
        months = _alt({m for m in g.months if m not in g.hijri_months})
        # the tokens as the grammar writes them (``_lexicon._patterns``), boundaries included
        day = r"(?P<d>(?:[12]\d|3[01]|0?[1-9])(?!\d))"
        year = r"(?P<y>\d{4})"
        ysfx = f"(?: ?{_alt(words['year_suffixes'])}{_END_WORD})?" if words["year_suffixes"] else ""
        dsfx = f"(?:{_alt(words['day_suffixes'])})?" if words["day_suffixes"] else ""
        pfx = f"(?:{_alt(words['prefixes'])}-?)?" if words["prefixes"] else ""
        sfx = f"(?:{_alt(words['suffixes'])})?" if words["suffixes"] else ""
        month = rf"{pfx}(?P<m>{months})(?:(?<=\d)(?!\d)|(?<!\d))\.?{sfx}"
        # a full date may be followed by the time of day in figures ("27.06.2018 12:30"),
        # which the scan reads as no date
        time = r"(?:(?:,? |,)(?P<time>(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?))?"
        figures = r"(?P<mn>\d{1,2})"
        # a date and the same date less its last part share one shape ("ymd" or "ym" by
        # whether the day is there): each month name is written into the pattern once per
        # order, which halves the pattern
        shapes = [
            ("ymd/ym", rf"{year}{ysfx} ?{month}(?: ?{day}{dsfx}{time})?"),
            # a comma between day and month only before a year ("6, March 2025")
            ("dmy/dm", rf"{day}{dsfx}(?P<c> ?,)? ?{month}(?:,? ?{year}{ysfx}{time})?"),
            ("mdy/md", rf"{month.removesuffix(sfx)} ?{day}{dsfx}(?:,? ?{year}{ysfx}{time})?"),
            # dates in figures, as the grammar writes them: their order (and whether they
            # are ambiguous) is the resolver's
            ("ymd_num", rf"{year}(?P<s>[-/.]){figures}(?P=s)(?P<d>\d{{1,2}}){time}"),
            ("dmy_num", rf"(?P<d>\d{{1,2}})(?P<s>[./-]){figures}(?P=s){year}{time}"),
            ("my", rf"{month},? ?{year}{ysfx}"),
        ]
        if "fa" not in g.langs:  # a Persian year alone may be Solar Hijri
            if words["year_words"]:
                shapes.append(("y", rf"{_alt(words['year_words'])} ?{year}{ysfx}"))
            if words["year_suffixes"]:
                shapes.append(("y", rf"{year} ?{_alt(words['year_suffixes'])}{_END_WORD}"))
        count = rf"(?P<n>\d{{1,4}}(?!\d)|{_alt(set(v.counts))}){APART}"
        with_prefix = {suffix for prefix, suffix in v.counted if prefix}
        without_prefix = {suffix for prefix, suffix in v.counted if not prefix}
        if with_prefix:
            prefixes = _alt({prefix for prefix, _ in v.counted if prefix})
            shapes.append(("ago", rf"(?P<rp>{prefixes}) ?{count} ?(?P<rs>{_alt(with_prefix)})"))
        if without_prefix:
            shapes.append(("ago", rf"{count} ?(?P<rs>{_alt(without_prefix)})"))
        if v.phrases:  # ("차주" alone is a car's owner: :mod:`._week_phrases`)
            alone = set(v.phrases) - v.lists.get("weekday_only_phrases", frozenset())
            shapes.append(("phrase", f"(?P<ph>{_alt(alone)})"))
        # years joined into a range ("2021–2025", "from 2021 to 2025", "2021년부터 2025년까지")
        # or an open one ("since 2003", "2003年以来"): each year as the grammar reads one
        # alone, between the same boundaries; the connectors and the words before and after
        # the scan accepts
        yw = f"(?:{_alt(words['year_words'])} ?)?" if words["year_words"] else ""
        ys = f"(?: ?{_alt(words['year_suffixes'])}{_END_WORD})?" if words["year_suffixes"] else ""

        def atom(name: str) -> str:
            return rf"(?P<{name}a>{yw}(?P<{name}>\d{{4}}){ys})"

        def around(key: str, *, left: bool, right: bool) -> str:
            return _around(words[key], left=left, right=right)

        if words["range_connectors"]:
            prefix = f"(?:{around('range_prefixes', left=False, right=True)})?"
            joint = around("range_connectors", left=True, right=True)
            suffix = f"(?:{around('range_suffixes', left=True, right=False)})?"
            shapes.append(("range", f"{prefix}{atom('lo')}{joint}{atom('hi')}{suffix}"))
        if words["open_prefixes"]:
            prefix = around("open_prefixes", left=False, right=True)
            shapes.append(("open", f"{prefix}{atom('lo')}"))
        if words["open_suffixes"]:
            suffix = around("open_suffixes", left=True, right=False)
            shapes.append(("open", f"{atom('lo')}{suffix}"))
        bodies = []
        starts: list[frozenset[Prefix]] = []
        self.table: dict[int, tuple[str, tuple[str, ...], tuple[str, ...]]] = {}
        for i, (kind, body) in enumerate(shapes):
            names = tuple(dict.fromkeys(re.findall(r"\(\?P<(\w+)>", body)))
            renamed = re.sub(r"\(\?P<(\w+)>", rf"(?P<\1_{i}>", body)
            renamed = re.sub(r"\(\?P=(\w+)\)", rf"(?P=\1_{i})", renamed)
            bodies.append(f"(?P<W{i}>{renamed})")
            # the first characters of its texts (see ``_first``)
            starts.append(guarded_with_prefixes(renamed, 3)[1])
            self.table[i] = (kind, names, tuple(f"{n}_{i}" for n in names))
        # all shapes behind one lookahead for the first characters of any: a text of no such
        # shape is mostly rejected by one test (a guard per shape made the pattern twice as
        # large for no measurable gain)
        outer = sequence_guard([frozenset().union(*starts)], 3) or ""
        # parsed once, for its width and its compiled form (optional groups as branches: the
        # same matches, see ``_first.optional_as_branch``)
        parsed = _parser.parse(optional_as_branch(f"{outer}(?:{'|'.join(bodies)})"))
        # the longest text the pattern can match (it has no unbounded repeat)
        self.longest: int = parsed.getwidth()[1]
        self.pattern: re.Pattern[str] = _compiler.compile(parsed)
        # what such a text can end with: a figure, a month's name or its dot, or a word of
        # the lists the shapes end with (a character left out would only cost the fast path
        # a text it could read, never a wrong answer: it then goes to the general pipeline)
        ending = [*g.months, *v.phrases, *(suffix for _, suffix in v.counted)]
        for key in ("day_suffixes", "year_suffixes", "suffixes", "range_suffixes", "open_suffixes"):
            ending.extend(words[key])
        self.last = frozenset("0123456789.").union(w[-1] for w in ending if w)
        # and begin with (the same way)
        opening = [*g.months, *v.phrases, *v.counts, *(prefix for prefix, _ in v.counted)]
        for key in ("prefixes", "year_words", "range_prefixes", "open_prefixes"):
            opening.extend(words[key])
        self.first = frozenset("0123456789").union(w[0] for w in opening if w)
        # a text ending in a word that opens a span, read by the shapes as a plain suffix
        # ("2022년 11월부터": the month's "부터", from November 2022 on): the scan's reading
        self.open_ends = tuple(sorted(w for w in words["open_suffixes"] if len(w) > 1))
        index = self.pattern.groupindex
        self.by_group = {
            index[f"W{i}"]: (kind, names, tuple(index[gr] for gr in groups))
            for i, (kind, names, groups) in self.table.items()
        }


# Texts of more words than this are left to the general pipeline without trying the pattern:
# the shapes' common texts have at most four words ("from 2021 to 2025", "13 मार्च 2013
# 11:15:09"), and trying the pattern on a sentence costs more than it saves on the rare long
# date (on the corpora in ``bench/``). A speed choice only: either way the answer is the same.
_SPACES = 3

_WHOLE: dict[int, tuple[Grammar, Whole]] = {}


def whole(g: Grammar) -> Whole:
    """The whole-text pattern of ``g``, built on first use."""
    found = _WHOLE.get(id(g))  # (``per_grammar``'s look-up, without its call)
    if found is not None and found[0] is g:
        return found[1]
    return per_grammar(_WHOLE, g, Whole)


def read_whole(folded: str, g: Grammar) -> Candidate | None:
    """The candidate the whole of ``folded`` is, if it is one date of a common shape.

    >>> from citydiplo._text._lexicon import grammar
    >>> found = read_whole("6 march 2025", grammar(("en",)))
    >>> found.kind, found.fields
    ('dmy', {'d': '6', 'm': 'march', 'y': '2025'})
    >>> read_whole("6 march 2025 and more", grammar(("en",))) is None
    True
    """
    if folded.count(" ") > _SPACES:
        return None  # a sentence: too long to be worth trying
    w = whole(g)
    if len(folded) > w.longest or folded[-1:] not in w.last or folded[:1] not in w.first:
        return None  # no text of these shapes
    m = w.pattern.fullmatch(folded)
    if m is None:
        return None
    kind, names, groups = w.by_group[m.lastindex]  # type: ignore[index,unused-ignore]
    if kind in ("range", "open"):
        return _span_of_years(m, kind, names, groups, g)
    if w.open_ends and folded.endswith(w.open_ends):
        return None  # "2022년 11월부터": a span that opens, which the scan reads
    if len(groups) > 1:  # (a loop, not a comprehension: its own call costs on this path)
        fields: dict[str, str] = {}
        for n, v in zip(names, m.group(*groups), strict=True):
            if v is not None:
                fields[n] = v
    else:
        fields = {names[0]: m.group(groups[0])}
    end = len(folded)
    if "/" in kind:  # a date with its last part ("ymd") or without ("ym")
        kind = kind.split("/")[0 if ("d" if kind == "ymd/ym" else "y") in fields else 1]
        if fields.pop("c", None) is not None and kind == "dm":
            return None  # "6, March": the scan reads no day and month across a comma
    if "time" in fields:  # the date ends before its time, as the scan's candidate does
        end = m.start(groups[names.index("time")])
        end -= len(folded[:end]) - len(folded[:end].rstrip(" ,"))
        del fields["time"]
    fields.pop("s", None)  # the separator of figures, a field the scan does not keep
    if kind == "ago" and (fields.get("rp", ""), fields["rs"]) not in g.vocab.counted:
        return None
    if kind == "y" and not _plausible_bare_year(int(fields["y"]), g):
        return None  # as the scan checks every year read alone
    if kind in ("ymd", "ym") and not _plausible_bare_year(int(fields["y"]), g):
        gap = folded[m.end(groups[names.index("y")]) : m.start(groups[names.index("m")])]
        if not gap.strip():
            return None  # "1299 tháng 10": a year with no word of its own before the month
    return _NEW(Candidate, (0, end, kind, fields, None, None, False, None))  # (no ``__new__`` call)


_NEW = tuple.__new__


def _span_of_years(
    m: re.Match[str], kind: str, names: tuple[str, ...], groups: tuple[int, ...], g: Grammar
) -> Candidate | None:
    """A range or open range of years, with its ends as the scan makes them."""
    number = dict(zip(names, groups, strict=True))
    ends = []
    for end in ("lo", "hi") if kind == "range" else ("lo",):
        fields = {"y": m.group(number[end])}
        start, stop = m.span(number[end + "a"])
        if not bare_year_ok(fields, m.string, start, stop, g):
            return None  # as the scan checks every year read alone
        ends.append(Candidate(start, stop, "y", fields))
    if kind == "open":
        opened = Candidate(0, m.end(), "open", {}, low=ends[0], open_end=True)
        # "از سال ۱۳۸۲": the year, as the scan reads it (a Solar Hijri year in Persian)
        return opened if stated_start(opened, m.string, g) is opened else None
    gap = m.string[ends[0].end : ends[1].start].strip()
    if listed_not_spanned(m.string, ends[0], ends[1], gap, g):
        return None  # "בשנים 2019 ו-2021": two years (the scan says so)
    return Candidate(0, m.end(), "range", {}, low=ends[0], high=ends[1])
