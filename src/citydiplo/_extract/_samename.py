"""A person named again by the last word of their name is the person named before.

"मुख्यमंत्री नीतीश कुमार से ... कांसुलेट जनरल मा जांग वू ने मुलाकात की। श्री कुमार और श्री वू के
बीच मुलाकात ... हुई" (Chief Minister Nitish Kumar met Consul General Ma Zhang Wu; the meeting
between Mr Kumar and Mr Wu took place ...): "श्री कुमार" is Nitish Kumar, not a new person
Kumar, and the second sentence tells the same meeting again. Rule: a person mention whose
name is one word takes the draft id and full name of the one earlier person mention whose
name (of two words or more) ends with that word (compared case-folded); a word that ends two
different earlier names names neither. In the languages that write the surname first and
glue it to its given name (Korean, Chinese, Japanese) full names are one word, and nothing
changes (Korean has its own rule, :func:`citydiplo._extract._officials.surnames_alone`).
"""

from __future__ import annotations

import bisect

import attrs

from citydiplo._extract._mention import Mention

__all__ = ["later_names"]


def later_names(entities: list[Mention]) -> list[Mention]:
    """``entities`` with each one-word person name read as the earlier full name it ends.

    >>> from citydiplo._extract._mention import Mention
    >>> full = Mention(kind="person", start=0, end=10, text="Mayor Anna Kowalska",
    ...                actor="person-annakowalska", actor_type="person", name="Anna Kowalska")
    >>> again = Mention(kind="person", start=40, end=52, text="Ms. Kowalska",
    ...                 actor="person-kowalska", actor_type="person", name="Kowalska")
    >>> [m.actor for m in later_names([full, again])]
    ['person-annakowalska', 'person-annakowalska']
    """
    people = [m for m in entities if m.kind == "person" and m.name and m.actor]
    if len(people) < 2:
        return entities
    earlier = _Earlier(people)
    out = []
    for m in entities:
        name = m.name or ""
        if m.kind != "person" or not m.actor or len(name.split()) != 1:
            out.append(m)
            continue
        found = earlier.only(name.casefold(), m.start)
        if found is not None:
            m = attrs.evolve(m, actor=found[0], name=found[1])
        out.append(m)
    return out


class _Earlier:
    """The full names (two words or more) ending with each word, and for each prefix of
    them in text order the one actor they name (None: two or more) and its first name in
    sorted order; a long text's one-word names were each compared with every person."""

    def __init__(self, people: list[Mention]) -> None:
        by_word: dict[str, list[tuple[int, str, str]]] = {}
        for p in people:
            words = (p.name or "").split()
            if len(words) > 1:
                by_word.setdefault(words[-1].casefold(), []).append(
                    (p.start, p.actor or "", p.name or ""))
        self._starts: dict[str, list[int]] = {}
        self._only: dict[str, list[tuple[str, str] | None]] = {}
        for word, named in by_word.items():
            named.sort()
            self._starts[word] = [start for start, _, _ in named]
            states: list[tuple[str, str] | None] = []
            state: tuple[str, str] | None = (named[0][1], named[0][2])
            for _, actor, full in named:
                if state is not None and actor != state[0]:
                    state = None
                elif state is not None:
                    state = (actor, min(state[1], full))
                states.append(state)
            self._only[word] = states

    def only(self, word: str, before: int) -> tuple[str, str] | None:
        """The (actor, full name) of the one actor named by full names ending with ``word``
        that start before ``before``, or None."""
        starts = self._starts.get(word)
        if starts is None:
            return None
        count = bisect.bisect_left(starts, before)
        return self._only[word][count - 1] if count else None
