"""A title's office, residence or hall read as the name of its holder.

A name is read after a title ("महापौर मालती राय", the mayor Malti Rai; "市长王伟"). Where
the language writes the office's place after its title too -- Hindi "महापौर कार्यालय में"
(in the mayor's office), Gujarati "મેયર કચેરીમાં", Chinese "在市长办公室会见" -- the word for
the place was read as a person named "कार्यालय" taking part. The language's ``title_places``
(cue data: "कार्यालय", "निवास", "办公室", "官邸") are such places: a name read after a title
that begins with one names no one.

>>> names_a_place("कार्यालय", ("कार्यालय",), spaced=True, particles=("में",))
True
>>> names_a_place("कार्यालयमें", ("कार्यालय",), spaced=True, particles=("में",))
True
>>> names_a_place("मालती राय", ("कार्यालय",), spaced=True, particles=("में",))
False
>>> names_a_place("Hội đồng tỉnh Töv", ("Hội đồng",), spaced=True, particles=())
True
>>> names_a_place("Hội Trần", ("Hội đồng",), spaced=True, particles=())
False
>>> names_a_place("办公室", ("办公室",), spaced=False, particles=())
True
>>> names_a_place("王伟", ("办公室",), spaced=False, particles=())
False
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["names_a_place"]


def names_a_place(
    name: str, places: Sequence[str], *, spaced: bool, particles: Sequence[str]
) -> bool:
    """Whether ``name``, read after a title, begins with one of the ``places`` of a title:
    in a spaced script its first word is one, or one with a particle glued after it
    ("કચેરીમાં"), or its first words are one of several words ("Hội đồng", a council: pass
    the text from the name on, as a name read in a cased script stops before "đồng"); in an
    unspaced script it starts with one."""
    if not spaced:
        return name.startswith(tuple(places))
    words = name.lower().split()
    first = words[0] if words else ""
    return any(
        first == w.lower()
        or (first.startswith(w.lower()) and first[len(w) :] in particles)
        or (" " in w and words[: len(w.split())] == w.lower().split())
        for w in places
    )
