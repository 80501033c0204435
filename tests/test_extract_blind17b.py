"""Families of faults found on bench/extract_devset17b (ru, hi, gu, he, fa) and on the ru/fa
articles of devsets 11b-16b: literal cases written from the texts and from grammar, positives
and negatives."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from citydiplo import extract

_DEVSET = Path(__file__).resolve().parent.parent / "bench" / "extract_devset17b"


def _records(text: str, lang: str) -> list[Any]:
    return [
        r
        for r in extract(text, lang=lang).dataset
        if r.type in ("partnership", "agreement", "event", "claim")
    ]


def _sides(text: str, lang: str, type_: str) -> list[set[str]]:
    """The actor names of each record of ``type_``."""
    ds = extract(text, lang=lang).dataset
    names = {a.id: a.name for a in ds.actors}
    return [{names[a] for a in r.actors} for r in ds if r.type == type_]


def _people(text: str, lang: str) -> set[str]:
    return {a.name for a in extract(text, lang=lang).dataset.actors if a.type == "person"}


# -- a city's list of the ties it has is background, with its agreement ---------------------


def test_the_hebrew_list_of_a_city_s_twin_cities_is_no_news() -> None:
    # "Agadir has twin-city agreements with Miami, Vigan, Nantes and Shiraz"
    text = (_DEVSET / "he_colbonews_nesher_agadir.txt").read_text("utf-8")
    ds = extract(text, lang="he").dataset
    names = {a.id: a.name for a in ds.actors}
    for r in ds:
        if r.type in ("partnership", "agreement"):
            assert not {"Miami", "Nantes", "Shiraz"} & {names[a] for a in r.actors}


def test_the_letter_of_intent_of_nesher_and_agadir_stays() -> None:
    text = (_DEVSET / "he_colbonews_nesher_agadir.txt").read_text("utf-8")
    assert {"Nesher", "Agadir"} in _sides(text, "he", "agreement")


def test_a_hebrew_declaration_of_intent_is_a_letter_of_intent() -> None:
    text = "שגריר צרפת ביקר בנתניה ונחתם הסכם הצהרת כוונות בין נתניה לניס."
    kinds = [r.kind for r in _records(text, "he") if r.type == "agreement"]
    assert kinds == ["letter_of_intent"]


# -- "the mayors of the cities" after a sentence that named the two -------------------------

_YALTA = (
    "Делегация города Ялта прибыла во Францию. Власти Ялты и Ниццы договорились о "
    "сотрудничестве. Мэры городов подписали меморандум о сотрудничестве."
)


def test_the_mayors_of_the_cities_name_the_two_just_named() -> None:
    assert _sides(_YALTA, "ru", "agreement") == [{"Ялта", "Nice"}]


def test_one_mayor_signing_names_no_second_side() -> None:
    text = _YALTA.replace("Мэры городов подписали", "Мэр подписал")
    assert _sides(text, "ru", "agreement") == []


def test_the_two_sides_will_retells_no_new_agreement() -> None:
    # "Under the freshly-signed MoU, the two sides will ..." (devset16a, Bac Ninh)
    text = (
        "Bac Ninh strengthens cooperation with RoK's Gyeongsangbuk province\n"
        "He committed to being a bridge for businesses of the RoK in general and "
        "Gyeongsangbuk in particular to learn about investment in Bac Ninh.\n"
        "Under the freshly-signed MoU, the two sides will step up delegation exchanges."
    )
    assert [r for r in _records(text, "en") if r.type == "agreement"] == []


# -- a Russian city named again in another case ----------------------------------------------


def test_a_russian_city_in_the_genitive_after_a_title_is_that_city() -> None:
    # "главы Первомайска" (of the head of Pervomaisk), with a region's adjective after the
    # city's first mention
    text = (
        "Город Первомайск Нижегородской области и китайский город Сыпин стали "
        "городами-побратимами.\n\nСегодня прошла встреча главы Первомайска Елены "
        "Лебедновой с китайской делегацией во главе с мэром города Сыпин Чень Дэмином. Они "
        "подписали меморандум об установлении побратимских связей между муниципалитетами."
    )
    assert len(_sides(text, "ru", "agreement")) == 1
    assert any(len(s) >= 2 for s in _sides(text, "ru", "event"))


def test_a_two_word_city_name_is_not_read_in_its_cases() -> None:
    from citydiplo._extract._case_echo import case_echoes
    from citydiplo._extract._mention import Mention

    text = "Делегация города Нижний Новгород прибыла. Жители Новгорода рады."
    m = Mention(
        kind="place", start=10, end=32, text=text[10:32], actor="city-nn",
        actor_type="city", name="Nizhny Novgorod", geonames=1,
    )  # fmt: skip
    script = {"stem_cases": True, "endings": ["а", "е"]}
    assert [x.text for x in case_echoes([m], text, script, [])] == ["города Нижний Новгород"]


# -- future forms are plans (hi, gu) ------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "planned"),
    [
        (
            "hi",
            "जयपुर की महापौर सौम्या गुर्जर सिंगापुर में आयोजित सम्मेलन में भाग लेने जा रही हैं "
            "और वहां टोक्यो के महापौर से मुलाकात करेंगी।",
            True,
        ),
        ("hi", "जयपुर की महापौर सौम्या गुर्जर सिंगापुर की यात्रा पर जा रही हैं।", True),
        ("hi", "जयपुर की महापौर सौम्या गुर्जर ने सिंगापुर की यात्रा की।", False),
        ("gu", "અમદાવાદના મેયર કોબે શહેરમાં યોજાનારી પરિષદમાં ભાગ લેશે.", True),
        ("gu", "હિરોશિમાના મેયર આજે વડોદરાની મુલાકાતે આવ્યા.", False),
    ],
)
def test_hindi_and_gujarati_futures_are_plans(lang: str, text: str, planned: bool) -> None:
    events = [r for r in _records(text, lang) if r.type == "event"]
    assert events and all(r.planned is planned for r in events)


# -- words after or before a title that are no names -----------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "not_a_name"),
    [
        ("hi", "सूरत के महापौर इस सम्मेलन में टोक्यो के महापौर से मिले।", "इस"),
        ("gu", "અમદાવાદના મેયર આવતા મહિને કોબેની મુલાકાતે જશે.", "આવતા મહિ"),
        ("fa", "هیئت آلمانی از اصفهان بازدید کرد و با رئیس این دانشگاه دیدار نمود.", "این"),
    ],
)
def test_a_demonstrative_or_time_word_after_a_title_is_no_name(
    lang: str, text: str, not_a_name: str
) -> None:
    assert not_a_name not in _people(text, lang)


def test_a_persian_name_before_its_title_is_read_whole() -> None:
    text = (
        "مراد ارکول در دیدار با محمد رضا قلندر شریف شهردار مشهد مقدس اظهار کرد که روابط "
        "مشهد و بورسا خوب است."
    )
    assert "محمد رضا قلندر شریف" in _people(text, "fa")


def test_a_persian_plural_title_names_no_one() -> None:
    text = (
        "با امضاي تفاهمنامه خواهرخواندگي و همكاري دو جانبه در حوزههاي مختلف ميان "
        "شهرداران تبريز و استانبول، خواهرخواندگي اين دو شهر رسمي شد."
    )
    assert not any("مختلف" in p for p in _people(text, "fa"))


def test_a_meeting_keeps_a_persian_mayor_and_his_city() -> None:
    text = "شهردار تبریز امروز با شهردار استانبول دیدار کرد."
    assert _sides(text, "fa", "event") == [{"Tabriz", "Istanbul"}]


# -- gu: titles with the honorific glued, a courtesy visit told again, a visit asked for ------


def test_a_gujarati_courtesy_call_of_a_high_commissioner_is_one_visit() -> None:
    text = (_DEVSET / "gu_kalamkartvya_gujarat_uk.txt").read_text("utf-8")
    people = _people(text, "gu")
    assert any("ભૂપેન્દ્ર પટેલ" in p for p in people)
    visits = _sides(text, "gu", "event")
    assert any("Gandhinagar" in s for s in visits)
