"""Readings of ``find_places`` fixed by class after blind batch 9b (ru, hi, gu, he, fa).

Each rule has literal positive cases (what it must now read, or must no longer read) and
negative cases (near-misses: ordinary words and person names that are also places, and the
readings the rule must leave alone).
"""

from __future__ import annotations

import pytest

from citydiplo import find_places


def _read(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.place.country, m.place.subdivision) for m in find_places(text, lang=lang)]


def _codes(text: str, lang: str) -> set[tuple[str | None, str | None]]:
    return {(country, sub) for _, country, sub in _read(text, lang)}


# -- Dari "ولایت" (province) is the generic word, not Jam, Bushehr -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "روابط بین دو ولایت همسرحد و ایران گسترش می یابد.",
        "هیات ایرانی وارد این ولایت شد و مقامات محلی این ولایت از ایران استقبال کردند.",
    ],
)
def test_dari_province_word_alone_is_no_city(text: str) -> None:
    assert ("IR", "IR-18") not in _codes(text, "fa")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("والی بیرجند وارد ولایت فراه شد.", "AF-FRA"),
        ("همکاری های بین ولایت هرات و استان خراسان رضوی", "AF-HER"),
        ("شهر جم در استان بوشهر", "IR-18"),  # the city Jam by its own name stays
    ],
)
def test_provinces_after_the_province_word_still_read(text: str, code: str) -> None:
    assert code in {sub for _, sub in _codes(text, "fa")}


# -- Hindi and Gujarati: "middle" and "north" cut Madhya/Uttar Pradesh short -------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("मध्यप्रदेश और गुयाना के मध्य द्विपक्षीय सहयोग पर चर्चा की।", "hi"),
        ("भारत के मध्य भाग में बारिश हुई।", "hi"),
        ("भारत के उत्तर भाग में ठंड है।", "hi"),
        ("ભારતના ઉત્તર ભાગમાં ઠંડી છે.", "gu"),
        ("ભારતના મધ્ય ભાગમાં વરસાદ પડ્યો.", "gu"),
    ],
)
def test_direction_words_are_no_states(text: str, lang: str) -> None:
    found = _read(text, lang)
    assert not [m for m in found if m[0] in {"मध्य", "उत्तर", "મધ્ય", "ઉત્તર"}]


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("उत्तर प्रदेश और मध्य प्रदेश, भारत", "hi", "IN-UP"),
        ("उत्तर प्रदेश और मध्य प्रदेश, भारत", "hi", "IN-MP"),
        ("मध्यप्रदेश के मुख्यमंत्री", "hi", "IN-MP"),
        ("ઉત્તર પ્રદેશ અને મધ્ય પ્રદેશ", "gu", "IN-UP"),
        ("ઉત્તર પ્રદેશ અને મધ્ય પ્રદેશ", "gu", "IN-MP"),
    ],
)
def test_whole_state_names_still_read(text: str, lang: str, code: str) -> None:
    assert ("IN", code) in _codes(text, lang)


# -- Russian: short names in the city's own script; plural and neuter case endings -------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("В списке значатся Калуга, Новосибирск, Ульяновск и Уфа.", "RU-BA"),
        ("Москва и Уфа.", "RU-BA"),
        ("Делегация побывала в Уфе.", "RU-BA"),
        ("делегация из Приморья прибыла в Москву, Россия", "RU-PRI"),
        ("жители Подмосковья и всей России", "RU-MOS"),
    ],
)
def test_russian_names_now_read(text: str, code: str) -> None:
    assert code in {sub for _, sub in _codes(text, "ru")}


def test_plural_country_in_the_genitive() -> None:
    assert ("NL", None) in _codes("почти три десятка городов от Индии до Нидерландов.", "ru")


@pytest.mark.parametrize(
    "word",
    ["Ага", "Гаи", "Тор", "Сим", "Гай", "Оби"],  # alternate names of small towns
)
def test_short_cyrillic_words_stay_unread(word: str) -> None:
    text = f"В России мэр сказал, что {word} и Москва подписали договор."
    assert not [m for m in _read(text, "ru") if m[0] == word]


@pytest.mark.parametrize("word", ["The", "For", "Boy", "Der"])
def test_short_latin_alternates_stay_unread(word: str) -> None:
    text = f"В России мэр сказал, что {word} и Москва подписали договор."
    assert not [m for m in _read(text, "ru") if m[0] == word]


def test_a_surname_in_ov_is_no_plural_place() -> None:
    assert "NL" not in {c for c, _ in _codes("Иванов и Петров приехали в Москву.", "ru")}


# -- Persian: a compound name written with a zero-width non-joiner or glued ---------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("رئیس شورای شهر تهران با استاندار آذربایجان\u200cغربی دیدار کرد.", "IR-04"),
        ("رئیس شورای شهر تهران با استاندار آذربایجانغربی دیدار کرد.", "IR-04"),
        ("استاندار خراسان\u200cرضوی وارد هرات شد.", "IR-09"),
        ("استاندار آذربایجان غربی دیدار کرد.", "IR-04"),  # spaced, as before
    ],
)
def test_persian_compound_names_without_their_space(text: str, code: str) -> None:
    assert code in {sub for _, sub in _codes(text, "fa")}


@pytest.mark.parametrize(
    "word",
    ["اقدام", "سردرد"],  # action ("اق دام", Aghdam), headache (a village "سر درد")
)
def test_glued_ordinary_words_are_no_small_places(word: str) -> None:
    text = f"سفر استاندار به {word} و تهران در ایران و افغانستان انجام شد."
    assert not [m for m in _read(text, "fa") if m[0] == word]


# -- Hindi and Gujarati: foreign names spelled with the other vowel length ----------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("જાપાનના શિઝૂઓકા પ્રીફેક્ચરના સભ્યોના ડેલિગેશને મુલાકાત લીધી.", ("JP", "JP-22")),
        ("ગુજરાત અને ઇન્ડીયા-જાપાન ફ્રેન્ડશીપ લીગ", ("IN", None)),
        ("ઈન્ડોનેશિયા-જાકાર્તાના મહેમાનો", ("ID", None)),
    ],
)
def test_other_vowel_length_of_foreign_names(text: str, code: tuple[str, str | None]) -> None:
    assert code in _codes(text, "gu")


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("यह पूरी दुनिया में है, भारत और जापान में भी।", "hi", "पूरी"),  # whole, not Puri
        ("આ પૂરી દુનિયામાં છે, ભારત અને જાપાનમાં પણ.", "gu", "પૂરી"),
    ],
)
def test_vowel_length_tells_words_apart_at_home(text: str, lang: str, word: str) -> None:
    assert not [m for m in _read(text, lang) if m[0] == word]


# -- Hebrew: a name with a geresh written otherwise than in GeoNames ----------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("משלחת ממועצת העיר נאנג'ינג שבסין ביקרה בחיפה", "CN-JS"),  # apostrophe
        ("העיר נאנג\u05f3ינג שבסין ושיתוף הפעולה עם חיפה", "CN-JS"),  # the geresh itself
        ("ראש העיר ברדיצ'ב שבאוקראינה ביקר בלוד", "UA-18"),
        ("ז'יטומיר שבאוקראינה", "UA-18"),  # GeoNames' own spelling, as before
    ],
)
def test_hebrew_geresh_written_otherwise(text: str, code: str) -> None:
    assert code in {sub for _, sub in _codes(text, "he")}


def test_a_respelled_hebrew_name_needs_its_country() -> None:
    # "ג'ינאן" in the name of a university in Taiwan (Chi Nan) is no Jinan: China is unnamed
    text = "משלחת מאוניברסיטת ג'ינאן הלאומית בטייוואן ביקרה בחיפה"
    assert "CN" not in {c for c, _ in _codes(text, "he")}


@pytest.mark.parametrize(
    "text",
    [
        "חג שמח לכל תושבי העיר ולכל אורחיה.",  # "חג" + a word: no name joined across
        "הוא אמר שזה לא נכון, והלך.",
    ],
)
def test_hebrew_words_are_not_joined_across_a_space(text: str) -> None:
    assert _read(text, "he") == []


# -- Hebrew: a foreign name of two words written with other vowel letters ----------------


@pytest.mark.parametrize(
    "text",
    [
        'סן דיאגו-שער הנגב: ביקור של הקהילה היהודית מארה"ב',  # GeoNames: "סן דייגו"
        'הקהילה היהודית של סן דיאגו, ארה"ב, הגיעה לביקור.',
    ],
)
def test_hebrew_two_word_name_with_other_vowel_letters(text: str) -> None:
    assert ("US", "US-CA") in _codes(text, "he")


@pytest.mark.parametrize(
    "word",
    ["אמון", "פינה", "דווקא", "טרור", "איפה", "בנושא", "יונה", "סיפורי"],  # Amman, Pune, ...
)
def test_hebrew_words_differing_by_a_vowel_letter_stay_words(word: str) -> None:
    text = f"ארצות הברית, צרפת, גרמניה, רוסיה, סין, יפן וירדן. {word} ושאר המקומות."
    assert not [m for m in _read(text, "he") if word in m[0]]


def test_hebrew_prefix_letter_is_no_vowel_letter() -> None:
    found = _read("לונדון ומנצ'סטר ובירמינגהאם באנגליה", "he")
    assert ("מנצ'סטר", "GB", "GB-ENG") in found
    assert ("ליוון", "GR", None) not in found
    assert ("GR", None) in _codes("המשלחת יצאה ליוון.", "he")
