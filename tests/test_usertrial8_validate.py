"""One tie recorded twice: two accounts of a sister-city partnership that disagree on the
year ("since 2003", "since 2005") were merged into two partnerships with no conflict, no
ambiguity and no finding, and the partners of either city listed the other twice. The
validation rule CD705 reports it."""

from __future__ import annotations

import json

import citydiplo as cd

CITIES = [
    {"type": "city", "id": "a", "name": "Alpha", "country": "KR"},
    {"type": "city", "id": "b", "name": "Bravo", "country": "JP"},
]


def _data(*partnerships: dict[str, object]) -> cd.Dataset:
    return cd.loads("\n".join(json.dumps(r) for r in [*CITIES, *partnerships]))


def _tie(pid: str, established: str | None, **more: object) -> dict[str, object]:
    record: dict[str, object] = {"type": "partnership", "id": pid, "parties": ["a", "b"]}
    if established is not None:
        record["established"] = established
    return {**record, "kind": "sister", **more}


def _cd705(ds: cd.Dataset) -> list[str]:
    return [f.message for f in cd.validate(ds) if f.code == "CD705"]


def test_two_accounts_of_one_tie_that_disagree_on_the_year_are_reported() -> None:
    merged = cd.merge(_data(_tie("p1", "2003")), _data(_tie("p2", "2005", parties=["b", "a"])))
    assert len(merged.dataset.partnerships) == 2  # merge keeps disjoint dates apart
    assert _cd705(merged.dataset) == [
        "partnership 'p2' (established 2005) and 'p1' (established 2003) both tie 'a' and "
        "'b' at the same time: one partnership told two ways? (settle or correct one of them)"
    ]
    (finding,) = [f for f in cd.validate(merged.dataset) if f.code == "CD705"]
    assert finding.severity is cd.Severity.WARNING


def test_a_tie_ended_and_made_again_is_not_reported() -> None:
    ds = _data(_tie("p1", "2003", ended="2008"), _tie("p2", "2015"))
    assert _cd705(ds) == []


def test_a_tie_that_overlaps_the_end_of_another_is_reported() -> None:
    ds = _data(_tie("p1", "2003", ended="2010"), _tie("p2", "2009-05"))
    assert len(_cd705(ds)) == 1


def test_undated_ties_and_ties_of_other_pairs_are_not_reported() -> None:
    other = {"type": "city", "id": "c", "name": "Charlie", "country": "CN"}
    ds = _data(
        _tie("p1", None),
        _tie("p2", "2005"),
        _tie("p3", "2001", status="ended"),  # ended on a day nobody knows
        other,
        _tie("p4", "2005", parties=["a", "c"]),
    )
    assert _cd705(ds) == []


def test_three_at_once_report_the_two_later_ones_deterministically() -> None:
    ties = [_tie("p3", "2007"), _tie("p1", "2003"), _tie("p2", "2005")]
    first = sorted(_cd705(_data(*ties)))
    assert first == sorted(_cd705(_data(*reversed(ties))))
    assert [m.split("'")[1] for m in first] == ["p2", "p3"]


def test_the_seeds_have_no_tie_recorded_twice() -> None:
    assert _cd705(cd.load_seeds()) == []
