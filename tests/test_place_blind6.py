"""Readings of place names fixed by class after the sixth blind batch of real news.

Every rule has a literal positive case (the name now reads) and a negative one (a reading
that must stay unread, or stay what it was).
"""

from __future__ import annotations

import json
from importlib import resources

import pytest

from citydiplo import find_places
from citydiplo._geo._cues import home_countries
from citydiplo._geo._evidence import compass
from citydiplo._geo._translit import ordinary, romanizations
from citydiplo._normalize import match_key


def _found(text: str, lang: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.place.country, m.place.subdivision) for m in find_places(text, lang=lang)]


# --- a city of the one country that speaks the language, named in its script with a cue


def test_a_japanese_city_with_its_generic_word_reads_without_japan_named() -> None:
    assert ("四万十市", "JP", "JP-39") in _found("四万十市の友好都市である中国安徽省亳州市へ", "ja")
    assert ("平戸市", "JP", "JP-42") in _found("今回平戸市が訪問したのは", "ja")


def test_home_countries_are_where_the_language_is_official_in_its_script() -> None:
    assert home_countries("ja") == {"JP"}
    assert home_countries("gu") == {"IN"}
    assert home_countries("fa") == {"IR", "AF"}
    # Chinese is official in Taiwan in another script: a Fujian village named like a
    # Taiwanese town stays weak
    assert home_countries("zh") == frozenset()
    assert home_countries("en") == frozenset()
    assert all(c != "CN" for _, c, _ in _found("館山市與蘇澳鎮。兩市鎮多有相似之處", "zh"))


def test_a_subdivision_of_the_home_country_reads_without_the_country_named() -> None:
    assert ("ગુજરાત", "IN", "IN-GJ") in _found("જાપાન અને ગુજરાત વચ્ચે ઉદ્યોગ", "gu")
    # "ઉત્તર" (north) cuts "ઉત્તર પ્રદેશ" short: no Uttar Pradesh
    found = _found("વાઇબ્રન્ટ ગુજરાત પ્રાદેશિક પરિષદ (ઉત્તર ગુજરાત) અંતર્ગત જાપાનના", "gu")
    assert all(s != "IN-UP" for _, _, s in found)


# --- ordinary words, country names and districts that are no reading


def test_an_ordinary_word_glued_to_a_capitalised_word_begins_a_longer_name() -> None:
    assert _found("tỉnh Bắc Kyungsang vào ngày 29", "vi") == []
    assert ("Anh", "GB", None) in _found("nước Anh và Pháp", "vi")


def test_a_country_written_on_its_place_is_read_as_two_names() -> None:
    found = _found("調印のため中国上海市閔行区を公式訪問した", "ja")
    assert found[:2] == [("中国", "CN", None), ("上海市", "CN", "CN-SH")]
    assert ("北京市", "CN", "CN-BJ") in _found("北京市海淀区を訪問", "ja")


def test_a_village_is_no_district_and_is_refuted_in_the_whole_text() -> None:
    text = "A visit to Fengtai District during their stay. The Fengtai City Planning Center."
    assert all(c != "CN" for _, c, _ in _found(text, "en"))
    found = _found("They visited Haidian District and Chaoyang District of Beijing.", "en")
    assert ("Haidian", "CN", "CN-BJ") in found


def test_a_subdivision_named_by_a_direction_needs_its_country() -> None:
    assert compass("CM-ES") and compass("GW-N") and not compass("IR-12")
    assert _found("به دو استان شرق این کشور سفر کرده است ترکیه", "fa") == [("ترکیه", "TR", None)]
    assert ("شرق", "CM", "CM-ES") in _found("استان شرق کامرون و کشور کامرون", "fa")


def test_a_name_written_once_with_its_generic_word_reads_bare_elsewhere() -> None:
    text = "韩国青松郡代表团来宿迁交流访问。深化宿迁市与韩国友好城市的友好往来。宿迁生态环境优美"
    found = _found(text, "zh")
    assert found.count(("宿迁", "CN", "CN-JS")) == 2
    assert ("宿迁", "CN", "CN-JS") not in _found("代表团来宿迁交流访问。宿迁生态环境优美", "zh")


def test_the_kurdistan_region_of_iraq_is_no_iranian_province() -> None:
    found = _found("استاندار از اقلیم کردستان عراق و سه استاندار آذربایجان غربی", "fa")
    assert ("اقلیم کردستان", "IQ", "IQ-KR") in found
    assert ("استان کردستان", "IR", "IR-12") in _found("استاندار استان کردستان ایران", "fa")


# --- Japanese names written in Hangul


@pytest.mark.parametrize(
    ("hangul", "roman"),
    [
        ("시즈오카", "shizuoka"),  # し シ 시, ず 즈, か inside a word 카
        ("삿포로", "sapporo"),  # っ as the final ㅅ doubles the next consonant
        ("돗토리", "tottori"),
        ("홋카이도", "hokkaido"),
        ("센다이", "sendai"),  # ん as the final ㄴ
        ("가고시마", "kagoshima"),  # か at the start of a word is 가
        ("교토", "kyoto"),
    ],
)
def test_hangul_reads_back_to_hepburn_by_the_korean_standard(hangul: str, roman: str) -> None:
    assert roman in romanizations(hangul)


def test_what_the_kana_table_cannot_write_has_no_romanization() -> None:
    assert romanizations("서울") == ()  # 서, 울: no kana is written so
    assert romanizations("한국") == ()  # a final ㄱ
    assert set(romanizations("군마")) == {"kunma", "kumma", "gunma", "gumma"}


def test_a_japanese_name_in_hangul_reads_beside_japan() -> None:
    found = _found("일본에서 야마구치현·후쿠오카현·사가현·나가사키현이 참여하고 있다", "ko")
    for sub in ("JP-35", "JP-40", "JP-41", "JP-42"):
        assert any(s == sub for _, _, s in found)
    assert ("오사카", "JP", "JP-27") in _found("일본 도쿄와 오사카 사이 중부지역", "ko")
    assert ("시즈오카", "JP", "JP-22") in _found("일본 시즈오카현지사가 30일 도청에서", "ko")


def test_a_japanese_name_in_hangul_is_never_guessed() -> None:
    # without a strong mention of Japan
    assert _found("시즈오카현은 좋다", "ko") == []
    # a Korean word ("나라", country), a predicate ("한다"), a person ("사이토 모토히코")
    assert _found("일본과 우리 나라가 협력해야 한다고 말했다", "ko") == [("일본", "JP", None)]
    found = _found("일본 사이토 모토히코 지사와 마스조에 요이치 지사", "ko")
    assert found == [("일본", "JP", None)]


def test_the_korean_words_that_are_no_japanese_names_come_from_wordfreq() -> None:
    path = resources.files("citydiplo._geo").joinpath("data", "hangul_japanese.json")
    data = json.loads(path.read_text("utf-8"))
    assert "wordfreq" in data["_about_ordinary"] and "외래어 표기법" in data["_about"]
    assert {"나라", "한다", "사이"} <= ordinary()
    assert not {"오사카", "고베", "도쿄", "구마모토"} & ordinary()


# --- Korean places written in Han characters


def test_han_characters_read_in_korean_by_unihan() -> None:
    from citydiplo._geo._translit import hangul_readings

    assert hangul_readings("议政府市") == ("의정부시",)  # 议 folds with 議, Unihan's 의
    assert hangul_readings(match_key("安養市")) == ("안양시",)  # keys: 養 is 养
    assert hangul_readings("Seoul") == ()
    path = resources.files("citydiplo._geo").joinpath("data", "han_hangul.json")
    assert "kHangul" in json.loads(path.read_text("utf-8"))["_about"]


def test_a_korean_place_in_han_characters_reads_beside_korea() -> None:
    found = _found("韓聯社安養6月25日電 南韓京畿道安養市市長崔大鎬25日訪問首爾", "zh")
    assert ("安養市", "KR", "KR-41") in found
    assert ("青松郡", "KR", "KR-47") in _found("韩国青松郡代表团来宿迁交流访问", "zh")
    assert ("议政府市", "KR", "KR-41") in _found("韩国京畿道议政府市安炳龙市长一行6人", "zh")


def test_a_korean_reading_of_han_characters_is_never_guessed() -> None:
    # without Korea named
    assert all(c != "KR" for _, c, _ in _found("安養市市長崔大鎬訪問", "zh"))
    # two characters read in Korean are a Chinese word: "大区" (대구) is no Daegu,
    # "对全" (대전) no Daejeon
    found = _found("韩国与智利纽夫莱大区奇廉市签署协议", "zh")
    assert ("大区", "KR", "KR-27") not in [(t[-2:], c, s) for t, c, s in found]
    found = _found("韩国全罗北道的文化介绍,促进对全罗北道的了解", "zh")
    assert all(s != "KR-30" for _, _, s in found)


# --- a state of the home country that is also a frequent word, and beside another place


def test_a_home_state_frequent_as_a_word_reads_in_its_own_language() -> None:
    found = _found("पटना:जापान के कॉन्सुल जेनरल ने बिहार के मुख्यमंत्री से मुलाकात की।", "hi")
    assert ("बिहार", "IN", "IN-BR") in found
    assert _found("उत्तर की ओर पूर्व दिशा में", "hi") == []  # north, east: no places


def test_a_region_after_a_country_is_not_refuted_by_it() -> None:
    # Japan investing in Bihar: "जापान बिहार में" is no Bihar of Japan
    found = _found("उन्होंने बताया कि जापान बिहार में आर्थिक निवेश करने को इच्छुक है।", "hi")
    assert ("बिहार", "IN", "IN-BR") in found
    # a city right after a region it cannot lie in still is refuted
    assert ("森町", "JP", "JP-22") not in _found("北海道茅部(かやべ)郡森町と交流", "ja")


def test_a_symbol_ends_a_word_as_punctuation_does() -> None:
    # Yonhap's dateline "(전주=연합뉴스)", a route "고베∼인천"
    assert ("전주", "KR", "KR-45") in _found("(전주=연합뉴스) 김관영 전북도지사가 방문했다", "ko")
    assert ("인천", "KR", "KR-28") in _found("일본 고베∼인천 직항노선", "ko")
    assert _found("가격=연합뉴스", "ko") == []


def test_a_region_cldr_names_with_its_generic_word_reads_bare() -> None:
    found = _found(
        "استاندار خوزستان گفت: دفتری با عنوان خوزستان در بصره. خبرگزاری فارس از اهواز", "fa"
    )
    assert found.count(("خوزستان", "IR", "IR-06")) == 2
    # "فارس" (Persian) and "دوم" (second) are too short to be read so
    assert all(t not in ("فارس", "دوم") for t, _, _ in _found("خلیج فارس و بار دوم در اهواز", "fa"))


def test_the_two_brahmic_spellings_of_a_foreign_syllable_are_one_name() -> None:
    from citydiplo._geo._brahmic import spellings

    assert spellings("टोकियो") == ["टोक्यो"] and spellings("ટોક્યો") == ["ટોકિયો"]
    assert spellings("दिल्ली") == []
    assert ("ટોકિયો", "JP", "JP-13") in _found("જાપાન પ્રવાસના પ્રથમ દિવસે ટોકિયોમાં વસેલા", "gu")
    assert ("कियोटो", "JP", "JP-26") in _found("जापान के टोकियो और कियोटो शहर", "hi")
    # a name the gazetteer has as written keeps its own reading
    assert ("क्योटो", "JP", "JP-26") in _found("जापान के क्योटो शहर", "hi")


def test_a_mayor_or_a_municipality_names_a_city() -> None:
    text = "دیدار شهردار جویبار با ساکی معاون وزارت کشور در خصوص خواهر خواندگی جویبار"
    assert _found(text, "fa").count(("جویبار", "IR", "IR-02")) == 2
    assert _found("دیدار با ساکی معاون وزارت کشور در خصوص خواهر خواندگی جویبار", "fa") == []
    found = _found("Биробиджан посетила делегация. В ходе встречи мэр Биробиджана обсудил", "ru")
    assert ("Биробиджан", "RU", "RU-YEV") in found


def test_an_ambiguous_romanization_is_left_to_no_other_rule() -> None:
    # "사쓰마" (Satsuma) names several places: not decided later by Kagoshima named nearby
    text = "가고시마현 지사와 간담회를 했다. 일본에 건너가 일본 도자기 사쓰마 도가의 종가를 세운"
    assert all(t != "사쓰마" for t, _, _ in _found(text, "ko"))
