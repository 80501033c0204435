"""citydiplo: typed, multilingual data for city diplomacy.

Cities run their own foreign relations: sister-city partnerships, memoranda of understanding,
visits and delegations. citydiplo turns what the news says about them into immutable typed
records with provenance, validates them, merges accounts of the same occurrence and answers
questions about the result.
"""

from __future__ import annotations

from citydiplo._dataset import Dataset, Record, UnknownIdError
from citydiplo._errors import (
    AmbiguousNameError,
    CitydiploError,
    DateParseError,
    InvalidDateError,
    MissingExtraError,
    ParseError,
    Problem,
    UnknownNameError,
)
from citydiplo._export import (
    to_csv,
    to_networkx,
    to_pandas,
    to_parquet,
    write_gexf,
    write_graphml,
)
from citydiplo._io import dump, dumps, load, loads
from citydiplo._model import (
    Actor,
    Agreement,
    AgreementKind,
    Citation,
    City,
    CountClaim,
    Counted,
    Country,
    Document,
    DocumentKind,
    Event,
    EventKind,
    Field,
    Identifier,
    InvalidModelError,
    Label,
    Organization,
    OrganizationKind,
    Participant,
    Partnership,
    PartnershipKind,
    PartnershipStatus,
    Person,
    PersonRole,
    Region,
    Role,
    Signatory,
    Source,
)
from citydiplo._query import Anniversary, Partner
from citydiplo.dates import DateRange, DateValue, PartialDate, Precision, Unbounded, parse_edtf

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Agreement",
    "AgreementKind",
    "AmbiguousNameError",
    "Anniversary",
    "Citation",
    "City",
    "CitydiploError",
    "CountClaim",
    "Counted",
    "Country",
    "Dataset",
    "DateParseError",
    "DateRange",
    "DateValue",
    "Document",
    "DocumentKind",
    "Event",
    "EventKind",
    "Field",
    "Identifier",
    "InvalidDateError",
    "InvalidModelError",
    "Label",
    "MissingExtraError",
    "Organization",
    "OrganizationKind",
    "ParseError",
    "PartialDate",
    "Participant",
    "Partner",
    "Partnership",
    "PartnershipKind",
    "PartnershipStatus",
    "Person",
    "PersonRole",
    "Precision",
    "Problem",
    "Record",
    "Region",
    "Role",
    "Signatory",
    "Source",
    "Unbounded",
    "UnknownIdError",
    "UnknownNameError",
    "dump",
    "dumps",
    "load",
    "loads",
    "parse_edtf",
    "to_csv",
    "to_networkx",
    "to_pandas",
    "to_parquet",
    "write_gexf",
    "write_graphml",
]
