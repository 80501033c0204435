"""Families of faults found by the blind set 17a (``bench/places_news_blind17a.json``):
each case is written from grammar and general knowledge, not from the function's answers."""

from __future__ import annotations

import pytest

from citydiplo import find_places


def _read(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.place.country, m.place.subdivision) for m in find_places(text, lang=lang)]


# A place read from the first two characters of a mountain's name: 普陀山 is Mount Putuo in
# Zhoushan, not Putuo district of Shanghai; 天台山, 武当山, 九华山 likewise.
@pytest.mark.parametrize(
    "text",
    [
        "五台山与普陀山均为全国文明风景旅游区",
        "舟山市拥有普陀山、嵊泗列岛等国家级风景名胜区",
        "游客登上了天台山",
        "他们去了武当山和九华山。",
    ],
)
def test_mountain_names_read_no_place(text: str) -> None:
    assert [r for r in _read(text, "zh") if r[0] != "舟山市"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("上海市普陀区", ("CN", "CN-SH")),
        ("马鞍山市", ("CN", "CN-AH")),
    ],
)
def test_places_beside_mountain_words_stay(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(c, s) for _, c, s in _read(text, "zh")]


# A hiragana reading of a city inside a longer hiragana word: "おなじみと" holds no Mito.
@pytest.mark.parametrize(
    "text",
    ["すっかりおなじみとなった新幹線", "それはおなじみとなっている"],
)
def test_hiragana_inside_a_word_reads_no_place(text: str) -> None:
    assert _read(text, "ja") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("東京からつくばへ向かう", ("つくば", "JP", "JP-08")),
        ("いわきの海", ("いわき", "JP", "JP-07")),
        ("きょうはさいたまにいく", ("さいたま", "JP", "JP-11")),
    ],
)
def test_hiragana_names_after_a_particle_stay(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _read(text, "ja")


# A mayor's surname after his municipality: "安中市の岩井市長" is Mayor Iwai of Annaka,
# "福岡市の高島市長" Mayor Takashima of Fukuoka; after a prefecture, only its own towns.
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("群馬県安中市の岩井市長は台湾を訪問した", ["群馬県", "安中市", "台湾"]),
        ("福岡市の高島市長が会見した", ["福岡市"]),
        ("高崎市の富岡市長が出席した", ["高崎市"]),
        ("長野県の岩井市長", ["長野県"]),
    ],
)
def test_mayor_surnames_read_no_town(text: str, kept: list[str]) -> None:
    assert [t for t, _, _ in _read(text, "ja")] == kept


@pytest.mark.parametrize(
    ("text", "town"),
    [("群馬県の高崎市長", "高崎市"), ("群馬県の富岡市長が来訪", "富岡市"), ("富岡市長", "富岡市")],
)
def test_mayors_of_towns_stay(text: str, town: str) -> None:
    assert town in [t for t, _, _ in _read(text, "ja")]


# A Sino-Vietnamese name of a Chinese place that is also a Vietnamese district: without
# China, a big city of it or a province with its level word in the text, no Chinese reading.
@pytest.mark.parametrize(
    "text",
    [
        "huyện Lệ Thủy, tỉnh Quảng Bình",
        "Quảng Bình: Bố Trạch, Tuyên Hóa, Lệ Thủy, Minh Hóa.",
        "Quảng Ngãi: Trà Bồng, Ba Tơ, Lệ Thủy, Sơn Tây, Sơn Hà.",
    ],
)
def test_sino_vietnamese_homonyms_at_home_read_nothing_abroad(text: str) -> None:
    assert [c for _, c, _ in _read(text, "vi") if c != "VN"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("thành phố Lệ Thủy, tỉnh Chiết Giang (Trung Quốc)", ("Lệ Thủy", "CN", "CN-ZJ")),
        ("Đoàn đại biểu tỉnh Quảng Tây đến thăm", ("Quảng Tây", "CN", "CN-GX")),
        ("Thâm Quyến", ("Thâm Quyến", "CN", "CN-GD")),
        ("Ông đến Tô Châu và Lệ Thủy của Trung Quốc", ("Tô Châu", "CN", "CN-JS")),
        ("thành phố Busan, Hàn Quốc", ("Busan", "KR", "KR-26")),
    ],
)
def test_sino_vietnamese_names_placed_by_the_text_stay(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _read(text, "vi")


# A small town decided only through a city of its region while a far bigger city bears the
# name: the parish Santa Clara near Coimbra (9,600) is not read for Santa Clara, California.
def test_small_namesake_by_a_city_region_alone_stays_unread() -> None:
    text = (
        "The City of Santa Clara has three Sister Cities: Coimbra, Portugal; Izumo, Japan; "
        "and Limerick, Ireland."
    )
    assert [r for r in _read(text, "en") if r[0] == "Santa Clara"] == []


def test_named_region_or_qualified_name_still_decides() -> None:
    assert ("Santa Clara", "US", "US-CA") in _read("Santa Clara, California", "en")
    text = "Delaware and Sakata, Japan, signed a resolution. Students from Sakata visited."
    assert _read(text, "en").count(("Sakata", "JP", "JP-06")) == 2


# The tail of a longer name left unread: "Santa Clara City Hall" holds no Clara (Ireland).
@pytest.mark.parametrize(
    "text",
    ["They toured Santa Clara City Hall.", "Limerick, Ireland. They toured Santa Clara City Hall."],
)
def test_tail_of_a_longer_name_reads_no_place(text: str) -> None:
    assert [r for r in _read(text, "en") if r[0].startswith("Clara")] == []


# A city read through its seat town's name alone: 宜城 (Yicheng, Hubei) is no Yixing
# (宜兴市, seat 宜城街道); 荔枝 (lychee) is no Fuling's Lizhi.
@pytest.mark.parametrize(
    "text",
    ["宜城站为新建车站。湖北襄阳", "荔枝很好吃", "襄荊高鐵全線共設襄陽東站、宜城站、荊門西站"],
)
def test_seat_names_alone_read_no_city(text: str) -> None:
    assert [r for r in _read(text, "zh") if r[1] == "CN" and r[2] in ("CN-JS", "CN-CQ")] == []


def test_seat_name_with_its_province_stays() -> None:
    assert ("樊城", "CN", "CN-HB") in _read("湖北省襄阳市樊城区", "zh")


# A province's name in a list of districts headed by another province: Quảng Ninh is a
# district of Quảng Bình (seat Quán Hàu), not the province of Hạ Long.
def test_province_name_in_another_provinces_list_is_its_district() -> None:
    text = "Quảng Bình: Bố Trạch, Tuyên Hóa, Lệ Thủy, Minh Hóa, Quảng Ninh."
    assert ("Quảng Ninh", "VN", "VN-24") in _read(text, "vi")
    assert ("Quảng Ninh", "VN", "VN-13") not in _read(text, "vi")


@pytest.mark.parametrize(
    "text",
    [
        "Quảng Bình: Bố Trạch. Quảng Ninh có mưa lớn.",
        "Các tỉnh bị ảnh hưởng: Quảng Ninh, Hải Phòng, Thái Bình.",
    ],
)
def test_province_outside_a_headed_list_stays(text: str) -> None:
    assert ("Quảng Ninh", "VN", "VN-13") in _read(text, "vi")


# A kanji name followed by a word that starts no given name is read: "東京駅" lies in Tokyo,
# "東京-金沢間" is between Tokyo and Kanazawa; a surname before a given name stays unread.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("東京駅から新幹線に乗った", ("東京", "JP", "JP-13")),
        ("東京-金沢間は最短2時間28分", ("金沢", "JP", "JP-17")),
        ("JR金沢駅の東口", ("金沢", "JP", "JP-17")),
        ("成田空港から出発した", ("成田", "JP", "JP-12")),
        ("大阪出身の歌手", ("大阪", "JP", "JP-27")),
    ],
)
def test_kanji_words_after_a_name(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _read(text, "ja")


@pytest.mark.parametrize("text", ["石川勝行市長が出席した", "石川周平さん"])
def test_surnames_before_given_names_stay_unread(text: str) -> None:
    assert [r for r in _read(text, "ja") if r[0] == "石川"] == []


# A country followed by ordinary words and a foreign city with 市 is no transliterated name:
# "越南欢迎釜山市" (Vietnam welcomes Busan) keeps Busan.
def test_words_between_country_and_city_are_no_transliteration() -> None:
    text = "越南欢迎釜山市乃至韩国企业投资胡志明市"
    read = _read(text, "zh")
    assert ("釜山市", "KR", "KR-26") in read
    assert ("胡志明市", "VN", "VN-SG") in read


# A one-character ward read from the end of a longer district's name: 港北区 (Gangbei,
# Guigang; Kōhoku, Yokohama) holds no 北区 (Kita, Tokyo).
@pytest.mark.parametrize(
    ("text", "lang"),
    [("贵港市港北区港城镇", "zh"), ("横浜市港北区", "ja"), ("西宁市城北区", "zh")],
)
def test_ward_tails_read_no_tokyo_ward(text: str, lang: str) -> None:
    assert [r for r in _read(text, lang) if r[0] in ("北区", "北區")] == []


@pytest.mark.parametrize(("text", "lang"), [("東京都北区", "ja"), ("北区と港区", "ja")])
def test_wards_after_a_level_word_stay(text: str, lang: str) -> None:
    assert ("北区", "JP", "JP-13") in _read(text, lang)


# Vietnamese cities of the provinces the 2025 reform left whole get their province from
# their GeoNames admin1 code (data/admin1_gaps.json): Móng Cái is Quảng Ninh's.
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Mong Cai city, Quang Ninh province", "en", ("Mong Cai", "VN", "VN-13")),
        ("thành phố Móng Cái", "vi", ("Móng Cái", "VN", "VN-13")),
        ("Điện Biên Phủ", "vi", ("Điện Biên Phủ", "VN", "VN-71")),
        ("越南高平省高平市", "zh", ("高平", "VN", "VN-04")),
    ],
)
def test_vietnamese_cities_get_their_province(
    text: str, lang: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _read(text, lang)


# "Biên" (edge; "Biên bản", minutes) is an ordinary word, not Nghi Sơn ("Bien Son").
def test_bien_ban_is_no_place() -> None:
    text = "Thanh Hóa và Sơn La ký Biên bản hợp tác toàn diện"
    assert [r for r in _read(text, "vi") if r[0] == "Biên"] == []
