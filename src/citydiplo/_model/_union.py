"""``Record``: the union of every model class a record file can hold."""

from __future__ import annotations

from typing import TypeAlias

from citydiplo._model._actors import City, Country, Organization, Person, Region
from citydiplo._model._claims import CountClaim
from citydiplo._model._membership import Membership
from citydiplo._model._provenance import Source
from citydiplo._model._records import Agreement, Document, Event, Partnership

__all__ = ["Record"]

Record: TypeAlias = (
    City
    | Region
    | Country
    | Organization
    | Person
    | Source
    | Partnership
    | Agreement
    | Event
    | Document
    | CountClaim
    | Membership
)
