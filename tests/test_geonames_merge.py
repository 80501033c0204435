"""merge and GeoNames ids: one id is one actor whatever the spelling; two ids never fuse."""

from __future__ import annotations

import itertools

import citydiplo as cd


def _city(id: str, name: str, geonames: str | None, **kw: str) -> cd.City:
    ids = [cd.Identifier(scheme="geonames", value=geonames)] if geonames else []
    return cd.City(id=id, name=name, identifiers=ids, **kw)


def _actors(ds: cd.Dataset) -> list[tuple[str, ...]]:
    return sorted(tuple(sorted(a.labels())) for a in ds.actors)


def test_same_geonames_id_fuses_across_scripts() -> None:
    a = _city("seoul-en", "Seoul", "1835848", country="KR")
    b = _city("seoul-ko", "서울", "1835848")
    c = _city("seoul-he", "סיאול", "1835848", country="KR", subdivision="KR-11")
    merged = cd.merge(cd.Dataset.of([a, b, c])).dataset
    assert len(merged.actors) == 1
    assert {"Seoul", "서울", "סיאול"} <= set(merged.actors[0].labels())


def test_different_geonames_ids_never_fuse() -> None:
    # the three German Friedlands and Córdoba (Argentina / Spain), same names
    friedlands = [
        _city("f1", "Friedland", "2925177", country="DE", subdivision="DE-BB"),
        _city("f2", "Friedland", "2925178", country="DE", subdivision="DE-BB"),
        _city("f3", "Friedland", "2925179", country="DE", subdivision="DE-BB"),
    ]
    merged = cd.merge(cd.Dataset.of(friedlands)).dataset
    assert len(merged.actors) == 3


def test_an_unidentified_homonym_joins_no_side_and_order_does_not_matter() -> None:
    a = _city("a", "Friedland", "1", country="DE", subdivision="DE-BB")
    b = _city("b", "Friedland", "2", country="DE", subdivision="DE-BB")
    c = _city("c", "Friedland", None, country="DE", subdivision="DE-BB")
    results = set()
    for order in itertools.permutations([a, b, c]):
        results.add(cd.dumps(cd.merge(cd.Dataset.of(list(order))).dataset))
    assert len(results) == 1
    merged = cd.loads(results.pop())
    assert len(merged.actors) == 3


def test_a_chain_of_names_never_joins_two_ids() -> None:
    # c shares a label with a and another with b: fusing through it would join two ids
    a = _city("a", "Alpha", "1", country="DE")
    b = _city("b", "Beta", "2", country="DE")
    c = cd.City(id="c", name="Alpha", names={"de": ["Beta"]}, country="DE")
    for order in itertools.permutations([a, b, c]):
        merged = cd.merge(cd.Dataset.of(list(order))).dataset
        ids = [
            {i.value for i in actor.identifiers if i.scheme == "geonames"}
            for actor in merged.actors
        ]
        assert all(len(found) <= 1 for found in ids)
