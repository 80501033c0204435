"""A town built by a place marker does not start inside a person's name.

"济宁市新缔结3个国际友好城市 石光亮代表市政府签约" (headline: Shi Guangliang signs for the
city government): the marker "市" of "市政府" and the Han letters before it built a town
"亮代表市" out of the end of the mayor's name "石光亮" and the verb "代表" (on behalf of),
and the headline paired that town with Jining. Rule: a name that a place marker builds is no
place when it begins strictly inside the name of a person the article names (that name
written anywhere in the article at that spot: the headline repeats the lead's "市长石光亮"
without the title).
"""

from __future__ import annotations

from collections.abc import Sequence

from citydiplo._extract._mention import Mention

__all__ = ["not_in_names"]


def not_in_names(
    cored: list[tuple[Mention, str]], found: Sequence[Mention], text: str
) -> list[tuple[Mention, str]]:
    """``cored`` without the marker-built names that begin inside a person's name.

    >>> from types import SimpleNamespace as S
    >>> t = "市长石光亮在济宁。石光亮代表市政府签约"
    >>> person = S(kind="person", name="石光亮", text="石光亮")
    >>> built = (S(start=11, end=15), "亮代表")
    >>> not_in_names([built], [person], t)
    []
    >>> whole = (S(start=6, end=8), "济宁")
    >>> not_in_names([whole], [person], t) == [whole]
    True
    """
    names = sorted(
        {m.name or m.text for m in found if m.kind == "person" and len(m.name or m.text) >= 2}
    )
    if not names or not cored:
        return cored
    inside: set[int] = set()
    for name in names:
        at = text.find(name)
        while at >= 0:
            inside.update(range(at + 1, at + len(name)))
            at = text.find(name, at + 1)
    return [(m, core) for m, core in cored if m.start not in inside]
