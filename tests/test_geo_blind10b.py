"""Readings fixed by class after blind batch 10b (ru, hi, gu, he, fa).

Each rule has literal positive cases (what it must now read, or must no longer read) and
negative cases (the readings the rule must leave alone).
"""

from __future__ import annotations

import pytest

from citydiplo import AmbiguousPlaceError, find_places, parse_place
from citydiplo._geo._function import function_word
from citydiplo._geo._gazetteer import gazetteer
from citydiplo._geo._twins import same_town
from citydiplo._normalize import match_key


def _read(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.place.country, m.place.subdivision) for m in find_places(text, lang=lang)]


def _codes(text: str, lang: str) -> set[tuple[str | None, str | None]]:
    return {(country, sub) for _, country, sub in _read(text, lang)}


# -- a town GeoNames records twice is one place: "Kashan" and "Kāshān" -----------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("سند یادداشت تفاهم خواهرخواندگی شهرهای کاشان و کازانلاک بلغارستان امضا شد", "fa"),
        ("با حضور کیومرث محمدپور شهردار شهر کاشان و سفیر ایران در بلغارستان", "fa"),
    ],
)
def test_town_recorded_twice_is_read(text: str, lang: str) -> None:
    assert ("IR", "IR-10") in _codes(text, lang)


def test_town_recorded_twice_parses_to_the_first_record() -> None:
    assert parse_place("کاشان", lang="fa").geonames_id == 128476
    assert parse_place("Kāshān").geonames_id == 128476


def test_twin_rows_are_one_town_and_others_are_not() -> None:
    gz = gazetteer()
    found = gz.postings(match_key("کاشان"))
    assert found is not None
    a, b = found.alternate[:2]
    assert same_town(a, b)
    cordoba = gz.postings(match_key("Córdoba"))
    assert cordoba is not None
    rows = (*cordoba.own, *cordoba.alternate)
    assert not any(same_town(x, y) for x in rows for y in rows if x != y)


@pytest.mark.parametrize(("name", "country"), [("Córdoba", None), ("Friedland", "DE")])
def test_real_namesakes_stay_ambiguous(name: str, country: str | None) -> None:
    with pytest.raises(AmbiguousPlaceError):
        parse_place(name, country=country)


# -- a name right after a Chinese surname in Cyrillic is a given name ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Об этом сообщил мэр Народного правительства города Хэган господин Ван Синьчжу.",
        "Также господин Ван Синьчжу сообщил, что рассматривается возможность соглашения.",
        "Делегацию принял Ли Синьчжу.",
    ],
)
def test_given_name_after_chinese_surname_is_no_place(text: str) -> None:
    assert ("TW", "TW-HSZ") not in _codes(text, "ru")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Мэр Харбина Ван Линь прибыл в Москву.", ("CN", "CN-HL")),  # the place before it
        ("У Харбина есть побратимы.", ("CN", "CN-HL")),  # "У" opens a sentence: no surname
        ("Делегация из Китая посетила город Синьчжу.", ("TW", "TW-HSZ")),
    ],
)
def test_places_beside_chinese_names_stay(text: str, code: tuple[str, str]) -> None:
    assert code in _codes(text, "ru")


# -- a function word is no place, not even beside a generic word -----------------------------


def test_function_word_after_generic_word_is_no_place() -> None:
    text = "इसमें पहला समझौता चीन के ग्वांगडोंग प्रांत और गुजरात के बीच हुआ."
    assert ("MH", "MH-AUR") not in _codes(text, "hi")
    assert ("IN", "IN-GJ") in _codes(text, "hi")


def test_function_words_listed() -> None:
    assert function_word("और") and function_word("دو")
    assert not function_word("गुजरात") and not function_word("کاشان")


# -- a subdivision named with its generic word after a capitalised institution ---------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Соглашение между Правительством Оренбургской области и Акиматом.", "RU-ORE"),
        ("Встреча с Губернатором Приморского края прошла в мэрии.", "RU-PRI"),
        ("Глава Московской области подписал указ.", "RU-MOS"),
    ],
)
def test_subdivision_with_generic_word_after_institution(text: str, code: str) -> None:
    assert ("RU", code) in _codes(text, "ru")


@pytest.mark.parametrize(
    "text",
    [
        "Анна Киевская выступила на форуме.",  # a surname: no generic word
        "Посетили Центральный Новосибирский рынок.",  # an adjective, no subdivision named
    ],
)
def test_bare_adjectives_after_capitalised_words_stay_unread(text: str) -> None:
    assert _read(text, "ru") == []


# -- a place's name right before a word for news names an outlet ------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "gone"),
    [
        ("इंडिया न्यूज़(गाँधीनगर):ऑस्ट्रेलिया के न्यू साउथ वेल्स के मंत्री", "hi", "IN"),
        ("यह खबर इंडिया टुडे ने दी.", "hi", "IN"),
        ("ગુજરાત સમાચાર અનુસાર બેઠક થઈ.", "gu", "IN"),
    ],
)
def test_place_before_news_word_is_an_outlet(text: str, lang: str, gone: str) -> None:
    assert all(country != gone for _, country, _ in _read(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("इंडिया में न्यूज़ चैनल बढ़े.", "hi", ("IN", None)),
        ("गुजरात और ऑस्ट्रेलिया के बीच समझौता", "hi", ("IN", "IN-GJ")),
        ("ગુજરાત સરકારે સમાચાર આપ્યા.", "gu", ("IN", "IN-GJ")),
    ],
)
def test_places_not_before_news_words_stay(
    text: str, lang: str, code: tuple[str, str | None]
) -> None:
    assert code in _codes(text, lang)
