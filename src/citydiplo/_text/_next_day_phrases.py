"""Two days named relative to ``ref`` and joined by "and", the second the first's next day:
"сегодня и завтра", "היום ומחר", "امروز و فردا", "આજે અને આવતીકાલે" (today and tomorrow),
"вчера и сегодня" (yesterday and today) state the span of both days, as "7 и 8 мая" does,
not two dates of which a reader must pick one.

Only a word of the language's ``and_words`` may join them (written apart, or glued as Hebrew
"ו" is: "ומחר"), and each word must have one reading: Hindi "कल" is yesterday or tomorrow,
so "आज और कल" stays unread. Two days that are not next to each other ("вчера и завтра") are
left as they are.

>>> from citydiplo import parse_date, PartialDate
>>> ref = PartialDate("2024-06-05")
>>> str(parse_date("Выставка работает сегодня и завтра", lang="ru", ref=ref))
'2024-06-05/2024-06-06'
>>> str(parse_date("היום ומחר", lang="he", ref=ref))
'2024-06-05/2024-06-06'
>>> str(parse_date("امروز و فردا ، آخرین مهلت بازدید", lang="fa", ref=ref))
'2024-06-05/2024-06-06'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["next_day_phrases"]


def _day_offset(a: Candidate, g: Grammar) -> int | None:
    """The day ``a`` names relative to ``ref`` (0 today, 1 tomorrow …), if it names one day
    with a single reading."""
    if a.kind != "phrase":
        return None
    readings = g.vocab.phrases.get(a.fields.get("ph", ""), frozenset())
    if len(readings) != 1:
        return None
    (r,) = readings
    return r.n if r.kind == "offset" and r.unit == "day" else None


def _joined(a: Candidate, b: Candidate, folded: str, ands: frozenset[str]) -> bool:
    """Whether only a word of "and" stands between ``a`` and ``b`` (or is glued to ``b``)."""
    joint = folded[a.end : b.start].strip()
    if not joint:  # "היום ומחר": the word read is "מחר", "ו" glued before it
        ph = b.fields.get("ph", "")
        head = folded[b.start : b.end]
        joint = head[: len(head) - len(ph)] if ph and head.endswith(ph) else ""
    return joint in ands


def next_day_phrases(found: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``found`` with each pair of relative days joined by "and", the second the next day
    of the first, made one span."""
    ands = frozenset(g.vocab.lists.get("and_words", ()))
    if len(found) < 2 or not ands:
        return found
    out: list[Candidate] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        n = _day_offset(a, g)
        if (
            b is not None
            and n is not None
            and _day_offset(b, g) == n + 1
            and _joined(a, b, folded, ands)
        ):
            out.append(a._replace(end=b.end, kind="range", fields={}, low=a, high=b))
            i += 2
            continue
        out.append(a)
        i += 1
    return out
