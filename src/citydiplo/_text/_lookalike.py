"""Latin and Greek letters that look like Cyrillic ones inside a Cyrillic word ("пο 2 июля
2017 гοда" with a Greek omicron, "гoда" with a Latin o): the Cyrillic letters, so the word
reads as written. Typesetting and OCR mix them often in Russian pages.

Only a word with a Cyrillic letter, whose every other letter is such a look-alike, changes;
a word in Latin or Greek letters alone ("COVID", "iPhone") is left as it is. One to one: the
offsets of the folded text stay those of the characters.

>>> cyrillic_lookalikes("с 17 июня пο 2 июля 2017 гοда")
'с 17 июня по 2 июля 2017 года'
>>> cyrillic_lookalikes("covid в москве, 2020 year")
'covid в москве, 2020 year'
"""

from __future__ import annotations

import re

__all__ = ["cyrillic_lookalikes"]

# lower case (the text is case-folded): Latin, then Greek, look-alikes of Cyrillic letters
_LATIN = "acehkmopxytb"
_CYRILLIC_FOR_LATIN = "асенкморхутв"
_GREEK = "οαεκρτχυ"
_CYRILLIC_FOR_GREEK = "оаекртху"
_TO_CYRILLIC = str.maketrans(_LATIN + _GREEK, _CYRILLIC_FOR_LATIN + _CYRILLIC_FOR_GREEK)
_LOOKS = _LATIN + _GREEK
_CYR = "а-яё"
_HAS_CYRILLIC = re.compile(f"[{_CYR}]")
_HAS_LOOKALIKE = re.compile(f"[{_LOOKS}]")  # (a class: searched in C, most texts have none)
_BESIDE = re.compile(f"[{_CYR}][{_LOOKS}]|[{_LOOKS}][{_CYR}]")  # (a word may mix them)
# a word mixing Cyrillic letters and look-alikes only, with at least one of each
_MIXED = re.compile(
    f"(?<![^\\W\\d_])(?=[{_CYR}{_LOOKS}]*[{_LOOKS}])(?=[{_CYR}{_LOOKS}]*[{_CYR}])"
    f"[{_CYR}{_LOOKS}]+(?![^\\W\\d_])"
)


def cyrillic_lookalikes(folded: str) -> str:
    """``folded`` with the look-alike letters of its Cyrillic words made Cyrillic."""
    if (
        _HAS_CYRILLIC.search(folded) is None
        or _HAS_LOOKALIKE.search(folded) is None  # (what every match of _BESIDE holds)
        or _BESIDE.search(folded) is None
    ):
        return folded
    return _MIXED.sub(lambda m: m.group().translate(_TO_CYRILLIC), folded)
