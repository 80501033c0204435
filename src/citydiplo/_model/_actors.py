"""Actors: the cities, regions, countries, organizations and people of city diplomacy.

``Actor`` is a tagged union: files carry ``"type": "city"`` (or region, country,
organization, person) and the converter picks the class.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, TypeAlias

import attrs
from attrs import field, frozen

from citydiplo._model._checks import (
    InvalidModelError,
    check_country,
    check_id,
    check_optional_id,
    check_text,
    subdivision_country,
    to_enum,
)
from citydiplo._model._provenance import Citation
from citydiplo._model._vocab import OrganizationKind
from citydiplo._normalize import clean
from citydiplo.dates import DateRange, PartialDate

__all__ = [
    "Actor",
    "ActorBase",
    "City",
    "Country",
    "Identifier",
    "Label",
    "Organization",
    "Person",
    "PersonRole",
    "Region",
]


@frozen(kw_only=True, order=True)
class Label:
    """A name of an actor in one language (``lang`` is ISO 639-1, ``"und"`` if unknown)."""

    lang: str = field(validator=check_text)
    text: str = field(converter=clean, validator=check_text)


@frozen(kw_only=True, order=True)
class Identifier:
    """An identifier of an actor in an external register (``wikidata``, ``geonames``...)."""

    scheme: str = field(validator=check_text)
    value: str = field(validator=check_text)


def _labels(value: Iterable[Label] | Mapping[str, Iterable[str]]) -> tuple[Label, ...]:
    """Canonical labels: deduplicated and sorted, so equality ignores order."""
    if isinstance(value, Mapping):
        value = [
            Label(lang=lang, text=text)
            for lang, texts in value.items()
            for text in ([texts] if isinstance(texts, str) else texts)
        ]
    return tuple(sorted(set(value)))


def _identifiers(value: Iterable[Identifier]) -> tuple[Identifier, ...]:
    return tuple(sorted(set(value)))


def _check_subdivision(instance: ActorBase, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    owner = subdivision_country().get(value) if isinstance(value, str) else None
    if owner is None:
        raise InvalidModelError(
            f"{type(instance).__name__}.subdivision: {value!r} is not an ISO 3166-2 "
            "subdivision code (expected e.g. 'KR-41', 'US-AR')",
            field="subdivision",
        )
    if instance.country is None:
        raise InvalidModelError(
            f"{type(instance).__name__}.subdivision: {value!r} is given without a country "
            f"(expected country={owner!r})",
            field="subdivision",
        )
    if owner != instance.country:
        raise InvalidModelError(
            f"{type(instance).__name__}.subdivision: {value!r} belongs to {owner!r}, "
            f"not to country {instance.country!r}",
            field="subdivision",
        )


@frozen(kw_only=True)
class ActorBase:
    """Fields every actor has.

    Args:
        id: stable identifier used by every record that mentions the actor.
        name: canonical name (usually English or the official romanisation).
        names: other names, one :class:`Label` per language and spelling; a mapping
            ``{"ko": ["하남시"], "he": ["חנם", "האנם"]}`` is accepted too.
        country: ISO 3166-1 alpha-2 code (``XK`` for Kosovo).
        subdivision: ISO 3166-2 code, which must belong to ``country``.
        parent: id of the actor this one is part of (a district's city, a ministry's country).
        identifiers: external identifiers (Wikidata, GeoNames...).
        lifetime: when the actor existed, for merged or dissolved ones.
        citations: sources for what is said about the actor itself.
    """

    type: ClassVar[str] = "actor"

    id: str = field(validator=check_id)
    name: str = field(converter=clean, validator=check_text)
    names: tuple[Label, ...] = field(factory=tuple, converter=_labels)
    country: str | None = field(default=None, validator=check_country)
    subdivision: str | None = field(default=None, validator=_check_subdivision)
    parent: str | None = field(default=None, validator=check_optional_id)
    identifiers: tuple[Identifier, ...] = field(factory=tuple, converter=_identifiers)
    lifetime: PartialDate | DateRange | None = None
    citations: tuple[Citation, ...] = field(factory=tuple, converter=tuple)

    def labels(self, lang: str | None = None) -> tuple[str, ...]:
        """Every name of the actor (the canonical one first), or those in one language.

        >>> City(id="hanam", name="Hanam", names={"he": ["חנם"]}).labels()
        ('Hanam', 'חנם')
        """
        texts = [label.text for label in self.names if lang is None or label.lang == lang]
        if lang is None or lang == "en":
            texts.insert(0, self.name)
        return tuple(dict.fromkeys(texts))


def _check_degrees(instance: ActorBase, attribute: attrs.Attribute[Any], value: object) -> None:
    """Latitude in [-90, 90], longitude in [-180, 180] (WGS 84 degrees), or ``None``."""
    if value is None:
        return
    bound = 90.0 if attribute.name == "latitude" else 180.0
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not -bound <= value <= bound
    ):
        raise InvalidModelError(
            f"{type(instance).__name__}.{attribute.name}: {value!r} is not a {attribute.name} "
            f"(expected a number of degrees from {-bound:g} to {bound:g})",
            field=attribute.name,
        )


@frozen(kw_only=True)
class City(ActorBase):
    """A city, town, district or other municipality.

    Its GeoNames id, when known, is an identifier with scheme ``geonames``; ``latitude`` and
    ``longitude`` (WGS 84 degrees) place it on a map.

    >>> City(id="hanam", name="Hanam", country="KR", subdivision="KR-41").subdivision
    'KR-41'
    """

    type: ClassVar[str] = "city"
    category: str | None = None
    latitude: float | None = field(default=None, validator=_check_degrees)
    longitude: float | None = field(default=None, validator=_check_degrees)


@frozen(kw_only=True)
class Region(ActorBase):
    """A first-level subdivision: province, state, prefecture, oblast (coordinates optional)."""

    type: ClassVar[str] = "region"
    category: str | None = None
    latitude: float | None = field(default=None, validator=_check_degrees)
    longitude: float | None = field(default=None, validator=_check_degrees)


def _check_country_actor(instance: Country, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        raise InvalidModelError(
            f"Country.country: a country actor needs its own ISO code (id {instance.id!r})",
            field="country",
        )


@frozen(kw_only=True)
class Country(ActorBase):
    """A sovereign state (or territory with an ISO 3166-1 code)."""

    type: ClassVar[str] = "country"

    def __attrs_post_init__(self) -> None:
        _check_country_actor(self, attrs.fields(Country).country, self.country)


def _to_organization_kind(value: object) -> OrganizationKind:
    return to_enum(OrganizationKind, value, "kind")


@frozen(kw_only=True)
class Organization(ActorBase):
    """A UN agency, network, company, university, ministry or any other body."""

    type: ClassVar[str] = "organization"
    kind: OrganizationKind = field(default=OrganizationKind.OTHER, converter=_to_organization_kind)


@frozen(kw_only=True, order=True)
class PersonRole:
    """A position a person held: ``title`` of actor ``of`` during ``during``.

    >>> PersonRole(title="Mayor", of="hanam", during=DateRange("2022-07/..")).title
    'Mayor'
    """

    title: str = field(validator=check_text)
    of: str | None = field(default=None, validator=check_optional_id)
    during: PartialDate | DateRange | None = None

    def held_at(self, when: PartialDate | DateRange) -> bool:
        """Whether the role may have been held at ``when`` (unknown periods count as yes)."""
        return self.during is None or self.during.overlaps(when)


@frozen(kw_only=True)
class Person(ActorBase):
    """A person: an official, ambassador, mayor, former secretary-general."""

    type: ClassVar[str] = "person"
    roles: tuple[PersonRole, ...] = field(factory=tuple, converter=tuple)


Actor: TypeAlias = City | Region | Country | Organization | Person
