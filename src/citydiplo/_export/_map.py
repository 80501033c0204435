"""An interactive map of a dataset with folium (the ``map`` extra), built from its GeoJSON.

One layer of cities (markers sized by the number of partners, a popup per city listing its
partners with their dates) and one layer of great-circle lines per kind of partnership,
coloured by kind, with a layer control to show or hide each.
"""

from __future__ import annotations

import html
import math
from typing import Any

from citydiplo._dataset import Dataset
from citydiplo._errors import check_args
from citydiplo._export._extras import require
from citydiplo._export._geojson import to_geojson

__all__ = ["KIND_COLOURS", "to_map"]

KIND_COLOURS: dict[str, str] = {
    "sister": "#d62728",
    "friendship": "#1f77b4",
    "partner": "#2ca02c",
    "exchange": "#9467bd",
    "cooperation": "#ff7f0e",
    "other": "#7f7f7f",
}


def _when(start: object, end: object) -> str:
    if start is None and end is None:
        return "date unknown"
    return f"since {start}" if end is None else f"{start or '?'}–{end}"


def _popup(name: str, partners: list[tuple[str, str, str]]) -> str:
    rows = "".join(
        f"<li>{html.escape(other)} <small>({html.escape(kind)}, {html.escape(when)})</small></li>"
        for other, kind, when in sorted(partners)
    )
    return f"<b>{html.escape(name)}</b><ul>{rows}</ul>"


def to_map(dataset: Dataset, *, tiles: str | None = "OpenStreetMap") -> Any:
    """A ``folium.Map`` of the dataset's places and partnerships (needs the ``map`` extra).

    Args:
        dataset: any dataset; only actors with coordinates are drawn.
        tiles: folium's base map (``None`` for none, e.g. offline).

    Raises:
        MissingExtraError: folium is not installed (``pip install 'citydiplo[map]'``).

    >>> import citydiplo as cd
    >>> type(cd.to_map(cd.link_geonames(cd.load_seeds()), tiles=None)).__name__
    'Map'
    """
    check_args("to_map", dataset=(dataset, Dataset), tiles=(tiles, (str, type(None))))
    folium = require("folium", "map")
    collection = to_geojson(dataset)
    points = [f for f in collection["features"] if f["geometry"]["type"] == "Point"]
    lines = [f for f in collection["features"] if f["geometry"]["type"] != "Point"]
    names = {actor.id: actor.name for actor in dataset.actors}
    partners: dict[str, list[tuple[str, str, str]]] = {f["id"]: [] for f in points}
    for p in dataset.partnerships:
        a, b = p.parties
        when = _when(p.established, p.ended)
        for one, other in ((a, b), (b, a)):
            if one in partners:
                partners[one].append((names.get(other, other), p.kind.value, when))
    fmap = folium.Map(tiles=tiles, control_scale=True)
    for kind in KIND_COLOURS:
        of_kind = [f for f in lines if f["properties"]["kind"] == kind]
        if not of_kind:
            continue
        layer = folium.FeatureGroup(name=f"{kind} partnerships")
        folium.GeoJson(
            {"type": "FeatureCollection", "features": of_kind},
            name=f"{kind} partnerships",
            style_function=lambda _, colour=KIND_COLOURS[kind]: {
                "color": colour,
                "weight": 1.5,
                "opacity": 0.6,
            },
            tooltip=folium.GeoJsonTooltip(fields=["kind", "established", "ended"]),
        ).add_to(layer)
        layer.add_to(fmap)
    cities = folium.FeatureGroup(name="cities")
    for f in points:
        lon, lat = f["geometry"]["coordinates"]
        count = f["properties"]["partners"]
        folium.CircleMarker(
            location=[lat, lon],
            radius=3 + 2 * math.sqrt(count),
            color="#333333",
            weight=1,
            fill=True,
            fill_opacity=0.7,
            tooltip=html.escape(f"{f['properties']['name']} ({count} partners)"),
            popup=folium.Popup(_popup(f["properties"]["name"], partners[f["id"]]), max_width=400),
        ).add_to(cities)
    cities.add_to(fmap)
    folium.LayerControl(collapsed=False).add_to(fmap)
    if points:
        lats = [f["geometry"]["coordinates"][1] for f in points]
        lons = [f["geometry"]["coordinates"][0] for f in points]
        fmap.fit_bounds([[min(lats), min(lons)], [max(lats), max(lons)]])
    return fmap
