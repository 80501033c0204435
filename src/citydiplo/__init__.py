"""citydiplo: typed, multilingual data for city diplomacy.

Cities run their own foreign relations: sister-city partnerships, memoranda of understanding,
visits and delegations. citydiplo turns what the news says about them into immutable typed
records with provenance, validates them, merges accounts of the same occurrence and answers
questions about the result.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the public names for type checkers and documentation tools
    from citydiplo._dataset import Dataset, Record, UnknownIdError
    from citydiplo._docnums import (
        DocumentNumber,
        DocumentNumberMention,
        DocumentStyle,
        find_document_numbers,
        parse_document_number,
    )
    from citydiplo._errors import (
        AmbiguousNameError,
        ArgumentTypeError,
        ArgumentValueError,
        CitydiploError,
        DateParseError,
        DirectoryPathError,
        InvalidDateError,
        MissingExtraError,
        NotADatasetPathError,
        ParseError,
        Problem,
        UnknownNameError,
        ValidationError,
        WriteError,
    )
    from citydiplo._export import (
        read_merged,
        read_parquet,
        to_csv,
        to_geojson,
        to_map,
        to_networkx,
        to_pandas,
        to_parquet,
        write_geojson,
        write_gexf,
        write_graphml,
        write_partitioned,
    )
    from citydiplo._extract import Evidence, Extraction, Mention, Skipped, extract, extract_many
    from citydiplo._geo import (
        AmbiguousPlaceError,
        Place,
        PlaceKind,
        PlaceMention,
        country_name,
        find_places,
        is_valid_country,
        is_valid_subdivision,
        parse_place,
        resolve_country,
        resolve_subdivision,
    )
    from citydiplo._importers import PairsImport, RowProblem, import_pairs, link_geonames
    from citydiplo._io import dump, dumps, load, loads
    from citydiplo._merge import (
        Ambiguity,
        Candidate,
        Conflict,
        ConflictValue,
        MergeResult,
        Settlement,
        SettlementError,
        Timeline,
        TimelineEntry,
        dump_result,
        load_result,
        load_settlements,
        merge,
        participant_citations,
        timeline,
        write_settlements,
    )
    from citydiplo._model import (
        Actor,
        Agreement,
        AgreementKind,
        AgreementStatus,
        Citation,
        City,
        CityCategory,
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
        Membership,
        MembershipRole,
        Money,
        Organization,
        OrganizationKind,
        Participant,
        Partnership,
        PartnershipKind,
        PartnershipStatus,
        Person,
        PersonRole,
        Qualifier,
        Region,
        Role,
        Signatory,
        Source,
    )
    from citydiplo._query import Anniversary, Partner, StatusStep
    from citydiplo._schema import json_schema
    from citydiplo._seeds import load_seeds
    from citydiplo._text import (
        DateMention,
        DateResolution,
        anniversary_base,
        find_dates,
        parse_date,
    )
    from citydiplo._validate import (
        Finding,
        Report,
        Rule,
        RuleContext,
        Severity,
        rule,
        rules,
        validate,
    )
    from citydiplo.dates import (
        DateRange,
        DateValue,
        PartialDate,
        Precision,
        RecordDate,
        Unbounded,
        YearlessDate,
        parse_edtf,
    )

__version__ = "0.1.0"

# ``import citydiplo`` loads none of the modules behind the public names: each is imported
# on first use of one of its names (PEP 562), so that starting up costs about as much as
# importing attrs and cattrs, not as much as every parser, exporter and table. The table
# lists exactly the imports of the ``TYPE_CHECKING`` block above (a test checks it).
_EXPORTS: dict[str, tuple[str, ...]] = {
    "citydiplo._dataset": ("Dataset", "Record", "UnknownIdError"),
    "citydiplo._docnums": (
        "DocumentNumber", "DocumentNumberMention", "DocumentStyle", "find_document_numbers",
        "parse_document_number",
    ),
    "citydiplo._errors": (
        "AmbiguousNameError", "ArgumentTypeError", "ArgumentValueError", "CitydiploError",
        "DateParseError", "DirectoryPathError", "InvalidDateError", "MissingExtraError",
        "NotADatasetPathError",
        "ParseError", "Problem", "UnknownNameError", "ValidationError", "WriteError",
    ),
    "citydiplo._export": (
        "read_merged", "read_parquet", "to_csv", "to_geojson", "to_map", "to_networkx",
        "to_pandas", "to_parquet", "write_geojson", "write_gexf", "write_graphml",
        "write_partitioned",
    ),
    "citydiplo._extract": (
        "Evidence", "Extraction", "Mention", "Skipped", "extract", "extract_many",
    ),
    "citydiplo._geo": (
        "AmbiguousPlaceError", "Place", "PlaceKind", "PlaceMention", "country_name",
        "find_places", "is_valid_country", "is_valid_subdivision", "parse_place",
        "resolve_country", "resolve_subdivision",
    ),
    "citydiplo._importers": ("PairsImport", "RowProblem", "import_pairs", "link_geonames"),
    "citydiplo._io": ("dump", "dumps", "load", "loads"),
    "citydiplo._merge": (
        "Ambiguity", "Candidate", "Conflict", "ConflictValue", "MergeResult", "Settlement",
        "SettlementError", "Timeline", "TimelineEntry", "dump_result", "load_result",
        "load_settlements", "merge",
        "participant_citations", "timeline", "write_settlements",
    ),
    "citydiplo._model": (
        "Actor", "Agreement", "AgreementKind", "AgreementStatus", "Citation", "City",
        "CityCategory", "CountClaim", "Counted", "Country", "Document", "DocumentKind", "Event",
        "EventKind", "Field", "Identifier", "InvalidModelError", "Label", "Membership",
        "MembershipRole", "Money", "Organization", "OrganizationKind", "Participant",
        "Partnership", "PartnershipKind", "PartnershipStatus", "Person", "PersonRole",
        "Qualifier", "Region", "Role", "Signatory", "Source",
    ),
    "citydiplo._query": ("Anniversary", "Partner", "StatusStep"),
    "citydiplo._schema": ("json_schema",),
    "citydiplo._seeds": ("load_seeds",),
    "citydiplo._text": (
        "DateMention", "DateResolution", "anniversary_base", "find_dates", "parse_date",
    ),
    "citydiplo._validate": (
        "Finding", "Report", "Rule", "RuleContext", "Severity", "rule", "rules", "validate",
    ),
    "citydiplo.dates": (
        "DateRange", "DateValue", "PartialDate", "Precision", "RecordDate", "Unbounded",
        "YearlessDate", "parse_edtf",
    ),
}
_MODULE_OF = {name: module for module, names in _EXPORTS.items() for name in names}
_SUBMODULES = frozenset({"dates"})


def __getattr__(name: str) -> object:
    import importlib

    if name in _SUBMODULES:
        return importlib.import_module(f"{__name__}.{name}")
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # the next look-up is an ordinary one
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = [
    "Actor", "Agreement", "AgreementKind", "AgreementStatus", "Ambiguity", "AmbiguousNameError",
    "AmbiguousPlaceError", "Anniversary", "ArgumentTypeError", "ArgumentValueError",
    "Candidate", "Citation", "City", "CityCategory",
    "CitydiploError",
    "Conflict", "ConflictValue", "CountClaim", "Counted", "Country", "Dataset", "DateMention",
    "DateParseError", "DateRange", "DateResolution", "DateValue", "DirectoryPathError", "Document",
    "DocumentKind",
    "DocumentNumber", "DocumentNumberMention", "DocumentStyle", "Event", "EventKind", "Evidence",
    "Extraction", "Field", "Finding", "Identifier", "InvalidDateError", "InvalidModelError",
    "Label", "Membership", "MembershipRole", "Mention", "MergeResult", "MissingExtraError",
    "Money", "NotADatasetPathError", "Organization", "OrganizationKind", "PairsImport",
    "ParseError", "PartialDate",
    "Participant", "Partner", "Partnership", "PartnershipKind", "PartnershipStatus", "Person",
    "PersonRole", "Place", "PlaceKind", "PlaceMention", "Precision", "Problem", "Qualifier",
    "Record", "RecordDate", "Region", "Report", "Role", "RowProblem", "Rule", "RuleContext",
    "Settlement", "SettlementError", "Severity", "Signatory", "Skipped", "Source", "StatusStep",
    "Timeline", "TimelineEntry",
    "Unbounded", "UnknownIdError", "UnknownNameError", "ValidationError", "WriteError",
    "YearlessDate",
    "anniversary_base", "country_name", "dump", "dump_result", "dumps", "extract", "extract_many",
    "find_dates",
    "find_document_numbers", "find_places", "import_pairs", "is_valid_country",
    "is_valid_subdivision", "json_schema", "link_geonames", "load", "load_result", "load_seeds",
    "load_settlements", "loads",
    "merge", "parse_date", "parse_document_number", "parse_edtf", "parse_place",
    "participant_citations", "read_merged", "read_parquet", "resolve_country",
    "resolve_subdivision", "rule", "rules", "timeline",
    "to_csv", "to_geojson", "to_map", "to_networkx", "to_pandas", "to_parquet", "validate",
    "write_geojson", "write_gexf", "write_graphml", "write_partitioned", "write_settlements",
]
