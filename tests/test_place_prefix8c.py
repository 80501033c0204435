"""Hebrew prefix letters in the order of the grammar, and a city opening a sentence read by
the city it is coordinated with (issue 13). Literal cases: each positive one is missed by
the code before these rules; each negative one is an ordinary word or a phrase that must
stay unread."""

from __future__ import annotations

import pytest

from citydiplo import find_places
from citydiplo._geo._cues import cues
from citydiplo._geo._proclitics import prefix_sequences

_FRAME_HE = "משלחת מצרפת ומקוריאה הגיעה. "


def _read(text: str, lang: str, after: int = 0) -> list[tuple[str, str | None]]:
    return [
        (m.text, m.place.name or m.place.country)
        for m in find_places(text, lang=lang)
        if m.start >= after
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("וכשבסיאול ירד שלג, נפגשו.", [("סיאול", "Seoul")]),  # ו + כש + ב
        ("ושלמרסיי יש נמל.", [("מרסיי", "Marseille")]),  # ו + ש + ל
        ("כשמסיאול הגיעה המשלחת.", [("סיאול", "Seoul")]),  # כש + מ
        ("ושבליון נחתם ההסכם.", [("ליון", "Lyon")]),  # ו + ש + ב
        ("הם אמרו שבמרסיי יש נמל.", [("מרסיי", "Marseille")]),  # ש + ב, as before
        ("ולמרסיי הגיעו.", [("מרסיי", "Marseille")]),  # ו + ל, as before
    ],
)
def test_he_prefix_sequences_are_read(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _read(_FRAME_HE + sentence, "he", len(_FRAME_HE)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "במשך שנים רבות.",  # ש + נים (Nîmes): no subordinator without a preposition
        "כיוון שכך.",  # כ + יוון (Greece): כ, "like", is no prefix read
        "בצד שמאלי.",  # ש + מאלי (Mali)
        "אין שמץ של ספק.",  # ש + מץ (Metz)
        "וכשאין זמן.",  # כ + שאין (Cheyenne)
        "השלד של הבניין.",  # ש + לד (Lod), with the article
        "התמונה שלימה.",  # ש + לימה (Lima)
        "שמנים וחמאה.",  # שמ + נים (Nîmes): ש is not read before מ
        "זה המים שמקורה בהר.",  # שמ + קורה (Kure)
    ],
)
def test_he_ordinary_words_stay_unread(sentence: str) -> None:
    assert _read(_FRAME_HE + sentence, "he", len(_FRAME_HE)) == []


def test_he_prefixes_follow_the_grammar() -> None:
    prefixes = set(cues("he").attached_before)
    assert {"ו", "ב", "ל", "מ", "וב", "של", "ושב", "וכשב", "כשל", "כשמ"} <= prefixes
    assert not prefixes & {"ש", "כ", "כש", "וש", "וכ", "ה", "וה", "מה", "בו", "לש", "שמ", "ושמ"}


def test_prefix_sequences_spell_out_slots() -> None:
    assert prefix_sequences(["a", [["", "b"], ["c", "d"]]]) == ["a", "bc", "bd", "c", "d"]
    assert prefix_sequences([[["x"], ["", "y"]]]) == ["x", "xy"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Новосибирск и Саппоро дружат.",
            "ru",
            [("Новосибирск", "Novosibirsk"), ("Саппоро", "Sapporo")],
        ),
        (
            "Rehovot and Lyon are sister cities, Israel said.",
            "en",
            [("Rehovot", "Reẖovot"), ("Lyon", "Lyon"), ("Israel", "IL")],
        ),
        ("Suwon and Hue signed a pact.", "en", [("Suwon", "Suwon"), ("Hue", "Huế")]),
        ("Paris and London met.", "en", [("Paris", "Paris"), ("London", "London")]),
        (
            "Talks ended. Seoul, Lyon and Suwon met.",
            "en",
            [("Seoul", "Seoul"), ("Lyon", "Lyon"), ("Suwon", "Suwon")],
        ),
    ],
)
def test_opening_city_read_by_its_partner(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert _read(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Nice and Cannes are near.", "en", []),  # Cannes is no strong reading
        ("Victoria and Albert came.", "en", []),  # no partner read
        ("Rehovot and Lyon are sister cities.", "en", [("Lyon", "Lyon")]),  # < 1 million
        ("George and Lyon met.", "en", [("Lyon", "Lyon")]),  # George, South Africa: 188,000
        ("Grass and Lyon.", "en", [("Lyon", "Lyon")]),  # an alternate name of Grasse
        ("Nancy and Lyon met.", "en", [("Lyon", "Lyon")]),  # the partner is no evidence
        (
            "Nancy and Lyon met in France.",
            "en",
            [("Nancy", "Nancy"), ("Lyon", "Lyon"), ("France", "FR")],
        ),
        ("Seoul, Lyon met.", "en", [("Lyon", "Lyon")]),  # a comma alone is no list
        ("Rennes said Lyon is big.", "en", [("Lyon", "Lyon")]),  # no conjunction
        ("Victoria Smith and Lyon.", "en", [("Lyon", "Lyon")]),  # a person
    ],
)
def test_opening_city_without_partner_stays_unread(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert _read(text, lang) == expected
