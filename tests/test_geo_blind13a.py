"""Readings of ``find_places`` fixed by class after blind batch 13a (en, ko, vi, zh, ja).

Each rule has literal positive cases (the wrong reading is gone, or the missed place is read)
and negative cases (the readings the rule must leave alone).
"""

from __future__ import annotations

import pytest

from citydiplo import find_places


def _read(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.place.country, m.place.subdivision) for m in find_places(text, lang=lang)]


def _names(text: str, lang: str) -> list[str]:
    return [m.text for m in find_places(text, lang=lang)]


# -- a place before a title and a name is that official's jurisdiction -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Conference of Mayors President Los Angeles Mayor Antonio Villaraigosa "
            "visited China.",
            ("Los Angeles", "US", "US-CA"),
        ),
        (
            "He met the Association President Beijing Mayor Guo Jinlong. Later, in Beijing, "
            "the mayor signed.",
            ("Beijing", "CN", "CN-BJ"),
        ),
    ],
)
def test_place_before_a_title_is_the_jurisdiction(text: str, expected: tuple[str, ...]) -> None:
    assert expected in _read(text, "en")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Mayor Rex Richardson visited Japan. Later Richardson said it was useful.", "Richardson"),
        ("President Paris said the talks went well in Japan.", "Paris"),
    ],
)
def test_name_after_a_title_stays_a_person(text: str, absent: str) -> None:
    assert absent not in _names(text, "en")


# -- "the city of X, State" is decided by its state ----------------------------------------


def test_city_with_a_cue_and_its_state() -> None:
    text = "On Monday the city of Concord, California welcomed a delegation from Japan."
    assert ("Concord", "US", "US-CA") in _read(text, "en")


def test_city_with_a_cue_and_no_state_stays_undecided() -> None:
    text = "On Monday the city of Concord welcomed a delegation."
    assert "Concord" not in _names(text, "en")


# -- a spouse's name ------------------------------------------------------------------------


def test_name_after_a_spouse_word_is_a_person() -> None:
    text = "Governor Tulafono and his wife Mary Ann visited North Sulawesi in Indonesia."
    assert "Mary" not in _names(text, "en")
    assert "Indonesia" in _names(text, "en")


def test_place_after_with_his_wife_stays() -> None:
    text = "He moved to Paris, France with his wife."
    assert ("Paris", "FR", "FR-IDF") in _read(text, "en") or "Paris" in _names(text, "en")


# -- a dotted foreign person's name -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "省长朱小丹会见了美国夏威夷州州长戴维·伊格。伊格州长率领代表团来广州。",
        "法国里昂市长乔治•伊格率代表团访问广州,伊格表示欢迎。",
    ],
)
def test_part_of_a_dotted_name_is_no_place(text: str) -> None:
    assert "伊格" not in _names(text, "zh")
    assert "广州" in _names(text, "zh")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("中国·成都与美国·纽约", "zh", "成都"),
        ("台湾中部・台中県の大肚郷と台中県", "ja", "台中県"),
        ("北京・上海・広州を訪れた。", "ja", "上海"),
    ],
)
def test_dot_between_places_is_a_separator(text: str, lang: str, expected: str) -> None:
    assert expected in _names(text, lang)


# -- Vietnamese names of the provinces of Laos ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Đoàn đã sang thăm 3 tỉnh Lào là Hủa Phăn, Xiêng Khoảng và Bôlykhămxay.",
            [
                ("Hủa Phăn", "LA", "LA-HO"),
                ("Xiêng Khoảng", "LA", "LA-XI"),
                ("Bôlykhămxay", "LA", "LA-BL"),
            ],
        ),
        (
            "Tỉnh Nghệ An chúc Tết các tỉnh Khăm Muộn, Xay Sổm Bun và Sa Vẳn Na Khẹt của Lào.",
            [("Khăm Muộn", "LA", "LA-KH"), ("Xay Sổm Bun", "LA", "LA-XS")],
        ),
    ],
)
def test_lao_provinces_in_vietnamese(text: str, expected: list[tuple[str, ...]]) -> None:
    read = _read(text, "vi")
    for item in expected:
        assert item in read


def test_sa_van_na_khet_is_savannakhet() -> None:
    read = _read("Lãnh đạo tỉnh Sa Vẳn Na Khẹt (Lào) thăm Quảng Trị.", "vi")
    assert any(t == "Sa Vẳn Na Khẹt" and c == "LA" and s == "LA-SV" for t, c, s in read)


def test_unlisted_spelling_is_not_read_as_a_lao_province() -> None:
    assert "Hua Phanh" not in _names("Ông Hua Phanh phát biểu tại hội nghị ở Lào.", "vi")


# -- "inner" before a country's name ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["内蒙古(内モンゴル)自治区と韓国の交流", "内蒙古自治区興安盟とモンゴルのドルノド県"],
)
def test_inner_mongolia_is_no_mongolia(text: str) -> None:
    assert ("モンゴル", "MN", None) not in _read(text[: text.index("自治区")], "ja")
    assert all(name not in ("蒙古", "内モンゴル") for name in _names(text, "ja"))


@pytest.mark.parametrize("text", ["都内モンゴル料理店", "モンゴルと中国の国境"])
def test_mongolia_after_a_word_ending_in_inner_stays(text: str) -> None:
    assert ("モンゴル", "MN", None) in _read(text, "ja")


# -- Vietnamese marks of a country's name -------------------------------------------------


def test_word_without_the_marks_of_a_country_is_no_country() -> None:
    text = "Hợp tác trên nhiều lĩnh vực như: Giáo dục; Y tế; Văn hóa với tỉnh Thừa Thiên Huế."
    assert all(country != "IT" for _, country, _ in _read(text, "vi"))


def test_country_written_in_english_in_vietnamese_text_stays() -> None:
    text = "Đoàn đại biểu Italy thăm Hà Nội và gặp đại diện của Peru."
    assert ("Italy", "IT", None) in _read(text, "vi")


# -- one Korean syllable of a Chinese sound ------------------------------------------------


def test_one_syllable_of_a_chinese_name_in_hangul_is_no_city() -> None:
    text = "웨이 홍 쓰촨성장은 박원순 서울시장에게 중국 명예시민증을 받았다."
    assert "웨이" not in _names(text, "ko")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("중국 웨이팡시와 교류한다.", "웨이팡시"),
        ("중국 시안과 란저우를 방문했다.", "란저우"),
    ],
)
def test_chinese_cities_in_hangul_stay(text: str, expected: str) -> None:
    assert expected in _names(text, "ko")


# -- a given name between a Chinese surname and a title ------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("横内知事と王岐山市長は同日、北京市で覚書に調印した。", "ja"),
        ("山梨县知事会见了北京市和王岐山市长。", "zh"),
    ],
)
def test_given_name_before_a_title_is_no_place(text: str, lang: str) -> None:
    assert "岐山" not in _names(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("陕西省岐山县长访问了日本。", "zh", "岐山"),
        ("中国吉林省長が鳥取県を訪れた。", "ja", "吉林省"),
    ],
)
def test_place_before_a_title_stays(text: str, lang: str, expected: str) -> None:
    assert any(name.startswith(expected) for name in _names(text, lang))


# -- a territory coded both as a country and as its sovereign's subdivision ---------------


def test_territory_beside_its_sovereign_is_read_as_the_country() -> None:
    text = "Indonesia and the USA grow closer: North Sulawesi and American Samoa signed."
    assert ("American Samoa", "AS", None) in _read(text, "en")


def test_state_named_like_a_country_stays_the_state() -> None:
    text = "US cities: Dublin of California vs. Augusta of Georgia."
    assert ("Georgia", "US", "US-GA") in _read(text, "en")


# -- English names of Indonesia's provinces with a compass word ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He visited North Sulawesi in Indonesia.", ("North Sulawesi", "ID", "ID-SA")),
        ("Floods hit East Java and West Java, Indonesia.", ("East Java", "ID", "ID-JI")),
    ],
)
def test_english_names_of_indonesian_provinces(text: str, expected: tuple[str, ...]) -> None:
    assert expected in _read(text, "en")


def test_english_province_name_without_its_country_stays_unread() -> None:
    assert _names("The Java team played in the West Java league.", "en") == []


# -- a word beginning with a generic word --------------------------------------------------


def test_small_town_before_the_word_for_market_is_no_place() -> None:
    assert _names("中国和巴西同为发展中大国和重要新兴市场国家。", "zh") == ["中国", "巴西"]


def test_big_city_before_the_word_for_market_stays() -> None:
    assert ("上海市", "CN", "CN-SH") in _read("上海市场监管局发布通知。", "zh")
