"""Find every date expression in running text (``find_dates``)."""

from __future__ import annotations

import datetime
import unicodedata

import attrs

from citydiplo._datetext._lexicon import LANGUAGES, lexicon
from citydiplo._datetext._numerals import fold
from citydiplo._datetext._parse import Unresolved, _as_partial, detect_languages, resolve
from citydiplo._errors import DateParseError, InvalidDateError
from citydiplo.dates import DateRange, PartialDate

__all__ = ["DateMention", "find_dates"]

_VI_LETTERS = frozenset("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")


@attrs.frozen(kw_only=True)
class DateMention:
    """One date expression found in a text: its span, its words and its value.

    >>> m = find_dates("signed on 6 March 2025")[0]
    >>> (m.start, m.end, m.text, str(m.value), m.lang)
    (10, 22, '6 March 2025', '2025-03-06', 'en')
    """

    start: int
    end: int
    text: str
    value: PartialDate | DateRange
    lang: str


def _language(text: str) -> str:
    langs = detect_languages(text)
    if langs == ("en", "vi"):
        sample = text[:5000].lower()
        return "vi" if sum(c in _VI_LETTERS for c in sample) * 50 > len(sample) else "en"
    return langs[0]


def _year_anchor(value: PartialDate | DateRange) -> PartialDate | None:
    end = value.end if isinstance(value, DateRange) else value
    return PartialDate(year=end.year) if isinstance(end, PartialDate) else None


def find_dates(
    text: str, *, lang: str | None = None, ref: datetime.date | PartialDate | None = None
) -> list[DateMention]:
    """Every date expression in ``text``, in order, with its value.

    Relative expressions ("this year", "last July") are resolved against ``ref`` (the
    publication date); discourse-relative ones ("July" alone, "the same year") against the
    year of the previous absolute mention, else ``ref``. Expressions that cannot be resolved
    are skipped; plain numbers and document numbers are not dates.

    >>> [str(m.value) for m in find_dates("Signed in April 2024; in July, the mayor visited.")]
    ['2024-04', '2024-07']
    """
    if not isinstance(text, str):
        raise TypeError(f"find_dates() takes a str, not {type(text).__name__}")
    if lang is not None and lang not in LANGUAGES:
        raise DateParseError(
            f"unsupported language {lang!r}; expected one of {', '.join(LANGUAGES)}", text=None
        )
    ref_date = _as_partial(ref, "ref")
    code = lang or _language(text)
    lex = lexicon(code)
    folded = fold(text)
    if unicodedata.is_normalized("NFC", text) is False and len(folded) == len(
        unicodedata.normalize("NFC", folded)
    ):
        folded = unicodedata.normalize("NFC", folded)
    mentions: list[DateMention] = []
    anchor: PartialDate | None = None
    for match in lex.find_regex.finditer(folded):
        slots = lex.slots(match)
        if set(slots) == {"month"} and fold(slots["month"]) in lex.bare_month_risky:
            continue
        words = text[match.start() : match.end()]
        try:
            value = resolve(lex, slots, words, ref_date, anchor)
        except (Unresolved, InvalidDateError, ValueError):
            continue
        relative = "rel" in slots and str(lex.word("rel", slots["rel"])).startswith("anchor")
        if not relative and ({"year", "gyear", "year2", "rel"} & set(slots)):
            anchor = _year_anchor(value) or anchor
        mentions.append(
            DateMention(start=match.start(), end=match.end(), text=words, value=value, lang=code)
        )
    return mentions
