"""A title's office, residence or hall written after the title is no person
(:mod:`citydiplo._extract._rooms`): Hindi "महापौर कार्यालय" (the mayor's office), Gujarati
"મેયર કચેરી", Chinese "市长办公室", Japanese "市長公邸" -- while the names of the people
beside a title are still read."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citydiplo import Person, extract
from citydiplo._extract._rooms import names_a_place


def _people(text: str, lang: str) -> list[str]:
    return sorted(a.name for a in extract(text, lang=lang).actors if isinstance(a, Person))


@pytest.mark.parametrize(
    ("lang", "text", "room"),
    [
        (
            "hi",
            "भोपाल की महापौर मालती राय ने महापौर कार्यालय में स्मोलेंस्क के मेयर नोवीकोव से मुलाकात की।",
            "कार्यालय",
        ),
        (
            "hi",
            "भोपाल की महापौर मालती राय ने महापौर निवास में स्मोलेंस्क के मेयर नोवीकोव से मुलाकात की।",
            "निवास",
        ),
        ("gu", "અમદાવાદના મેયર પ્રતિભા જૈને મેયર કચેરીમાં કોબેના મેયર સાથે મુલાકાત કરી.", "કચેરી"),
        ("zh", "昆明市长王伟在市长办公室会见了藤泽市长。", "办公室"),
        ("zh", "昆明市長王偉在市長辦公室會見了藤澤市長。", "辦公室"),
    ],
)
def test_an_office_after_a_title_is_no_person(lang: str, text: str, room: str) -> None:
    people = _people(text, lang)
    assert not any(p.startswith(room) for p in people), people


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "hi",
            "भोपाल की महापौर मालती राय ने महापौर कार्यालय में स्मोलेंस्क के मेयर नोवीकोव से मुलाकात की।",
            "नोवीकोव",
        ),
        (
            "hi",
            "भोपाल की महापौर मालती राय ने महापौर कार्यालय में स्मोलेंस्क के मेयर नोवीकोव से मुलाकात की।",
            "मालती राय",
        ),
        ("zh", "昆明市长王伟在市长办公室会见了藤泽市长。", "王伟"),
    ],
)
def test_the_holders_beside_the_office_are_still_read(lang: str, text: str, name: str) -> None:
    assert name in _people(text, lang)


def test_the_office_is_no_participant_of_the_meeting() -> None:
    text = "昆明市长王伟在市长办公室会见了藤泽市长。"
    x = extract(text, lang="zh")
    actors = {p.actor for r in x.records for p in getattr(r, "participants", ())}
    assert not any("办公室" in a for a in actors), actors
    assert any(a.startswith("city-") for a in actors)


@pytest.mark.parametrize(
    ("name", "spaced", "expected"),
    [
        ("कार्यालय", True, True),
        ("कार्यालयमें", True, True),  # a particle glued after the word
        ("कार्यालयों", True, False),  # another ending: not a listed particle
        ("मालती राय", True, False),
        ("राय कार्यालय", True, False),  # the place word is not the first word
        ("办公室主任", False, True),
        ("王伟", False, False),
    ],
)
def test_names_a_place(name: str, spaced: bool, expected: bool) -> None:
    assert (
        names_a_place(name, ("कार्यालय", "办公室"), spaced=spaced, particles=("में", "को")) is expected
    )


@given(st.text(min_size=1, max_size=12))
def test_a_name_without_the_words_is_never_a_place(name: str) -> None:
    clean = name
    while "कार्यालय" in clean or "办公室" in clean:
        clean = clean.replace("कार्यालय", "").replace("办公室", "")
    for spaced in (True, False):
        assert (
            not names_a_place(clean, ("कार्यालय", "办公室"), spaced=spaced, particles=("में",))
            or not clean.strip()
        )
