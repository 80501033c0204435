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
    out = []
    for m in entities:
        name = m.name or ""
        if m.kind != "person" or not m.actor or len(name.split()) != 1:
            out.append(m)
            continue
        word = name.casefold()
        earlier = {(p.actor, p.name) for p in people if p.start < m.start and p.name
                   and len(p.name.split()) > 1 and p.name.split()[-1].casefold() == word}
        if len({a for a, _ in earlier}) == 1:
            actor, full = next(iter(earlier))
            m = attrs.evolve(m, actor=actor, name=full)
        out.append(m)
    return out
