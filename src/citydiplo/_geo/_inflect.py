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

from citydiplo._geo._cues import Cues
from citydiplo._geo._key_starts import starts_a_key
from citydiplo._geo._places import candidates
from citydiplo._geo._relational import relational

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
    """Whether some name of the gazetteer or of the extra names (the CLDR subdivision names:
    "еврейская автономная область") starts with ``prefix``."""
    return starts_a_key(prefix)


_LONGEST = 4  # words of a declined name at most ("ханты мансийского автономного округа")

Rules = tuple[tuple[str, str], ...]


def _words(folded: str, i: int) -> list[tuple[str, int]]:
    """The (up to :data:`_LONGEST`) words at ``folded[i:]``, each with its end."""
    found: list[tuple[str, int]] = []
    n = len(folded)
    while i < n and len(found) < _LONGEST:
        end = folded.find(" ", i)
        end = n if end < 0 else end
        found.append((folded[i:end], end))
        i = end + 1
    return found


def _bare(word: str, before: str, bare: Rules) -> list[str]:
    """The dictionary forms of a last word written with no ending after the adjective
    ``before`` ("минеральных вод" -> "воды"; "великих лук" -> "луки")."""
    return [word + base for ending, base in bare if before.endswith(ending)]


def _longer(
    folded: str, i: int, first: Rules, last: Rules, bare: Rules
) -> Iterator[tuple[str, int]]:
    """The dictionary forms of a name of three or four words, longer first: adjectival words
    ("Китайской Народной Республики" -> "китайская народная республика"), a fixed first
    part of a hyphenated adjective ("Ханты-Мансийского автономного округа" -> "ханты
    мансийский автономный округ"), an adjective and a noun before a fixed word
    ("Демократической Республике Конго", not the "Республика Конго" inside it) or a noun
    before fixed words ("Ростова-на-Дону": only the first word declines). Each word but the
    last is kept only while some name starts with the words read so far."""
    words = _words(folded, i)
    if len(words) < 3:
        return

    def walk(k: int, head: str, changed: bool) -> Iterator[tuple[str, int]]:
        word, end = words[k]
        if k + 1 < len(words):
            for form in dict.fromkeys([word, *_forms(word, first), *_forms(word, last)]):
                key = f"{head}{form} "
                if _starts_a_name(key):
                    yield from walk(k + 1, key, changed or form != word)
        if k >= 2:
            before = words[k - 1][0]
            for tail in dict.fromkeys([word, *_forms(word, last), *_bare(word, before, bare)]):
                if (changed or tail != word) and candidates(head + tail):
                    yield head + tail, end

    found = sorted(walk(0, "", False), key=lambda f: -f[1])
    yield from dict.fromkeys(found)


def readings(
    folded: str, i: int, cues: Cues, after: int | None = None
) -> Iterator[tuple[str, int]]:
    """The dictionary forms of the one to four words at ``folded[i:]`` that name a place,
    by the case endings of ``cues`` (its ``inflect_*`` rules), each with the end of the
    words read, longer names first. With ``after``, the end of a name already read there
    with an ending on it ("ханты мансииск|ом", a town), only the longer names that go on past
    that word ("ханты мансииском автономном округе", the okrug); none when ``after`` ends a
    word."""
    if after is None:
        yield from _readings(folded, i, cues)
    elif after < len(folded) and folded[after] != " ":
        space = folded.find(" ", after)
        word_end = len(folded) if space < 0 else space
        yield from ((key, j) for key, j in _readings(folded, i, cues) if j > word_end)


def _readings(folded: str, i: int, cues: Cues) -> Iterator[tuple[str, int]]:
    first, last, bare = cues.inflect_first, cues.inflect_last, cues.inflect_bare
    n = len(folded)
    end1 = folded.find(" ", i)
    end1 = n if end1 < 0 else end1
    word1 = folded[i:end1]
    yield from _longer(folded, i, first, last, bare)
    if end1 < n:
        end2 = folded.find(" ", end1 + 1)
        end2 = n if end2 < 0 else end2
        word2 = folded[end1 + 1 : end2]
        # "нижнем новгороде" (an adjective, then a noun), "петропавловске камчатском"
        # (a noun, then an adjective: a hyphenated compound), "минеральных вод"
        lasts = [word2, *_forms(word2, last), *_forms(word2, first), *_bare(word2, word1, bare)]
        for head in dict.fromkeys([word1, *_forms(word1, first), *_forms(word1, last)]):
            if not _starts_a_name(head + " "):
                continue
            for tail in dict.fromkeys(lasts):
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
    if end1 < n:  # a town's adjective before an office word: "Витебского горисполкома"
        end2 = folded.find(" ", end1 + 1)
        town = relational(word1, folded[end1 + 1 : end2 if end2 >= 0 else n])
        if town is not None:
            yield town, end1


def _generic_after(folded: str, end1: int, last: tuple[tuple[str, str], ...]) -> bool:
    """Whether the word after ``folded[:end1]`` is, in some case, a generic word of a
    subdivision ("области", "краю")."""
    from citydiplo._geo._evidence import generic_words

    end2 = folded.find(" ", end1 + 1)
    word2 = folded[end1 + 1 : end2 if end2 >= 0 else len(folded)]
    return any(w in generic_words() for w in (word2, *_forms(word2, last)))
