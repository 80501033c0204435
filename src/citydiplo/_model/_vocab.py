"""Closed vocabularies of the model: kinds, statuses, roles and fields of cooperation."""

from __future__ import annotations

import enum
from typing import Literal, TypeAlias

__all__ = [
    "AgreementKind",
    "AgreementKindLike",
    "AgreementStatus",
    "AgreementStatusLike",
    "CityCategory",
    "CityCategoryLike",
    "Counted",
    "CountedLike",
    "DocumentKind",
    "DocumentKindLike",
    "EventKind",
    "EventKindLike",
    "Field",
    "FieldLike",
    "MembershipRole",
    "MembershipRoleLike",
    "OrganizationKind",
    "OrganizationKindLike",
    "PartnershipKind",
    "PartnershipKindLike",
    "PartnershipStatus",
    "PartnershipStatusLike",
    "Qualifier",
    "QualifierLike",
    "Role",
    "RoleLike",
]


class _Vocabulary(enum.StrEnum):
    """An enum whose values are the lower-case words used in files."""

    def __str__(self) -> str:
        return self.value

    def __repr__(self) -> str:
        return f"{type(self).__name__}.{self.name}"


class Field(_Vocabulary):
    """A field (area) of cooperation."""

    ECONOMY = "economy"
    TRADE = "trade"
    INVESTMENT = "investment"
    INDUSTRY = "industry"
    BUSINESS = "business"
    FINANCE = "finance"
    CULTURE = "culture"
    ARTS = "arts"
    EDUCATION = "education"
    LIFELONG_LEARNING = "lifelong_learning"
    YOUTH = "youth"
    SPORTS = "sports"
    AGRICULTURE = "agriculture"
    TOURISM = "tourism"
    SCIENCE_TECHNOLOGY = "science_technology"
    INNOVATION = "innovation"
    DIGITAL = "digital"
    SMART_CITY = "smart_city"
    URBAN_DEVELOPMENT = "urban_development"
    ENVIRONMENT_CLIMATE = "environment_climate"
    ENERGY = "energy"
    TRANSPORT = "transport"
    HEALTH = "health"
    PUBLIC_ADMINISTRATION = "public_administration"
    DISASTER_RISK = "disaster_risk"
    SECURITY = "security"
    HUMAN_RESOURCES = "human_resources"
    MEDIA = "media"
    SOCIETY = "society"
    OTHER = "other"


class PartnershipKind(_Vocabulary):
    """What kind of tie a partnership is."""

    SISTER = "sister"
    FRIENDSHIP = "friendship"
    PARTNER = "partner"
    ASSOCIATE = "associate"
    EXCHANGE = "exchange"
    COOPERATION = "cooperation"
    OTHER = "other"


class PartnershipStatus(_Vocabulary):
    """Where a partnership stands.

    ``proposed``: offered or under discussion; ``agreed``: agreed in principle (a letter of
    intent) but not yet established; ``active``: established and in force; ``dormant``: in
    force but without recorded activity; ``suspended``: paused; ``ended``: over.
    """

    PROPOSED = "proposed"
    AGREED = "agreed"
    ACTIVE = "active"
    DORMANT = "dormant"
    SUSPENDED = "suspended"
    ENDED = "ended"


class AgreementStatus(_Vocabulary):
    """Where an agreement stands, as its lifecycle steps show (see ``status_at``).

    ``proposed``: announced or negotiated, not signed; ``in_force``: signed (and, where
    needed, approved), renewed or extended; ``suspended``: paused; ``terminated``: ended
    before its term; ``expired``: its term ran out.
    """

    PROPOSED = "proposed"
    IN_FORCE = "in_force"
    SUSPENDED = "suspended"
    TERMINATED = "terminated"
    EXPIRED = "expired"


class AgreementKind(_Vocabulary):
    """What kind of instrument an agreement is."""

    MOU = "mou"
    COOPERATION = "cooperation"
    SISTER_CITY = "sister_city"
    FRIENDSHIP = "friendship"
    LETTER_OF_INTENT = "letter_of_intent"
    DISTRIBUTION = "distribution"
    OTHER = "other"


class EventKind(_Vocabulary):
    """What kind of occurrence an event is.

    ``conference``, ``forum``, ``summit``, ``festival``, ``exhibition`` (an expo or fair) and
    ``ceremony`` are gatherings open to many parties: reports of one of them may each name
    different participants (each city its own delegation). ``visit``, ``meeting``,
    ``delegation``, ``lecture`` and ``signing`` are between the parties a report names.
    """

    MEETING = "meeting"
    VISIT = "visit"
    DELEGATION = "delegation"
    LECTURE = "lecture"
    CONFERENCE = "conference"
    SIGNING = "signing"
    FESTIVAL = "festival"
    EXCHANGE_PROGRAMME = "exchange_programme"
    MERGER = "merger"
    ANNOUNCEMENT = "announcement"
    # gatherings open to many parties (see ``OPEN_EVENT_KINDS`` in the merge)
    FORUM = "forum"
    SUMMIT = "summit"
    CEREMONY = "ceremony"
    EXHIBITION = "exhibition"
    # lifecycle steps of the agreement or partnership the event names (see ``status_at``)
    PROPOSAL = "proposal"
    ESTABLISHMENT = "establishment"
    APPROVAL = "approval"
    RENEWAL = "renewal"
    EXTENSION = "extension"
    AMENDMENT = "amendment"
    SUSPENSION = "suspension"
    RESUMPTION = "resumption"
    TERMINATION = "termination"
    OTHER = "other"


class Role(_Vocabulary):
    """The part an actor plays in an event."""

    VISITOR = "visitor"
    HOST = "host"
    SPEAKER = "speaker"
    GUEST = "guest"
    ORGANIZER = "organizer"
    SIGNATORY = "signatory"
    DELEGATE = "delegate"
    PARTICIPANT = "participant"


class DocumentKind(_Vocabulary):
    """What kind of official document a document is."""

    RESOLUTION = "resolution"
    PLAN = "plan"
    PROJECT = "project"
    DECISION = "decision"
    DECREE = "decree"
    DIRECTIVE = "directive"
    STRATEGY = "strategy"
    REPORT = "report"
    OTHER = "other"


class OrganizationKind(_Vocabulary):
    """What kind of body an organization is."""

    UN_AGENCY = "un_agency"
    INTERNATIONAL = "international"
    NETWORK = "network"
    GOVERNMENT = "government"
    MINISTRY = "ministry"
    PARTY = "party"
    COMPANY = "company"
    UNIVERSITY = "university"
    NGO = "ngo"
    MEDIA = "media"
    OTHER = "other"


class Counted(_Vocabulary):
    """What a count claim counts."""

    PARTNERS = "partners"
    AGREEMENTS = "agreements"
    EVENTS = "events"
    COUNTRIES = "countries"
    CITIES = "cities"
    PROVINCES = "provinces"
    PEOPLE = "people"
    PROJECTS = "projects"
    MEMBERSHIPS = "memberships"


class Qualifier(_Vocabulary):
    """How a source states a count: "exactly 10", "at least", "more than 30" ("30余"),
    "about 200", "fewer than 5", or no number at all ("a number of", "несколько").

    ``unspecified`` goes with ``value=None``; "hundreds of" is ``at_least`` 100.
    """

    EXACT = "exact"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    ABOUT = "about"
    AT_MOST = "at_most"
    FEWER_THAN = "fewer_than"
    UNSPECIFIED = "unspecified"


class CityCategory(_Vocabulary):
    """What kind of municipality a city is; ``capital`` is the seat of its country's
    government (Hanoi, Seoul)."""

    CITY = "city"
    CAPITAL = "capital"
    METROPOLITAN_CITY = "metropolitan_city"
    DISTRICT = "district"
    COUNTY = "county"
    TOWN = "town"
    VILLAGE = "village"
    MUNICIPALITY = "municipality"


class MembershipRole(_Vocabulary):
    """The part a member plays in a network: member, founding member, board member, chair,
    observer."""

    MEMBER = "member"
    FOUNDING_MEMBER = "founding_member"
    BOARD_MEMBER = "board_member"
    CHAIR = "chair"
    OBSERVER = "observer"


# The text values each vocabulary accepts, for type checkers: a constructor typed with
# ``PartnershipKindLike`` takes ``PartnershipKind.SISTER`` or ``"sister"``, and mypy refuses
# ``"sisterr"``. tests/test_model_typing.py checks that each Literal lists exactly its enum's
# values.
# fmt: off
FieldLike: TypeAlias = Field | Literal[
    "economy", "trade", "investment", "industry", "business", "finance", "culture", "arts",
    "education", "lifelong_learning", "youth", "sports", "agriculture", "tourism",
    "science_technology", "innovation", "digital", "smart_city", "urban_development",
    "environment_climate", "energy", "transport", "health", "public_administration",
    "disaster_risk", "security", "human_resources", "media", "society", "other",
]
PartnershipKindLike: TypeAlias = PartnershipKind | Literal[
    "sister", "friendship", "partner", "associate", "exchange", "cooperation", "other",
]
PartnershipStatusLike: TypeAlias = PartnershipStatus | Literal[
    "proposed", "agreed", "active", "dormant", "suspended", "ended",
]
AgreementStatusLike: TypeAlias = AgreementStatus | Literal[
    "proposed", "in_force", "suspended", "terminated", "expired",
]
AgreementKindLike: TypeAlias = AgreementKind | Literal[
    "mou", "cooperation", "sister_city", "friendship", "letter_of_intent", "distribution", "other",
]
EventKindLike: TypeAlias = EventKind | Literal[
    "meeting", "visit", "delegation", "lecture", "conference", "signing", "festival",
    "exchange_programme", "merger", "announcement", "forum", "summit", "ceremony", "exhibition",
    "proposal", "establishment", "approval", "renewal", "extension", "amendment", "suspension",
    "resumption", "termination", "other",
]
RoleLike: TypeAlias = Role | Literal[
    "visitor", "host", "speaker", "guest", "organizer", "signatory", "delegate", "participant",
]
DocumentKindLike: TypeAlias = DocumentKind | Literal[
    "resolution", "plan", "project", "decision", "decree", "directive", "strategy", "report",
    "other",
]
OrganizationKindLike: TypeAlias = OrganizationKind | Literal[
    "un_agency", "international", "network", "government", "ministry", "party", "company",
    "university", "ngo", "media", "other",
]
CountedLike: TypeAlias = Counted | Literal[
    "partners", "agreements", "events", "countries", "cities", "provinces", "people", "projects",
    "memberships",
]
QualifierLike: TypeAlias = Qualifier | Literal[
    "exact", "at_least", "more_than", "about", "at_most", "fewer_than", "unspecified",
]
CityCategoryLike: TypeAlias = CityCategory | Literal[
    "city", "capital", "metropolitan_city", "district", "county", "town", "village",
    "municipality",
]
MembershipRoleLike: TypeAlias = MembershipRole | Literal[
    "member", "founding_member", "board_member", "chair", "observer",
]
# fmt: on
