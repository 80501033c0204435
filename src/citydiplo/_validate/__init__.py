"""Validation: cross-record consistency checks that report, and never raise, on bad data.

Construction already guarantees what one record can guarantee alone (a month is 1-12, a
partnership has two distinct parties); ``validate`` checks what needs the whole dataset: that
references resolve, dates agree, signatories belong to a party, quotes are in their sources.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable

from citydiplo._dataset import Dataset
from citydiplo._errors import ArgumentTypeError, UnknownNameError, check_args
from citydiplo._validate._registry import Rule, RuleContext, rule, run
from citydiplo._validate._report import Finding, Report, Severity
from citydiplo._validate._rules import builtin_rules

__all__ = [
    "Finding",
    "Report",
    "Rule",
    "RuleContext",
    "Severity",
    "rule",
    "rules",
    "select_rules",
    "validate",
]


def rules() -> tuple[Rule, ...]:
    """The built-in rules, sorted by code; each has ``code``, ``severity``, ``summary`` and
    a ``description`` saying exactly what it checks.

    >>> [(r.code, r.severity.value) for r in rules()][:2]
    [('CD101', 'error'), ('CD102', 'error')]
    """
    return builtin_rules()


def select_rules(chosen: Iterable[Rule | str] | None) -> list[Rule]:
    """The rules ``validate(..., rules=chosen)`` runs, in the order it runs them."""
    if chosen is None:
        return list(builtin_rules())
    if isinstance(chosen, str):  # it would be read letter by letter
        raise ArgumentTypeError(
            f"validate() argument 'rules' must be a list of codes or rules, not one string: "
            f"{chosen!r:.80} (write [{chosen!r:.80}])"
        )
    return _select(chosen)


def _select(chosen: Iterable[Rule | str]) -> list[Rule]:
    known = {r.code: r for r in builtin_rules()}
    selected: list[Rule] = []
    for item in chosen:
        if isinstance(item, Rule):
            selected.append(item)
            continue
        check_args("validate", rules=(item, str))
        matches = [r for code, r in known.items() if code.startswith(item)] if item else []
        if not matches:
            raise UnknownNameError(
                f"{item!r} is not the code of a built-in rule (expected e.g. 'CD101' or 'CD1')",
                name=item,
                suggestions=[c for c in known if c[:3] == item[:3]][:5],
            )
        selected.extend(matches)
    return list({r.code: r for r in selected}.values())


def validate(
    dataset: Dataset,
    *,
    rules: Iterable[Rule | str] | None = None,
    today: datetime.date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Report:
    """Check a dataset's cross-record consistency; report every finding, never raise on
    bad data.

    Args:
        dataset: the dataset to check.
        rules: the rules to run: :class:`Rule` objects (your own, see :func:`rule`) and
            codes or code prefixes of built-in ones (``"CD5"`` runs every CD5xx rule);
            every built-in rule when ``None``.
        today: the reference date of rules about the future (CD208); citydiplo never reads
            the clock, so those rules are skipped without it.
        progress: called as ``progress(rules_done, rules)`` after each rule (a progress
            bar for large datasets); never called when ``None``.

    Raises:
        UnknownNameError: a code in ``rules`` names no built-in rule.
        TypeError: ``dataset`` is not a :class:`Dataset` (load a file with ``load`` first).

    >>> from citydiplo import City, Dataset, Partnership
    >>> ds = Dataset.of([City(id="hanam", name="Hanam", country="KR"),
    ...                  Partnership(id="p", parties=("hanam", "zibo"), kind="sister")])
    >>> print(validate(ds, rules=["CD101"]))
    1 error:
      CD101 $.partnerships[0].parties[1] (p): partnership 'p' refers to 'zibo', which is no record of the dataset (expected an actor)
    """  # noqa: E501
    if not isinstance(dataset, Dataset):
        hint = " (read the file with citydiplo.load first)" if isinstance(dataset, str) else ""
        raise ArgumentTypeError(
            f"validate() takes a Dataset, not {type(dataset).__name__}: {dataset!r:.80}{hint}"
        )
    check_args("validate", today=(today, (datetime.date, type(None))))
    selected = select_rules(rules)
    context = RuleContext(dataset, today=today)
    findings: list[Finding] = []
    for done, one in enumerate(selected, start=1):
        findings.extend(
            Finding(
                code=r.code,
                severity=r.severity,
                path=context.path(record, field),
                message=message,
                record=None if record is None else record.id,
            )
            for r, (record, field, message) in run([one], context)
        )
        if progress is not None:
            progress(done, len(selected))
    return Report(findings)
