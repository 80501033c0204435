"""Name search as people type: actors whose names contain the words, ranked.

``find`` and ``resolve`` demand a whole name; ``search`` finds "Quang Nam" in "Quảng Nam
Province", "Politburo" in "Politburo of the Communist Party of Vietnam" and "Kato" in
"Emilia Kato". Texts are compared by a search key:

* compatibility forms folded (NFKC: full-width "ＳＥＯＵＬ" is "SEOUL"), then case, accents,
  punctuation and spacing ignored as in :func:`citydiplo._normalize.match_key`;
* katakana folded to hiragana, so "カトウ" and "かとう" match.

Every label in every language and script is searched. Across scripts, labels and queries
are also compared by their Latin transliteration (the ``anyascii`` package, imported on first
search): "Kato" finds the Gujarati "કાટો", "hanam" finds "하남시", "Санкт" finds "Sankt
Petersburg". Transliteration is approximate (Hebrew and Persian write few vowels), so such
matches rank after every match in the label's own script.

Ranks, best first: ``exact`` (the whole label), ``prefix`` (the label starts with the
query), ``word`` (the query's words appear as whole words of the label, in order), ``substring``
(anywhere, inside words too, which is how text without spaces, such as Chinese, matches;
spaces are ignored from the start of a word, so "Halong" finds "Ha Long"); then the same four
through transliteration. An actor appears once, at its best rank; ties keep dataset order.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from citydiplo._errors import ArgumentValueError
from citydiplo._model import Actor
from citydiplo._normalize import match_key

__all__ = ["RANKS", "SearchIndex", "latin_key", "search_key"]

RANKS = ("exact", "prefix", "word", "substring")
_DIRECT = len(RANKS)  # ranks through transliteration come after the direct ones

_KATAKANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}


@lru_cache(maxsize=1 << 16)
def search_key(text: str) -> str:
    """The key texts are searched by (words separated by single spaces).

    >>> search_key("Ｑuảng  Nam"), search_key("カトウ") == search_key("かとう")
    ('quang nam', True)
    """
    text = unicodedata.normalize("NFKC", text)
    return match_key(text).translate(_KATAKANA)


def _trigrams(key: str) -> set[str]:
    """The three-letter runs of a key with its spaces removed."""
    compact = key.replace(" ", "")
    return {compact[i : i + 3] for i in range(len(compact) - 2)}


def latin_key(text: str) -> str:
    """The search key of ``text`` transliterated to Latin letters; ``""`` when ``text`` is
    already ASCII (its own key is enough).

    >>> latin_key("એમિલિયા કાટો"), latin_key("Санкт-Петербург"), latin_key("Hanam")
    ('emiliya kato', 'sankt peterburg', '')
    """
    if text.isascii():
        return ""
    from anyascii import anyascii

    return search_key(anyascii(text))


def _rank(label: str, query: str) -> int | None:
    """0 exact, 1 prefix, 2 word, 3 substring, None no match (both are search keys)."""
    if label == query:
        return 0
    if label.startswith(query):
        return 1
    if f" {query} " in f" {label} ":
        return 2
    if query in label or _spaced(label, query.replace(" ", "")):
        return 3
    return None


def _spaced(label: str, compact: str) -> bool:
    """Whether ``compact`` (no spaces) runs through ``label`` from the start of one of its
    words, spaces ignored: "halong" in "ha long", "quangnam" in "tinh quang nam"; but
    "abu" is not in "bruay la buissiere" (it would start inside "la")."""
    if " " not in label:
        return False
    joined = label.replace(" ", "")
    offset = 0
    for word in label.split(" "):
        if joined.startswith(compact, offset):
            return True
        offset += len(word)
    return False


class SearchIndex:
    """The search keys of every actor's labels, built once per dataset.

    Every match of a query puts the query, spaces removed, inside the label's key, spaces
    removed; so only labels holding all the query's three-letter runs (trigrams) are
    candidates, found through an index of trigrams instead of a scan of every label.
    """

    def __init__(self, actors: Sequence[Actor]) -> None:
        self._actors = actors
        # (key, actor position, language, transliterated?)
        self._labels: list[tuple[str, int, str, bool]] = []
        for pos, actor in enumerate(actors):
            labels = [("en", actor.name)] + [(label.lang, label.text) for label in actor.names]
            for lang, text in labels:
                key = search_key(text)
                if key:
                    self._labels.append((key, pos, lang, False))
                latin = latin_key(text)
                if latin and latin != key:
                    self._labels.append((latin, pos, lang, True))
        self._trigrams: dict[str, list[int]] = {}
        for n, (key, _, _, _) in enumerate(self._labels):
            for gram in _trigrams(key):
                self._trigrams.setdefault(gram, []).append(n)

    def _candidates(self, query: str) -> set[int] | None:
        """Indexes of the labels that may match ``query``; ``None``: every label may."""
        grams = sorted(_trigrams(query), key=lambda g: len(self._trigrams.get(g, ())))
        if not grams:
            return None
        found = set(self._trigrams.get(grams[0], ()))
        for gram in grams[1:]:
            if not found:
                break
            found.intersection_update(self._trigrams.get(gram, ()))
        return found

    def search(
        self,
        text: str,
        *,
        lang: str | None = None,
        kind: str | type | None = None,
        limit: int | None = 20,
    ) -> list[tuple[Actor, str]]:
        """``(actor, rank)`` pairs, best rank first, then dataset order."""
        query = search_key(text)
        if not query:
            raise ArgumentValueError(
                f"search({text!r}): the text has no letters or digits to search"
            )
        latin = latin_key(text) or query
        direct, through_latin = self._candidates(query), self._candidates(latin)
        if direct is None or through_latin is None:
            candidates: list[int] | range = range(len(self._labels))
        else:
            candidates = sorted(direct | through_latin)
        best: dict[int, int] = {}
        for n in candidates:
            key, pos, label_lang, translit = self._labels[n]
            if lang is not None and label_lang != lang:
                continue
            rank = None if translit else _rank(key, query)  # both in their own script
            if rank is None and (translit or (latin != query and key.isascii())):
                latin_rank = _rank(key, latin)  # both in Latin letters
                rank = None if latin_rank is None else latin_rank + _DIRECT
            if rank is not None and rank < best.get(pos, 2 * _DIRECT):
                best[pos] = rank
        order = sorted(best, key=lambda pos: (best[pos], pos))
        found = [(self._actors[pos], RANKS[best[pos] % _DIRECT]) for pos in order]
        if kind is not None:
            found = [
                (a, r)
                for a, r in found
                if (a.type == kind if isinstance(kind, str) else isinstance(a, kind))
            ]
        return found if limit is None else found[:limit]
