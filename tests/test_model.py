"""The model's construction-time invariants, with names and codes from the seed articles."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings

import citydiplo as cd
from tests import strategies as s


def test_city_in_gyeonggi() -> None:
    gwangju = cd.City(
        id="gwangju-gg",
        name="Gwangju",
        country="KR",
        subdivision="KR-41",
        names={"ko": ["광주시"], "en": ["Gyeonggi Gwangju City"]},
    )
    assert gwangju.labels() == ("Gwangju", "Gyeonggi Gwangju City", "광주시")
    assert gwangju.labels("ko") == ("광주시",)


def test_kosovo_is_a_country_code() -> None:
    assert cd.Country(id="xk", name="Kosovo", country="XK").country == "XK"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"country": "ZZ"}, "'ZZ' is not an ISO 3166-1"),
        ({"country": "kr"}, "'kr' is not an ISO 3166-1"),
        ({"subdivision": "KR-99"}, "'KR-99' is not an ISO 3166-2"),
        ({"subdivision": "US-AR"}, "'US-AR' belongs to 'US', not to country 'KR'"),
        ({"country": None}, "given without a country"),
        ({"id": " hanam"}, "is not an id"),
        ({"name": "  "}, "is empty"),
    ],
)
def test_actor_invariants(changes: dict[str, object], message: str) -> None:
    base: dict[str, object] = {
        "id": "hanam",
        "name": "Hanam",
        "country": "KR",
        "subdivision": "KR-41",
    }
    with pytest.raises(cd.InvalidModelError, match=message):
        cd.City(**{**base, **changes})  # type: ignore[arg-type]


def test_country_actor_needs_its_code() -> None:
    with pytest.raises(cd.InvalidModelError, match="needs its own ISO code"):
        cd.Country(id="it", name="Italy")


def test_partnership_is_unordered_and_between_two() -> None:
    a = cd.Partnership(id="p", parties=("zibo", "gwangju-gg"), kind="sister")
    b = cd.Partnership(id="p", parties=("gwangju-gg", "zibo"), kind=cd.PartnershipKind.SISTER)
    assert a == b and a.parties == ("gwangju-gg", "zibo")
    with pytest.raises(cd.InvalidModelError, match="names a party twice"):
        cd.Partnership(id="p", parties=("cordoba", "cordoba"))
    with pytest.raises(cd.InvalidModelError, match="expected two"):
        cd.Partnership(id="p", parties=("a", "b", "c"))


def test_agreement_parties_and_signatories() -> None:
    mou = cd.Agreement(
        id="hanam-arkansas-mou",
        kind="mou",
        parties=["hanam", "arkansas"],
        signatories=[
            cd.Signatory(person="sanders", on_behalf_of="arkansas"),
            cd.Signatory(person="lee", on_behalf_of="hanam"),
        ],
        signed=cd.PartialDate("2024-03"),
        fields=["economy", "industry"],
    )
    assert mou.parties == ("arkansas", "hanam")
    assert mou.fields == {cd.Field.ECONOMY, cd.Field.INDUSTRY}
    assert mou.date == cd.PartialDate("2024-03")
    with pytest.raises(cd.InvalidModelError, match="fewer than two parties"):
        cd.Agreement(id="x", parties=["hanoi"])


def test_enum_errors_name_the_field_and_choices() -> None:
    with pytest.raises(cd.InvalidModelError, match="kind: 'twin' is not a valid PartnershipKind"):
        cd.Partnership(id="p", parties=("a", "b"), kind="twin")
    with pytest.raises(cd.InvalidModelError, match="'vistor' is not a valid Role"):
        cd.Participant(actor="hanam", role="vistor")


def test_event_needs_participants_and_reports_roles() -> None:
    visit = cd.Event(
        id="v",
        kind="visit",
        date=cd.PartialDate("2024-07"),
        participants=[
            cd.Participant(actor="little-rock", role="host"),
            cd.Participant(actor="hanam", role="visitor"),
        ],
    )
    assert visit.actors == ("hanam", "little-rock")
    assert visit.role_of("hanam") == (cd.Role.VISITOR,)
    with pytest.raises(cd.InvalidModelError, match="has no participants"):
        cd.Event(id="v", participants=[])


def test_person_roles_are_dated() -> None:
    role = cd.PersonRole(
        title="Ambassador of Italy to Korea", of="it", during=cd.DateRange("2023/2025")
    )
    assert role.held_at(cd.PartialDate("2024-04"))
    assert not role.held_at(cd.PartialDate("2026"))
    assert cd.PersonRole(title="Mayor").held_at(cd.PartialDate("1990"))


def test_citation_span_and_quote() -> None:
    c = cd.Citation(source="hindi", quote="6 मार्च, 2025 को", span=[10, 25])  # type: ignore[arg-type]
    assert c.span == (10, 25)
    with pytest.raises(cd.InvalidModelError, match="is not a character span"):
        cd.Citation(source="hindi", quote="x", span=(5, 2))
    with pytest.raises(cd.InvalidModelError, match="is empty"):
        cd.Citation(source="hindi", quote=" ")


def test_count_claim() -> None:
    claim = cd.CountClaim(
        id="c", subject="gwangju-gg", counted="partners", value=10, enumerated=True
    )
    assert claim.counted is cd.Counted.PARTNERS
    with pytest.raises(cd.InvalidModelError, match="is not a count"):
        cd.CountClaim(id="c", subject="x", counted="partners", value=-1)


@settings(max_examples=40)
@given(s.datasets())
def test_models_are_frozen(ds: cd.Dataset) -> None:
    for record in ds:
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            record.id = "changed"  # type: ignore[misc]
        assert attrs.evolve(record) == record
        hash(record)


def test_labels_are_canonical() -> None:
    a = cd.Person(id="gatto", name="Emilia Gatto", names={"he": ["אמיליה קאטו", "אמיליה גאטו"]})
    b = cd.Person(
        id="gatto",
        name="Emilia Gatto",
        names=[
            cd.Label(lang="he", text="אמיליה גאטו"),
            cd.Label(lang="he", text="אמיליה קאטו"),
            cd.Label(lang="he", text="אמיליה גאטו"),
        ],
    )
    assert a == b and len(a.names) == 2
