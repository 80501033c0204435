"""GeoJSON (RFC 7946): cities and regions as points, partnerships as great-circle lines.

Only actors with coordinates (``latitude``/``longitude``, e.g. from the GeoNames link of the
pairs importer) are drawn; a partnership is drawn when both its parties are. Lines follow
the great circle between the two places and are cut at the antimeridian into a
``MultiLineString``, as RFC 7946 (section 3.1.9) asks. Features are sorted by id, so the
output is the same bytes in every process.
"""

from __future__ import annotations

import itertools
import json
import math
import os
from pathlib import Path
from typing import Any

from citydiplo._atomic import open_atomic
from citydiplo._dataset import Dataset
from citydiplo._errors import check_args
from citydiplo._model import Actor, Partnership

__all__ = ["SEGMENTS", "to_geojson", "write_geojson"]

SEGMENTS = 32  # straight pieces per great-circle line


def _position(actor: Actor) -> tuple[float, float] | None:
    lat = getattr(actor, "latitude", None)
    lon = getattr(actor, "longitude", None)
    if lat is None or lon is None:
        return None
    return float(lon), float(lat)


def _geonames(actor: Actor) -> str | None:
    ids = sorted(i.value for i in actor.identifiers if i.scheme == "geonames")
    return ids[0] if ids else None


def _great_circle(a: tuple[float, float], b: tuple[float, float]) -> list[list[list[float]]]:
    """The great circle from ``a`` to ``b`` (lon, lat) as pieces cut at the antimeridian."""
    lon1, lat1, lon2, lat2 = map(math.radians, (*a, *b))
    p1 = (math.cos(lat1) * math.cos(lon1), math.cos(lat1) * math.sin(lon1), math.sin(lat1))
    p2 = (math.cos(lat2) * math.cos(lon2), math.cos(lat2) * math.sin(lon2), math.sin(lat2))
    dot = max(-1.0, min(1.0, sum(x * y for x, y in zip(p1, p2, strict=True))))
    omega = math.acos(dot)
    points: list[list[float]] = []
    for step in range(SEGMENTS + 1):
        t = step / SEGMENTS
        if omega < 1e-12:
            x, y, z = p1
        else:
            s1 = math.sin((1 - t) * omega) / math.sin(omega)
            s2 = math.sin(t * omega) / math.sin(omega)
            x, y, z = (s1 * u + s2 * v for u, v in zip(p1, p2, strict=True))
        lat = math.degrees(math.atan2(z, math.hypot(x, y)))
        lon = math.degrees(math.atan2(y, x))
        points.append([round(lon, 6), round(lat, 6)])
    points[0] = [round(a[0], 6), round(a[1], 6)]
    points[-1] = [round(b[0], 6), round(b[1], 6)]
    pieces: list[list[list[float]]] = [[points[0]]]
    for prev, point in itertools.pairwise(points):
        if abs(point[0] - prev[0]) > 180:  # crossing the antimeridian: cut at +-180
            side = 180.0 if prev[0] > 0 else -180.0
            span = (point[0] + 360 * (1 if side > 0 else -1)) - prev[0]
            frac = (side - prev[0]) / span if span else 0.0
            lat = round(prev[1] + frac * (point[1] - prev[1]), 6)
            pieces[-1].append([side, lat])
            pieces.append([[-side, lat]])
        pieces[-1].append(point)
    return [piece for piece in pieces if len(piece) >= 2]


def _date(value: object) -> str | None:
    return None if value is None else str(value)


def _line(p: Partnership, ends: tuple[tuple[float, float], tuple[float, float]]) -> dict[str, Any]:
    pieces = _great_circle(*ends)
    geometry: dict[str, Any] = (
        {"type": "LineString", "coordinates": pieces[0]}
        if len(pieces) == 1
        else {"type": "MultiLineString", "coordinates": pieces}
    )
    return {
        "type": "Feature",
        "id": p.id,
        "geometry": geometry,
        "properties": {
            "record": "partnership",
            "id": p.id,
            "parties": list(p.parties),
            "kind": p.kind.value,
            "status": None if p.status is None else p.status.value,
            "established": _date(p.established),
            "ended": _date(p.ended),
        },
    }


def to_geojson(dataset: Dataset) -> dict[str, Any]:
    """A GeoJSON ``FeatureCollection`` of the dataset's places and partnerships.

    Points carry the actor's id, name, type, country, subdivision, GeoNames id and number
    of partners; lines the partnership's id, parties, kind, status and dates (EDTF).

    >>> import citydiplo as cd
    >>> ds = cd.Dataset.of([
    ...     cd.City(id="hanam", name="Hanam", country="KR", latitude=37.54, longitude=127.21),
    ...     cd.City(id="rock", name="Little Rock", country="US", latitude=34.75, longitude=-92.29),
    ...     cd.Partnership(id="p", parties=["hanam", "rock"], kind="sister")])
    >>> collection = cd.to_geojson(ds)
    >>> [f["geometry"]["type"] for f in collection["features"]]
    ['Point', 'MultiLineString', 'Point']
    """
    check_args("to_geojson", dataset=(dataset, Dataset))
    positions: dict[str, tuple[float, float]] = {}
    for actor in dataset.actors:
        where = _position(actor)
        if where is not None:
            positions[actor.id] = where
    partners: dict[str, set[str]] = {}
    features: list[dict[str, Any]] = []
    for p in dataset.partnerships:
        a, b = p.parties
        partners.setdefault(a, set()).add(b)
        partners.setdefault(b, set()).add(a)
        if a in positions and b in positions:
            features.append(_line(p, (positions[a], positions[b])))
    for actor in dataset.actors:
        if actor.id not in positions:
            continue
        lon, lat = positions[actor.id]
        features.append(
            {
                "type": "Feature",
                "id": actor.id,
                "geometry": {"type": "Point", "coordinates": [round(lon, 6), round(lat, 6)]},
                "properties": {
                    "record": actor.type,
                    "id": actor.id,
                    "name": actor.name,
                    "country": actor.country,
                    "subdivision": actor.subdivision,
                    "geonames": _geonames(actor),
                    "partners": len(partners.get(actor.id, ())),
                },
            }
        )
    features.sort(key=lambda f: (f["id"], f["geometry"]["type"]))
    return {"type": "FeatureCollection", "features": features}


def write_geojson(dataset: Dataset, path: str | os.PathLike[str]) -> Path:
    """Write :func:`to_geojson` to ``path`` atomically (temporary file, then rename).

    >>> import json, pathlib, tempfile, citydiplo as cd
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "seeds.geojson"
    >>> _ = cd.write_geojson(cd.link_geonames(cd.load_seeds()), path)
    >>> json.loads(path.read_text(encoding="utf-8"))["type"]
    'FeatureCollection'
    """
    check_args("write_geojson", dataset=(dataset, Dataset), path=(path, (str, os.PathLike)))
    target = Path(path)
    text = json.dumps(to_geojson(dataset), ensure_ascii=False, sort_keys=True)
    with open_atomic(target) as out:
        out.write(text + "\n")
    return target
