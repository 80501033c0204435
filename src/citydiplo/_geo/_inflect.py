"""Inflected place names: the dictionary form behind "Москве", "Казани", "Нижнем Новгороде".

A cue file may carry ``inflections``: ``{"last": [[text ending, name ending], ...],
"first": [...]}``, the case endings of the last (or only) word of a name and of a first,
adjectival word. A word that names no place as written is read back to each form the rules
allow ("москве" -> "москва"; "нижнем новгороде" -> "нижний новгород"), and a form that is a
place name is a candidate; :func:`citydiplo._geo._find.find_places` then applies its usual
rules to it. Masculine names that only add an ending ("Краснодара") need no rule: the
ending is a particle.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache, lru_cache

from citydiplo._geo._extra import extras
from citydiplo._geo._gazetteer import gazetteer
from citydiplo._geo._places import candidates

__all__ = ["base_forms", "readings"]

_MIN_STEM = 2


@lru_cache(maxsize=65536)
def _forms(word: str, rules: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    longest, endings = _endings(rules)
    present = {word[-k:] for k in range(1, min(longest, len(word)) + 1)}
    if not present & endings:
        return ()
    found = []
    for ending, base in rules:
        if ending in present and len(word) - len(ending) >= _MIN_STEM:
            found.append(word[: len(word) - len(ending)] + base)
    return tuple(dict.fromkeys(found))


def base_forms(word: str, rules: tuple[tuple[str, str], ...]) -> list[str]:
    """The dictionary forms the case endings ``rules`` allow for ``word`` ("даляня" ->
    "далянь", among others), as match keys."""
    return list(_forms(word, rules))


@cache
def _endings(rules: tuple[tuple[str, str], ...]) -> tuple[int, frozenset[str]]:
    return max((len(e) for e, _ in rules), default=0), frozenset(e for e, _ in rules)


def _starts_a_name(prefix: str) -> bool:
    return bool(gazetteer().keys_with_prefix(prefix, limit=1)) or bool(extras().prefixes(prefix))


def _three_words(
    folded: str,
    i: int,
    end1: int,
    first: tuple[tuple[str, str], ...],
    last: tuple[tuple[str, str], ...],
) -> Iterator[tuple[str, int]]:
    """The dictionary forms of a three-word name with two adjectival words ("Китайской
    Народной Республики" -> "китайская народная республика"), an adjective and a noun
    before a fixed word ("Демократической Республике Конго" -> "демократическая
    республика конго", not the "Республика Конго" inside it) or a noun before fixed words
    ("Ростова-на-Дону" -> "ростов на дону": only the first word declines)."""
    n = len(folded)
    if end1 >= n:
        return
    end2 = folded.find(" ", end1 + 1)
    if end2 < 0:
        return
    end3 = folded.find(" ", end2 + 1)
    end3 = n if end3 < 0 else end3
    word1, word2, word3 = folded[i:end1], folded[end1 + 1 : end2], folded[end2 + 1 : end3]
    for head1 in dict.fromkeys([word1, *_forms(word1, first), *_forms(word1, last)]):
        if not _starts_a_name(head1 + " "):
            continue
        for head2 in dict.fromkeys([word2, *_forms(word2, first), *_forms(word2, last)]):
            if not _starts_a_name(f"{head1} {head2} "):
                continue
            for tail in [word3, *_forms(word3, last)]:
                key = f"{head1} {head2} {tail}"
                if (head1, head2, tail) != (word1, word2, word3) and candidates(key):
                    yield key, end3


def readings(
    folded: str,
    i: int,
    first: tuple[tuple[str, str], ...],
    last: tuple[tuple[str, str], ...],
) -> Iterator[tuple[str, int]]:
    """The dictionary forms of the one to three words at ``folded[i:]`` that name a place,
    each with the end of the words read, longer names first."""
    n = len(folded)
    end1 = folded.find(" ", i)
    end1 = n if end1 < 0 else end1
    word1 = folded[i:end1]
    yield from _three_words(folded, i, end1, first, last)
    if end1 < n:
        end2 = folded.find(" ", end1 + 1)
        end2 = n if end2 < 0 else end2
        word2 = folded[end1 + 1 : end2]
        # "нижнем новгороде" (an adjective, then a noun), "петропавловске камчатском"
        # (a noun, then an adjective: a hyphenated compound)
        lasts = list(dict.fromkeys([word2, *_forms(word2, last), *_forms(word2, first)]))
        for head in dict.fromkeys([word1, *_forms(word1, first), *_forms(word1, last)]):
            if not _starts_a_name(head + " "):
                continue
            for tail in lasts:
                key = f"{head} {tail}"
                if (head, tail) != (word1, word2) and candidates(key):
                    yield key, end2
    for key in _forms(word1, last):
        if candidates(key):
            yield key, end1
    if end1 < n and _generic_after(folded, end1, last):
        # an adjectival name before its inflected generic word: "рязанской области" ->
        # "рязанская" (the generic word, read after it as a cue, says which kind)
        for key in _forms(word1, first):
            found = candidates(key)
            if found and found.subdivisions:
                yield key, end1


def _generic_after(folded: str, end1: int, last: tuple[tuple[str, str], ...]) -> bool:
    """Whether the word after ``folded[:end1]`` is, in some case, a generic word of a
    subdivision ("области", "краю")."""
    from citydiplo._geo._evidence import generic_words

    end2 = folded.find(" ", end1 + 1)
    word2 = folded[end1 + 1 : end2 if end2 >= 0 else len(folded)]
    return any(w in generic_words() for w in (word2, *_forms(word2, last)))
