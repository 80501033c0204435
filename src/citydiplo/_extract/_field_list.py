"""A tie word listed among the fields of an exchange is a topic, not a tie.

"武汉市与大分市将在经贸、文化、友城交流等多领域开展合作" (Wuhan and Oita will cooperate in many
fields: trade, culture, friendship-city exchange ...), "在农业、教育、文化、友城等领域开展交流":
the partnership word is one item of a list of fields, beside "经贸" and "文化"; the sentence
says what the two sides will work on, not that they are (or become) partners.

Rule: a partnership candidate is dropped (and listed in ``Extraction.skipped``) when its cue
is an item of a list whose neighbouring item is a field: a list separator ("、", ",", "，",
"·") stands right before the cue (spaces apart) and the item before that separator holds one
of the language's field words (the ``fields`` of its slot data file: "经贸", "文化",
"culture", "kinh tế"...) at its end, or a separator follows the cue's item (at most ``_TAIL``
characters after the cue: "友城结好、") and the item after it opens with a field word. A
clause before a comma that only holds a field word far from its end ("孫中山文化祭開幕式に出席
するため、友好都市である中山市": to attend the culture festival's opening, [visited] the
friendship city) is no item of a list. Items are
read back or on up to the next separator, within ``_ITEM`` characters and the cue's clause.
A list of places ("大分市、友好城市") holds no field word and is left alone.
"""

from __future__ import annotations

from functools import cache

from citydiplo._extract._sentence import Candidate, Sentence, clause_of

__all__ = ["without_field_items"]

_SEPARATORS = ("、", ",", "，", "·")
_TAIL = 4  # "友城" + "结好" before the separator
_ITEM = 12  # "人才培养", "smart city development"


@cache
def _fields(lang: str) -> tuple[str, ...]:
    from citydiplo._extract._cues import LANGUAGES
    from citydiplo._extract._slotdata import slot_data

    if lang not in LANGUAGES:
        return ()
    fields = slot_data(lang).get("fields", {})
    return tuple(sorted({w.lower() for ws in fields.values() for w in ws}))


def _holds_field(item: str, fields: tuple[str, ...], *, before: bool) -> bool:
    """Whether a field word ends ``item`` (the item before the cue) or opens it (the item
    after), at most ``_TAIL`` characters from that edge: "在经贸", "经贸合作" are fields, while
    "文化祭開幕式に出席するため" is a clause that only holds "文化" far from its end."""
    item = item.lower().strip()
    return any(w in (item[-(len(w) + _TAIL):] if before else item[:len(w) + _TAIL])
               for w in fields)


def _field_item(c: Candidate, text: str, fields: tuple[str, ...]) -> bool:
    c0, c1 = clause_of(c.sentence, c.cue.start)
    head = text[max(c0, c.cue.start - _ITEM - 2):c.cue.start].rstrip()
    if head and head[-1] in _SEPARATORS:
        item = head[:-1]
        cut = max(item.rfind(s) for s in _SEPARATORS)
        if _holds_field(item[cut + 1:], fields, before=True):
            return True
    tail = text[c.cue.end:min(c1, c.cue.end + _TAIL + 1 + _ITEM)]
    at = min((i for i in (tail.find(s) for s in _SEPARATORS) if 0 <= i <= _TAIL), default=-1)
    if at < 0:
        return False
    rest = tail[at + 1:]
    ends = [i for i in (rest.find(s) for s in _SEPARATORS) if i >= 0]
    return _holds_field(rest[:min(ends)] if ends else rest, fields, before=False)


def without_field_items(cands: list[Candidate], text: str, lang: str,
                        skipped: list[tuple[Sentence, str]]) -> list[Candidate]:
    """``cands`` without the partnership words listed among fields (module docstring).

    >>> from citydiplo import extract
    >>> t = "合肥市与久留米市在农业、教育、文化、友城等领域开展交流与合作。"
    >>> [r.type for r in extract(t, lang="zh").records]
    []
    >>> t = ("守口市友好訪問団は、第1回孫中山文化祭開幕式に出席するため、友好都市である中国広東省・"
    ...      "中山市を訪問しました。")
    >>> [r.type for r in extract(t, lang="ja").records if r.type == "partnership"]
    ['partnership']
    >>> t = "合肥市与久留米市于1980年缔结为友好城市。"
    >>> [r.type for r in extract(t, lang="zh").records]
    ['partnership']
    """
    fields = _fields(lang)
    if not fields:
        return cands
    out = []
    for c in cands:
        if c.type == "partnership" and _field_item(c, text, fields):
            skipped.append((c.sentence, "a partnership word listed among fields of exchange"))
            continue
        out.append(c)
    return out
