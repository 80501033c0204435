"""Extraction rules for ru, hi, gu, he and fa built from the misses and false candidates of a
held-out set of real articles: literal sentences written for these tests, each rule with a
positive case (what the rule changes) and a negative one (what it must leave alone)."""

from __future__ import annotations

from typing import Any

import pytest

from citydiplo import extract
from citydiplo._extract._segment import sentences


def _records(text: str, lang: str, published: str | None = None) -> list[tuple[Any, ...]]:
    x = extract(text, lang=lang, published=published)
    out = []
    for r in x.records:
        when = getattr(r, "signed", None) or getattr(r, "date", None)
        out.append((r.type, tuple(sorted(r.actors)), None if when is None else str(when)))
    return out


def _ties(text: str, lang: str) -> list[tuple[str, ...]]:
    return [actors for kind, actors, _ in _records(text, lang) if kind == "partnership"]


# -- "between A and B" names the two sides: the pair is not split over a third place ------

def test_between_keeps_the_pair_fa() -> None:
    t = ("مراد ارکول گفت: پیگیر اجرای توافق‌های خواهرخواندگی میان مشهد و بورسا و تقویت "
         "تعامل با استانبول هستیم.")
    assert _ties(t, "fa") == [("city-bursa", "city-mashhad")]


def test_between_keeps_the_pair_ru() -> None:
    t = ("Подписано соглашение о побратимстве между Казанью и Минском, а также о "
         "сотрудничестве с Москвой.")
    assert _ties(t, "ru") == [("city-kazan", "city-minsk")]


def test_without_between_the_pair_is_still_split() -> None:
    t = "شهرهای لاهور و کراچی پاکستان با شهر مشهد خواهرخوانده شده‌اند."
    assert sorted(_ties(t, "fa")) == [("city-karachi", "city-mashhad"),
                                     ("city-lahore", "city-mashhad")]


# -- an event word in a linking phrase ("during the visit") yields to the sentence's event --

@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Во время визита представители Харькова встретились с мэром Ришон ле-Циона."),
    ("en", "During the visit, the mayor of Suwon met the mayor of Hue City."),
])
def test_link_phrase_gives_the_meeting(lang: str, text: str) -> None:
    x = extract(text, lang=lang)
    assert [r.kind.value for r in x.records if r.type == "event"] == ["meeting"]


def test_link_phrase_alone_keeps_its_visit() -> None:
    # no other event word: the phrase may be the only telling of the visit
    x = extract("Мэр Харькова посетил Ришон ле-Цион. Во время визита он осмотрел музей.",
                lang="ru")
    assert [r.kind.value for r in x.records if r.type == "event"] == ["visit"]


# -- Hebrew "the twin city" with its article ----------------------------------------------

def test_hebrew_the_twin_city() -> None:
    t = "משלחת מהעיר עפולה קיימה ביקור רשמי בעיר התאומה טלאבי בגיאורגיה."
    assert [k for k, _, _ in _records(t, "he")] == ["partnership", "event"]


def test_hebrew_twin_word_alone_is_no_tie() -> None:
    assert _ties("משלחת מהעיר עפולה קיימה ביקור רשמי בטלאבי בגיאורגיה.", "he") == []


# -- Gujarati: "twin city" is a tie word, "likely to be signed" a prospect, abbreviations -

def test_gujarati_twin_city_is_no_city() -> None:
    t = "વડોદરા અને આશ્કેલોન વચ્ચે ટ્વિન સિટી માટે એમઓયુ કરવામાં આવ્યા હતા."
    assert all("city-ટ્વિન" not in actors for _, actors, _ in _records(t, "gu"))


def test_gujarati_likely_mou_is_a_prospect() -> None:
    t = "વડોદરા અને અમદાવાદ વચ્ચે આગામી મહિને એમઓયુ થાય તેવી શક્યતા છે."
    assert [k for k, _, _ in _records(t, "gu")] == []


def test_gujarati_signed_mou_stays() -> None:
    t = "વડોદરા અને અમદાવાદ વચ્ચે એમઓયુ કરવામાં આવ્યા હતા."
    assert [k for k, _, _ in _records(t, "gu")] == ["agreement"]


def test_gujarati_abbreviations_end_no_sentence() -> None:
    t = "રાજકોટ મ્યુ. કોર્પોરેશને કરાર કર્યો છે. કમિશનર ડી. થારા આવ્યા હતા. બીજું વાક્ય છે."
    assert [t[s:e] for s, e, _ in sentences(t, "gu")] == [
        "રાજકોટ મ્યુ. કોર્પોરેશને કરાર કર્યો છે.", "કમિશનર ડી. થારા આવ્યા હતા.",
        "બીજું વાક્ય છે."]


def test_gujarati_sentence_end_after_a_short_word() -> None:
    t = "કરાર થયો છે. બીજું વાક્ય છે."
    assert len(sentences(t, "gu")) == 2


# -- Russian "they signed", "the agreement on this": the pair of the record before ---------

def test_russian_agreement_on_this() -> None:
    t = ("Глава Астрахани посетил Могилёв. Астрахань и Могилёв являются городами-побратимами. "
         "Соглашение об этом было подписано в феврале 2023 года.")
    assert ("agreement", ("city-astrakhan", "city-mahilyow"), "2023-02") in _records(t, "ru")


def test_russian_they_signed() -> None:
    t = ("Мэр Казани встретился с мэром Минска. Казань и Минск стали городами-побратимами. "
         "Они подписали меморандум о сотрудничестве.")
    assert ("agreement", ("city-kazan", "city-minsk"), None) in _records(t, "ru")


def test_russian_about_this_without_a_tie_word() -> None:
    t = "Мэр Казани встретился с мэром Минска. Об этом сообщает пресс-служба."
    assert [k for k, _, _ in _records(t, "ru")] == ["event"]
