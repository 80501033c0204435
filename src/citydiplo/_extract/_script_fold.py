"""Text written in two scripts of one language, read in one of them for the cue scan.

A Chinese article may mix traditional and simplified characters within one word
("友好城市關系": traditional 關, simplified 系). The cue words are written in simplified
characters, with their wholly traditional forms beside them (``data/zh.variants.json``), so a
mixed word matched neither. :func:`scan_cues` reads the text with each traditional character
folded to its simplified one before the scan, one character for one, so every span is the
original text's; the cue lexicon holds the folded forms of its words as well, so a word
written in traditional characters in the data file still matches.

A language's fold is ``data/<lang>.fold.json`` (``source``, ``traditional``, ``simplified``:
two strings of equal length, character i of one folded to character i of the other), built
from a maintained table by a tool, never by hand: Chinese from OpenCC's ``TSCharacters``
by ``tools/build_zh_fold.py``. A language without the file is read as written.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from importlib import resources

from citydiplo._extract._scan import Hit

__all__ = ["fold_entries", "fold_script", "scan_cues"]


@cache
def _table(lang: str) -> dict[int, int]:
    path = resources.files("citydiplo._extract").joinpath("data", f"{lang}.fold.json")
    if not path.is_file():
        return {}
    data = json.loads(path.read_text("utf-8"))
    old, new = data["traditional"], data["simplified"]
    if len(old) != len(new):  # the file's shape is checked by a test; never shift spans
        raise ValueError(f"data/{lang}.fold.json: the two strings differ in length")
    return str.maketrans(old, new)


def fold_script(text: str, lang: str) -> str:
    """``text`` with each character of ``lang``'s other script in the script of its cue
    words, one for one (the same length: spans carry over).

    >>> fold_script("杭州市与京都市建立友好城市關系", "zh")
    '杭州市与京都市建立友好城市关系'
    >>> fold_script("關係", "ja")
    '關係'
    """
    table = _table(lang)
    return text.translate(table) if table else text


def fold_entries(entries: Iterable[tuple[str, str, str]], lang: str
                 ) -> list[tuple[str, str, str]]:
    """``entries`` (surface, family, kind), each followed by its folded form where that
    differs, each once, in order.

    >>> fold_entries([("合作關係", "partnership", "cooperation")], "zh")[1]
    ('合作关系', 'partnership', 'cooperation')
    """
    out = list(entries)
    if _table(lang):
        out = list(dict.fromkeys(e for s, f, k in out for e in ((s, f, k),
                                                               (fold_script(s, lang), f, k))))
    return out


def scan_cues(folded: str, lang: str) -> list[Hit]:
    """The cue words of ``lang`` in a case-folded text, read with its script folded; spans
    are the text's.

    >>> [(h.start, h.end, h.value) for h in scan_cues("两市建立友好城市關系", "zh")
    ...  if h.family == "partnership"]
    [(4, 10, 'sister')]
    """
    from citydiplo._extract._mentions import cue_lexicon

    return cue_lexicon(lang).scan(fold_script(folded, lang))
