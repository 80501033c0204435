"""A year in a name: "東京2020", "大会2025", "東京オリンピック2020", "도쿄2020".

Chinese, Japanese and Korean write the year a text states with its year word ("2020年",
"2024년"); four bare figures glued after a Han, kana or Hangul letter end a name (an event's
or a brand's: "東京2020" is the games held in 2021). Read as the year the text states they
are silently wrong, or right only by chance. Which languages write so is in their data
(``bare_year_glued_name``); a word of ``bare_year_glued_not_after`` before the figures
("至2025", "于2019") makes them no name. Figures glued before a name ("2024上海國際咖啡文化節")
stay a year: they date the name's days ("…文化節”5月1日啟幕" is 1 May 2024).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from citydiplo._text._hebrew_law_year import law_year

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar

__all__ = ["year_in_name"]

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
    if not start or not _NAME_END.match(folded, start - 1):
        return False
    head = folded[max(0, start - 4) : start]
    return not any(head.endswith(w) for w in g.vocab.lists.get("bare_year_glued_not_after", ()))
