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
    clean_text,
    subdivision_country,
    to_enum,
    to_items,
    to_tuple,
    typed,
)
from citydiplo._model._display import Summarised
from citydiplo._model._provenance import Citation
from citydiplo._model._vocab import (
    CityCategory,
    CityCategoryLike,
    OrganizationKind,
    OrganizationKindLike,
)
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


@frozen(kw_only=True, order=True, field_transformer=typed)
class Label:
    """A name of an actor in one language.

    Args:
        lang: ISO 639-1 language code, ``"und"`` if unknown.
        text: the name as written in that language.
    """

    lang: str = field(validator=check_text)
    text: str = field(converter=clean_text, validator=check_text)


@frozen(kw_only=True, order=True, field_transformer=typed)
class Identifier:
    """An identifier of an actor in an external register.

    Args:
        scheme: the register: ``wikidata``, ``geonames``...
        value: the identifier in that register (``Q33405``).
    """

    scheme: str = field(validator=check_text)
    value: str = field(validator=check_text)


def _labels(value: Iterable[Label] | Mapping[str, Iterable[str]]) -> tuple[Label, ...]:
    """Canonical labels: deduplicated and sorted, so equality ignores order."""
    if isinstance(value, Mapping):
        value = [
            Label(lang=lang, text=text)
            for lang, texts in value.items()
            for text in ([texts] if isinstance(texts, str) else to_items(texts, "names"))
        ]
    labels = list(to_items(value, "names"))
    if not all(isinstance(label, Label) for label in labels):
        raise InvalidModelError(
            f"names: {labels!r} is not a list of Labels (expected Label(lang=..., "
            "text=...) items or a mapping {language: [name, ...]})",
            field="names",
        )
    return tuple(sorted(set(labels)))


def _identifiers(value: Iterable[Identifier]) -> tuple[Identifier, ...]:
    return tuple(sorted(set(to_items(value, "identifiers"))))


def _citations(value: Iterable[Citation]) -> tuple[Citation, ...]:
    return to_tuple(value)


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


@frozen(kw_only=True, field_transformer=typed, repr=False)
class ActorBase(Summarised):
    """Fields every actor has.

    Args:
        id: stable identifier used by every record that mentions the actor.
        name: canonical name (usually English or the official romanisation).
        names: other names, one ``Label`` per language and spelling; a mapping
            ``{"ko": ["하남시"], "he": ["חנם", "האנם"]}`` is accepted too (files use it).
        country: ISO 3166-1 alpha-2 code (``XK`` for Kosovo).
        subdivision: ISO 3166-2 code, which must belong to ``country``.
        parent: id of the actor this one is part of (a district's city, a ministry's country).
        identifiers: external identifiers (Wikidata, GeoNames...).
        lifetime: when the actor existed, for merged or dissolved ones.
        citations: sources for what is said about the actor itself.
    """

    type: ClassVar[str] = "actor"

    id: str = field(validator=check_id)
    name: str = field(converter=clean_text, validator=check_text)
    names: tuple[Label, ...] = field(factory=tuple, converter=_labels)
    country: str | None = field(default=None, validator=check_country)
    subdivision: str | None = field(default=None, validator=_check_subdivision)
    parent: str | None = field(default=None, validator=check_optional_id)
    identifiers: tuple[Identifier, ...] = field(factory=tuple, converter=_identifiers)
    lifetime: PartialDate | DateRange | None = None
    citations: tuple[Citation, ...] = field(factory=tuple, converter=_citations)

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


def _to_city_category(value: CityCategoryLike | None) -> CityCategory | None:
    return None if value is None else to_enum(CityCategory, value, "category")


@frozen(kw_only=True, field_transformer=typed, repr=False)
class City(ActorBase):
    """A city, town, district or other municipality.

    ``category`` says which (:class:`CityCategory`): ``capital`` for the seat of its
    country's government, ``district``, ``metropolitan_city``...

    Its GeoNames id, when known, is an identifier with scheme ``geonames``; ``latitude`` and
    ``longitude`` (WGS 84 degrees) place it on a map.

    Args:
        category: what kind of municipality it is (:class:`CityCategory`).
        latitude: degrees north (WGS 84), from -90 to 90.
        longitude: degrees east (WGS 84), from -180 to 180.

    >>> City(id="hanam", name="Hanam", country="KR", subdivision="KR-41").subdivision
    'KR-41'
    """

    type: ClassVar[str] = "city"
    category: CityCategory | None = field(default=None, converter=_to_city_category)
    latitude: float | None = field(default=None, validator=_check_degrees)
    longitude: float | None = field(default=None, validator=_check_degrees)


@frozen(kw_only=True, field_transformer=typed, repr=False)
class Region(ActorBase):
    """A first-level subdivision: province, state, prefecture, oblast.

    Args:
        category: what the country calls it (``province``, ``state``...).
        latitude: degrees north (WGS 84), from -90 to 90.
        longitude: degrees east (WGS 84), from -180 to 180.
    """

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


@frozen(kw_only=True, field_transformer=typed, repr=False)
class Country(ActorBase):
    """A sovereign state (or territory with an ISO 3166-1 code)."""

    type: ClassVar[str] = "country"

    def __attrs_post_init__(self) -> None:
        _check_country_actor(self, attrs.fields(Country).country, self.country)


def _to_organization_kind(value: OrganizationKindLike) -> OrganizationKind:
    return to_enum(OrganizationKind, value, "kind")


@frozen(kw_only=True, field_transformer=typed, repr=False)
class Organization(ActorBase):
    """A UN agency, network, company, university, ministry or any other body.

    Args:
        kind: what kind of body it is.
    """

    type: ClassVar[str] = "organization"
    kind: OrganizationKind = field(default=OrganizationKind.OTHER, converter=_to_organization_kind)


@frozen(kw_only=True, order=True, field_transformer=typed)
class PersonRole:
    """A position a person held: ``title`` of actor ``of`` during ``during``.

    Args:
        title: the position (``Mayor``, ``Ambassador``).
        of: id of the actor the position is in, if known.
        during: when the position was held, if known.

    >>> PersonRole(title="Mayor", of="hanam", during=DateRange("2022-07/..")).title
    'Mayor'
    """

    title: str = field(validator=check_text)
    of: str | None = field(default=None, validator=check_optional_id)
    during: PartialDate | DateRange | None = None

    def held_at(self, when: PartialDate | DateRange) -> bool:
        """Whether the role may have been held at ``when`` (unknown periods count as yes)."""
        return self.during is None or self.during.overlaps(when)


def _roles(value: Iterable[PersonRole]) -> tuple[PersonRole, ...]:
    return to_tuple(value)


@frozen(kw_only=True, field_transformer=typed, repr=False)
class Person(ActorBase):
    """A person: an official, ambassador, mayor, former secretary-general.

    Args:
        roles: positions the person held, each with its period.
    """

    type: ClassVar[str] = "person"
    roles: tuple[PersonRole, ...] = field(factory=tuple, converter=_roles)


Actor: TypeAlias = City | Region | Country | Organization | Person
