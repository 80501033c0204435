"""Exports: pandas, networkx, GraphML/GEXF, Parquet, CSV, JSON Lines, GeoJSON and maps.

pandas, networkx and pyarrow are optional extras, imported only when an export needs them;
a missing one raises :class:`citydiplo.MissingExtraError` naming the extra to install.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from citydiplo._dataset import Dataset
from citydiplo._errors import ArgumentValueError, check_args
from citydiplo._export._blocks import write_partitioned
from citydiplo._export._csv import to_csv
from citydiplo._export._extras import require
from citydiplo._export._frames import to_frame, to_pandas
from citydiplo._export._geojson import to_geojson, write_geojson
from citydiplo._export._graph import to_networkx, write_gexf, write_graphml
from citydiplo._export._map import to_map
from citydiplo._export._merged import read_merged
from citydiplo._export._parquet import read_parquet, to_parquet
from citydiplo._io import dump

__all__ = [
    "EXPORT_FORMATS",
    "ExportFormat",
    "export",
    "read_merged",
    "read_parquet",
    "require",
    "to_csv",
    "to_frame",
    "to_geojson",
    "to_map",
    "to_networkx",
    "to_pandas",
    "to_parquet",
    "write_geojson",
    "write_gexf",
    "write_graphml",
    "write_partitioned",
]

ExportFormat = Literal["csv", "parquet", "graphml", "gexf", "jsonl", "geojson"]
EXPORT_FORMATS: tuple[ExportFormat, ...] = ("csv", "parquet", "graphml", "gexf", "jsonl", "geojson")


def export(dataset: Dataset, to: ExportFormat, out: str | os.PathLike[str]) -> list[Path]:
    """Write ``dataset`` in one of :data:`EXPORT_FORMATS`; returns the paths written.

    ``csv`` and ``parquet`` write a directory (one file or dataset per kind); ``graphml``,
    ``gexf``, ``jsonl`` and ``geojson`` one file.
    """
    check_args("export", dataset=(dataset, Dataset), to=(to, str), out=(out, (str, os.PathLike)))
    if not os.fspath(out):  # Path('') would be '.', the working directory
        raise ArgumentValueError("export(): out='' (empty); expected a file or directory name")
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
    elif to == "geojson":
        write_geojson(dataset, path)
    else:
        raise ArgumentValueError(
            f"to={to!r} is not an export format (expected one of {EXPORT_FORMATS})"
        )
    return [path]
