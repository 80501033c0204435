"""Counted spans with a second count: "in 2 years 3 months", "two years and three months ago",
"לפני שנתיים ושלושה חודשים" (two years and three months ago).

A counted span ("ago") takes in a second count that lies between it and its neighbours, so that
no part of what the text states is dropped. The two counts are joined by a comma or by a word of
the language's ``compound_links`` ("and", "и", "và", "અને"; Hebrew's "ו" is written glued to
the next word: ``compound_glued_links``). A language may name a count and its unit in one word
(Hebrew's dual "חודשיים", two months): ``counted_unit_words`` gives each its unit and count;
such a word is also the second piece, and a relative phrase that reads as a count ("לפני
שנתיים": two years ago) takes a second piece after it as a counted span does. A second piece
followed by a word that ends a counted pattern ("ago", "later") or one of ``compound_stops``
("לאחר מכן": after that) is a span of its own.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from citydiplo._text._fast import per_grammar
from citydiplo._text._lexicon import load_data
from citydiplo._text._words import alternation, starts_with_word

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["compound"]


@functools.lru_cache(maxsize=64)
def _pieces(
    langs: tuple[str, ...],
) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, tuple[str, int]], frozenset[str]]:
    """A count and a unit word ("2 years", "3 месяца") after and before a counted span, and
    the words that are a count and a unit in one ("חודשיים")."""
    from citydiplo._text._lexicon import grammar
    from citydiplo._text._numerals import fold_word

    g = grammar(langs)
    v = g.vocab
    links, glued, counted, stops = set(g.words["range_connectors"]), set(), {}, set()
    for lang in langs:
        data = load_data(lang)
        links |= {fold_word(w) for w in data.get("compound_links", ())}
        glued |= {fold_word(w) for w in data.get("compound_glued_links", ())}
        stops |= {fold_word(w) for w in data.get("compound_stops", ())}
        for word, (unit, n) in data.get("counted_unit_words", {}).items():
            counted[fold_word(word)] = (unit, int(n))
    # a count word stands apart from its unit: "and" is no "an d" (one day)
    number = rf"(?P<n2>\d{{1,3}}|(?:{alternation(frozenset(v.counts))})(?= ))"
    unit = rf"(?P<u2>{alternation(frozenset(v.unit_words))})"
    one = f"|(?P<w2>{alternation(frozenset(counted))})" if counted else ""
    glue = f"|,? ?(?:{alternation(frozenset(glued))})" if glued else ""
    joint = rf"(?:,? ?(?:{alternation(frozenset(links))}) |, ?{glue})?"
    after = re.compile(rf"{joint} ?(?:{number} ?{unit}{one})(?!\w)")
    before = re.compile(rf"(?<!\w){number} ?{unit}{joint} ?$")
    return after, before, counted, frozenset(stops)


def _counts(a: Candidate, g: Grammar) -> bool:
    """Whether ``a`` is a counted span: "3 days ago", or a phrase that moves by whole units
    ("לפני שנתיים": two years ago)."""
    if a.kind == "ago":
        return True
    readings = g.vocab.phrases.get(a.fields.get("ph", ""), frozenset())
    if a.kind != "phrase" or len(readings) != 1:
        return False
    reading, phrase = next(iter(readings)), a.fields["ph"]
    counted = any(phrase.startswith(f"{p} ") for p in g.vocab.count_prefixes)  # not "last year"
    return counted and reading.kind in ("count", "offset") and reading.unit in _UNITS


_UNITS = frozenset({"year", "month", "week", "day"})


def _ends(g: Grammar) -> frozenset[str]:
    """The words after the unit of a counted pattern ("ago", "later", "לאחר מכן") and the
    words that stop a compound, built once per grammar (one set: its hash is kept)."""
    stops = _pieces(g.langs)[3]
    return frozenset(s.split(" ", 1)[1] for s in g.vocab.count_suffixes if " " in s) | stops


_ENDS: dict[int, tuple[Grammar, frozenset[str]]] = {}


def compound(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``atoms`` with each counted span taking in a second count beside it."""
    if not g.vocab.unit_words:
        return atoms
    after, before, counted, _ = _pieces(g.langs)
    # the words after the unit of a counted pattern ("ago", "later", "לאחר מכן")
    ends = per_grammar(_ENDS, g, _ends)
    out: list[Candidate] = []
    for i, a in enumerate(atoms):
        if _counts(a, g):
            # the second count lies between this span and its neighbours, never inside them
            low = out[-1].end if out else 0
            high = atoms[i + 1].start if i + 1 < len(atoms) else len(folded)
            opened = "rp" in a.fields or a.kind == "phrase"
            m = after.match(folded, a.end, high) if opened else None
            if m is not None and starts_with_word(folded[m.end() : m.end() + 24].lstrip(), ends):
                m = None  # "two years ago, and three months later": another span
            if m is not None:
                if m.groupdict().get("w2"):
                    unit, n = counted[m["w2"]]
                    piece = {"n2": str(n), "u2": unit}
                else:
                    piece = {"n2": m["n2"], "u2": g.vocab.unit_words[m["u2"]]}
                a = a._replace(end=m.end(), fields={**a.fields, **piece})
            elif a.kind == "ago":
                head = max(low, a.start - 32)
                m = before.search(folded[head : a.start])
                if m is not None:
                    start = head + m.start()
                    fields = {**a.fields, "n2": m["n2"], "u2": g.vocab.unit_words[m["u2"]]}
                    a = a._replace(start=start, fields=fields)
        out.append(a)
    return out
