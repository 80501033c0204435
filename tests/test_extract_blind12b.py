"""Families of faults found by the blind set extract_devset12b (ru, hi, gu, he, fa): literal
cases.

Each family has positive cases (the fault, fixed) and negative ones (what the rule must leave
alone). The sentences are written for the rule; none quotes an article of the blind set.
"""

from __future__ import annotations

from typing import Any

import pytest

from citydiplo import City, Dataset, Person, extract


def _kept(text: str, lang: str, known: Dataset | None = None) -> list[Any]:
    x = extract(text, lang=lang, known=known)
    return [r for r in x.records if x.status[r.id] != "held"]


def _participants(record: Any) -> set[str]:
    return {p.actor for p in record.participants}


# --- a holder named in apposition whom the register lists stays that known actor -----------

APPOSED = [
    ("he", "שגריר צרפת בישראל, פייר דופון, הגיע לביקור בחיפה.", "פייר דופון", "חיפה"),
    ("he", "ראש עיריית חיפה, יונה יהב, נפגש עם משלחת מבורדו.", "יונה יהב", "בורדו"),
    (
        "en",
        "The Mayor of Cincinnati, Mark Mallory, visited Kharkiv in May 2012.",
        "Mark Mallory",
        "Kharkiv",
    ),
]


@pytest.mark.parametrize(("lang", "text", "person", "city"), APPOSED)
def test_a_registered_holder_in_apposition_keeps_the_event(
    lang: str, text: str, person: str, city: str
) -> None:
    known = Dataset(
        actors=[
            Person(id="holder", name="Holder", names={lang: [person]}),
            City(id="town", name="Town", names={lang: [city]}, country="FR"),
        ]
    )
    events = [r for r in _kept(text, lang, known) if r.type == "event"]
    assert events, "the register must not hold the event back"
    assert "holder" in _participants(events[0])
    # without the register the holder is read as a draft person, as before
    plain = [r for r in _kept(text, lang) if r.type == "event"]
    assert plain and not any(a == "holder" for a in _participants(plain[0]))


# --- a conjunction or "also" after a title is no part of a name -----------------------------


def _people(text: str, lang: str) -> list[str]:
    x = extract(text, lang=lang, published="2024-09-02")
    return [m.name or "" for m in x.mentions if m.kind == "person"]


@pytest.mark.parametrize(
    ("lang", "text", "wrong"),
    [
        # "the mayor and his team went to Japan": no one named "and ..."
        ("gu", "વડોદરાના મેયર તથા તેમની ટીમ જાપાનના પ્રવાસે ગયા હતા.", "તથા"),
        # "the mayor Nilesh Rana also was present": "also" ends the name
        ("gu", "વડોદરાના મેયર નીલેશ રાણા પણ હાજર રહ્યા હતા.", "નીલેશ રાણા પણ"),
    ],
)
def test_a_conjunction_after_a_title_names_no_one(lang: str, text: str, wrong: str) -> None:
    assert not any(n == wrong or n.startswith(wrong + " ") for n in _people(text, lang))


def test_a_name_before_also_keeps_its_words() -> None:
    assert "નીલેશ રાણા" in _people("વડોદરાના મેયર નીલેશ રાણા પણ હાજર રહ્યા હતા.", "gu")


# --- a city built from the words of a quoted title, and a site's address, name no actor ------


def _names(text: str, lang: str) -> list[str]:
    x = extract(text, lang=lang)
    return [m.text for m in x.mentions if m.kind in ("place", "organization", "person")]


@pytest.mark.parametrize(
    ("lang", "text", "wrong"),
    [
        ("ru", "Соглашение подписано на форуме «Города России», сообщили URA.RU.", "Города России"),
        ("ru", "Соглашение подписано на форуме «Города России», сообщили URA.RU.", "URA"),
        ("en", 'The mayor attended the "City of Tomorrow" forum, CNN.com reported.', "CNN"),
        (
            "en",
            'The mayor attended the "City of Tomorrow" forum, CNN.com reported.',
            "City of Tomorrow",
        ),
    ],
)
def test_a_quoted_title_or_a_web_address_names_no_actor(lang: str, text: str, wrong: str) -> None:
    assert wrong not in _names(text, lang)


def test_a_signing_reported_by_a_site_at_a_titled_forum_has_no_parties() -> None:
    text = "Соглашение подписано на форуме «Города России», сообщили URA.RU."
    assert extract(text, lang="ru").records == ()


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        # a gazetteer place in a title stays: the festival names Moscow
        ("ru", "Мэр Казани посетил фестиваль «Дни Москвы» в Минске.", "Москвы"),
        # marker-built places outside the quotes stay
        (
            "ru",
            "Глава города Зеленодольска подписал соглашение с мэром города Гянджа на форуме "
            "«Города России».",
            "города Гянджа",
        ),
    ],
)
def test_places_outside_titles_or_known_to_the_gazetteer_stay(
    lang: str, text: str, name: str
) -> None:
    assert name in _names(text, lang)


# --- hi "सहमति पत्र" (memorandum of understanding); "होंगे" (will be) announces it -----------


def _agreements(text: str, lang: str) -> list[Any]:
    return [r for r in extract(text, lang=lang).records if r.type == "agreement"]


@pytest.mark.parametrize(
    ("text", "parties", "planned"),
    [
        ("भारत और स्पेन ने सहमति पत्र पर हस्ताक्षर किए।", ("country-es", "country-in"), False),
        (
            "भोपाल और हैम्बर्ग के बीच सहमति पत्र पर हस्ताक्षर किए गए।",
            ("city-bhopal", "city-hamburg"),
            False,
        ),
        (
            "अगले महीने भोपाल और हैम्बर्ग के बीच सहमति पत्र पर हस्ताक्षर होंगे।",
            ("city-bhopal", "city-hamburg"),
            True,
        ),
    ],
)
def test_a_hindi_memorandum_of_consent_is_an_agreement(
    text: str, parties: tuple[str, str], planned: bool
) -> None:
    [agreement] = _agreements(text, "hi")
    assert agreement.kind.value == "mou"
    assert agreement.parties == parties
    assert agreement.planned is planned


def test_a_consensus_reached_is_no_agreement() -> None:
    assert _agreements("इंदौर और लखनऊ के महापौर की बैठक में सहमति बनी।", "hi") == []


# --- an occurrence only hoped for is no candidate; a hope beside a done one leaves it -------

HOPED = [
    ("ru", "Мэр Казани выразил надежду на скорый визит делегации Минска в Казань."),
    ("en", "The mayor of Suwon expressed hope for an early visit of a Hue delegation to Suwon."),
    ("hi", "भोपाल के महापौर ने हैम्बर्ग के महापौर के भोपाल दौरे की उम्मीद जताई।"),
    ("gu", "સુરતના મેયરે હેમ્બર્ગના મેયરની સુરત મુલાકાતની આશા વ્યક્ત કરી."),
]


@pytest.mark.parametrize(("lang", "text"), HOPED)
def test_an_occurrence_only_hoped_for_is_no_candidate(lang: str, text: str) -> None:
    x = extract(text, lang=lang)
    assert x.records == ()
    assert [s.reason for s in x.skipped] == ["an occurrence only hoped for"]


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        (
            "ru",
            "Мэры Казани и Минска подписали соглашение о сотрудничестве и выразили надежду "
            "на его развитие.",
            "agreement",
        ),
        (
            "ru",
            "Делегация Минска посетила Казань, мэр Казани выразил надежду на развитие связей.",
            "event",
        ),
        (
            "en",
            "Suwon and Hue signed a memorandum of understanding and expressed hope for more "
            "exchanges.",
            "agreement",
        ),
        ("hi", "भोपाल और हैम्बर्ग ने समझौता ज्ञापन पर हस्ताक्षर किए और सहयोग की उम्मीद जताई।", "agreement"),
    ],
)
def test_a_hope_beside_a_done_occurrence_leaves_it(lang: str, text: str, kind: str) -> None:
    assert kind in [r.type for r in extract(text, lang=lang).records]


# --- he: an adjective of the title (the Polish, the host, the outgoing mayor) is no name -----


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("המשלחת, שכללה את ראש העיר הפולנית, השתתפה בעצרת הזכרון בחיפה.", "הפולנית"),
        ("ראש העיר המארח ערך סיור לאורחים מבורדו בחיפה.", "המארח"),
        ("ראש העיר הגרמני ביקר בחיפה.", "הגרמני"),
    ],
)
def test_an_adjective_of_the_title_names_no_one(text: str, wrong: str) -> None:
    assert not any(n == wrong or n.startswith(wrong + " ") for n in _people(text, "he"))


def test_a_name_after_the_title_stays() -> None:
    assert "יונה יהב" in _people("ראש העיר יונה יהב נפגש עם ראש עיריית ברמן.", "he")
