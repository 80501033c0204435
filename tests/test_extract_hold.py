"""Literal cases for candidates held back with a register (``citydiplo._extract._hold``): a
two-sided candidate naming fewer than two actors that the register lists or the gazetteer
identifies is "held" (listed, outside the dataset until accepted); with two such actors, or
without a register, or for a multi-party event, it is proposed."""

from __future__ import annotations

from citydiplo import City, Dataset, extract

REGISTER = Dataset(actors=[City(id="suwon", name="Suwon", country="KR")])


def test_a_meeting_with_one_known_side_is_held_out_of_the_dataset() -> None:
    text = "Mayor Kim of Suwon met Director Lee of the Hue Tourism Agency in May 2024."
    x = extract(text, lang="en", known=REGISTER)
    [meeting] = x.records
    assert x.status[meeting.id] == "held"
    assert x.dataset.events == ()
    accepted = x.accept([meeting.id])
    assert [e.id for e in accepted.dataset.events] == [meeting.id]


def test_a_meeting_with_two_known_sides_is_proposed() -> None:
    text = "Mayor Kim of Suwon met officials of Hue City in May 2024."
    x = extract(text, lang="en", known=REGISTER)
    [meeting] = x.records
    assert x.status[meeting.id] == "proposed"  # Hue: the gazetteer identifies it
    assert [e.id for e in x.dataset.events] == [meeting.id]


def test_nothing_is_held_without_a_register() -> None:
    text = "Mayor Kim of Suwon met Director Lee of the Hue Tourism Agency in May 2024."
    x = extract(text, lang="en")
    assert set(x.status.values()) == {"proposed"}


def test_a_partnership_with_a_partner_nobody_knows_is_held() -> None:
    text = "Suwon City signed a sister city agreement with Kanadala City in May 2024."
    x = extract(text, lang="en", known=REGISTER)
    assert {r.type: x.status[r.id] for r in x.records} == {"partnership": "held",
                                                           "agreement": "held"}
    y = extract(text.replace("Kanadala", "Hue"), lang="en", known=REGISTER)
    assert {y.status[r.id] for r in y.records} == {"proposed"}


def test_a_conference_with_one_known_participant_is_not_held() -> None:
    text = "Suwon hosted the International Forum of Mayors conference in May 2024."
    x = extract(text, lang="en", known=REGISTER)
    assert all(x.status[r.id] == "proposed" for r in x.records if r.type == "event")
