"""Linking the cities of a dataset to GeoNames, where the link is certain."""

from __future__ import annotations

import attrs

from citydiplo._dataset import Dataset
from citydiplo._errors import CitydiploError, check_args
from citydiplo._model import City, Identifier

__all__ = ["link_geonames"]


def link_geonames(dataset: Dataset) -> Dataset:
    """The dataset with its cities linked to GeoNames: a ``geonames`` identifier and
    coordinates for every :class:`City` that :func:`citydiplo.parse_place` finds by its
    name, country and subdivision without ambiguity; the others are left as they are.

    Nothing else changes, and a city that already has coordinates keeps them.

    >>> import citydiplo as cd
    >>> ds = cd.link_geonames(cd.Dataset.of([
    ...     cd.City(id="hanam", name="Hanam", country="KR"),
    ...     cd.City(id="gwangju", name="Gwangju", country="KR")]))
    >>> [(c.id, c.latitude is not None, [i.value for i in c.identifiers]) for c in ds.actors]
    [('hanam', True, ['1897007']), ('gwangju', False, [])]
    """
    check_args("link_geonames", dataset=(dataset, Dataset))
    from citydiplo._geo import parse_place

    changed = []
    for actor in dataset.actors:
        if not isinstance(actor, City) or actor.latitude is not None or actor.country is None:
            continue
        try:
            place = parse_place(
                actor.name, country=actor.country, subdivision=actor.subdivision, kind="city"
            )
        except CitydiploError:
            continue
        ids = {i for i in actor.identifiers if i.scheme != "geonames"}
        known = {i.value for i in actor.identifiers if i.scheme == "geonames"}
        if known and known != {str(place.geonames_id)}:
            continue  # the dataset names another GeoNames place: never overridden
        ids.add(Identifier(scheme="geonames", value=str(place.geonames_id)))
        changed.append(
            attrs.evolve(
                actor,
                identifiers=ids,
                latitude=place.latitude,
                longitude=place.longitude,
                subdivision=actor.subdivision or _same_country(place.subdivision, actor.country),
            )
        )
    if not changed:
        return dataset
    replaced = {a.id: a for a in changed}
    return Dataset.of([replaced.get(r.id, r) if isinstance(r, City) else r for r in dataset])


def _same_country(subdivision: str | None, country: str) -> str | None:
    return subdivision if subdivision and subdivision.startswith(country + "-") else None
