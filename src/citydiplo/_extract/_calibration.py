"""``Evidence.score``: how often candidates like this one were right, as measured.

A candidate's *band* is its record type and its slot coverage (``Evidence.coverage``: the
share of the record's slots its own sentence fills, see :mod:`citydiplo._extract._build`).
The score of a band is the share of the candidates of that band that matched a hand-curated
record on the development articles, (matched + 1) / (candidates + 2), read from
``data/calibration.json`` (written by ``bench/calibrate_extract_score.py``, which names the
articles it was measured on). It is an observed frequency on those articles without a
register, not a guarantee for others; a band the articles never produced takes the share
over all candidates.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["calibrated"]


@cache
def _table() -> dict[str, Any]:
    path = resources.files("citydiplo._extract").joinpath("data", "calibration.json")
    table: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return table


def calibrated(record_type: str, coverage: float) -> float:
    """The measured share of right candidates in the band of ``record_type`` and ``coverage``.

    >>> 0.0 <= calibrated("partnership", 1.0) <= 1.0
    True
    """
    table = _table()
    band = table["bands"].get(f"{record_type}:{coverage:.2f}")
    return float(band["score"] if band is not None else table["default"])
