"""Dataset: an immutable collection with lookup by id, iteration and counts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

import citydiplo as cd
from tests import strategies as s


def _small() -> cd.Dataset:
    return cd.Dataset.of(
        [
            cd.City(id="hanoi", name="Hà Nội", country="VN", subdivision="VN-HN"),
            cd.City(id="spb", name="Saint Petersburg", country="RU", subdivision="RU-SPE"),
            cd.Source(id="hindi", language="hi", published=cd.PartialDate("2025-12-02")),
            cd.Agreement(
                id="hanoi-spb", parties=["hanoi", "spb"], signed=cd.PartialDate("2025-03-06")
            ),
        ]
    )


def test_lookup_and_counts() -> None:
    ds = _small()
    assert ds["hanoi-spb"].type == "agreement"
    assert ds.actor("spb").name == "Saint Petersburg"
    assert ds.source("hindi").language == "hi"
    assert "hanoi" in ds and "nowhere" not in ds
    assert ds.get("nowhere") is None and ds.get("nowhere", 1) == 1
    assert ds.counts() == {
        "actors": 2,
        "sources": 1,
        "partnerships": 0,
        "agreements": 1,
        "events": 0,
        "documents": 0,
        "claims": 0,
        "memberships": 0,
    }
    assert len(ds) == 4 and bool(ds) and not cd.Dataset()
    assert repr(ds) == "<Dataset actors=2, sources=1, agreements=1>"


def test_unknown_id_is_a_citydiplo_key_error() -> None:
    ds = _small()
    with pytest.raises(cd.UnknownIdError, match="no record with id 'nowhere'"):
        ds["nowhere"]
    with pytest.raises(KeyError):
        ds.actor("hindi")


def test_of_rejects_non_records() -> None:
    with pytest.raises(TypeError, match="not a citydiplo record"):
        cd.Dataset.of(["hanoi"])  # type: ignore[list-item]


@settings(max_examples=40)
@given(s.datasets())
def test_of_iteration_round_trip(ds: cd.Dataset) -> None:
    assert cd.Dataset.of(ds) == ds
    assert len(list(ds)) == len(ds) == sum(ds.counts().values())
    assert ds + cd.Dataset() == ds
    assert ds.evolve(events=()).counts()["events"] == 0


def test_collections_are_tuples_that_answer_queries() -> None:
    ds = _small()
    assert ds.agreements == (ds["hanoi-spb"],)
    assert isinstance(ds.agreements, tuple)
    assert ds.agreements(party="hanoi") == [ds["hanoi-spb"]]
    assert ds.agreements(party="spb", signed=cd.PartialDate("2025")) == [ds["hanoi-spb"]]
    assert ds.agreements(signed=cd.PartialDate("2024")) == []
    assert ds.events(actor="hanoi") == []
    assert ds.documents(number="59-NQ/TW") == []


def test_pickle_and_copy_keep_collections_callable() -> None:
    import copy
    import pickle

    ds = _small()
    for clone in (pickle.loads(pickle.dumps(ds)), copy.deepcopy(ds), copy.copy(ds)):
        assert clone == ds
        assert clone.agreements(party="hanoi") == [ds["hanoi-spb"]]


def test_a_collection_outliving_its_dataset_says_so() -> None:
    import gc

    agreements = _small().agreements
    gc.collect()
    assert agreements == agreements[:]  # still a tuple
    with pytest.raises(cd.CitydiploError, match="no longer attached"):
        agreements(party="hanoi")
