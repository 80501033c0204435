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

import importlib
import re
from typing import Any

from citydiplo._text._lexicon import _END_WORD, Grammar, alternation
from citydiplo._text._scan import Candidate, _plausible_bare_year

__all__ = ["ABSOLUTE", "Whole", "read_whole", "whole"]

# the ``re`` module's own parser (private, untyped: read through ``Any``), for the width
_parser: Any = importlib.import_module("re._parser")

# shapes whose value is the stated year, month and day, whatever ``ref`` and the tense
ABSOLUTE = frozenset({"ymd", "dmy", "mdy", "my", "ym", "y"})


def _alt(words: frozenset[str] | set[str]) -> str:
    return alternation({w for w in words if w})


class Whole:
    """The whole-text pattern of one grammar and how to read its matches: per shape, the
    number of its own group, its kind and its fields' names and group numbers."""

    def __init__(self, g: Grammar) -> None:
        self.g = g  # kept so that the id this is cached under is never reused
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
        shapes = [
            ("ymd", rf"{year}{ysfx} ?{month} ?{day}{dsfx}"),
            ("dmy", rf"{day}{dsfx} ?,? ?{month},? ?{year}{ysfx}"),
            ("mdy", rf"{month} ?{day}{dsfx},? ?{year}{ysfx}"),
            ("my", rf"{month},? ?{year}{ysfx}"),
            ("ym", rf"{year}{ysfx} ?{month}"),
            ("dm", rf"{day}{dsfx} ?{month}"),
            ("md", rf"{month} ?{day}{dsfx}"),
        ]
        if "fa" not in g.langs:  # a Persian year alone may be Solar Hijri
            if words["year_words"]:
                shapes.append(("y", rf"{_alt(words['year_words'])} ?{year}{ysfx}"))
            if words["year_suffixes"]:
                shapes.append(("y", rf"{year} ?{_alt(words['year_suffixes'])}{_END_WORD}"))
        count = rf"(?P<n>\d{{1,4}}(?!\d)|{_alt(set(v.counts))})"
        with_prefix = {suffix for prefix, suffix in v.counted if prefix}
        without_prefix = {suffix for prefix, suffix in v.counted if not prefix}
        if with_prefix:
            prefixes = _alt({prefix for prefix, _ in v.counted if prefix})
            shapes.append(("ago", rf"(?P<rp>{prefixes}) ?{count} ?(?P<rs>{_alt(with_prefix)})"))
        if without_prefix:
            shapes.append(("ago", rf"{count} ?(?P<rs>{_alt(without_prefix)})"))
        if v.phrases:
            shapes.append(("phrase", f"(?P<ph>{_alt(set(v.phrases))})"))
        bodies = []
        self.table: dict[int, tuple[str, tuple[str, ...], tuple[str, ...]]] = {}
        for i, (kind, body) in enumerate(shapes):
            names = tuple(dict.fromkeys(re.findall(r"\(\?P<(\w+)>", body)))
            renamed = re.sub(r"\(\?P<(\w+)>", rf"(?P<\1_{i}>", body)
            bodies.append(f"(?P<W{i}>{renamed})")
            self.table[i] = (kind, names, tuple(f"{n}_{i}" for n in names))
        self.pattern = re.compile("|".join(bodies))
        # the longest text the pattern can match (it has no unbounded repeat)
        self.longest: int = _parser.parse(self.pattern.pattern).getwidth()[1]
        index = self.pattern.groupindex
        self.by_group = {
            index[f"W{i}"]: (kind, names, tuple(index[gr] for gr in groups))
            for i, (kind, names, groups) in self.table.items()
        }


# by the grammar's id (a grammar is not hashable, and is cached for the life of the process)
_WHOLE: dict[int, Whole] = {}


def whole(g: Grammar) -> Whole:
    """The whole-text pattern of ``g``, built on first use."""
    found = _WHOLE.get(id(g))
    if found is None or found.g is not g:
        found = _WHOLE[id(g)] = Whole(g)
    return found


def read_whole(folded: str, g: Grammar) -> Candidate | None:
    """The candidate the whole of ``folded`` is, if it is one date of a common shape.

    >>> from citydiplo._text._lexicon import grammar
    >>> read_whole("6 march 2025", grammar(("en",)))
    Candidate(start=0, end=12, kind='dmy', fields={'d': '6', 'm': 'march', 'y': '2025'}, \
low=None, high=None, open_end=False)
    >>> read_whole("6 march 2025 and more", grammar(("en",))) is None
    True
    """
    w = whole(g)
    if len(folded) > w.longest:  # longer than any text of these shapes
        return None
    m = w.pattern.fullmatch(folded)
    if m is None:
        return None
    kind, names, groups = w.by_group[m.lastindex]  # type: ignore[index]
    # every field of a shape is required: none is None
    if len(groups) > 1:
        fields = dict(zip(names, m.group(*groups), strict=True))
    else:
        fields = {names[0]: m.group(groups[0])}
    if kind == "ago" and (fields.get("rp", ""), fields["rs"]) not in g.vocab.counted:
        return None
    if kind == "y" and not _plausible_bare_year(int(fields["y"]), g):
        return None  # as the scan checks every year read alone
    return Candidate(0, len(folded), kind, fields)
