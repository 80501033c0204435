"""GeoJSON export (checked against RFC 7946's structure), the folium map and the command."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

import citydiplo as cd
from citydiplo._cli import main

HANAM = cd.City(
    id="hanam", name="Hanam", country="KR", subdivision="KR-41", latitude=37.54, longitude=127.21
)
ROCK = cd.City(
    id="rock",
    name="Little Rock",
    country="US",
    subdivision="US-AR",
    latitude=34.75,
    longitude=-92.29,
)
LYON = cd.City(id="lyon", name="Lyon", country="FR", latitude=45.75, longitude=4.85)
TURIN = cd.City(id="turin", name="Turin", country="IT", latitude=45.07, longitude=7.69)
NOWHERE = cd.City(id="nowhere", name="Nowhere", country="FR")


def _dataset() -> cd.Dataset:
    return cd.Dataset.of(
        [
            HANAM,
            ROCK,
            LYON,
            TURIN,
            NOWHERE,
            cd.Partnership(
                id="p1", parties=["hanam", "rock"], kind="sister", established=cd.parse_edtf("2010")
            ),
            cd.Partnership(id="p2", parties=["lyon", "turin"], kind="friendship"),
            cd.Partnership(id="p3", parties=["lyon", "nowhere"], kind="sister"),
        ]
    )


def _check_position(position: Any) -> None:
    assert isinstance(position, list) and len(position) == 2
    lon, lat = position
    assert isinstance(lon, float | int) and isinstance(lat, float | int)
    assert -180 <= lon <= 180 and -90 <= lat <= 90


def _check_feature(feature: dict[str, Any]) -> None:
    """RFC 7946 section 3.2: a Feature has a geometry and a properties member."""
    assert feature["type"] == "Feature"
    assert isinstance(feature["properties"], dict)
    assert isinstance(feature["id"], str)
    geometry = feature["geometry"]
    kind = geometry["type"]
    if kind == "Point":
        _check_position(geometry["coordinates"])
    elif kind == "LineString":
        assert len(geometry["coordinates"]) >= 2
        for position in geometry["coordinates"]:
            _check_position(position)
    elif kind == "MultiLineString":
        for line in geometry["coordinates"]:
            assert len(line) >= 2
            for position in line:
                _check_position(position)
    else:  # pragma: no cover - the export writes only these
        pytest.fail(f"unexpected geometry {kind}")


def test_geojson_structure() -> None:
    collection = cd.to_geojson(_dataset())
    assert collection["type"] == "FeatureCollection"
    for feature in collection["features"]:
        _check_feature(feature)
    json.dumps(collection, allow_nan=False)  # plain JSON, no NaN
    by_id = {f["id"]: f for f in collection["features"]}
    assert set(by_id) == {"hanam", "rock", "lyon", "turin", "p1", "p2"}  # p3: no coordinates
    assert by_id["hanam"]["geometry"]["coordinates"] == [127.21, 37.54]  # longitude first
    assert by_id["lyon"]["properties"]["partners"] == 2
    assert by_id["p1"]["properties"]["kind"] == "sister"
    assert by_id["p1"]["properties"]["established"] == "2010"
    assert by_id["p2"]["properties"]["status"] is None


def test_lines_crossing_the_antimeridian_are_cut() -> None:
    line = cd.to_geojson(_dataset())["features"]
    p1 = next(f for f in line if f["id"] == "p1")["geometry"]
    assert p1["type"] == "MultiLineString"
    first, second = p1["coordinates"]
    assert first[0] == [127.21, 37.54] and second[-1] == [-92.29, 34.75]
    assert abs(first[-1][0]) == 180 and first[-1][0] == -second[0][0]
    assert first[-1][1] == second[0][1]


def test_lines_follow_the_great_circle() -> None:
    # midpoint of Lyon-Turin from the textbook formula, computed independently here
    line = next(f for f in cd.to_geojson(_dataset())["features"] if f["id"] == "p2")
    coordinates = line["geometry"]["coordinates"]
    middle = coordinates[len(coordinates) // 2]
    phi1, lam1, phi2, lam2 = map(math.radians, (45.75, 4.85, 45.07, 7.69))
    bx = math.cos(phi2) * math.cos(lam2 - lam1)
    by = math.cos(phi2) * math.sin(lam2 - lam1)
    phim = math.atan2(math.sin(phi1) + math.sin(phi2), math.hypot(math.cos(phi1) + bx, by))
    lamm = lam1 + math.atan2(by, math.cos(phi1) + bx)
    assert middle == pytest.approx([math.degrees(lamm), math.degrees(phim)], abs=1e-5)


def test_geojson_is_deterministic() -> None:
    a = json.dumps(cd.to_geojson(_dataset()), sort_keys=True)
    reordered = cd.Dataset.of(list(reversed(list(_dataset()))))
    assert json.dumps(cd.to_geojson(reordered), sort_keys=True) == a


def test_the_map_has_its_layers() -> None:
    folium = pytest.importorskip("folium")
    fmap = _dataset().map(tiles=None)
    assert isinstance(fmap, folium.Map)
    page = fmap.get_root().render()
    for layer in ("cities", "sister partnerships", "friendship partnerships"):
        assert f'"{layer}"' in page or layer in page
    assert page.count("L.circleMarker(") == 4
    assert "L.control.layers(" in page
    assert "Little Rock" in page and "since 2010" in page  # the popup lists partners and dates


def test_export_geojson_from_the_command(tmp_path: Path) -> None:
    data = tmp_path / "d.jsonl"
    cd.dump(_dataset(), data)
    out = tmp_path / "map.geojson"
    assert main(["export", str(data), "--to", "geojson", "-o", str(out)]) == 0
    collection = json.loads(out.read_text("utf-8"))
    assert collection["type"] == "FeatureCollection" and len(collection["features"]) == 6
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_coordinates_round_trip_and_refuse_what_is_no_number() -> None:
    ds = _dataset()
    assert cd.loads(cd.dumps(ds)) == ds
    for bad in ('"45"', "true", "91", "[1, 2]"):
        with pytest.raises(cd.ParseError) as caught:
            cd.loads('{"type":"city","id":"c","name":"C","latitude":' + bad + "}")
        assert "$.latitude" in str(caught.value)
