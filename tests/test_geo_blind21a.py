"""Families of faults found by the blind set 21a (``bench/places_news_blind21a.json``:
city-diplomacy news in English, Korean, Vietnamese, Chinese and Japanese), each with the
guards that keep the right readings. Expected values are written from the languages and the
places themselves."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from citydiplo import find_places


def _read(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.place.country, m.place.subdivision) for m in find_places(text, lang=lang)]


# -- "City of X, Y": a qualifier that leaves the gazetteer's X out refutes it everywhere ----


def test_city_of_whitehorse_victoria_is_no_yukon_capital() -> None:
    # https://jlgc.org.au/sister-city-relationships-have-a-lot-of-potential
    text = (
        "Whitehorse – Matsudo\n"
        "The City of Whitehorse, Victoria and Matsudo City, Chiba Prefecture will mark their "
        "45th anniversary this year."
    )
    read = _read(text, "en")
    assert all(country != "CA" for _, country, _ in read)
    assert ("Matsudo", "JP", "JP-12") in read


def test_city_of_a_city_in_its_qualifier_stays_read() -> None:
    text = "The City of Austin, Texas signed an agreement with Taiwan."
    assert ("City of Austin", "US", "US-TX") in _read(text, "en")


def test_a_bare_list_after_a_comma_refutes_nothing() -> None:
    # no "City of": "Paris, Berlin" is a list, not Paris qualified by Berlin
    text = "Delegations from Paris, Berlin and Rome arrived."
    read = [name for name, _, _ in _read(text, "en")]
    assert "Paris" in read


# -- a frequent word read as a region contradicts nothing -----------------------------------


def test_capital_word_before_chengdu_is_no_bahrain_governorate() -> None:
    # https://www.hankyung.com/newswire/article/3421571_KO21571_9
    text = (
        "중국 남서부 쓰촨성의 수도 청두의 충라이시가 이달 22일 일본 기후현 남쪽 도시인 "
        "다지미시와"
    )
    read = _read(text, "ko")
    assert ("청두", "CN", "CN-SC") in read
    assert all(country != "BH" for _, country, _ in read)


# -- a Chinese short form "X州" of a state named in full without 州 -------------------------


def test_tazhou_after_tasmania_is_tasmania() -> None:
    # https://rank.aoweibang.com/item/LgRnyo
    text = (
        "应澳大利亚塔斯马尼亚政府邀请,成竞业大使于2月18-21日对塔州进行正式访问。"
        "中国是塔州第一大贸易伙伴,塔州愿加强同福建省等友好省市的交流与合作。"
    )
    read = _read(text, "zh")
    assert read.count(("塔州", "AU", "AU-TAS")) == 3


def test_no_short_form_from_a_state_never_named() -> None:
    # "塔州" alone names no Tasmania: the full name must come first
    assert all(sub != "AU-TAS" for _, _, sub in _read("大使对塔州进行访问。", "zh"))


def test_scotland_gives_no_suzhou_short_form() -> None:
    # a nation of the United Kingdom is no state: "苏州" stays Suzhou
    text = "苏格兰代表团访问了江苏省。苏州市长会见了代表团。"
    assert all(sub != "GB-SCT" for name, _, sub in _read(text, "zh") if name.startswith("苏州"))


# -- a Japanese person's office after a middle dot: the office's province stays read -------


def test_office_after_dot_keeps_its_province() -> None:
    # http://peopleschina.com/xinwen/txt/2012-05/03/content_450400.htm
    text = (
        "才利民・山東省副省長、二井関成・山口県知事のほか、"
        "劉淵為山東省外事弁公室主任らが出席した。"
    )
    read = _read(text, "ja")
    assert read.count(("山東省", "CN", "CN-SD")) == 2
    assert ("山口県", "JP", "JP-35") in read


def test_dotted_given_name_still_hides_a_small_place() -> None:
    text = "省长朱小丹会见了美国夏威夷州州长戴维·伊格。伊格州长率领代表团来广州。"
    assert [name for name, _, _ in _read(text, "zh")] == ["美国", "夏威夷州", "广州"]


# -- Vietnamese writes Lao names with hyphens between their syllables ----------------------


def test_hyphenated_lao_provinces() -> None:
    # https://thoidai.com.vn/vun-dap-tinh-huu-nghi-giua-kon-tum-viet-nam-voi-mot-so-dia-phuong-cua-campuchia-va-lao-166276.html
    text = "đến thăm, chúc Tết chính quyền và nhân dân tỉnh Sa-la-van nhân dịp Tết Bun-pi-may"
    assert ("Sa-la-van", "LA", "LA-SL") in _read(text, "vi")
    text = "đoàn đại biểu tỉnh Chăm-pa-sắc (Lào) thăm tỉnh Kon Tum"
    assert ("Chăm-pa-sắc", "LA", "LA-CH") in _read(text, "vi")


@settings(max_examples=20, deadline=None)
@given(name=st.sampled_from(["Sa-la-van", "Chăm-pa-sắc", "Sa La Văn", "Chăm Pa Sắc"]))
def test_hyphens_and_spaces_read_alike(name: str) -> None:
    code = "LA-SL" if name.lower().startswith("sa") else "LA-CH"
    assert (name, "LA", code) in _read(f"Lãnh đạo tỉnh {name} của Lào", "vi")


def test_lowercase_word_after_a_space_still_cuts_a_name() -> None:
    # "Sùng Tả": a syllable after a space, unlike one after a hyphen, ends no name
    assert all(name != "Sùng" for name, _, _ in _read("thành phố Sùng Tả (Quảng Tây)", "vi"))


# -- a short province name that is also a word, before a city of that province ------------


def test_gyeonggi_before_its_city() -> None:
    # http://www.ggitv.com/news/articleView.html?idxno=5482
    text = "경기 남양주시는 미국 캘리포니아주 브레아시와 우호교류를 추진한다고 28일 밝혔다."
    read = _read(text, "ko")
    assert ("경기", "KR", "KR-41") in read
    assert ("남양주시", "KR", "KR-41") in read


@settings(max_examples=20, deadline=None)
@given(word=st.sampled_from(["침체", "회복", "부양", "지표", "전망"]))
def test_gyeonggi_as_the_economy_is_no_province(word: str) -> None:
    # "경기 침체" (a slump): no city follows, no province is read
    text = f"경기 {word} 속에 부산시는 대책을 발표했다."
    assert all(name != "경기" for name, _, _ in _read(text, "ko"))


def test_gyeonggi_before_a_city_of_another_province_is_unread() -> None:
    text = "경기 부산시 대표단"
    assert all(name != "경기" for name, _, _ in _read(text, "ko"))


# -- a small or a full katakana ke inside a Japanese name ----------------------------------


@settings(max_examples=10, deadline=None)
@given(
    pair=st.sampled_from(
        [("金ヶ崎町", "金ケ崎町"), ("関ヶ原町", "関ケ原町"), ("鶴ケ島市", "鶴ヶ島市")]
    )
)
def test_small_and_full_ke_name_one_place(pair: tuple[str, str]) -> None:
    from citydiplo import parse_place

    one, other = (parse_place(name) for name in pair)
    assert one.geonames_id == other.geonames_id is not None
