"""Merging reports into occurrences, and the timeline of a dataset.

``merge`` fuses the reports of several datasets (or earlier results) into one record per
occurrence, keeping every citation and listing every disagreement as a :class:`Conflict`.
``timeline`` lists the dated records of a dataset in order.
"""

from citydiplo._merge._cited import participant_citations
from citydiplo._merge._pipeline import merge
from citydiplo._merge._result import Ambiguity, Candidate, Conflict, ConflictValue, MergeResult
from citydiplo._merge._settlements import (
    Settlement,
    SettlementError,
    load_settlements,
    write_settlements,
)
from citydiplo._merge._stored import dump_result, load_result
from citydiplo._merge._timeline import Timeline, TimelineEntry, format_date, timeline

__all__ = [
    "Ambiguity",
    "Candidate",
    "Conflict",
    "ConflictValue",
    "MergeResult",
    "Settlement",
    "SettlementError",
    "Timeline",
    "TimelineEntry",
    "dump_result",
    "format_date",
    "load_result",
    "load_settlements",
    "merge",
    "participant_citations",
    "timeline",
    "write_settlements",
]
