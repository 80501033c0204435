"""Families of faults found by the blind set 19a (``bench/places_news_blind19a.json``):
each case is written from grammar and general knowledge, not from the function's answers."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citydiplo import find_places
from citydiplo._geo._hierarchy import city_like


def _read(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.place.country, m.place.subdivision) for m in find_places(text, lang=lang)]


# "광역시" (metropolitan city) written on a name makes it the first-level city, never the
# homonymous city of lower rank that the same text names with "시": Gwangju (KR-29) and
# Gwangju-si of Gyeonggi (KR-41), as in a heat-wave bulletin listing both
# (https://etoday.co.kr/news/view/953964).
@pytest.mark.parametrize(
    "text",
    [
        "경기도 여주시, 광주시, 양평군과 대전광역시, 광주광역시 등도 주의보가 내려졌다.",
        "광주광역시에서 열린 행사에 경기도 광주시 대표단도 참석했다.",
        "광주광역시",
    ],
)
def test_metropolitan_generic_word_names_the_metropolitan_city(text: str) -> None:
    read = [
        m.place.subdivision
        for m in find_places(text, lang="ko")
        if m.text.startswith("광주") and "광역시" in text[m.start : m.end + 3]
    ]
    assert read == ["KR-29"]


_METROPOLITAN = [
    "서울특별시",
    "부산광역시",
    "대구광역시",
    "인천광역시",
    "광주광역시",
    "대전광역시",
    "울산광역시",
]


# A law: every city named with "특별시"/"광역시" that is read is read as a first-level city.
@settings(max_examples=30, deadline=None)
@given(
    st.lists(st.sampled_from(_METROPOLITAN), min_size=1, max_size=4), st.sampled_from(["", "시 "])
)
def test_first_level_word_never_reads_a_lower_city(names: list[str], lower: str) -> None:
    # the lower-rank homonym ("광주시") named first, then the metropolitan cities
    text = f"경기도 광주{lower}지역과 " + ", ".join(names) + "에 폭염경보가 내려졌다."
    start = text.index(names[0])
    for m in find_places(text, lang="ko"):
        if m.start >= start:
            assert m.place.subdivision is not None and city_like(m.place.subdivision), m


# A name written right after a province's short name with only a space between lies in that
# province: "강원 영동" is the east of Gangwon (a region), not Yeongdong county in North
# Chungcheong (http://edaily.co.kr/news/newspath.asp?newsid=01246406622557472).
@pytest.mark.parametrize(
    "text",
    [
        "강원 영동과 경상도는 모레까지 낮 기온이 33도 이상 오르겠다.",
        "부산을 비롯해 광주, 전라남도 일부 지역. 강원 영동 지역은 모레까지 덥겠다.",
    ],
)
def test_name_after_a_province_is_no_homonym_elsewhere(text: str) -> None:
    assert [r for r in _read(text, "ko") if r[2] == "KR-43"] == []


# ... while a place of that province after it stays read, and a list keeps its members.
@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("충남 논산·청양에서 행사가 열렸다.", {"KR-44"}),
        ("전북 부안군 주산면과 자매결연을 맺었다.", {"KR-45"}),
        (
            "폭염주의보는 충북, 경남, 인천(옹진군 제외), 제주 등에 내려졌다.",
            {"KR-43", "KR-48", "KR-28", "KR-49"},
        ),
    ],
)
def test_places_inside_the_province_before_them_stay(text: str, wanted: set[str]) -> None:
    assert wanted <= {r[2] for r in _read(text, "ko")}


# A province's name that GeoNames also gives to a city of unknown province (its capital:
# Phủ Lý bears "Hà Nam", Điện Bàn "Quảng Nam") names the province: the text names it, and the
# city would drop what the text states
# (https://vi.phongnhaexplorer.com/hoi-dap/du-lich/duong-sat-viet-nam-di-qua-dau.html).
@pytest.mark.parametrize(
    ("text", "province"),
    [
        ("Miền Bắc: Hà Nội, Hà Nam, Nam Định, Ninh Bình, Thanh Hóa.", "VN-63"),
        ("Đi tiếp là Quảng Nam, Quảng Ngãi, Bình Định, Phú Yên.", "VN-27"),
        ("Tuyến này qua Hà Nam, Nam Định, Ninh Bình.", "VN-67"),
    ],
)
def test_province_name_borne_by_a_city_of_unknown_province(text: str, province: str) -> None:
    read = _read(text, "vi")
    assert province in {r[2] for r in read}
    assert all(r[2] is not None for r in read if r[1] == "VN")


# Katakana joined by a hyphen is one compound name: "チャタム-ケント" (Chatham-Kent, Ontario)
# holds no "ケント" (Kent, Washington) (http://lwhongsheng.com/ns_news/279145793851358).
@pytest.mark.parametrize(
    "text",
    [
        "溧陽市は相次いで日本白山市、米国ユニオンシティ(Union City)、米国フジ郡(Fuji County)、"
        "カナダチャタム-ケント(Chatham-Kent)と友好都市関係を締結した。",
        "米国ユニオンシティ、カナダチャタム‐ケントと提携した。",
    ],
)
def test_hyphen_joined_katakana_is_one_name(text: str) -> None:
    assert [r for r in _read(text, "ja") if r[0] == "ケント"] == []


# "中国地方" is the Chūgoku region of Japan, not China
# (https://newsdig.tbs.co.jp/articles/bss/1089652); a school head ("校长") ends the name of
# the school as "大学" does: "阿克伦校长" is the president of the University of Akron
# (https://sites.lynu.edu.cn/gjhzjlzx/info/1009/1177.htm).
@pytest.mark.parametrize(
    ("text", "lang", "country"),
    [
        ("中国地方では、3日朝から激しい雨が降る見込みです。", "ja", "CN"),
        ("美国阿克伦大学校长到访。自去年任阿克伦校长以来,国际合作是重点。", "zh", "US-city"),
    ],
)
def test_region_and_school_head_are_no_places(text: str, lang: str, country: str) -> None:
    read = _read(text, lang)
    if country == "CN":
        assert [r for r in read if r[1] == "CN"] == []
    else:
        assert [r for r in read if r[2] is not None] == []  # 美国 (a country) stays


# "고양이" (a cat) is an ordinary word, not Goyang with the particle "이"
# (https://m.ytn.co.kr/news_view.amp.php?param=0103_202410310431230516).
def test_cat_is_no_goyang() -> None:
    read = _read("경기도 고양시의 고양이 축제가 열렸다.", "ko")
    assert [r[0] for r in read if r[2] == "KR-41"] == ["경기도", "고양시"]


# A subdivision that ISO 3166-1 also codes as a country reads as that country, as its short
# name does: "香港特别行政區" as "香港" (http://m.tftnews.com/news891030).
def test_territory_subdivision_reads_as_its_country() -> None:
    read = _read("京九高鐵連接北京市與香港特别行政區九龍。", "zh")
    assert ("香港特别行政區", "HK", None) in read


# A city named by a short Latin alternate name that is not its own spelling is no mention on
# any path: "Áng", a village of Mộc Châu, folds to "ANG", GeoNames' airport code for
# Angoulême and two towns beside it (http://sapalaocai.com/khai-mac-le-hoi-du-lich-qua-mien-tay-bac-2011.htm).
@pytest.mark.parametrize("text", ["Hội Xoè tại bản Áng, xã Đông Sang.", "Hôm nay Áng đi học."])
def test_short_alias_is_no_city_abroad(text: str) -> None:
    assert [r for r in _read(text, "vi") if r[1] == "FR"] == []


# In capitals, a city whose country nothing else in the text names is no mention: a weather
# watch listing Virginia's counties names no English town
# (https://www.newsadvance.com/new_era_progress/news/amherst-county-plans-to-increase-fees-for-ambulance-billing-other-emergency-services/article_36a95dfd-8722-5a84-be4b-91b16a69623b.html);
# a dateline in capitals beside its state stays.
def test_capitals_read_no_city_abroad() -> None:
    text = "IN VIRGINIA, ALLEGHANY VA, AMHERST, BATH, BEDFORD, BOTETOURT, AND ROANOKE."
    assert [r for r in _read(text, "en") if r[1] not in ("US", None)] == []
    read = _read("LUBBOCK, TX (KCBD) - Here are the teams.", "en")
    assert ("LUBBOCK", "US", "US-TX") in read


# Japanese news names a prefecture's tournament or team by the bare name with 大会 or 代表
# glued on: the name is read ("青森大会", the Aomori tournament)
# (http://www3.nhk.or.jp/news/html/20230727/k10014143951000.html).
@pytest.mark.parametrize(
    ("text", "prefecture"),
    [
        ("青森大会では、八戸学院光星高校が勝ちました。", "JP-02"),
        ("群馬大会で、前橋商業がサヨナラ勝ちしました。", "JP-10"),
        ("兵庫代表の選手が出場します。", "JP-28"),
    ],
)
def test_tournament_of_a_prefecture_names_it(text: str, prefecture: str) -> None:
    assert prefecture in {r[2] for r in _read(text, "ja")}


# A Korean county read with its generic word ("횡성군") is the place its bare name names in
# the same text, as a word of its own or with a particle; an ordinary word that starts with
# that name ("고양이" beside "고양시") is not (http://www.g-enews.com/view.php?ud=20191005192815422620e02e8e3_1&ssk=g040000).
def test_bare_korean_name_after_its_generic_form() -> None:
    read = _read("강원도 횡성군 횡성읍에서 열린다. 2일부터 강원도 횡성에서 축제가 열린다.", "ko")
    assert [r for r in read if r[0] == "횡성"] == [("횡성", "KR", "KR-42")]
    read = _read("경기도 고양시의 고양이 축제, 고성군 평지와 고성능 장비", "ko")
    assert [r[0] for r in read if r[0] in ("고양", "고성")] == []


# "X County" is read as the county of the state written after it, else of the one state
# the text names among those that have such a county, else of the only state that has one
# (https://www.wibwnewsnow.com/state-football-sectionals-set/); a name several states share
# stays unread without one, and so does a county opening another thing's name.
@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Three teams from Shawnee County live to play one more week.",
            ("Shawnee County", "US-KS"),
        ),
        ("Officials in Orange County, California said on Monday.", ("Orange County", "US-CA")),
        ("Montgomery County, Maryland, and Fairfax County, Virginia.", ("Fairfax County", "US-VA")),
    ],
)
def test_us_county_read_with_its_state(text: str, wanted: tuple[str, str]) -> None:
    assert (wanted[0], "US", wanted[1]) in _read(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "In the case of Chester County, there will need to be three agreements.",
        "Cook County officials said on Monday.",
        "Chester County, Ohio, is no county.",
        "The El Dorado County Chapter of People to People met.",
    ],
)
def test_us_county_left_unread_when_unsure(text: str) -> None:
    assert [r for r in _read(text, "en") if r[0].endswith("County")] == []


# On a fixture line (a time or a score on it), the names beside "vs" are teams named after
# their towns; the venues stay (http://www.kcbd.com/story/36928086/end-zone-regional-playoff-pairings).
def test_fixture_teams_are_no_places() -> None:
    text = (
        "Plainview Christian vs Waco Live Oak 6pm Friday at Bryson\n"
        "Borden County vs. Garden City 7:30pm Friday in Forsan\n"
        "Lubbock Christian vs McKinney Christian 6:30pm Friday at McMurry in Abilene"
    )
    read = _read(text, "en")
    assert [r[0] for r in read if r[0] in ("Waco", "Borden County", "McKinney")] == []
    assert ("Abilene", "US", "US-TX") in read
