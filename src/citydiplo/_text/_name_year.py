"""A year in a name: "東京2020", "大会2025", "東京オリンピック2020", "도쿄2020".

Chinese, Japanese and Korean write the year a text states with its year word ("2020年",
"2024년"); four bare figures glued after a Han, kana or Hangul letter end a name (an event's
or a brand's: "東京2020" is the games held in 2021). Read as the year the text states they
are silently wrong, or right only by chance. Which languages write so is in their data
(``bare_year_glued_name``); a word of ``bare_year_glued_not_after`` before the figures
("至2025", "于2019") makes them no name. Figures glued before a name ("2024上海國際咖啡文化節")
stay a year of the name: they date the name's days ("…文化節”5月1日啟幕" is 1 May 2024), but
alone they are no date the text states ("2030 부산등록엑스포 유치": the bid for Expo 2030,
"2024 중국국제우호도시대회", "2025大阪・関西万博"), no more than a year glued after a name. So are
a year's figures, with or without the year word, right before a title's bracket ("2022年《政府
工作报告》": the report's year). The words that may follow a year without naming a thing
("2019至今", "2024 이후") are the language's ``bare_year_name_not_before``; the brackets that
open a title are its ``title_openers``.

Languages written with spaces say the same where their data set ``bare_year_after_name``:
bare figures right after a capitalised word that is no word of
``bare_year_after_name_not_after`` ("in", "since", "năm", "từ", a season, a lunar year's
animal), with no word of ``holiday_words`` just before ("Tết … Bunpimay 2024": that year's
holiday), end a name ("Expo 2025", "Festival Nghề truyền thống Huế 2023", "SEA Games 2021"): the
event's edition, not a year the text states. Such a year, like a year before a name in
Chinese, Japanese and Korean, still dates the days the text names after it ("lễ hội Nhật -
Việt 2016 … tối 18-11": 18 November 2016).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from citydiplo._errors import DateParseError
from citydiplo._text._hebrew_law_year import law_year
from citydiplo._text._quoted_name import TITLE_MARKS, in_quoted_name
from citydiplo._text._stated_year import dated_by_stated_year, in_stated_year
from citydiplo.dates import PartialDate

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = [
    "dated_by_stated_year",
    "far_title_year",
    "in_stated_year",
    "name_year",
    "name_year_value",
    "without_name_years",
    "year_before_name",
    "year_in_name",
]

# a name ends in Han, katakana or Hangul; hiragana before the figures ends a verb or a
# particle ("共催する2018…", "開催された2024…"), not a name
_NAME_END = re.compile(r"[\u30a0-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def year_in_name(folded: str, start: int, end: int, g: Grammar) -> bool:
    """Whether the bare figures of a year at ``start:end`` are part of a name."""
    if law_year(folded, start, g):  # "לחוק הרשויות המקומיות תשל"ה-1975": a law's name
        return True
    flags = g.vocab.flags
    if not flags.get("bare_year_glued_name"):
        return False
    if in_quoted_name(folded, start, end, TITLE_MARKS):  # "「Sound Treasure 2018 Part.2」"
        return True
    if not start or not _NAME_END.match(folded, start - 1):
        return False
    head = folded[max(0, start - 4) : start]
    return not any(head.endswith(w) for w in g.vocab.lists.get("bare_year_glued_not_after", ()))


# a name starts with Han, katakana or Hangul, right after the figures or after one space
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_NAME_START = re.compile(r" ?[\u30a0-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def year_before_name(cand: Candidate, folded: str, g: Grammar) -> bool:
    """Whether ``cand`` is a year that is part of the name after it: bare figures before a
    name ("2030 부산등록엑스포", "2024上海國際咖啡文化節"), or a year right before a title's
    bracket ("2022年《政府工作报告》")."""
    if cand.kind != "y" or not g.vocab.flags.get("bare_year_glued_name"):
        return False
    lists = g.vocab.lists
    after = folded[cand.end : cand.end + 1]
    if after and after in lists.get("title_openers", frozenset()):
        return True
    if folded[cand.start : cand.end] != cand.fields.get("y"):
        return False  # "2024년", "2024年": the year word says it is a year
    if _NAME_START.match(folded, cand.end) is None:
        return False
    # nor before a word that goes with a year ("2019至今", "2024 이후") or a date's word (a
    # weekday, "월", "日"); a one-letter Hangul word stands alone ("2024 월", not "2002 월드컵")
    rest = folded[cand.end : cand.end + 8].lstrip()
    for w in (*lists.get("bare_year_name_not_before", ()), *g.vocab.weekdays):
        if rest.startswith(w) and (len(w) > 1 or not _HANGUL.match(w) or not rest[1:2].isalpha()):
            return False
    return True


def name_year_value(cand: Candidate) -> PartialDate:
    """The year of a name, for the days the text names after it."""
    return PartialDate(year=int(cand.fields["y"]))


_WORD_BEFORE = re.compile(r"(?<![\w'’.])([^\W\d_](?:[^\W\d_]|['’.])*) $")


def _after_title_name(
    cand: Candidate, folded: str, original: str, where: Sequence[int], g: Grammar
) -> bool:
    """Whether the bare year of ``cand`` ends a name: right after a capitalised word ("Expo
    2025", "Huế 2023") that does not introduce a year, with no holiday's word before it."""
    if folded[cand.start : cand.end] != cand.fields.get("y") or not cand.start:
        return False  # "năm 2023": a year word says it is a year
    start = where[cand.start]
    word = _WORD_BEFORE.search(original, max(0, start - 40), start)
    if word is None or not word.group(1)[0].isupper():
        return False
    name = word.group(1)
    if not any(ch.islower() for ch in name):
        return False  # "TP.HCM 2023", a headline in capitals: no name's case to read
    lists, folded_name = g.vocab.lists, name.casefold().rstrip(".")
    if folded_name in lists.get("bare_year_after_name_not_after", frozenset()):
        return False
    if folded_name in g.vocab.weekdays or folded_name in g.months:
        return False  # "Thu 1934", "May 2030": a date's word, no name
    # "Tết cổ truyền Bunpimay 2024": a holiday of that year, not an event's edition
    head = folded[max(0, cand.start - 30) : cand.start].split()
    return not any(w in lists.get("holiday_words", frozenset()) for w in head[-4:])


def name_year(
    cand: Candidate, folded: str, original: str, where: Sequence[int], g: Grammar
) -> bool:
    """Whether ``cand`` is a year of a name (:func:`year_before_name`, or bare figures after a
    capitalised name where the language's data set ``bare_year_after_name``)."""
    if year_before_name(cand, folded, g):
        return True
    if cand.kind != "y" or not g.vocab.flags.get("bare_year_after_name"):
        return False
    return _after_title_name(cand, folded, original, where, g)


def far_title_year(named: list[Candidate], folded: str, g: Grammar, ref: PartialDate) -> bool:
    """Whether a title's year ("2026年《政府工作报告》") is more than a year from ``ref``'s: such
    a title is of its own time, and ``ref`` may not be the text's, so the days stay unread."""
    openers = g.vocab.lists.get("title_openers", frozenset())
    return any(
        folded[c.end : c.end + 1] in openers and abs(int(c.fields["y"]) - ref.year) > 1
        for c in named
        if "y" in c.fields
    )


def without_name_years(
    candidates: list[Candidate],
    texts: tuple[str, str, Sequence[int]],
    g: Grammar,
    ref: PartialDate | None,
    anchor: PartialDate | None,
) -> tuple[list[Candidate], PartialDate | None]:
    """``candidates`` without the years of names ("Expo 2025"), with the anchor for the days
    named after such a year when there is neither ``ref`` nor ``anchor`` ("2016 …불꽃축제'는
    10월 8일" is 8 October 2016). ``texts`` is the folded text, the original and the offsets
    between them. Raises :class:`DateParseError` when a name's year is all there is, or when a
    title's year is far from ``ref``."""
    folded, text, where = texts
    named = [c for c in candidates if name_year(c, folded, text, where, g)]
    if not named:
        return candidates, anchor
    if ref is not None and far_title_year(named, folded, g, ref):
        raise DateParseError(f"several dates in {text!r}: a title's year", text=text)
    rest = [c for c in candidates if c not in named]
    if not rest:
        raise DateParseError(f"no date found in {text!r}: a name's year", text=text)
    if ref is None and anchor is None and named[0].end <= rest[0].start:
        anchor = name_year_value(named[0])
    return rest, anchor
