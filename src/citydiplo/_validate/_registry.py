"""Rules: what a check is, how one is declared, and the context checks run in.

A rule is a value, not an entry in a global table: :func:`rule` turns a function into a
:class:`Rule`, the built-in rules are the tuple :func:`citydiplo.rules` returns, and
``validate(dataset, rules=[...])`` runs whichever rules it is given. Adding a rule of your own
is therefore::

    @citydiplo.rule("MY001", citydiplo.Severity.WARNING)
    def untitled_agreements(ctx):
        \"\"\"An agreement without a title.\"\"\"
        for agreement in ctx.dataset.agreements:
            if agreement.title is None:
                yield agreement, "title", f"agreement {agreement.id!r} has no title"

    report = citydiplo.validate(dataset, rules=[*citydiplo.rules(), untitled_agreements])

A check takes a :class:`RuleContext` and yields ``(record, field, message)`` triples: the record
at fault (``None`` for the dataset as a whole), the path of the field inside it
(``"signatories[0].person"``, or ``""`` for the record itself) and a message that names the
values involved. :func:`citydiplo.validate` turns them into findings with the rule's code and
severity and the record's path.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterable, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, TypeAlias

from attrs import field, frozen

from citydiplo._errors import ArgumentTypeError, ArgumentValueError
from citydiplo._model import ActorBase, InvalidModelError, Source
from citydiplo._validate._report import Severity, _to_severity

if TYPE_CHECKING:
    from citydiplo._dataset import Dataset
    from citydiplo._model import Record

__all__ = ["Check", "Hit", "Rule", "RuleContext", "rule"]

Hit: TypeAlias = "tuple[Record | None, str, str]"
"""What a check yields: ``(record or None, field path inside the record, message)``."""

Check: TypeAlias = "Callable[[RuleContext], Iterable[Hit]]"

_CODE = re.compile(r"^[A-Z]{1,8}[0-9]{1,5}$")


def _check_code(instance: Rule | None, attribute: object, value: str) -> None:
    if not isinstance(value, str) or not _CODE.match(value):
        raise InvalidModelError(
            f"Rule.code: {value!r} is not a rule code (expected letters then digits, "
            "e.g. 'CD101' or 'MY001')",
            field="code",
        )


@frozen(kw_only=True)
class Rule:
    """A named check: ``code``, ``severity``, a one-line ``summary`` and the ``check``.

    ``description`` is the whole docstring of the check, which says exactly what the rule
    looks at; the documentation lists the built-in rules from it.
    """

    code: str = field(validator=_check_code)
    severity: Severity = field(converter=_to_severity)
    check: Check = field(repr=False)
    summary: str
    description: str = field(repr=False)

    def __call__(self, context: RuleContext) -> Iterable[Hit]:
        return self.check(context)


def rule(code: str, severity: Severity | str) -> Callable[[Check], Rule]:
    """Turn a check function into a :class:`Rule`; its docstring becomes the summary.

    >>> @rule("MY001", "info")
    ... def no_sources(ctx):
    ...     '''A dataset without any source.'''
    ...     if not ctx.dataset.sources:
    ...         yield None, "sources", "the dataset has no source"
    >>> no_sources.code, no_sources.severity, no_sources.summary
    ('MY001', Severity.INFO, 'A dataset without any source.')
    """

    _check_code(None, None, code)  # fail at the decorator line, not at the first call
    level = _to_severity(severity)

    def decorate(check: Check) -> Rule:
        doc = " ".join((check.__doc__ or "").split("\n\n", 1)[0].split())
        if not doc:
            raise ArgumentValueError(f"rule {code!r}: the check {check!r} needs a docstring")
        description = "\n".join(line.strip() for line in (check.__doc__ or "").splitlines())
        return Rule(
            code=code, severity=level, check=check, summary=doc, description=description.strip()
        )

    return decorate


class RuleContext:
    """What a check sees: the dataset, ``today`` (if given) and shared look-ups.

    Look-ups are built lazily, once per validation, and shared by every rule.
    """

    def __init__(self, dataset: Dataset, *, today: datetime.date | None = None) -> None:
        self.dataset = dataset
        self.today = today

    @cached_property
    def _paths(self) -> dict[int, str]:
        from citydiplo._dataset import COLLECTIONS

        paths: dict[int, str] = {}
        for name in COLLECTIONS:
            for index, record in enumerate(getattr(self.dataset, name)):
                paths[id(record)] = f"$.{name}[{index}]"
        return paths

    def path(self, record: Record | None, field: str = "") -> str:
        """``$.agreements[3]`` for a record of the dataset, with ``field`` appended."""
        base = "$" if record is None else self._paths.get(id(record), "$")
        if not field:
            return base
        return f"{base}{field}" if field.startswith("[") else f"{base}.{field}"

    def get(self, id: str) -> Record | None:
        """The first record with this id, or ``None``."""
        return self.dataset.get(id)

    def actor(self, id: str | None) -> ActorBase | None:
        """The actor with this id, or ``None`` if there is none (or it is no actor)."""
        record = self.dataset.get(id) if id is not None else None
        return record if isinstance(record, ActorBase) else None

    def source(self, id: str) -> Source | None:
        """The source with this id, or ``None``."""
        record = self.dataset.get(id)
        return record if isinstance(record, Source) else None

    def ancestors(self, id: str) -> tuple[str, ...]:
        """Ids of the actor's parent, grandparent... (stops at a missing actor or a cycle)."""
        return self._ancestors.get(id, ())

    @cached_property
    def _ancestors(self) -> dict[str, tuple[str, ...]]:
        out: dict[str, tuple[str, ...]] = {}
        for actor in self.dataset.actors:
            chain: list[str] = []
            seen = {actor.id}
            parent = actor.parent
            while parent is not None and parent not in seen:
                chain.append(parent)
                seen.add(parent)
                found = self.actor(parent)
                parent = found.parent if found is not None else None
            out.setdefault(actor.id, tuple(chain))
        return out

    def country_of(self, id: str) -> str | None:
        """The actor's country, or its nearest ancestor's, or ``None``."""
        for candidate in (id, *self.ancestors(id)):
            actor = self.actor(candidate)
            if actor is not None and actor.country is not None:
                return actor.country
        return None


def run(rules: Iterable[Rule], context: RuleContext) -> Iterator[tuple[Rule, Hit]]:
    """Every hit of every rule (a rule that fails yields one ``CD000`` hit instead)."""
    for r in rules:
        try:
            for hit in r.check(context):
                if not (
                    isinstance(hit, tuple)
                    and len(hit) == 3
                    and isinstance(hit[1], str)
                    and isinstance(hit[2], str)
                ):
                    raise ArgumentTypeError(
                        f"the check yielded {hit!r:.80}; expected a (record or None, path, "
                        "message) tuple"
                    )
                yield r, hit
        except Exception as exc:  # a broken rule must not hide the other findings
            broken = Rule(
                code="CD000",
                severity=Severity.ERROR,
                check=r.check,
                summary="A rule failed.",
                description="A rule failed.",
            )
            yield broken, (None, "", f"rule {r.code} failed: {type(exc).__name__}: {exc}")
