"""Families of place faults found on the sets 18a and 18b, fixed at their root: each case
is written from grammar and general knowledge, not from the function's answers."""

from __future__ import annotations

import pytest

from citydiplo import find_places, parse_place
from citydiplo._errors import CitydiploError


def _read(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.place.country, m.place.subdivision) for m in find_places(text, lang=lang)]


def _parsed_id(name: str) -> int | None:
    try:
        return parse_place(name, lang="zh").geonames_id
    except CitydiploError:  # unknown or ambiguous: not wrong
        return None


# GeoNames gives a county-level city the name of its seat town as well (Lingao, 临高县,
# also "临城" after its seat 临城镇; Jiange's seat Pu'an also "普安"; Yixing, 宜兴市, also
# "宜城" after 宜城街道). The seat's name takes 镇 or 街道, never 县 or 市: "临城县" is a county
# of Hebei, "普安县" one of Guizhou, "宜城市" a city of Hubei. Such a name never reads the
# city whose seat bears it: unknown or ambiguous, never that city.
@pytest.mark.parametrize(
    ("name", "not_this"),
    [
        ("临城县", 1803560),  # Lingao, Hainan
        ("臨城縣", 1803560),
        ("临城市", 1803560),
        ("普安县", 1798537),  # Pu'an, Sichuan (seat of 剑阁县)
        ("普安縣", 1798537),
        ("宜城市", None),  # Yixing, Jiangsu: looked up below
        ("宜城县", None),
    ],
)
def test_a_seat_name_with_a_county_word_is_not_the_seat_city(
    name: str, not_this: int | None
) -> None:
    yixing = parse_place("宜兴市", lang="zh").geonames_id
    assert _parsed_id(name) != (not_this if not_this is not None else yixing)


@pytest.mark.parametrize(
    "text",
    ["海南省临城县的代表团访问了韩国。", "江苏省宜城市代表团", "四川省普安县考察团抵达首尔。"],
)
def test_a_seat_name_with_a_county_word_in_a_text_is_no_mention_of_the_city(text: str) -> None:
    names = [m.place.geonames_id for m in find_places(text, lang="zh")]
    assert 1803560 not in names and 1798537 not in names
    assert parse_place("宜兴市", lang="zh").geonames_id not in names


# the county's own name and the seat with its town word still read the city (these pass
# on the base too)
@pytest.mark.parametrize(("name", "gid"), [("临高县", 1803560), ("临城镇", 1803560)])
def test_the_county_name_and_the_seat_town_still_read(name: str, gid: int) -> None:
    assert parse_place(name, lang="zh").geonames_id == gid


# Korean writes a Japanese person surname first, each part in Hangul; a surname that is a
# place of Japan, followed by a given name and the person's post in brackets or an address
# (씨, 여사, 님), is the person, not the place.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "일본 교류단은 키시모토 마사키(주임), 오사카 토모미(교육과 주사, 女, 만 35세) 등이다.",
            "오사카",
        ),
        ("일본 방문단에는 나가사키 히로시(국제과 과장)와 통역이 포함됐다.", "나가사키"),
        ("부산시는 일본 야마구치 마사코 여사와 함께 행사를 열었다.", "야마구치"),
        ("일본 교류단 단장 후쿠오카 하루코(시의원)가 인사말을 했다.", "후쿠오카"),
    ],
)
def test_a_japanese_surname_before_a_given_name_in_hangul_is_a_person(
    text: str, place: str
) -> None:
    assert place not in [m.text for m in find_places(text, lang="ko")]


# the place itself, before a generic word or an ordinary Korean word, stays (these pass on
# the base too)
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("일본 후쿠오카 사무소 개소식이 열렸다.", "후쿠오카"),
        ("일본 오사카(大阪)를 방문했다.", "오사카"),
        ("일본 오사카 다시 방문", "오사카"),
    ],
)
def test_a_japanese_place_before_an_ordinary_word_stays(text: str, place: str) -> None:
    assert place in [m.text for m in find_places(text, lang="ko")]


# An exonym shared by a city of one country and a region of another names either: Chinese
# "圣地亚哥" is Santiago (Chile), the provinces of Santiago de Cuba and of Santiago
# (Dominican Republic) and, in Chinese news, San Diego; "莱昂" is León of Nicaragua and
# the Spanish province; "拉里奥哈" La Rioja of Argentina and the Spanish region. Without the
# city's country in the text, the city is no reading.
@pytest.mark.parametrize(
    ("text", "lang", "country"),
    [
        ("圣地亚哥市长率团访问了上海。", "zh", "CL"),
        ("美国加州的圣地亚哥市长访问上海", "zh", "CL"),
        ("莱昂市长访问成都。", "zh", "NI"),
        ("拉里奥哈市代表团访问了天津。", "zh", "AR"),
        ("サンティアゴ市長が来日した。", "ja", "CL"),
    ],
)
def test_a_shared_exonym_without_its_country_is_no_city(text: str, lang: str, country: str) -> None:
    assert country not in [c for _, c, _ in _read(text, lang)]


# with its country named, the city stays (these pass on the base too)
@pytest.mark.parametrize(
    ("text", "lang", "country"),
    [
        ("智利圣地亚哥市长", "zh", "CL"),
        ("尼加拉瓜莱昂市代表团", "zh", "NI"),
        ("チリのサンティアゴ市長", "ja", "CL"),
    ],
)
def test_a_shared_exonym_with_its_country_stays(text: str, lang: str, country: str) -> None:
    assert [c for _, c, _ in _read(text, lang)].count(country) == 2
