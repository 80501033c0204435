"""Numbers written as words, for counts ("two years ago") and days ("the twenty-first of May").

Taken from ``num2words`` (a maintained package that spells numbers out) by inverting its
output for 1..31 and the tens up to 100, in the languages it covers (en, vi, ru, he, fa);
``data/<lang>.json`` adds what it lacks, each list naming its source: Hindi and Gujarati
numbers, Korean native numbers, Russian ordinal case endings, "a year ago". Chinese and
Japanese Han numerals are folded to digits by :mod:`._numerals`. Built on first use per
language.
"""

from __future__ import annotations

import functools

from citydiplo._text._lexicon import load_data
from citydiplo._text._numerals import fold_word

__all__ = ["NUM2WORDS_LANGS", "count_words", "day_words"]

# num2words covers these of our ten languages for both cardinals and ordinals; its Korean
# cardinals are Sino-Korean syllables ("일", "이") that collide with everyday words, and
# Korean counts use native numbers, kept in ko.json instead.
NUM2WORDS_LANGS = ("en", "vi", "ru", "he", "fa")
_COUNTS = (*range(1, 32), 40, 50, 60, 70, 80, 90, 100)


def _variants(word: str) -> set[str]:
    folded = fold_word(word)
    return {folded, folded.replace("-", " ")} if folded else set()


def _num2words(number: int, lang: str, to: str, **options: object) -> str:
    from num2words import num2words  # type: ignore[import-untyped]  # loaded when needed

    return str(num2words(number, lang=lang, to=to, **options))


@functools.cache
def count_words(lang: str) -> dict[str, int]:
    """Folded cardinal number word -> value, for counts of units."""
    words: dict[str, int] = {}
    data = load_data(lang).get("number_words", {})
    for key in ("cardinals", "counts"):
        for n, forms in data.get(key, {}).items():
            for form in forms:
                for v in _variants(form):
                    words.setdefault(v, int(n))
    if lang in NUM2WORDS_LANGS:
        for n in _COUNTS:
            for v in _variants(_num2words(n, lang, "cardinal")):
                # a single letter from num2words is too often something else
                if len(v) > 1:
                    words.setdefault(v, n)
    excluded = _excluded(lang)
    return {w: n for w, n in words.items() if w not in excluded}


@functools.cache
def day_words(lang: str) -> dict[str, int]:
    """Folded word for a day of the month (1..31), cardinal or ordinal -> day."""
    words: dict[str, int] = {}
    data = load_data(lang).get("number_words", {})
    if lang in NUM2WORDS_LANGS and data.get("days_in_words", True):
        for n in range(1, 32):
            # ordinals only: a cardinal before a month is too often a count ("one May
            # morning"); languages that write days as cardinals list them in their data file
            for v in _variants(_num2words(n, lang, "ordinal")):
                words.setdefault(v, n)
                for ending, forms in data.get("ordinal_endings", {}).items():
                    if v.endswith(ending):
                        for form in forms:
                            words.setdefault(v[: -len(ending)] + form, n)
    # Hebrew names a day by a cardinal of a given gender with the article ("השבעה
    # באוקטובר", "העשרים ואחד במאי") and the first by the ordinal ("הראשון בינואר") as well
    # as by the cardinal ("האחד במאי": May Day, "באחד בינואר"); the article (or a preposition
    # of ``on``: "בשבעה באוקטובר", on the seventh) is required: a bare cardinal before a month
    # is a count ("שבעה במאי")
    article = data.get("day_cardinals_with", {})
    if lang in NUM2WORDS_LANGS and article:
        gender, prefixes = str(article["gender"]), [str(article["article"]), *article.get("on", [])]
        for n in range(1, 32):
            forms = [_num2words(n, lang, "cardinal", gender=gender)]
            if n == 1:
                forms.append(
                    _num2words(n, lang, "ordinal", definite=True).removeprefix(prefixes[0])
                )
            for bare in forms:
                for prefix in prefixes:
                    for v in _variants(prefix + bare):
                        words.setdefault(v, n)
    for key in ("cardinals", "ordinals"):
        for n, forms in data.get(key, {}).items():
            if int(n) <= 31:
                for form in forms:
                    for v in _variants(form):
                        words.setdefault(v, int(n))
    excluded = _excluded(lang)
    return {w: n for w, n in words.items() if len(w) > 1 and w not in excluded}


def _excluded(lang: str) -> frozenset[str]:
    return frozenset(
        fold_word(w) for w in load_data(lang).get("number_words", {}).get("not_numbers", [])
    )
