"""A year read beside a lunar day the grammar does not convert ("今年的元宵节灯会从正月十二开始
亮灯,一直持续到正月十七", "2023年的永庆坊元宵灯会将在正月十七的晚上23点结束"): the text states
the lunar day; the year alone, which is all that was read, is coarser than the text (as "8
tháng đầu năm 2008" is for :mod:`._year_months`) and :func:`parse_date` leaves it unread
rather than give it. The lunar day is told by a word of the language's ``lunar_date_words``
("正月", "农历", "mùng", "음력", "旧暦") anywhere after the year.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from citydiplo.dates import PartialDate

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo.dates import RecordDate

__all__ = ["year_beside_lunar_day"]


def year_beside_lunar_day(value: RecordDate, folded: str, end: int, g: Grammar) -> bool:
    """Whether ``value``, read up to ``end``, is a year alone and a lunar day follows it."""
    if not isinstance(value, PartialDate) or value.month is not None:
        return False
    words = g.vocab.lists.get("lunar_date_words")
    if not words:
        return False
    tail = folded[end:]
    return any(w in tail for w in words)
