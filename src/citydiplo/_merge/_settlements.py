"""A curator's settlements of ambiguous reports, as records and as a file.

A :class:`Settlement` says which occurrence an ambiguous report belongs to. The occurrence is
named by the id of **one of its input reports** (any of them; :attr:`Candidate.reports`
lists them), never by an output id: output ids are chosen among the reports' ids and can
change when a report with a smaller id joins the occurrence, while a report id stays with
its occurrence whatever unrelated reports are added. A settlement whose occurrence is the
report itself keeps the report apart as an occurrence of its own (it is no longer listed
as ambiguous).

A settlements file is JSON (``{"settlements": [{"report": ..., "occurrence": ...,
"note": ...}]}``, or the bare list) or CSV with the header ``report,occurrence`` and an
optional ``note`` column. Reading one collects every problem, each with its path
(``$.settlements[2].occurrence`` or ``line 4 occurrence``), into one :class:`SettlementError`.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from attrs import field, frozen

from citydiplo._atomic import atomic_path
from citydiplo._errors import ParseError, Problem

__all__ = ["Settlement", "SettlementError", "load_settlements", "settlements", "write_settlements"]


class SettlementError(ParseError):
    """Settlements that cannot be read or applied: each problem with its path, quoting the
    ids it names (``.problems`` holds them all)."""

    __module__ = "citydiplo"  # shown as citydiplo.SettlementError in tracebacks


def _text(instance: object, attribute: Any, value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise SettlementError(
            f"{attribute.name} must be a non-empty report id, not {value!r}",
            problems=[Problem(f"{value!r} is no report id", path=attribute.name)],
        )


@frozen(kw_only=True)
class Settlement:
    """A curator's decision: ``report`` tells the same occurrence as ``occurrence``.

    Args:
        report: id of the ambiguous input report.
        occurrence: id of an input report of the occurrence it belongs to (the report's own
            id: an occurrence of its own).
        note: why (kept in the file; merge does not read it).

    >>> Settlement(report="he-forum", occurrence="gu-forum-nov")
    Settlement(report='he-forum', occurrence='gu-forum-nov', note=None)
    """

    report: str = field(validator=_text)
    occurrence: str = field(validator=_text)
    note: str | None = None


def settlements(
    given: Mapping[str, str] | Iterable[Settlement] | None, *, where: str = "resolve"
) -> dict[str, str]:
    """A ``resolve`` argument as report id -> occurrence id, in sorted order.

    Raises:
        SettlementError: an entry that is no pair of ids, or one report settled two ways
            (every such problem listed).
    """
    if given is None:
        return {}
    if isinstance(given, Mapping):
        pairs = [(f"{where}[{k!r}]", k, v) for k, v in given.items()]
    else:
        pairs = []
        for n, s in enumerate(given):
            if not isinstance(s, Settlement):
                raise TypeError(
                    f"resolve takes a mapping of report id to occurrence id or Settlement "
                    f"records, not {type(s).__name__}: {s!r}"
                )
            pairs.append((f"{where}[{n}]", s.report, s.occurrence))
    problems: list[Problem] = []
    chosen: dict[str, str] = {}
    for path, report, occurrence in pairs:
        bad = [(name, v) for name, v in (("report", report), ("occurrence", occurrence))
               if not isinstance(v, str) or not v.strip()]
        for name, value in bad:
            problems.append(Problem(f"{value!r} is no {name} id", path=path))
        if bad:
            continue
        earlier = chosen.setdefault(report, occurrence)
        if earlier != occurrence:
            problems.append(
                Problem(
                    f"report {report!r} is settled both as {earlier!r} and as {occurrence!r}",
                    path=path,
                )
            )
    if problems:
        raise SettlementError(f"{len(problems)} problem(s) in {where}", problems=problems)
    return {k: chosen[k] for k in sorted(chosen)}


_COLUMNS = ("report", "occurrence", "note")


def load_settlements(path: str | os.PathLike[str]) -> tuple[Settlement, ...]:
    """Read a settlements file (``.json`` or ``.csv``); see the module text for the shapes.

    Raises:
        SettlementError: listing every problem, each with its path.
        OSError: the file cannot be read.

    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "settled.csv"
    >>> _ = path.write_text("report,occurrence,note\\nhe-visit,gu-visit-apr,same delegation\\n")
    >>> load_settlements(path)
    (Settlement(report='he-visit', occurrence='gu-visit-apr', note='same delegation'),)
    """
    path = Path(path)
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SettlementError(f"{path}: not UTF-8 text ({error})") from None
    rows = _csv_rows(text, path) if path.suffix.lower() == ".csv" else _json_rows(text, path)
    problems: list[Problem] = []
    found: list[Settlement] = []
    first: dict[str, Settlement] = {}
    for where, row in rows:
        if not isinstance(row, dict):
            problems.append(Problem(f"{row!r} is no settlement (an object expected)", path=where))
            continue
        wrong = sorted(set(row) - set(_COLUMNS))
        if wrong:
            problems.append(Problem(f"unknown key(s) {wrong!r}", path=where))
        values: dict[str, Any] = {}
        for name in _COLUMNS:
            value = row.get(name)
            if name == "note":
                if value is not None and not isinstance(value, str):
                    problems.append(Problem(f"{value!r} is no text", path=f"{where}.note"))
                values[name] = value or None
            elif not isinstance(value, str) or not value.strip():
                said = "missing" if value is None else f"{value!r} is no report id"
                problems.append(Problem(said, path=f"{where}.{name}"))
            else:
                values[name] = value.strip()
        if len(values) == len(_COLUMNS):
            settlement = Settlement(**values)
            earlier = first.setdefault(settlement.report, settlement)
            if earlier.occurrence != settlement.occurrence:
                problems.append(Problem(
                    f"report {settlement.report!r} is settled both as {earlier.occurrence!r} "
                    f"and as {settlement.occurrence!r}", path=where))
            found.append(settlement)
    if problems:
        raise SettlementError(f"{path}: {len(problems)} problem(s) in the settlements",
                              problems=problems)
    return tuple(found)


def _json_rows(text: str, path: Path) -> list[tuple[str, Any]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise SettlementError(
            f"{path}: not JSON ({error.msg})",
            problems=[Problem(error.msg, path=f"line {error.lineno} column {error.colno}")],
        ) from None
    if isinstance(data, dict) and set(data) == {"settlements"}:
        data = data["settlements"]
        prefix = "$.settlements"
    else:
        prefix = "$"
    if not isinstance(data, list):
        raise SettlementError(
            f"{path}: expected a list of settlements or {{\"settlements\": [...]}}",
            problems=[Problem(f"{type(data).__name__} found", path="$")],
        )
    return [(f"{prefix}[{n}]", row) for n, row in enumerate(data)]


def _csv_rows(text: str, path: Path) -> list[tuple[str, Any]]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [h.strip() for h in reader.fieldnames or []]
    missing = [c for c in _COLUMNS[:2] if c not in header]
    if missing:
        raise SettlementError(
            f"{path}: the header must name the columns report and occurrence",
            problems=[Problem(f"missing column(s) {missing!r} in {header!r}", path="line 1")],
        )
    reader.fieldnames = header
    rows = []
    for row in reader:
        extra = row.pop(None, None)
        if extra:
            row["?"] = extra
        rows.append((f"line {reader.line_num}", {k: v for k, v in row.items() if v != ""
                                                 or k != "note"}))
    return rows


def write_settlements(
    path: str | os.PathLike[str], given: Iterable[Settlement]
) -> None:
    """Write settlements (sorted by report) as JSON or CSV, by the file's suffix; atomically.

    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "settled.json"
    >>> write_settlements(path, [Settlement(report="b", occurrence="a")])
    >>> load_settlements(path)
    (Settlement(report='b', occurrence='a', note=None),)
    """
    rows = sorted(given, key=lambda s: (s.report, s.occurrence, s.note or ""))
    if Path(path).suffix.lower() == ".csv":
        out = io.StringIO(newline="")
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(_COLUMNS)
        writer.writerows((s.report, s.occurrence, s.note or "") for s in rows)
        data = out.getvalue()
    else:
        entries = [
            {"report": s.report, "occurrence": s.occurrence}
            | ({} if s.note is None else {"note": s.note})
            for s in rows
        ]
        data = json.dumps({"settlements": entries}, ensure_ascii=False, indent=2) + "\n"
    with atomic_path(path) as temporary:
        temporary.write_text(data, encoding="utf-8")
