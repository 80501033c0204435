"""Chinese official document numbers are no dates.

A document of the Chinese government is numbered by issuer, year in square brackets and
number: "国发〔2024〕12号" (State Council document no. 12 of 2024), "京政办发[2023]5号". The
bracketed year and the number with "号" after it are its reference, not the year of an event
nor the 12th day of a month: both are left unread.

>>> from citydiplo import find_dates, PartialDate
>>> find_dates("根据国发〔2024〕12号文件", lang="zh", ref=PartialDate("2024-11-20"))
[]
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._text._lexicon import Grammar
    from citydiplo._text._scan import Candidate

__all__ = ["without_document_numbers"]

_NUMBERED = re.compile(
    r"[〔［【(（](?:19|20)\d\d[〕］】)）]\s?第?\d{1,5}\s?[号號]"
    # square brackets fold to spaces: "京政办发[2023]5号" is read as "京政办发 2023 5号"
    r"|(?<=[\u4e00-\u9fff]) (?:19|20)\d\d \d{1,5}[号號]"
)


def without_document_numbers(atoms: list[Candidate], folded: str, g: Grammar) -> list[Candidate]:
    """``atoms`` without those inside a document number of the Chinese form."""
    if ("zh" not in g.langs and "ja" not in g.langs) or ("号" not in folded and "號" not in folded):
        return atoms
    spans = [(m.start(), m.end()) for m in _NUMBERED.finditer(folded)]
    if not spans:
        return atoms
    return [a for a in atoms if not any(s <= a.start < e for s, e in spans)]
