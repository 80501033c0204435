"""Assisted extraction: from an article to draft reports citing their sentences."""

from __future__ import annotations

from citydiplo._extract._build import Evidence
from citydiplo._extract._extraction import Extraction, Skipped, extract
from citydiplo._extract._many import extract_many
from citydiplo._extract._mentions import Mention

__all__ = ["Evidence", "Extraction", "Mention", "Skipped", "extract", "extract_many"]
