"""Place names written in another script's conventions (issue 13, round 7).

Literal cases: the Korean and Russian standard spellings of Chinese names (as Korean and
Russian reference works write them), and real phrases of news; each rule has negative cases
next to its positive ones.
"""

from __future__ import annotations

import pytest

from citydiplo import find_places
from citydiplo._geo._pinyin import pinyin_readings
from citydiplo._normalize import match_key


def _found(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.place.country, m.place.subdivision) for m in find_places(text, lang=lang)]


# The spellings of the Korean standard (외래어 표기법) and of the Palladius system, as Korean
# and Russian reference works write these provinces and cities: an independent reference.
@pytest.mark.parametrize(
    ("written", "table", "pinyin"),
    [
        ("광저우", "hangul", "guangzhou"),
        ("톈진", "hangul", "tianjin"),
        ("충칭", "hangul", "chongqing"),
        ("쓰촨", "hangul", "sichuan"),
        ("구이저우", "hangul", "guizhou"),
        ("네이멍구", "hangul", "neimenggu"),
        ("랴오닝", "hangul", "liaoning"),
        ("헤이룽장", "hangul", "heilongjiang"),
        ("Гуанчжоу", "cyrillic", "guangzhou"),
        ("Тяньцзинь", "cyrillic", "tianjin"),
        ("Чунцин", "cyrillic", "chongqing"),
        ("Сычуань", "cyrillic", "sichuan"),
        ("Сямэнь", "cyrillic", "xiamen"),
        ("Чжэцзян", "cyrillic", "zhejiang"),
        ("Аньхуэй", "cyrillic", "anhui"),
        ("Цзямусы", "cyrillic", "jiamusi"),
    ],
)
def test_standard_spellings_read_back_to_pinyin(written: str, table: str, pinyin: str) -> None:
    assert pinyin in pinyin_readings(match_key(written), table)


@pytest.mark.parametrize(
    ("written", "table"),
    [("서울", "hangul"), ("대통령", "hangul"), ("Москва", "cyrillic"), ("Харбин", "cyrillic")],
)
def test_words_no_syllables_spell_have_no_reading(written: str, table: str) -> None:
    assert pinyin_readings(match_key(written), table) == ()


def test_chinese_city_in_cyrillic_with_generic_word_and_china_named() -> None:
    text = "Делегация посетила город Чжэньцзян провинции Цзянсу Китайской Народной Республики."
    assert ("Чжэньцзян", "CN", "CN-JS") in _found(text, "ru")


def test_chinese_city_in_cyrillic_inflected() -> None:
    text = "В Китае глава города Чжэньцзяна подписал соглашение."
    assert ("Чжэньцзяна", "CN", "CN-JS") in _found(text, "ru")


def test_chinese_city_in_cyrillic_needs_china_named() -> None:
    assert _found("Делегация посетила город Чжэньцзян.", "ru") == []


def test_village_of_unknown_size_is_no_reading() -> None:
    # "Синьхуа" (the news agency; also villages of unknown size) before "Город …"
    found = _found("Пекин, 4 июля /Синьхуа/ — Город Цзямусы в Китае ускорит сотрудничество.", "ru")
    assert not any(text == "Синьхуа" for text, _, _ in found)
    assert ("Цзямусы", "CN", "CN-HL") in found


def test_chinese_city_in_hangul() -> None:
    text = "포항시가 중국 간쑤성 란저우시와 우호교류의향서를 체결했다."
    found = _found(text, "ko")
    assert ("란저우시", "CN", "CN-GS") in found or ("란저우", "CN", "CN-GS") in found
    assert ("간쑤성", "CN", "CN-GS") in found


def test_chinese_province_in_hangul_with_generic_word() -> None:
    assert ("헤이룽장성", "CN", "CN-HL") in _found("중국 헤이룽장성 동남부에 있다.", "ko")


def test_ambiguous_reading_stays_unread() -> None:
    # "진저우" is Jinzhou, the name of three places in GeoNames (two in Liaoning, one in Hebei)
    found = _found("파주시는 중국 진저우시를 방문했다.", "ko")
    assert not any(text.startswith("진저우") for text, _, _ in found)


def test_small_chinese_city_without_generic_word_stays_unread() -> None:
    # Mudanjiang has fewer than a million people in GeoNames: bare "무단장" is not read
    found = _found("중국 무단장 방문 후 귀국한다.", "ko")
    assert not any(text.startswith("무단장") for text, _, _ in found)


def test_korean_words_are_not_read_as_chinese_names() -> None:
    text = "중국 시장은 경제 협력을 논의했다. 시장과 도시는 교류한다."
    assert [c for _, c, _ in _found(text, "ko")] == ["CN"]


# Indian towns in Devanagari and Gujarati letters that GeoNames names in Latin letters only
@pytest.mark.parametrize(
    ("written", "latin"),
    [
        ("ગાંધીધામ", "gandhidham"),
        ("નડિયાદ", "nadiad"),
        ("નવસારી", "navsari"),
        ("મહેસાણા", "mahesana"),
        ("પોરબંદર", "porbandar"),
        ("वाराणसी", "varanasi"),
    ],
)
def test_latin_spellings_of_indian_names(written: str, latin: str) -> None:
    from citydiplo._geo._indic import latin_spellings

    assert latin in latin_spellings(written)


def test_gujarati_towns_in_a_list_beside_their_state() -> None:
    text = "ગુજરાતમાં નવસારી, ગાંધીધામ, મોરબી અને નડિયાદ નગરપાલિકાઓને દરજ્જો મળ્યો."
    found = _found(text, "gu")
    for town in ("નવસારી", "ગાંધીધામ", "મોરબી", "નડિયાદ"):
        assert (town, "IN", "IN-GJ") in found


def test_gujarati_town_needs_its_country_named() -> None:
    assert _found("નડિયાદ અને ગાંધીધામ", "gu") == []


def test_frequent_hindi_word_spelling_a_town_is_not_read() -> None:
    # "आराम" (rest) spells Aram; it is listed in data/indic_words.json
    assert not any(t == "आराम" for t, _, _ in _found("भारत में आराम से बैठक हुई।", "hi"))


def test_gujarati_town_in_another_language_is_not_read() -> None:
    # the Indian home rule: a Gujarati spelling in a Korean text is no reading
    assert _found("중국 ગાંધીધામ", "ko") == [("중국", "CN", None)]


def test_frequent_korean_word_spelling_a_chinese_city_is_not_read() -> None:
    # "지난" (last, past) spells Jinan; it is listed in data/pinyin_words.json
    found = _found("중국 대표단은 지난 8일 서울을 방문했다.", "ko")
    assert not any(text == "지난" for text, _, _ in found)
    assert ("서울", "KR", "KR-11") in found


def test_frequent_word_with_a_generic_word_is_the_city() -> None:
    text = "중국 대표단은 지난 8일 산둥성 지난시를 방문했다."
    found = [(m.start, m.place.name) for m in find_places(text, lang="ko")]
    assert [(s, n) for s, n in found if text[s:].startswith("지난")] == [
        (text.index("지난시"), "Jinan")
    ]


def test_surname_spelling_an_indian_town_is_not_read() -> None:
    # "अंटोनी डिसा" (Antony Dsa, a chief secretary): Deesa, Gujarat, is not named, nor Gujarat
    found = _found("भारत के मुख्य सचिव अंटोनी डिसा एवं प्रमुख सचिव उपस्थित थे।", "hi")
    assert found == [("भारत", "IN", None)]


@pytest.mark.parametrize("text", ["भारत के गुजरात राज्य में डिसा की यात्रा।", "भारत के डिसा शहर में बैठक।"])
def test_indian_town_with_its_state_or_a_generic_word(text: str) -> None:
    assert ("डिसा", "IN", "IN-GJ") in _found(text, "hi")
