"""API misuse gets a clear error: argument types are checked, and every function that takes
an actor takes an id or a name through one resolver, where an id always wins."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

import citydiplo as cd
from citydiplo import AmbiguousNameError, PartialDate, UnknownNameError


def _dataset() -> cd.Dataset:
    return cd.Dataset.of([
        cd.City(id="hanam", name="Hanam", country="KR", names={"ko": ["하남시"]}),
        cd.Region(id="ha-nam", name="Hà Nam", country="VN"),
        cd.City(id="gwangju-gg", name="Gwangju", country="KR", subdivision="KR-41"),
        cd.City(id="gwangju", name="Gwangju", country="KR", subdivision="KR-29"),
        cd.City(id="little-rock", name="Little Rock", country="US"),
        cd.Organization(id="politburo", name="Politburo", country="VN"),
        cd.Partnership(id="p", parties=("hanam", "little-rock"), kind="sister",
                       established=PartialDate("2024")),
        cd.Event(id="e", kind="visit", date=PartialDate("2024-07"),
                 participants=[cd.Participant(actor="hanam", role="visitor"),
                               cd.Participant(actor="little-rock", role="host")]),
        cd.Agreement(id="g", parties=("hanam", "little-rock"), signed=PartialDate("2024-07")),
        cd.Document(id="d", number="59-NQ/TW", issuer="politburo"),
    ])


def test_an_id_always_wins_over_a_name() -> None:
    ds = _dataset()
    with pytest.raises(AmbiguousNameError):
        ds.resolve("Hanam")  # the name is Hanam (KR) and Hà Nam (VN)
    assert ds.resolve("hanam").id == "hanam"  # but the id is one actor
    assert ds.resolve("gwangju-gg").id == "gwangju-gg"
    with pytest.raises(AmbiguousNameError):
        ds.resolve("Gwangju")


@pytest.mark.parametrize(
    "query",
    [
        lambda ds, a: ds.timeline(actor=a),
        lambda ds, a: cd.timeline(ds, a),
        lambda ds, a: ds.partners(a),
        lambda ds, a: ds.events_where(actor=a),
        lambda ds, a: ds.agreements_where(party=a),
        lambda ds, a: ds.agreements_where(between=[a]),
        lambda ds, a: ds.documents_where(issuer=a),
    ],
)
def test_every_actor_argument_goes_through_the_resolver(query: Any) -> None:
    ds = _dataset()
    with pytest.raises(UnknownNameError, match="nobody"):
        query(ds, "nobody")
    with pytest.raises(AmbiguousNameError, match="Gwangju"):
        query(ds, "Gwangju")
    with pytest.raises(TypeError, match="actor id, a name or an Actor"):
        query(ds, 5)


def test_names_ids_and_actors_give_the_same_answers() -> None:
    ds = _dataset()
    rock = ds.actor("little-rock")
    assert [e.record.id for e in ds.timeline(actor="Little Rock")] == ["p", "g", "e"]
    assert ds.timeline(actor="Little Rock") == ds.timeline(actor="little-rock")
    assert ds.timeline(actor=rock) == ds.timeline(actor="little-rock")
    assert [p.actor.id for p in ds.partners("하남시")] == ["little-rock"]
    assert [d.id for d in ds.documents_where(issuer="Politburo")] == ["d"]


@pytest.mark.parametrize(
    ("call", "words"),
    [
        (lambda ds: cd.validate("mine.jsonl"), "validate() takes a Dataset, not str"),
        (lambda ds: cd.validate(ds, today="2025-01-01"), "argument 'today'"),
        (lambda ds: cd.timeline("mine.jsonl"), "timeline() takes a Dataset or a MergeResult"),
        (lambda ds: cd.dumps("mine.jsonl"), "dumps() takes a Dataset or records"),
        (lambda ds: cd.dumps(5), "dumps() takes a Dataset or records"),
        (lambda ds: cd.loads(b"", max_bytes="10"), "argument 'max_bytes' must be int"),
        (lambda ds: cd.load(5), "argument 'path'"),
        (lambda ds: ds.resolve(5), "argument 'name' must be str"),
        (lambda ds: ds.find(None), "argument 'name' must be str"),
        (lambda ds: ds.anniversaries("2024"), "argument 'year' must be int"),
        (lambda ds: ds.anniversaries(2024, every=True), "argument 'every' must be int"),
        (lambda ds: ds.partners("hanam", at=2024), "argument 'at'"),
        (lambda ds: ds.agreements_where(between="hanam"), "between must be a list"),
        (lambda ds: cd.Dataset(actors="ab"), "is not a collection of records"),
        (lambda ds: cd.Dataset(actors=list(ds.events)), "not a record of this collection"),
    ],
)
def test_arguments_of_the_wrong_type_are_a_type_error(call: Any, words: str) -> None:
    with pytest.raises(TypeError) as info:
        call(_dataset())
    assert words in str(info.value)


def test_a_date_argument_still_takes_every_documented_form() -> None:
    ds = _dataset()
    for at in ("2024", PartialDate("2024"), datetime.date(2024, 7, 1)):
        assert [p.actor.id for p in ds.partners("hanam", at=at)] == ["little-rock"]


def test_exports_check_their_arguments(tmp_path: Any) -> None:
    from citydiplo._export import export

    with pytest.raises(TypeError, match="argument 'dataset' must be Dataset"):
        export("mine.jsonl", "csv", tmp_path)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="argument 'dataset' must be Dataset"):
        cd.to_csv([], tmp_path)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="argument 'directory'"):
        cd.to_csv(_dataset(), 5)  # type: ignore[arg-type]
