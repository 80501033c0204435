"""Inflected Russian names of three or four words, Russian plural names whose last word
has no ending, Persian provinces sharing a first word written once, and a province name
several countries share read in a list of one country's provinces. Expected values are
written from the languages and the places themselves."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citydiplo import find_places


def _read(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.place.subdivision or m.place.country) for m in find_places(text, lang=lang)]


# -- Russian: declined names of up to four words, a hyphenated first word kept as written ----


def test_jewish_autonomous_oblast_in_a_shared_list() -> None:
    # https://sport.sopka.ru/event/2024/10/2897
    text = "команды Хабаровского, Красноярского краёв, Амурской, Еврейской автономной и "
    text += "Сахалинской областей"
    assert ("Еврейской автономной", "RU-YEV") in _read(text, "ru")


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        ("в Еврейской автономной области", "Еврейской автономной области", "RU-YEV"),
        (
            "губернатор Ханты-Мансийского автономного округа",
            "Ханты-Мансийского автономного округа",
            "RU-KHM",
        ),
        (
            "в Ямало-Ненецком автономном округе",
            "Ямало-Ненецком автономном округе",
            "RU-YAN",
        ),
        ("жители Ненецкого автономного округа", "Ненецкого автономного округа", "RU-NEN"),
        ("в Кабардино-Балкарской Республике", "Кабардино-Балкарской Республике", "RU-KB"),
    ],
)
def test_multiword_subdivisions_declined(text: str, span: str, code: str) -> None:
    assert _read(text, "ru") == [(span, code)]


def test_the_nenets_inside_yamalo_nenets_is_not_read() -> None:
    # the longer name wins: the Nenets okrug is no reading of "Ямало-Ненецком ..."
    assert all(code != "RU-NEN" for _, code in _read("в Ямало-Ненецком автономном округе", "ru"))


_ADJECTIVE_CASES = {  # (feminine, masculine) adjective endings and the noun's, by case
    "genitive": (("ой", "ого"), {"область": "области", "округ": "округа"}),
    "dative": (("ой", "ому"), {"область": "области", "округ": "округу"}),
    "instrumental": (("ой", "ым"), {"область": "областью", "округ": "округом"}),
    "prepositional": (("ой", "ом"), {"область": "области", "округ": "округе"}),
}
_NAMES = {  # nominative names of federal subjects of three or four words, as they read
    "Еврейская автономная область": "RU-YEV",
    "Ханты-Мансийский автономный округ": "RU-KHM",
    "Ямало-Ненецкий автономный округ": "RU-YAN",
    "Чукотский автономный округ": "RU-CHU",
    "Ненецкий автономный округ": "RU-NEN",
}


def _declined(name: str, case: str) -> str:
    (feminine, masculine), nouns = _ADJECTIVE_CASES[case]
    *adjectives, noun = name.split()
    out = []
    for word in adjectives:
        if word.endswith("ая"):
            out.append(word[:-2] + feminine)
        else:  # "-ский", "-ный": the masculine ending after a soft or hard stem
            soft = masculine == "ым" and word.endswith("ий")
            out.append(word[:-2] + ("им" if soft else masculine))
    return " ".join([*out, nouns[noun]])


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(sorted(_NAMES)), st.sampled_from(sorted(_ADJECTIVE_CASES)))
def test_a_declined_subject_name_reads_as_its_dictionary_form(name: str, case: str) -> None:
    declined = _declined(name, case)
    assert _read(f"Жители {declined} сообщили", "ru") == [(declined, _NAMES[name])]


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        # https://ru24.pro/mineralnye_vody/382672603
        ("рейсы из Минеральных Вод в Москву", "Минеральных Вод", "Mineralnye Vody"),
        ("в Великих Луках", "Великих Луках", "Velikiye Luki"),
        ("до Великих Лук", "Великих Лук", "Velikiye Luki"),
        ("из Набережных Челнов", "Набережных Челнов", "Naberezhnyye Chelny"),
    ],
)
def test_plural_names_whose_last_word_has_no_ending(text: str, span: str, name: str) -> None:
    found = [m for m in find_places(text, lang="ru") if m.text == span]
    assert [m.place.name for m in found] == [name]


def test_a_bare_noun_needs_a_plural_adjective_before_it() -> None:
    # "Минеральной Вод" is no grammar: a singular adjective takes no bare plural noun
    assert _read("из Минеральной Вод", "ru") == []


# -- Persian: provinces sharing their first word, written once ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # https://khabardooni.com/weather/22136
        (
            "در برخی از استانها از جمله گلستان، خراسان شمالی و رضوی، شمال خراسان جنوبی",
            [
                ("گلستان", "IR-27"),
                ("خراسان شمالی", "IR-28"),
                ("رضوی", "IR-09"),
                ("خراسان جنوبی", "IR-29"),
            ],
        ),
        (
            "در مناطق خراسان شمالی، رضوی، جنوبی، هرمزگان",
            [
                ("خراسان شمالی", "IR-28"),
                ("رضوی", "IR-09"),
                ("جنوبی", "IR-29"),
                ("هرمزگان", "IR-22"),
            ],
        ),
        ("آذربایجان شرقی و غربی", [("آذربایجان شرقی", "IR-03"), ("غربی", "IR-04")]),
    ],
)
def test_persian_provinces_sharing_a_first_word(text: str, expected: list[tuple[str, str]]) -> None:
    assert _read(text, "fa") == expected


@pytest.mark.parametrize(
    "text",
    [
        "خراسان شمالی و شرقی",  # no East Khorasan: the list stops
        "خراسان رضوی و رضوی",  # the same province again is no other one
        "تهران و شمالی",  # a one-word name shares no first word
    ],
)
def test_no_province_is_made_of_a_shared_first_word_that_names_none(text: str) -> None:
    assert [code for _, code in _read(text, "fa")] == [_read(text.split(" و ")[0], "fa")[0][1]]


_IRANIAN_PAIRS = [
    ("خراسان", ("شمالی", "رضوی", "جنوبی")),
    ("آذربایجان", ("شرقی", "غربی")),
]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(_IRANIAN_PAIRS), st.data())
def test_a_list_of_qualifiers_reads_as_the_names_written_in_full(
    pair: tuple[str, tuple[str, ...]], data: st.DataObject
) -> None:
    head, qualifiers = pair
    order = data.draw(st.permutations(qualifiers))
    short = f"{head} {order[0]}، " + " و ".join(order[1:])
    full = "، ".join(f"{head} {q}" for q in order)
    assert [c for _, c in _read(short, "fa")] == [c for _, c in _read(full, "fa")]


# -- a name shared by several countries' provinces, in a list of one country's -------------


def test_markazi_in_a_list_of_iranian_provinces() -> None:
    # https://khabardooni.com/weather/22136
    text = "استانهای آذربایجان غربی و شرقی، اردبیل، کردستان، کرمانشاه، همدان، مرکزی، لرستان"
    assert ("مرکزی", "IR-00") in _read(text, "fa")


def test_central_province_alone_stays_unread() -> None:
    # Iran's Markazi, and the Central Provinces of Sri Lanka, Uganda ...: nothing decides
    assert _read("استان مرکزی", "fa") == []


# -- Hindi lists: an item of several words left unread does not end the list ----------------


def test_towns_listed_past_multiword_district_names() -> None:
    # https://swatantradesh.com/news_id/36870
    text = "लखनऊ: देवरिया, गोरखपुर, कुशीनगर, महराजगंज, आजमगढ़, बलिया, मऊ, बस्ती, संतकबीर नगर, "
    text += "सिद्धार्थ नगर, बहराइच, गोंडा, बलरामपुर, श्रावस्ती, अयोध्या, अम्बेडकर नगर, सुल्तानपुर"
    found = {m.text: m.place.subdivision for m in find_places(text, lang="hi")}
    assert found["बहराइच"] == found["गोंडा"] == found["सुल्तानपुर"] == "IN-UP"


def test_a_list_does_not_reach_past_prose() -> None:
    # four words or more between separators are no list item: the town after them has no
    # listed neighbour, and a frequent word alone stays unread
    text = "लखनऊ: बस्ती, कल शाम को भारी बारिश हुई, गोंडा"
    assert "गोंडा" not in [m.text for m in find_places(text, lang="hi")]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(["संतकबीर नगर", "सिद्धार्थ नगर", "अम्बेडकर नगर"]), max_size=2))
def test_unread_multiword_items_between_do_not_change_a_listed_town(between: list[str]) -> None:
    items = ["लखनऊ: बस्ती", *between, "बहराइच"]
    found = {m.text: m.place.subdivision for m in find_places(", ".join(items), lang="hi")}
    assert found.get("बहराइच") == "IN-UP"


def test_districts_of_several_words_in_a_list() -> None:
    # https://swatantradesh.com/news_id/36870
    text = "लखनऊ: मऊ, बस्ती, संतकबीर नगर, सिद्धार्थ नगर, बहराइच, अयोध्या, अम्बेडकर नगर, सुल्तानपुर"
    found = {m.text: m.place for m in find_places(text, lang="hi")}
    assert found["सिद्धार्थ नगर"].name == "Siddharthnagar"
    assert found["अम्बेडकर नगर"].name == "Ambedkar Nagar"
    assert found["सिद्धार्थ नगर"].subdivision == found["अम्बेडकर नगर"].subdivision == "IN-UP"


def test_gir_somnath_in_a_gujarati_list() -> None:
    # https://atalsamachar.com/forecast-gujarat-warning-issued-for-these-districts-of-the/cid15068285.htm
    text = "ભરૂચ, નર્મદા, તાપી, ડાંગ, ભાવનગર, અમરેલી, ગીર સોમનાથ, કચ્છમાં ભારે વરસાદની આગાહી"
    found = {m.text: m.place for m in find_places(text, lang="gu")}
    assert found["ગીર સોમનાથ"].name == "Gir Somnath"
    assert found["ગીર સોમનાથ"].subdivision == "IN-GJ"


def test_words_of_prose_before_a_town_are_no_district() -> None:
    # "जिलों में" (in the districts) before the first item is no item of the list
    text = "लखनऊ: इन जिलों में देवरिया, गोरखपुर में बारिश"
    assert [m.text for m in find_places(text, lang="hi")] == ["लखनऊ", "देवरिया", "गोरखपुर"]
