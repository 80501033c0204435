"""A city's :class:`~citydiplo._geo._places.Place` built by setting its slots directly.

``Place`` is a frozen attrs class: its ``__init__`` runs the ``kind`` converter and sets each
of its ten fields through the frozen class's guard, which is a large share of a first
``parse_place`` call. A city found in the gazetteer has every field known and ``kind`` a
:class:`PlaceKind` already, so :func:`slot_builder` sets the same slots to the same values
(the object is equal, hashes and prints the same, and stays frozen).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["slot_builder"]

T = TypeVar("T")
_FIELDS = frozenset(
    {"text", "country", "subdivision", "locality", "kind", "name", "geonames_id", "latitude"}
    | {"longitude", "population"}
)


def slot_builder(cls: type[T], kind: Any) -> Callable[..., T]:
    """A function ``(text, name, country, subdivision, geonames_id, latitude, longitude,
    population)`` making an instance of the slotted class ``cls`` of that ``kind``, with
    ``locality`` ``None``."""
    names: tuple[str, ...] = vars(cls)["__slots__"]
    slots = {name: getattr(cls, name).__set__ for name in names if name != "__weakref__"}
    if set(slots) != _FIELDS:  # a field added to Place must be set here too
        raise TypeError(f"{cls.__name__} has the slots {sorted(slots)}, not {sorted(_FIELDS)}")
    new = object.__new__
    text_, country_, sub_, locality_, kind_ = (
        slots[n] for n in ("text", "country", "subdivision", "locality", "kind")
    )
    name_, id_, lat_, lon_, pop_ = (
        slots[n] for n in ("name", "geonames_id", "latitude", "longitude", "population")
    )

    def build(
        text: str,
        name: str,
        country: str,
        subdivision: str | None,
        geonames_id: int,
        latitude: float,
        longitude: float,
        population: int,
    ) -> T:
        obj: T = new(cls)
        text_(obj, text)
        country_(obj, country)
        sub_(obj, subdivision)
        locality_(obj, None)
        kind_(obj, kind)
        name_(obj, name)
        id_(obj, geonames_id)
        lat_(obj, latitude)
        lon_(obj, longitude)
        pop_(obj, population)
        return obj

    return build
