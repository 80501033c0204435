"""Boundaries of validation rules: CD201 one day either side, CD601 not counting proposed or
ended partnerships (literal cases, each of which fails if the boundary moves by one)."""

from __future__ import annotations

import pytest

import citydiplo as cd
from citydiplo import PartialDate, validate


def _partnership(established: str, ended: str) -> cd.Dataset:
    return cd.Dataset.of([
        cd.City(id="a", name="A", country="KR"),
        cd.City(id="b", name="B", country="US"),
        cd.Partnership(id="p", parties=("a", "b"), kind="sister",
                       established=PartialDate(established), ended=PartialDate(ended)),
    ])


@pytest.mark.parametrize(
    ("established", "ended", "finding"),
    [
        ("2024-05-10", "2024-05-09", True),   # one day before
        ("2024-05-10", "2024-05-10", False),  # the same day
        ("2024-05-10", "2024-05-11", False),
        ("2024-05", "2024-04-30", True),      # the last day of the month before
        ("2024-05", "2024-05-01", False),     # the first day of the month
        ("2024-05", "2024-05", False),
        ("2024", "2023-12-31", True),
        ("2024", "2023", True),
        ("2024", "2024-01-01", False),
        ("2024-03-01", "2024-02-29", True),   # a leap day
        ("2024-03-01", "2024-02", True),
        ("2024-02-29", "2024-02", False),
    ],
)
def test_cd201_at_its_boundary(established: str, ended: str, finding: bool) -> None:
    report = validate(_partnership(established, ended), rules=["CD201"])
    assert bool(report) is finding, [str(f) for f in report]


def _claimed(value: int, *statuses: str | None) -> cd.Dataset:
    partners = [f"p{i}" for i in range(len(statuses))]
    return cd.Dataset.of([
        cd.City(id="g", name="G", country="KR"),
        *(cd.City(id=p, name=p.upper(), country="CN") for p in partners),
        *(
            cd.Partnership(id=f"s{i}", parties=("g", p), kind="sister", status=status)
            for i, (p, status) in enumerate(zip(partners, statuses, strict=True))
        ),
        cd.CountClaim(id="c", subject="g", counted="partners", value=value, enumerated=True,
                      kinds=["sister"]),
    ])


@pytest.mark.parametrize(
    ("value", "statuses", "finding"),
    [
        (2, ("active", None), False),
        (2, ("active", None, "proposed"), False),  # a proposal is no partner yet
        (3, ("active", None, "proposed"), True),
        (1, ("active", "ended"), False),           # an ended partnership is no longer one
        (2, ("active", "ended"), True),
        (1, ("active", "proposed", "ended"), False),
        (0, ("proposed",), False),
        (1, ("proposed",), True),
        (1, ("suspended",), False),                # suspended still counts
    ],
)
def test_cd601_counts_neither_proposed_nor_ended_partnerships(
    value: int, statuses: tuple[str | None, ...], finding: bool
) -> None:
    report = validate(_claimed(value, *statuses), rules=["CD601"])
    assert bool(report) is finding, [str(f) for f in report]
    if finding:
        listed = sum(s not in ("proposed", "ended") for s in statuses)
        assert f"lists {listed}" in next(iter(report)).message
