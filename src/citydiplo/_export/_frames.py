"""pandas DataFrames, one per kind of record (the ``pandas`` extra)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from citydiplo._dataset import Dataset
from citydiplo._errors import check_args
from citydiplo._export._extras import require
from citydiplo._export._rows import KINDS, columns, rows

if TYPE_CHECKING:
    import pandas

__all__ = ["to_frame", "to_pandas"]


def to_frame(dataset: Dataset, kind: str) -> pandas.DataFrame:
    """The ``pandas.DataFrame`` of one kind of record (``"partnerships"``, ``"events"``...).

    Columns are described in :mod:`citydiplo._export._rows`: dates as EDTF text plus
    ``_earliest``/``_latest`` ISO dates, lists of ids and fields as Python lists, nested
    values as JSON text.

    >>> from citydiplo import City, Dataset
    >>> to_frame(Dataset.of([City(id="hanam", name="Hanam", country="KR")]), "actors")[
    ...     ["id", "country"]].values.tolist()
    [['hanam', 'KR']]
    """
    pd = require("pandas", "pandas")
    frame: pandas.DataFrame = pd.DataFrame(
        rows(dataset, kind, lists=True), columns=list(columns(kind))
    )
    return frame


def to_pandas(dataset: Dataset) -> dict[str, pandas.DataFrame]:
    """One ``pandas.DataFrame`` per kind of record, keyed ``actors``, ``sources``,
    ``partnerships``, ``agreements``, ``events``, ``documents`` and ``claims`` (empty kinds
    give empty frames with their columns).

    >>> from citydiplo import load_seeds
    >>> frames = to_pandas(load_seeds())
    >>> list(frames)[-2:], frames["events"].shape[0]
    (['claims', 'memberships'], 13)
    """
    check_args("to_pandas", dataset=(dataset, Dataset))
    require("pandas", "pandas")
    return {kind: to_frame(dataset, kind) for kind in KINDS}
