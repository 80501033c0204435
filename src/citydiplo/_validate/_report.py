"""Findings and the report that collects them.

A :class:`Finding` says what is wrong with one record (or, rarely, with the dataset as a
whole): a stable ``code``, a :class:`Severity`, the ``path`` of the field at fault, a
message that names the values involved and the ``record`` id.

Paths use the JSONPath-like scheme of :class:`citydiplo.ParseError`, addressed in the JSON
document form of the dataset: ``$.agreements[3].signatories[0].person`` is the ``person`` of
the first signatory of the fourth agreement (``dataset.agreements[3]``). The record's id is
kept apart in ``Finding.record`` and shown next to the path when printed.
"""

from __future__ import annotations

import enum
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

import orjson
from attrs import field, frozen

from citydiplo._errors import ValidationError
from citydiplo._model._checks import InvalidModelError

__all__ = ["Finding", "Report", "Severity"]


class Severity(enum.StrEnum):
    """How serious a finding is: ``error`` (the data contradicts itself), ``warning`` (it is
    probably wrong or incomplete) or ``info`` (worth knowing, often fine)."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    def __str__(self) -> str:
        return self.value

    def __repr__(self) -> str:
        return f"Severity.{self.name}"

    @property
    def rank(self) -> int:
        """0 for errors, 1 for warnings, 2 for infos: the order reports list them in."""
        return _RANK[self]


_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
_DIGITS = re.compile(r"(\d+)")


def _to_severity(value: Severity | str) -> Severity:
    try:
        return Severity(value)
    except ValueError:
        choices = ", ".join(repr(s.value) for s in Severity)
        raise InvalidModelError(
            f"severity: {value!r} is not a severity (expected one of {choices})", field="severity"
        ) from None


def _natural(path: str) -> tuple[Any, ...]:
    # "$.events[10]" sorts after "$.events[9]"
    return tuple(int(part) if part.isdigit() else part for part in _DIGITS.split(path))


@frozen(kw_only=True)
class Finding:
    """One problem found by :func:`citydiplo.validate`.

    >>> f = Finding(code="CD101", severity="error", path="$.partnerships[0].parties[1]",
    ...             message="'zibo' is no record of the dataset", record="p1")
    >>> print(f)
    error CD101 $.partnerships[0].parties[1] (p1): 'zibo' is no record of the dataset
    """

    code: str
    severity: Severity = field(converter=_to_severity)
    path: str
    message: str
    record: str | None = None

    def sort_key(self) -> tuple[Any, ...]:
        """Errors first, then by code, path (numbers compared as numbers) and message."""
        return (self.severity.rank, self.code, _natural(self.path), self.message)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data: ``code``, ``severity``, ``path``, ``record``, ``message``."""
        return {
            "code": self.code,
            "severity": self.severity.value,
            "path": self.path,
            "record": self.record,
            "message": self.message,
        }

    def located(self) -> str:
        """``path (record): message``, the finding without its code and severity."""
        where = self.path if self.record is None else f"{self.path} ({self.record})"
        return f"{where}: {self.message}"

    def __str__(self) -> str:
        return f"{self.severity} {self.code} {self.located()}"


def _sorted(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    return tuple(sorted(set(findings), key=Finding.sort_key))


@frozen
class Report:
    """The findings of a validation, sorted: errors first, then by code and path.

    Iterate over it, take its ``len``, filter it, print it or write it as JSON.

    >>> report = Report([Finding(code="CD402", severity="info", path="$.partnerships[0]",
    ...                          message="domestic", record="p")])
    >>> report.ok, len(report), len(report.filter(severity="error"))
    (True, 1, 0)
    """

    findings: tuple[Finding, ...] = field(converter=_sorted, factory=tuple)

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)

    def __len__(self) -> int:
        return len(self.findings)

    def __getitem__(self, index: int) -> Finding:
        return self.findings[index]

    @property
    def ok(self) -> bool:
        """True when there is no error (warnings and infos allowed)."""
        return not any(f.severity is Severity.ERROR for f in self.findings)

    @property
    def errors(self) -> Report:
        """The findings of severity ``error``."""
        return self.filter(severity=Severity.ERROR)

    @property
    def warnings(self) -> Report:
        """The findings of severity ``warning``."""
        return self.filter(severity=Severity.WARNING)

    @property
    def infos(self) -> Report:
        """The findings of severity ``info``."""
        return self.filter(severity=Severity.INFO)

    def filter(
        self,
        *,
        severity: Severity | str | Iterable[Severity | str] | None = None,
        code: str | Iterable[str] | None = None,
        record: str | None = None,
    ) -> Report:
        """The findings of some severities, codes (``"CD1"`` selects every ``CD1xx``) and
        record id.

        >>> Report().filter(severity=["error", "warning"], code="CD1").ok
        True
        """
        keep = list(self.findings)
        if severity is not None:
            wanted = (
                {_to_severity(severity)}
                if isinstance(severity, str)
                else {_to_severity(s) for s in severity}
            )
            keep = [f for f in keep if f.severity in wanted]
        if code is not None:
            prefixes = (code,) if isinstance(code, str) else tuple(code)
            keep = [f for f in keep if f.code.startswith(prefixes)]
        if record is not None:
            keep = [f for f in keep if f.record == record]
        return Report(keep)

    def counts(self) -> dict[str, int]:
        """Number of findings by code, in code order."""
        return dict(sorted(Counter(f.code for f in self.findings).items()))

    def to_json(self) -> str:
        """The findings as a JSON array of objects (see :meth:`Finding.to_dict`)."""
        return orjson.dumps([f.to_dict() for f in self.findings]).decode()

    def raise_for_errors(self) -> None:
        """Raise :class:`citydiplo.ValidationError` if there is any error; else do nothing."""
        errors = self.errors
        if errors:
            count = f"{len(errors)} error{'s' if len(errors) != 1 else ''}"
            raise ValidationError(
                f"validation found {count}:\n" + "\n".join(f"  {f}" for f in errors),
                findings=errors.findings,
            )

    def __str__(self) -> str:
        if not self.findings:
            return "no findings"
        lines: list[str] = []
        for severity in Severity:
            group = [f for f in self.findings if f.severity is severity]
            if group:
                plural = "s" if len(group) != 1 else ""
                lines.append(f"{len(group)} {severity}{plural}:")
                lines.extend(f"  {f.code} {f.located()}" for f in group)
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        from citydiplo._html import report_html

        return report_html(self)

    def __repr__(self) -> str:
        by = Counter(f.severity.value for f in self.findings)
        parts = ", ".join(f"{s.value}={by[s.value]}" for s in Severity if by[s.value])
        return f"<Report {parts or 'no findings'}>"
