"""Importers of other people's lists into citydiplo datasets."""

from citydiplo._importers._locate import link_geonames
from citydiplo._importers._pairs import DEFAULT_COLUMNS, PairsImport, RowProblem, import_pairs

__all__ = ["DEFAULT_COLUMNS", "PairsImport", "RowProblem", "import_pairs", "link_geonames"]
