"""Exports: pandas, networkx, GraphML/GEXF, Parquet, CSV and JSON Lines.

pandas, networkx and pyarrow are optional extras, imported only when an export needs them;
a missing one raises :class:`citydiplo.MissingExtraError` naming the extra to install.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from citydiplo._dataset import Dataset
from citydiplo._errors import check_args
from citydiplo._export._csv import to_csv
from citydiplo._export._extras import require
from citydiplo._export._frames import to_frame, to_pandas
from citydiplo._export._graph import to_networkx, write_gexf, write_graphml
from citydiplo._export._parquet import to_parquet
from citydiplo._io import dump

__all__ = [
    "EXPORT_FORMATS",
    "ExportFormat",
    "export",
    "require",
    "to_csv",
    "to_frame",
    "to_networkx",
    "to_pandas",
    "to_parquet",
    "write_gexf",
    "write_graphml",
]

ExportFormat = Literal["csv", "parquet", "graphml", "gexf", "jsonl"]
EXPORT_FORMATS: tuple[ExportFormat, ...] = ("csv", "parquet", "graphml", "gexf", "jsonl")


def export(dataset: Dataset, to: ExportFormat, out: str | os.PathLike[str]) -> list[Path]:
    """Write ``dataset`` in one of :data:`EXPORT_FORMATS`; returns the paths written.

    ``csv`` and ``parquet`` write a directory (one file or dataset per kind); ``graphml``,
    ``gexf`` and ``jsonl`` one file.
    """
    check_args("export", dataset=(dataset, Dataset), to=(to, str), out=(out, (str, os.PathLike)))
    path = Path(out)
    if to == "csv":
        return to_csv(dataset, path)
    if to == "parquet":
        return to_parquet(dataset, path)
    if to == "graphml":
        write_graphml(dataset, path)
    elif to == "gexf":
        write_gexf(dataset, path)
    elif to == "jsonl":
        dump(dataset, path, format="jsonl")
    else:
        raise ValueError(f"to={to!r} is not an export format (expected one of {EXPORT_FORMATS})")
    return [path]
