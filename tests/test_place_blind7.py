"""Readings of place names fixed by class after the seventh blind batch of real news.

Every rule has a literal positive case (the name reads, and reads right) and a negative
one (a reading that must stay unread, or stay what it was).
"""

from __future__ import annotations

from citydiplo import find_places
from citydiplo._geo._anusvara import nasal_forms
from citydiplo._geo._cues import cues
from citydiplo._geo._translit import _chinese_readings, chinese_homonym
from citydiplo._geo._written import (
    cut_short,
    hyphen_continues,
    institution_country,
    spelled_kinds,
)


def _found(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.place.country, m.place.subdivision) for m in find_places(text, lang=lang)]


# --- cue words compared as written: Vietnamese "quán" (shop) is no "quận" (district)


def test_a_word_folding_to_an_accented_cue_is_no_cue() -> None:
    found = _found("Đại sứ quán Lào tại Việt Nam nhân dịp Quốc khánh", "vi")
    assert ("Lào", "LA", None) in found
    assert all(country != "CN" for _, country, _ in found)  # no village "Laotai"
    assert spelled_kinds("Đại sứ quán Lào", 12, 15, "lao", "", cues("vi")) == frozenset()


def test_a_cue_written_with_its_accents_still_counts() -> None:
    assert {k.value for k in spelled_kinds("quận Ba Đình", 5, 12, "ba dinh", "", cues("vi"))} == {
        "city"
    }
    assert ("Yongin", "KR", "KR-41") in _found("đoàn công tác TP.Yongin (tỉnh Gyeonggi)", "vi")


# --- Vietnamese names: every syllable capitalised


def test_a_vietnamese_syllable_before_another_capitalised_one_is_no_name() -> None:
    found = _found("thành phố Sùng Tả (Quảng Tây, Trung Quốc)", "vi")
    assert all(sub != "CN-HL" for _, _, sub in found)  # no village "Sung" of Heilongjiang
    assert cut_short("thành phố Sùng Tả", 10, 14, "sung")


def test_whole_names_abbreviations_and_foreign_names_still_read() -> None:
    assert ("Bằng Tường", "CN", "CN-GX") in _found("thị Bằng Tường (Quảng Tây, Trung Quốc)", "vi")
    assert ("TPHCM", "VN", "VN-SG") in _found("Phó Chủ tịch UBND TPHCM Trần Thị Diệu Thúy", "vi")
    assert ("Lào", "LA", None) in _found("Đại sứ CHDCND Lào Thongsavanh Phomvihane", "vi")
    assert not cut_short("thành phố Daejeon Cho Won-Hwui", 10, 17, "daejeon")


# --- Cyrillic hyphenated compounds


def test_a_hyphenated_compound_is_read_whole_and_inflected() -> None:
    for text in (
        "В Петропавловске-Камчатском состоялась встреча",
        "посещение объектов Петропавловска-Камчатского",
    ):
        found = _found(text, "ru")
        # Kamchatka Krai: its GeoNames admin1 code is mapped since data/admin1_gaps.json
        assert [(c, s) for _, c, s in found] == [("RU", "RU-KAM")], found
        assert "Камчат" in find_places(text, lang="ru")[0].text


def test_the_first_part_of_a_compound_is_no_place_of_its_own() -> None:
    assert hyphen_continues("в Петропавловске-Камчатском", 15)
    assert not hyphen_continues("в Петропавловске, Камчатка", 15)
    # the bare name still reads
    assert _found("в Петропавловске прошла встреча", "ru") != []


# --- Korean places in Han characters that GeoNames knows only without the generic word


def test_a_korean_city_in_kanji_reads_by_its_korean_reading() -> None:
    found = _found("クアンナム省と韓国の京畿道龍仁市は、2013年に友好協力協定を締結しました。", "ja")
    assert ("龍仁市", "KR", "KR-41") in found


def test_the_common_word_for_cities_is_no_korean_name() -> None:
    found = _found("与日韩城市代表交流,尤其在深化与韩国仁川广域市合作方面", "zh")
    assert all(sub != "KR-11" for _, _, sub in found)  # 韩城市 is no 한성 (Seoul)


# --- a country joined by a middle dot, a container in brackets


def test_a_country_before_a_middle_dot_says_where_the_city_lies() -> None:
    found = _found("敦賀市の親善代表団 韓国・東海市を訪問", "ja")
    assert ("東海市", "KR", "KR-42") in found  # Donghae, not Tōkai (Aichi)
    assert all(sub != "JP-23" for _, _, sub in found)
    assert ("南昌市", "CN", "CN-JX") in _found("友好都市提携35周年を迎える中国・南昌市に", "ja")


def test_a_container_in_brackets_says_where_the_city_lies() -> None:
    found = _found("ナム・チャ・ミ区は咸陽区(慶尚南道)と姉妹都市関係にある。韓国企業", "ja")
    assert all(country != "CN" for _, country, _ in found)  # no Xianyang, Shaanxi
    assert ("咸陽区", "KR", "KR-48") in found
    assert ("Asan", "KR", "KR-44") in _found("thành phố Asan (Hàn Quốc) đến thăm", "vi")


# --- names held back by an ordinary-word guard, read where the text reads them elsewhere


def test_a_foreign_name_glued_to_kanji_reads_where_the_text_names_it() -> None:
    found = _found("萩市の代表団が蔚山市を訪問する。蔚山商工会議所で会合", "ja")
    assert [t for t, c, s in found if (c, s) == ("KR", "KR-31")] == ["蔚山", "蔚山"]


def test_a_surname_glued_to_kanji_stays_unread_beside_its_prefecture() -> None:
    assert _found("石川勝行市長は語った。石川県の知事", "ja") == [("石川県", "JP", "JP-17")]
    assert _found("蔚山商工会議所で会合", "ja") == []  # not named elsewhere


def test_a_city_opening_a_sentence_reads_where_the_text_names_it_mid_sentence() -> None:
    found = _found("Carlisle will visit Hiroshima and Yokohama. Hiroshima was the first.", "en")
    assert [t for t, _, s in found if s == "JP-34"] == ["Hiroshima", "Hiroshima"]
    # alone (a city under a million: _opening), or before another capitalised word (a
    # person), it stays unread
    assert _found("Okayama was the first.", "en") == []
    assert [t for t, _, _ in _found("Visit Mobile, Alabama. Mobile Smith spoke.", "en")] == [
        "Mobile",
        "Alabama",
    ]


# --- a bare name the text also writes with its qualifier


def test_a_bare_name_is_the_place_the_text_names_with_its_qualifier() -> None:
    text = (
        "The mayor of Washington DC visited. Williams said Washington has much to learn. "
        "Chicago became a sister city of Shanghai; Chicago's experience helps."
    )
    assert [s for t, _, s in _found(text, "en") if t.startswith("Washington")] == [
        "US-DC",
        "US-DC",
    ]
    # without the qualified form the name stays what the context makes of it (not DC)
    alone = "Williams said Washington has much to learn. Chicago met Shanghai; Chicago grew."
    assert all(s != "US-DC" for _, _, s in _found(alone, "en"))


# --- Devanagari and Gujarati nasals: anusvara or the consonant's own nasal


def test_a_name_written_with_an_anusvara_reads_as_its_nasal_spelling() -> None:
    assert nasal_forms("इंदौर") == ("इन्दौर",)
    assert nasal_forms("ઇંદોર") == ("ઇન્દોર",)
    assert ("इंदौर", "IN", "IN-MP") in _found("मध्य प्रदेश के इंदौर के महापौर दुबई पहुंचे।", "hi")
    assert ("ઇંદોર", "IN", "IN-MP") in _found("ઇંદોરના મેયર સુરત આવ્યા", "gu")


def test_a_nasal_before_a_vowel_or_another_row_is_not_respelled() -> None:
    assert nasal_forms("अमेरिका") == ()  # no nasal
    assert nasal_forms("संसद") == ()  # anusvara before S, no stop: one spelling
    assert nasal_forms("कन्या") == ()  # NA before YA: no anusvara for it


# --- a country with a generic word on it; a country after an institution or an acronym


def test_a_country_with_a_generic_word_on_it_is_the_country() -> None:
    found = _found("涵盖29个中国省区市、19个日本县及9个韩国道市的政府代表。", "zh")
    assert found == [("中国", "CN", None), ("日本", "JP", None), ("韩国", "KR", None)]
    assert ("중국", "CN", None) in _found("'13억 중국시장 개척단'을 인솔한 전라북도", "ko")
    # a subdivision's namesake city is still read with its generic word: "长野市", Nagano
    assert _found("长野市的市长", "zh") == [("长野市", "JP", "JP-20")]


def test_a_cyrillic_country_after_a_capitalised_institution_is_read() -> None:
    assert ("России", "RU", None) in _found("представитель Посольства России в Китае", "ru")
    assert institution_country("России", "россия")
    assert not institution_country("Москвы", "москва")  # a city keeps the guard


def test_a_name_after_an_acronym_is_no_part_of_a_person_s_name() -> None:
    assert _found("Chủ tịch QH Lào Pany Yathotou", "vi") == [("Lào", "LA", None)]
    assert _found("Ông Nguyễn Văn Anh nói", "vi") == []  # "Anh" stays a given name


def test_a_gujarati_visarga_ends_a_name_as_a_colon() -> None:
    assert ("અમદાવાદ", "IN", "IN-GJ") in _found("અમદાવાદઃ ઉત્તરપ્રદેશના રાજ્યપાલ", "gu")


# --- Chinese places in Korean news, by the Sino-Korean reading of their Han characters


def test_a_chinese_place_in_hangul_reads_by_its_han_characters_beside_china() -> None:
    found = _found("전남 구례군은 중국 안휘성 지주시와 자매결연 16주년을 기념했다", "ko")
    assert ("안휘성", "CN", "CN-AH") in found
    assert ("지주시", "CN", "CN-AH") in found
    assert ("산동성", "CN", "CN-SD") in _found("중국 산동성 조장시를 방문한다", "ko")


def test_a_chinese_reading_in_hangul_is_never_guessed() -> None:
    assert _found("안휘성 지주시를 방문했다", "ko") == []  # China not named
    assert _found("당시 중국 방문은 역시 좋았다", "ko") == [("중국", "CN", None)]  # words
    assert _chinese_readings()["지주시"] == ["池州市"]


def test_the_chinese_readings_table_is_what_its_tool_builds() -> None:
    import importlib.util
    import json
    from importlib import resources
    from pathlib import Path

    tool = Path(__file__).resolve().parents[1] / "tools" / "build_chinese_hangul.py"
    spec = importlib.util.spec_from_file_location("build_chinese_hangul", tool)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    path = resources.files("citydiplo._geo").joinpath("data", "chinese_hangul.json")
    assert json.loads(path.read_text("utf-8"))["readings"] == module.table()


def test_a_small_korean_place_that_reads_like_a_big_chinese_city_stays_unread_bare() -> None:
    found = _found("대구는 청도, 광주는 광저우와 자매결연을 맺고", "ko")
    assert all(t != "청도" for t, _, _ in found)  # Qingdao, or Cheongdo county?
    assert ("광주", "KR", "KR-29") in found  # a big Korean city keeps its name
    assert ("청도군", "KR", "KR-47") in _found("경북 청도군을 방문했다", "ko")
    assert ("청도", "KR", "KR-47") in _found("경북 청도를 방문했다", "ko")
    assert chinese_homonym("청도") and not chinese_homonym("대구")


def test_a_korean_name_in_kanji_read_with_its_generic_word_reads_bare_elsewhere() -> None:
    text = "韓国の密陽市で締結式が行われた。武久市長は密陽の伝統民謡を披露した。"
    found = _found(text, "ja")
    assert [t for t, c, s in found if (c, s) == ("KR", "KR-48")] == ["密陽市", "密陽"]
    # never named with its generic word: the bare name stays unread
    assert _found("韓国の武久市長は密陽の伝統民謡を披露した。", "ja") == [("韓国", "KR", None)]


# --- frequent words that are also names of places, read only with a cue word


def test_frequent_words_that_name_places_are_read_only_with_a_cue() -> None:
    assert _found("در آستانه اربعین تفاهم بین تهران و کربلا", "fa") == [
        ("تهران", "IR", "IR-23"),
        ("کربلا", "IQ", "IQ-KA"),
    ]  # "on the eve of", not Astana
    assert ("آستانه", "KZ", "KZ-71") in _found("شهر آستانه پایتخت قزاقستان", "fa")
    assert _found("इस दौरे का किसी भी शहर", "hi") == []  # "any", not Kisii
    assert _found("Ủy viên Trung ương Đảng", "vi") == []  # "central", not Zhongshan
    assert ("Trung Quốc", "CN", None) in _found("Việt Nam-Trung Quốc nói chung", "vi")
