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


# -- a sister-city agreement named as such needs no signing verb -------------------------

@pytest.mark.parametrize(("lang", "text", "pair"), [
    ("fa", "مشهد و بورسا توافق خواهرخواندگی دارند.", ("city-bursa", "city-mashhad")),
    ("ru", "Соглашения о побратимстве между Казанью и Минском остаются в силе.",
     ("city-kazan", "city-minsk")),
    ("hi", "दिल्ली और सियोल के बीच सिस्टर सिटी करार है।", ("city-delhi", "city-seoul")),
])
def test_sister_city_agreement_named(lang: str, text: str, pair: tuple[str, str]) -> None:
    assert ("agreement", pair, None) in _records(text, lang)


def test_partnership_alone_gives_no_agreement() -> None:
    assert [k for k, _, _ in _records("مشهد و بورسا خواهرخوانده هستند.", "fa")] == [
        "partnership"]


# -- a council followed at once by its city is that city's body: one side, no tie --------

def test_a_city_and_its_own_council_are_one_side() -> None:
    t = ("رئیس شورای اسلامی شهر یزد گفت: پیمان خواهرخواندگی به توسعه گردشگری شهر کمک "
         "می کند.")
    assert _records(t, "fa") == []


def test_two_cities_signing_stay_two_sides() -> None:
    t = "شهردار یزد و شهردار خجند پیمان خواهرخواندگی امضا کردند."
    assert ("agreement", ("city-khujand", "city-yazd"), None) in _records(t, "fa")


# -- "extended an invitation to visit" is a plan with no time: no record -----------------

def test_persian_invitation_to_visit_is_no_visit() -> None:
    t = ("سرکنسول پاکستان در مشهد از شهردار مشهد برای بازدید از مدیریت شهری لاهور دعوت به "
         "عمل آورد.")
    assert _records(t, "fa") == []


def test_persian_visit_at_an_invitation_stays() -> None:
    t = "شهردار مشهد به دعوت شهردار لاهور از این شهر بازدید کرد."
    assert [k for k, _, _ in _records(t, "fa")] == ["event"]


# -- places named only in speech after "said:" take no part in the speaker's event -------

@pytest.mark.parametrize(("lang", "text", "actors"), [
    ("ru", "Мэр Казани встретился с мэром Минска и заявил: связи с Гродно тоже важны.",
     ("city-kazan", "city-minsk")),
    ("fa", "شهردار مشهد در دیدار با شهردار بورسا اظهار کرد: روابط با استانبول نیز مهم است.",
     ("city-bursa", "city-mashhad")),
])
def test_quoted_places_take_no_part(lang: str, text: str, actors: tuple[str, ...]) -> None:
    assert [a for k, a, _ in _records(text, lang) if k == "event"] == [actors]


def test_a_colon_without_a_speech_word_keeps_its_places() -> None:
    t = "Мэр Казани встретился с делегацией: мэром Минска и мэром Гродно."
    events = [a for k, a, _ in _records(t, "ru") if k == "event"]
    assert events and "city-hrodna" in events[0]


def test_an_event_told_in_the_speech_keeps_its_places() -> None:
    t = "Мэр Казани заявил: мэр Минска посетил Гродно."
    events = [a for k, a, _ in _records(t, "ru") if k == "event"]
    assert events and "city-hrodna" in events[0]


# -- office titles read before a name: the person is found, and takes part ---------------

@pytest.mark.parametrize(("lang", "text", "name"), [
    ("hi", "मुख्यमंत्री नीतीश कुमार से आज चीन के कांसुलेट जनरल मा जांग वू ने मुलाकात की।",
         "मुख्यमंत्री नीतीश कुमार"),
    ("gu", "મુખ્યમંત્રી ભૂપેન્દ્ર પટેલ અને જાપાનના રાજદૂત વચ્ચે બેઠક યોજાઈ.",
     "મુખ્યમંત્રી ભૂપેન્દ્ર પટેલ"),
])
def test_chief_minister_is_a_title(lang: str, text: str, name: str) -> None:
    people = [m.text for m in extract(text, lang=lang).mentions if m.kind == "person"]
    assert any(p.startswith(name[:12]) for p in people)


def test_title_word_inside_another_word_names_no_one() -> None:
    t = "मुख्यमंत्रीय बैठक में चर्चा हुई।"
    assert [m for m in extract(t, lang="hi").mentions if m.kind == "person"] == []


def test_gujarati_between_after_a_title_is_no_name() -> None:
    t = "મુખ્યમંત્રી ભૂપેન્દ્ર પટેલ અને જાપાનના રાજદૂત વચ્ચે બેઠક યોજાઈ."
    people = [m.text for m in extract(t, lang="gu").mentions if m.kind == "person"]
    assert all("વચ્ચે" not in p for p in people)


# -- a person named again by the last word of the name is the person named before --------

def test_hindi_mr_surname_is_the_person_named_before() -> None:
    t = ("मुख्यमंत्री नीतीश कुमार से आज चीन के कांसुलेट जनरल मा जांग वू ने मुलाकात की। श्री कुमार "
         "और श्री वू के बीच मुलाकात पटना में हुई।")
    x = extract(t, lang="hi")
    people = {m.actor for m in x.mentions if m.kind == "person"}
    assert people == {"person-नीतीशकुमार", "person-माजांगवू"}


def test_a_surname_two_people_share_names_neither() -> None:
    t = ("मेयर राम कुमार और मंत्री श्याम कुमार ने राजदूत से मुलाकात की। श्री कुमार ने भाषण दिया।")
    people = {m.actor for m in extract(t, lang="hi").mentions if m.kind == "person"}
    assert "person-रामकुमार" in people and "person-श्यामकुमार" in people
    assert len(people) >= 3


# -- a meeting's venue ("गांधीनगर में", in Gandhinagar) takes no part in it ------------------

def test_hindi_meeting_venue_is_no_participant() -> None:
    t = "मेयर राम कुमार ने लखनऊ में राजदूत श्याम वर्मा से मुलाकात की।"
    assert [a for k, a, _ in _records(t, "hi") if k == "event"] == [
        ("person-रामकुमार", "person-श्यामवर्मा")]


def test_hindi_meeting_with_its_venue_as_only_place_and_one_person_is_skipped() -> None:
    t = "राजधानी गांधीनगर में मुख्यमंत्री विजय रूपाणी व प्रतिनिधिमंडल की बैठक हुई।"
    assert _records(t, "hi") == []


def test_hindi_cities_of_the_officials_stay_sides() -> None:
    t = "लखनऊ के मेयर ने दिल्ली में जयपुर के मेयर से मुलाकात की।"
    assert [a for k, a, _ in _records(t, "hi") if k == "event"] == [
        ("city-jaipur", "city-lucknow")]
