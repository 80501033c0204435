"""CSV files, one per kind of record, with every cell made safe for spreadsheets."""

from __future__ import annotations

import os
from pathlib import Path

from citydiplo._atomic import open_atomic, output_directory
from citydiplo._csvsafe import csv_writer, neutralize
from citydiplo._dataset import Dataset
from citydiplo._errors import ArgumentValueError, check_args
from citydiplo._export._rows import KINDS, columns, rows

__all__ = ["to_csv"]


def to_csv(dataset: Dataset, directory: str | os.PathLike[str]) -> list[Path]:
    """Write ``<kind>.csv`` for each non-empty kind of record under ``directory``, and
    remove the ``<kind>.csv`` of each empty kind that an earlier export left there (the
    directory then holds one dataset, never parts of two).

    UTF-8, a header row, the columns of :mod:`citydiplo._export._rows` (lists and nested
    values as JSON text, booleans as ``true``/``false``, unknown values empty). Text cells
    that a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``...) are
    neutralised (:func:`citydiplo._csvsafe.neutralize`). Each file is written atomically.
    Returns the files written.

    >>> import tempfile
    >>> from citydiplo import load_seeds
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     [path.name for path in to_csv(load_seeds(), tmp)]
    ['actors.csv', 'sources.csv', 'partnerships.csv', 'agreements.csv', 'events.csv', 'documents.csv', 'claims.csv', 'memberships.csv']
    """  # noqa: E501
    check_args("to_csv", dataset=(dataset, Dataset), directory=(directory, (str, os.PathLike)))
    out_dir = Path(directory)
    for kind in KINDS:  # refuse before writing anything
        if (out_dir / f"{kind}.csv").is_dir():
            raise ArgumentValueError(
                f"to_csv(): {os.fspath(out_dir / f'{kind}.csv')!r} is a directory; expected "
                f"a directory where {kind}.csv can be written"
            )
    output_directory(directory)  # itself only (a missing parent, or "", is refused)
    written = []
    for kind in KINDS:
        path = out_dir / f"{kind}.csv"
        if not getattr(dataset, kind):
            # an earlier export's file of this kind would mix two datasets in one directory
            path.unlink(missing_ok=True)
            continue
        with open_atomic(path, newline="") as handle:
            writer = csv_writer(handle)
            writer.writerow(columns(kind))
            for data in rows(dataset, kind):
                writer.writerow([_text(value) for value in data.values()])
        written.append(path)
    return written


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)  # numbers are not text: never neutralised
    return neutralize(str(value))
