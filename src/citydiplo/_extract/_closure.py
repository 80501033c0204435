"""A known actor comes with the known actors it refers to.

With a register (``known``), ``extract`` keeps each named actor by its id; a registered
person whose role is held "of" a country or city ("Masato Takaoka, Ambassador of Japan":
``roles[0].of = "jp"``) came into the draft without that country when the article never
named it, and ``validate(extraction.dataset)`` then failed with CD101 (a reference to no
record of the dataset). Rule: the draft's actors include, transitively, every actor of the
register that a kept known actor refers to (a role's ``of``, a ``parent``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["actor_refs", "referred", "with_referenced"]


def actor_refs(actor: Any) -> list[str]:
    """The ids an actor refers to: its ``parent``, its roles' ``of``."""
    out = []
    parent = getattr(actor, "parent", None)
    if parent is not None:
        out.append(parent)
    out += [r.of for r in getattr(actor, "roles", ()) or () if getattr(r, "of", None)]
    return sorted(set(out))


def with_referenced(actors: Sequence[Any], known: Mapping[str, Any]) -> list[Any]:
    """``actors`` and, after them, the known actors they refer to, transitively.

    >>> from types import SimpleNamespace as S
    >>> jp = S(id="jp", parent=None, roles=())
    >>> envoy = S(id="takaoka", parent=None, roles=(S(of="jp"),))
    >>> [a.id for a in with_referenced([envoy], {"jp": jp, "takaoka": envoy})]
    ['takaoka', 'jp']
    >>> [a.id for a in with_referenced([envoy], {})]
    ['takaoka']
    """
    if not known:
        return list(actors)
    out = list(actors)
    have = {a.id for a in out}
    todo = list(out)
    while todo:
        for ref in actor_refs(todo.pop(0)):
            if ref not in have and ref in known:
                have.add(ref)
                out.append(known[ref])
                todo.append(known[ref])
    return out


def referred(actors: Sequence[Any], used: set[str]) -> list[Any]:
    """The actors of ``actors`` whose ids are ``used``, and those they refer to, transitively
    (in the order of ``actors``): what a dataset of the kept records must hold.

    >>> from types import SimpleNamespace as S
    >>> jp = S(id="jp", parent=None, roles=())
    >>> envoy = S(id="takaoka", parent=None, roles=(S(of="jp"),))
    >>> [a.id for a in referred([envoy, jp, S(id="x", parent=None, roles=())], {"takaoka"})]
    ['takaoka', 'jp']
    """
    by_id = {a.id: a for a in actors}
    keep = set(used)
    todo = sorted(used)
    while todo:
        actor = by_id.get(todo.pop(0))
        for ref in actor_refs(actor) if actor is not None else ():
            if ref not in keep:
                keep.add(ref)
                todo.append(ref)
    return [a for a in actors if a.id in keep]
