"""Families of faults found by the blind set extract_devset11b (ru, hi, gu, he, fa): literal
cases.

Each family has positive cases (the fault, fixed) and negative ones (what the rule must leave
alone). The sentences are written for the rule; none quotes an article of the blind set.
"""

from __future__ import annotations

from typing import Any

import pytest

from citydiplo import extract


def _events(text: str, lang: str, published: str | None = None) -> list[Any]:
    return [r for r in extract(text, lang=lang, published=published).records if r.type == "event"]


def _when(record: Any) -> str:
    return str(getattr(record, "date", None) or getattr(record, "signed", None))


# --- one encounter told with two words (a visit in the headline, a meeting in the lead) ----

ONE_ENCOUNTER = [
    # the headline's visit, the lead's dated arrival, the courtesy call: one visit
    (
        "hi",
        "उदयपुर महापौर पार्षद प्रतिनिधि मंडल के साथ पहुंची भोपाल\nगुरुवार को उदयपुर की "
        "महापौर अपने पार्षद प्रतिनिधि मंडल दल के साथ भोपाल पहुंची । महापौर भोपाल से "
        "शिष्टाचार भेंट करने के उपरांत भोपाल व उदयपुर के लोगों ने विचार साझा किए।",
    ),
    # the headline's visit, then the meeting the article tells
    (
        "ru",
        "Делегация Казани посетила Ханой\nВ Ханое мэр Казани провёл встречу с руководством Ханоя.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), ONE_ENCOUNTER)
def test_one_encounter_told_with_two_words_is_one_event(lang: str, text: str) -> None:
    assert len(_events(text, lang, "2024-10-17")) == 1


TWO_ENCOUNTERS = [
    # no headline: within the article, other words may tell another occasion
    (
        "ru",
        "Делегация Казани посетила Ханой.\nВ Ханое мэр Казани провёл встречу с руководством Ханоя.",
        [("city-hanoi", "city-kazan"), ("city-hanoi", "city-kazan")],
    ),
    # two months: two visits, whatever their words
    (
        "ru",
        "В мае делегация Казани посетила Ханой. В июле мэр Казани встретился с мэром Токио.",
        [("city-hanoi", "city-kazan"), ("city-kazan", "city-tokyo")],
    ),
    # another city on the other side: another encounter
    (
        "ru",
        "Делегация Казани посетила Ханой\nМэр Казани встретился в Москве с мэром Токио.",
        [("city-hanoi", "city-kazan"), ("city-kazan", "city-moscow", "city-tokyo")],
    ),
    (
        "fa",
        "هیئت تبریز از استانبول بازدید کرد\nشهردار تبریز با شهردار باکو دیدار کرد.",
        [("city-istanbul", "city-tabriz"), ("city-baku", "city-tabriz")],
    ),
]


@pytest.mark.parametrize(("lang", "text", "sides"), TWO_ENCOUNTERS)
def test_encounters_with_other_places_or_days_stay_apart(
    lang: str, text: str, sides: list[tuple[str, ...]]
) -> None:
    found = [
        tuple(sorted(p.actor for p in r.participants if p.actor.startswith("city-")))
        for r in _events(text, lang, "2024-09-02")
    ]
    assert found == sides


# --- a stretch of several years is a programme's term, not an event's or a signing's date ---


def test_programme_years_are_no_date_of_the_forum_it_was_signed_at() -> None:
    t = "Программа на 2021-2023 годы была подписана в рамках онлайн-форума Москвы и Пекина."
    events = _events(t, "ru", "2020-12-07")
    assert [_when(e) for e in events] == ["None"]


def test_programme_years_are_no_signing_date() -> None:
    t = "Мэры Москвы и Пекина подписали соглашение о сотрудничестве на 2021-2023 годы."
    records = extract(t, lang="ru", published="2020-12-07").records
    agreements = [r for r in records if r.type == "agreement"]
    assert agreements and all(_when(a) != "2021/2023" for a in agreements)


@pytest.mark.parametrize(
    ("lang", "text", "date"),
    [
        # a stay of three days keeps its days
        (
            "ru",
            "С 10 по 12 мая 2024 года делегация Казани посетила Ханой.",
            "2024-05-10/2024-05-12",
        ),
        # a single year keeps its year
        ("ru", "В 2023 году делегация Казани посетила Ханой.", "2023"),
    ],
)
def test_dates_within_one_year_stay(lang: str, text: str, date: str) -> None:
    assert [_when(e) for e in _events(text, lang, "2024-09-02")] == [date]


# --- a name read after a title ends before a word that names no one ("של", "તરીકે") ---------


def _people(text: str, lang: str) -> list[str]:
    x = extract(text, lang=lang, published="2024-09-02")
    return [m.name or "" for m in x.mentions if m.kind == "person"]


@pytest.mark.parametrize(
    ("lang", "text", "wrong"),
    [
        # "of the city": the name ends before "של"
        ("he", "ראש העיר דוד כהן של העיר חיפה נפגש עם ראש עיריית ברמן.", "דוד כהן של"),
        # a verb after the name: "moved on to"
        ("he", "ראש העיר כהן עבר לאחר מכן לברמן.", "כהן עבר"),
        # "a president who was a footballer": no one named "who was"
        ("he", "הוא נפגש עם נשיא שהיה כדורגלן מקצועי.", "שהיה"),
        # "as": the ambassador serving as ..., no one named "as"
        ("gu", "અમેરિકાના રાજદૂત તરીકે કામ કરતા એરીક ગાસેંટી સુરત આવ્યા.", "તરીકે"),
        # "her own": the mayor came with her own delegation
        ("hi", "महापौर अपने प्रतिनिधि मंडल के साथ भोपाल पहुंची।", "अप"),
        # "standing": part of the title "standing vice chairman"
        ("fa", "نایب رئیس دائمی کمیته خلق شهر دانانگ سخنرانی کرد.", "دائمی"),
    ],
)
def test_a_word_that_names_no_one_ends_the_name(lang: str, text: str, wrong: str) -> None:
    assert not any(n == wrong or n.startswith(wrong + " ") for n in _people(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("he", "ראש העיר דוד כהן של העיר חיפה נפגש עם ראש עיריית ברמן.", "דוד כהן"),
        ("hi", "महापौर सुषमा खर्कवाल ने प्रतिनिधि मंडल का स्वागत किया।", "सुषमा खर्कवाल"),
        ("he", "ראש העיר יונה יהב נפגש עם ראש עיריית ברמן.", "יונה יהב"),
    ],
)
def test_names_keep_their_words(lang: str, text: str, name: str) -> None:
    assert name in _people(text, lang)


# --- an organization's name in a script without capitals runs to three words ---------------


def _orgs(text: str, lang: str) -> list[str]:
    x = extract(text, lang=lang, published="2024-09-02")
    return [m.text for m in x.mentions if m.kind == "organization"]


@pytest.mark.parametrize(
    ("lang", "text", "org"),
    [
        (
            "hi",
            "5 सितंबर को हनोई और संयुक्त राष्ट्र विकास कार्यक्रम ने समझौते पर हस्ताक्षर किए।",
            "संयुक्त राष्ट्र विकास कार्यक्रम",
        ),
        (
            "gu",
            "નેશનલ જિનાન ઇન્ટરનેશનલ યુનિવર્સિટીના પ્રોફેસરોએ સુરતની મુલાકાત લીધી.",
            "નેશનલ જિનાન ઇન્ટરનેશનલ યુનિવર્સિટી",
        ),
    ],
)
def test_an_uncased_organization_name_is_whole(lang: str, text: str, org: str) -> None:
    assert any(o.startswith(org) for o in _orgs(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "org"),
    [
        # "and" and a case particle end the name
        ("hi", "हनोई और विदेश मंत्रालय ने बैठक की।", "विदेश मंत्रालय"),
        ("hi", "शहर की जन समिति ने बैठक की।", "जन समिति"),
    ],
)
def test_an_uncased_organization_name_stops_at_a_particle(lang: str, text: str, org: str) -> None:
    assert org in _orgs(text, lang)


# --- a cooperation programme signed by two cities is an agreement (ru) -----------------------


def test_a_signed_cooperation_programme_is_an_agreement() -> None:
    t = "Мэры Казани и Ханоя подписали программу сотрудничества городов на 3 года"
    records = extract(t, lang="ru", published="2020-12-07").records
    assert [(r.type, sorted(r.parties)) for r in records if r.type == "agreement"] == [
        ("agreement", ["city-hanoi", "city-kazan"])
    ]


def test_a_programme_only_discussed_is_no_agreement() -> None:
    t = "Делегация Казани обсудила программу сотрудничества с Ханоем."
    records = extract(t, lang="ru", published="2020-12-07").records
    assert not [r for r in records if r.type == "agreement"]
