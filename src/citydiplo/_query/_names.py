"""Name look-up: find actors by any of their names, in any language or script.

Names are compared by :func:`citydiplo._normalize.match_key` (case, accents and punctuation
ignored) with two further, documented choices:

* **Spaces are ignored.** Romanisations disagree on word breaks ("Ha Long" / "Halong"), so
  the look-up key is the match key without spaces. As a consequence "Hanam" (the Korean city)
  and "Hà Nam" (the Vietnamese province) share a key: :meth:`NameIndex.resolve` reports them
  as ambiguous instead of silently picking one; narrow with ``country=`` or ``kind=``.
* **Generic words are optional.** "Hanam City", "하남시", "עיר חנם" and "Hanam" all find the
  same actor. The words are data (``generic_names.json``): a short list of prefixes and
  suffixes such as "city", "시", "市", "शहर", "עיר", stripped once from each end. A query that
  carries such a word and matches a label exactly with it ("광주시" is Gwangju in Gyeonggi,
  "광주광역시" the metropolitan city) keeps that exact match; a bare "Gwangju" matches both.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Sequence
from functools import cache, lru_cache
from importlib import resources

from citydiplo._errors import AmbiguousNameError, UnknownNameError
from citydiplo._model import Actor
from citydiplo._normalize import match_key

__all__ = ["NameIndex", "is_kind", "lookup_keys"]


@cache
def _generic_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Prefixes, suffixes (whole words, folded) and attached suffixes, as sets."""
    text = resources.files("citydiplo._query").joinpath("generic_names.json").read_text("utf-8")
    data = json.loads(text)

    def words(name: str) -> frozenset[str]:
        return frozenset(match_key(w) for w in data[name]) - {""}

    return words("prefixes"), words("suffixes"), words("attached_suffixes")


def _strip_generic(key: str) -> str:
    """``key`` without one generic prefix and one generic suffix (longest match first)."""
    prefixes, suffixes, attached = _generic_words()
    tokens = key.split(" ")
    for n in (2, 1):  # generic words have at most two tokens
        if len(tokens) > n and " ".join(tokens[:n]) in prefixes:
            tokens = tokens[n:]
            break
    for n in (2, 1):
        if len(tokens) > n and " ".join(tokens[-n:]) in suffixes:
            return " ".join(tokens[:-n])
    last = tokens[-1]
    for n in (3, 2, 1):  # attached suffixes have at most three characters
        if len(last) - n >= 2 and last[-n:] in attached:
            tokens[-1] = last[:-n]
            break
    return " ".join(tokens)


@lru_cache(maxsize=1 << 16)
def lookup_keys(name: str) -> tuple[str, ...]:
    """The keys a name is indexed and looked up by: its space-free match key, and the same
    with generic words ("City", "시", "市"...) stripped.

    >>> lookup_keys("Hanam City"), lookup_keys("Hà Nam"), lookup_keys("하남시")
    (('hanamcity', 'hanam'), ('hanam',), ('하남시', '하남'))
    """
    key = match_key(name)
    full = key.replace(" ", "")
    short = _strip_generic(key).replace(" ", "")
    return (full,) if short == full or not short else (full, short)


def _describe(actor: Actor) -> str:
    where = ", ".join(x for x in (actor.country, actor.subdivision) if x)
    return f"{actor.id} ({actor.name}{', ' + where if where else ''})"


class NameIndex:
    """Actors by the lookup keys of every label; built once per dataset."""

    def __init__(self, actors: Sequence[Actor]) -> None:
        self._actors = actors
        # key -> list of (actor position, language of the label); canonical names count as "en"
        self._by_key: dict[str, list[tuple[int, str]]] = {}
        self._display: dict[str, str] = {}
        for pos, actor in enumerate(actors):
            labels = [("en", actor.name)] + [(label.lang, label.text) for label in actor.names]
            for lang, text in labels:
                for key in lookup_keys(text):
                    entries = self._by_key.setdefault(key, [])
                    if not entries or entries[-1] != (pos, lang):
                        entries.append((pos, lang))
                    self._display.setdefault(key, text)

    def find(
        self, name: str, *, lang: str | None = None, kind: str | type | None = None
    ) -> list[Actor]:
        """Actors one of whose names matches ``name``, in dataset order.

        A name that carries a generic word ("광주시", "Hanam City") first looks for labels
        with that word; only if none match is the word ignored.
        """
        found: list[Actor] = []
        for key in lookup_keys(name):
            positions = {
                pos
                for pos, label_lang in self._by_key.get(key, ())
                if lang is None or label_lang == lang
            }
            found = [self._actors[pos] for pos in sorted(positions)]
            if kind is not None:
                found = [a for a in found if is_kind(a, kind)]
            if found:
                break
        return found

    def resolve(
        self,
        name: str,
        *,
        lang: str | None = None,
        kind: str | type | None = None,
        country: str | None = None,
    ) -> Actor:
        """The one actor ``name`` designates.

        Raises:
            AmbiguousNameError: several actors match; ``candidates`` describes each with its
                id, name, country and subdivision.
            UnknownNameError: none does; ``suggestions`` holds close names.
        """
        found = self.find(name, lang=lang, kind=kind)
        if country is not None:
            found = [a for a in found if a.country == country]
        if len(found) == 1:
            return found[0]
        narrowed = ", ".join(
            f"{label}={value!r}"
            for label, value in (("lang", lang), ("kind", kind), ("country", country))
            if value is not None
        )
        scope = f" with {narrowed}" if narrowed else ""
        if found:
            raise AmbiguousNameError(
                f"{name!r} matches {len(found)} actors{scope}; "
                "narrow it by country or kind, or use an id",
                name=name,
                candidates=[_describe(a) for a in found],
            )
        raise UnknownNameError(
            f"no actor is named {name!r}{scope}", name=name, suggestions=self.suggest(name)
        )

    def suggest(self, name: str, n: int = 3) -> list[str]:
        """Names close to ``name`` (difflib on lookup keys)."""
        key = lookup_keys(name)[-1]
        close = difflib.get_close_matches(key, self._by_key, n=n, cutoff=0.75)
        return list(dict.fromkeys(self._display[k] for k in close))


def is_kind(actor: Actor, kind: str | type) -> bool:
    """Whether ``actor`` is of ``kind``: a type tag (``"city"``) or an actor class."""
    if isinstance(kind, str):
        return actor.type == kind
    return isinstance(actor, kind)
