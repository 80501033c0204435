"""A curator's settlements of ambiguous reports, as records and as a file.

A :class:`Settlement` says which occurrence an ambiguous report belongs to. The occurrence is
named by the id of **one of its input reports** (any of them; :attr:`Candidate.reports`
lists them), never by an output id: output ids are chosen among the reports' ids and can
change when a report with a smaller id joins the occurrence, while a report id stays with
its occurrence whatever unrelated reports are added. A settlement whose occurrence is the
report itself keeps the report apart as an occurrence of its own (it is no longer listed
as ambiguous).

A settlements file is JSON or CSV:

- JSON: ``{"settlements": [{"report": ..., "occurrence": ..., "note": ...}]}``, the bare
  list, or an object of report id to occurrence id (``{"he-forum": "gu-forum-nov"}``);
- CSV: the header ``report,occurrence`` and an optional ``note`` column. A cell that a
  spreadsheet would run as a formula (it begins with ``=``, ``+``, ``-``, ``@``...) is
  written with a leading ``'`` (see :mod:`citydiplo._csvsafe`), which reading takes off.

Ids are taken exactly as written: an id with spaces around it is refused (no record id has
any), never trimmed. Reading collects every problem, each with its path
(``$.settlements[2].occurrence``, ``$['he-forum']`` or ``line 4.occurrence``), into one
:class:`SettlementError`.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from attrs import field, frozen

from citydiplo._atomic import atomic_path
from citydiplo._csvsafe import csv_writer, neutralize
from citydiplo._errors import ParseError, Problem, check_args
from citydiplo._jsoncheck import duplicate_keys
from citydiplo._readfile import read_limited

__all__ = [
    "Settlement",
    "SettlementError",
    "id_problem",
    "load_settlements",
    "write_settlements",
]


class SettlementError(ParseError, TypeError):
    """Settlements that cannot be read or applied: each problem with its path, quoting the
    ids it names (``.problems`` holds them all). A ``resolve`` argument of the wrong shape
    is one too, so the error is both a ``ValueError`` and a ``TypeError``."""

    __module__ = "citydiplo"  # shown as citydiplo.SettlementError in tracebacks


def id_problem(value: object, what: str) -> str | None:
    """Why ``value`` cannot be a report id (``what`` names its role), or ``None``.

    >>> id_problem(" a ", "report")
    "' a ' is no report id (an id has no spaces around it)"
    """
    if not isinstance(value, str):
        return f"{value!r} is no {what} id (expected text, not {type(value).__name__})"
    if not value.strip():
        return f"{value!r} is no {what} id (expected a non-empty id)"
    if value != value.strip():
        return f"{value!r} is no {what} id (an id has no spaces around it)"
    return None


def _check_id(instance: object, attribute: Any, value: Any) -> None:
    problem = id_problem(value, attribute.name)
    if problem is not None:
        raise SettlementError(
            f"Settlement.{attribute.name}: {problem}",
            problems=[Problem(problem, path=attribute.name)],
        )


def _check_note(instance: object, attribute: Any, value: Any) -> None:
    if value is None or (isinstance(value, str) and value):
        return
    problem = f"{value!r} is no note (expected non-empty text or None)"
    raise SettlementError(f"Settlement.note: {problem}", problems=[Problem(problem, path="note")])


@frozen(kw_only=True)
class Settlement:
    """A curator's decision: ``report`` tells the same occurrence as ``occurrence``.

    Args:
        report: id of the ambiguous input report.
        occurrence: id of an input report of the occurrence it belongs to (the report's own
            id: an occurrence of its own).
        note: why (kept in the file and in :attr:`MergeResult.settlements`; merge does not
            read it).

    >>> Settlement(report="he-forum", occurrence="gu-forum-nov")
    Settlement(report='he-forum', occurrence='gu-forum-nov', note=None)
    """

    report: str = field(validator=_check_id)
    occurrence: str = field(validator=_check_id)
    note: str | None = field(default=None, validator=_check_note)

    def sort_key(self) -> tuple[str, str, str]:
        """The canonical order of settlements: by report, occurrence and note."""
        return (self.report, self.occurrence, self.note or "")


_COLUMNS = ("report", "occurrence", "note")
#: A settlements file names a few reports per ambiguity: refuse anything this large.
MAX_SETTLEMENT_BYTES = 1 << 28


def load_settlements(path: str | os.PathLike[str]) -> tuple[Settlement, ...]:
    """Read a settlements file (``.csv``, or else JSON); see the module text for the shapes.

    Raises:
        SettlementError: listing every problem, each with its path.
        NotADatasetPathError: (a ``FileNotFoundError``) the file does not exist.
        DirectoryPathError: (an ``IsADirectoryError``) ``path`` is a directory.
        ParseError: the file (or device) is larger than 256 MiB.
        OSError: the file cannot be read.

    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "settled.csv"
    >>> _ = path.write_text("report,occurrence,note\\nhe-visit,gu-visit-apr,same delegation\\n")
    >>> load_settlements(path)
    (Settlement(report='he-visit', occurrence='gu-visit-apr', note='same delegation'),)
    """
    check_args("load_settlements", path=(path, (str, os.PathLike)))
    path = Path(path)  # missing, a directory, or past the limit: errors that name it
    raw = read_limited(path, MAX_SETTLEMENT_BYTES, "a settlements file, .json or .csv")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SettlementError(f"{path}: not UTF-8 text ({error})") from None
    rows = _csv_rows(text, path) if path.suffix.lower() == ".csv" else _json_rows(text, path)
    problems: list[Problem] = []
    found: list[Settlement] = []
    first: dict[str, Settlement] = {}
    for where, row in rows:
        if isinstance(row, Problem):
            problems.append(row)
            continue
        if not isinstance(row, dict):
            problems.append(Problem(f"{row!r} is no settlement (an object expected)", path=where))
            continue
        wrong = sorted(set(row) - set(_COLUMNS))
        if wrong:
            problems.append(Problem(f"unknown key(s) {wrong!r}", path=where))
        values: dict[str, Any] = {}
        for name in _COLUMNS:
            if name not in row and name != "note":
                problems.append(Problem("missing", path=f"{where}.{name}"))
                continue
            value = row.get(name)
            if name == "note":
                if value is not None and not isinstance(value, str):
                    problems.append(Problem(f"{value!r} is no text", path=f"{where}.note"))
                else:
                    values[name] = value or None
            elif (problem := id_problem(value, name)) is not None:
                problems.append(Problem(problem, path=f"{where}.{name}"))
            else:
                values[name] = value
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
    repeated = duplicate_keys(text.encode("utf-8"), data)
    if repeated:
        raise SettlementError(f"{path}: a key given twice", problems=repeated)
    if isinstance(data, dict) and set(data) == {"settlements"} and isinstance(
        data["settlements"], list
    ):
        return [(f"$.settlements[{n}]", row) for n, row in enumerate(data["settlements"])]
    if isinstance(data, dict):  # report id -> occurrence id
        return [
            (f"$[{report!r}]", {"report": report, "occurrence": occurrence})
            for report, occurrence in data.items()
        ]
    if not isinstance(data, list):
        raise SettlementError(
            f"{path}: expected a list of settlements, {{\"settlements\": [...]}} or an object "
            "of report id to occurrence id",
            problems=[Problem(f"{type(data).__name__} found: {data!r:.60}", path="$")],
        )
    return [(f"$[{n}]", row) for n, row in enumerate(data)]


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
    rows: list[tuple[str, Any]] = []
    for row in reader:
        where = f"line {reader.line_num}"
        extra = row.pop(None, None)
        for n, cell in enumerate(extra or (), start=len(header) + 1):
            rows.append((where, Problem(
                f"{cell!r} in column {n}, which the header does not name (it names "
                f"{', '.join(header)})", path=where)))
        # a row with fewer cells than the header has None for the rest: those are missing
        cells = {k: _unescape(v) for k, v in row.items() if isinstance(v, str)}
        rows.append((where, {k: v for k, v in cells.items() if v != "" or k != "note"}))
    return rows


def _needs_quote(cell: str) -> bool:
    # a cell a spreadsheet would run, or one that reading would take a quote off: what
    # follows its leading quotes would be run
    rest = cell.lstrip("'")
    return neutralize(rest) != rest


def _escape(cell: str) -> str:
    """``cell`` as written to CSV: a leading ``'`` when a spreadsheet would run it (or when
    it begins with a quote that :func:`_unescape` would take off), so that every text reads
    back as it was."""
    return "'" + cell if _needs_quote(cell) else cell


def _unescape(cell: str) -> str:
    """The text :func:`_escape` wrote as ``cell``."""
    return cell[1:] if cell[:1] == "'" and _needs_quote(cell[1:]) else cell


def write_settlements(
    path: str | os.PathLike[str], given: Iterable[Settlement]
) -> None:
    """Write settlements (sorted by report) as CSV for a ``.csv`` name, JSON otherwise;
    atomically.

    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "settled.json"
    >>> write_settlements(path, [Settlement(report="b", occurrence="a")])
    >>> load_settlements(path)
    (Settlement(report='b', occurrence='a', note=None),)
    """
    check_args("write_settlements", path=(path, (str, os.PathLike)))
    if isinstance(given, str | bytes) or not isinstance(given, Iterable):
        check_args("write_settlements", given=(given, (list, tuple)))
    given = tuple(given)
    for item in given:
        check_args("write_settlements", given=(item, Settlement))
    rows = sorted(given, key=Settlement.sort_key)
    if Path(path).suffix.lower() == ".csv":
        out = io.StringIO(newline="")
        writer = csv_writer(out)
        writer.writerow(_COLUMNS)
        writer.writerows(
            (_escape(s.report), _escape(s.occurrence), _escape(s.note or "")) for s in rows
        )
        data = out.getvalue()
    else:
        data = json.dumps({"settlements": settlements_data(rows)}, ensure_ascii=False,
                          indent=2) + "\n"
    with atomic_path(path) as temporary:
        temporary.write_bytes(data.encode("utf-8"))


def settlements_data(given: Iterable[Settlement]) -> list[dict[str, str]]:
    """Settlements as JSON data (the entries of a settlements file)."""
    return [
        {"report": s.report, "occurrence": s.occurrence}
        | ({} if s.note is None else {"note": s.note})
        for s in given
    ]
