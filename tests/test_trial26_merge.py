"""Trial 26, finding A8: merge reports a record renamed for an id of another type.

Quoted from the trial: "``cd.merge(cd.Dataset.of([a]), cd.Dataset.of([b, p]))`` …
0 findings … the partnership is now 'x-9e0f2fcb'".
"""

from __future__ import annotations

import citydiplo as cd


def test_a_partnership_renamed_for_a_city_id_is_reported() -> None:
    a = cd.City(id="x", name="X", country="KR")
    b = cd.City(id="y", name="Y", country="JP")
    p = cd.Partnership(id="x", parties=("y", "z"))
    result = cd.merge(cd.Dataset.of([a]), cd.Dataset.of([b, p]))
    (finding,) = result.findings
    assert finding.code == "CD903"
    assert finding.record == "x"
    assert finding.path == "$.partnerships"
    renamed = result.dataset.partnerships[0].id
    assert renamed.startswith("x-") and repr(renamed) in finding.message
    assert "names a city and a partnership" in finding.message


def test_an_event_and_a_source_sharing_an_id_are_reported() -> None:
    s = cd.Source(id="e1", title="T")
    e = cd.Event(id="e1", participants=[cd.Participant(actor="a")])
    city = cd.City(id="a", name="A")
    result = cd.merge(cd.Dataset.of([s, city]), cd.Dataset.of([e, city]))
    codes = [(f.code, f.record) for f in result.findings]
    assert ("CD903", "e1") in codes


def test_two_actors_are_still_reported_once() -> None:
    a = cd.City(id="x", name="X", country="KR")
    b = cd.Person(id="x", name="Mr X")
    result = cd.merge(cd.Dataset.of([a]), cd.Dataset.of([b]))
    assert [f.code for f in result.findings] == ["CD903"]

