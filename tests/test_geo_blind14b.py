"""Families of faults found by the blind set 14b (``bench/places_news_blind14b.json``: real
news in Russian, Hindi, Gujarati, Hebrew and Persian), each with the guards that keep the
right readings. Expected values are written from the languages and the places themselves."""

from __future__ import annotations

import pytest

from citydiplo import find_places


def _read(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.place.country, m.place.subdivision) for m in find_places(text, lang=lang)]


def _texts(text: str, lang: str) -> list[str]:
    return [m.text for m in find_places(text, lang=lang)]


# -- a Japanese person's surname that is a place of Japan, after a Japanese given name -------


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        (
            "जापान के यामानाशी प्रान्त के राज्यपाल कोटारो नागासाकी ने आगरा का दौरा किया। "
            "नागासाकी ने कहा कि भारत महान है।",
            "hi",
            "नागासाकी",
        ),
        ("राज्यपाल कोटारो नागासाकी और उनके प्रतिनिधिमंडल ने लखनऊ में बैठक की", "hi", "नागासाकी"),
        ("જાપાનના ગવર્નર કોટારો નાગાસાકી અમદાવાદ આવ્યા. નાગાસાકીએ કહ્યું", "gu", "નાગાસાકી"),
    ],
)
def test_a_japanese_surname_after_a_given_name_is_no_place(
    text: str, lang: str, absent: str
) -> None:
    found = _texts(text, lang)
    assert not any(absent in t for t in found), found


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("जापान के नागासाकी शहर का दौरा", "hi", "नागासाकी"),
        ("जापान के शहर नागासाकी में सम्मेलन हुआ", "hi", "नागासाकी"),
    ],
)
def test_a_japanese_city_without_a_given_name_stays(text: str, lang: str, name: str) -> None:
    assert name in _texts(text, lang)


# -- clubs, chambers and news sites named after a place --------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("નરેન્દ્ર મોદી સ્ટેડિયમમાં ગુજરાત ટાઈટન્સ અને મુંબઈ ઇન્ડિયન્સ વચ્ચે મેચ રમાશે", "gu"),
        ("सधर्न गुजरात चैंबर ऑफ कॉमर्स ने मांग की", "hi"),
        ("મેચમાં ચેન્નઈ સુપર કિંગ્સનો વિજય થયો", "gu"),
        ("मुंबई इंडियंस ने चेन्नई सुपर किंग्स को हराया", "hi"),
        ("به گزارش آبادان نیوز ، استاندار گفت", "fa"),
        ("સધર્ન ગુજરાત ચેમ્બર ઓફ કોમર્સે રજૂઆત કરી હતી", "gu"),
    ],
)
def test_a_club_chamber_or_news_site_named_after_a_place_is_no_place(text: str, lang: str) -> None:
    assert _read(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("ગુજરાત અને મુંબઈના વેપારીઓ", "gu", "IN-GJ"),
        ("استاندار خوزستان در شهر آبادان گفت", "fa", "IR-06"),
        ("मुंबई में बारिश हुई", "hi", "IN-MH"),
    ],
)
def test_the_place_itself_stays(text: str, lang: str, code: str) -> None:
    assert code in {s for _, _, s in _read(text, lang)}


# -- Persian flow and flood phrases; Hebrew 'פונה' -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "با افزایش دبی رودخانه دز روستاها تخلیه شدند",
        "پیش بینی افزایش دبی رودخانهها در حوزه کارون",
        "کاهش دبی آب سدها ادامه دارد",
        "سیزده روستا به زیر آب رفت",
        "روستاهای اطراف زیر آب رفتند",
    ],
)
def test_persian_flow_and_flood_phrases_name_no_place(text: str) -> None:
    assert not {c for _, c, _ in _read(text, "fa")} & {"AE"}
    assert "زیر آب" not in _texts(text, "fa")


def test_dubai_stays_dubai_in_persian() -> None:
    assert ("دبی", "AE") in [(t, c) for t, c, _ in _read("هیئت تجاری ایران به دبی سفر کرد", "fa")]


@pytest.mark.parametrize(
    "text",
    [
        "כבאי מתחנת כיבוי פונה לקבלת טיפול בבית החולים",
        "עשרות תושבים פונו והשאר פונה מחר",
        "הוא פונה לציבור בבקשה",
    ],
)
def test_hebrew_pone_is_a_verb_not_pune(text: str) -> None:
    assert "IN" not in {c for _, c, _ in _read(text, "he")}


# -- Russian: a region's adjective after a capitalised title, with its generic word --------


@pytest.mark.parametrize(
    "text",
    [
        "Губернатор Ленинградской области приехал.",
        "Глава Ленинградской области РФ Александр Дрозденко в Кыргызстане провел встречу.",
        "Губернатор Астраханской области отметил рост товарооборота.",
    ],
)
def test_a_region_after_a_capitalised_title_is_read(text: str) -> None:
    codes = {s for _, _, s in _read(text, "ru")}
    assert codes & {"RU-LEN", "RU-AST"}


@pytest.mark.parametrize("text", ["Анна Киевская выступила", "Мария Ленинградская приехала"])
def test_a_surname_shaped_like_a_region_stays_unread(text: str) -> None:
    assert _read(text, "ru") == []


# -- Russian names of regions and countries that no package holds (alias files) --------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("встреча с генконсулом Киргизской Республики в Екатеринбурге", ("KG", None)),
        ("связи между Орловщиной и Китаем имеют прочную основу", ("RU", "RU-ORL")),
        ("делегация из Смоленщины прибыла в Минск", ("RU", "RU-SMO")),
        ("В Кузбассе открыли новую шахту", ("RU", "RU-KEM")),
    ],
)
def test_russian_region_and_country_names(text: str, expected: tuple[str, str | None]) -> None:
    assert expected in {(c, s) for _, c, s in _read(text, "ru")}


# -- a district of Uttar Pradesh named by its town, in a text that names the state ---------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("उत्तर प्रदेश में फेरबदल: फर्रुखाबाद, मेरठ और बिजनौर के जिलाधिकारी बदले", "फर्रुखाबाद"),
        ("यूपी में तबादले: हरदोई के जिलाधिकारी अब आगरा जाएंगे", "हरदोई"),
        ("उत्तर प्रदेश के प्रतापगढ़ जिले में बारिश", "प्रतापगढ़"),
    ],
)
def test_an_up_district_is_read_where_the_text_names_the_state(text: str, name: str) -> None:
    assert (name, "IN", "IN-UP") in _read(text, "hi")


@pytest.mark.parametrize("text", ["फर्रुखाबाद के जिलाधिकारी बदले", "हरदोई का नया डीएम बनाया गया"])
def test_an_up_district_without_its_state_stays_unread(text: str) -> None:
    assert _read(text, "hi") == []
