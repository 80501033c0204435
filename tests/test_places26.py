"""Places read in round 26: Japanese towns in Hangul with their rank word, krais written with
"边区", small foreign towns in katakana after their region, big Indian towns beside a town of
their state, split Devanagari vowel signs, and the persons' names and road shows that are no
place. Each text is quoted from the real page it comes from (URL beside it) and read once."""

from __future__ import annotations

from functools import cache

import pytest

from citydiplo import find_places
from citydiplo._geo._fold import folded_with_offsets
from citydiplo._geo._hangul_abroad import hangul_skeleton
from citydiplo._geo._kana_towns import kana_skeleton, latin_skeleton

TEXTS = {
    # https://www.news1.kr/amp/local/kangwon/5560593
    "chizu": (
        "ko",
        (
            "(양구=뉴스1) 이종재 기자 = 강원 양구군의 자매도시 일본 돗토리현 치즈정 우호교"
            "류단이 8일부터 10일까지 양구군을 방문한다."
        ),
    ),
    # http://www.m-i.kr/news/articleView.html?idxno=312158
    "unzen": (
        "ko",
        (
            "구례군(군수 서기동)은 지난 17일 더케이지리산가족호텔에서 일본 운젠시와 자매결"
            "연 10주년 기념식을 가졌다.\n\n이날 행사에는 운젠시 시장(가나자와 히데사부로) "
            "및 의회 의장(오쿠보 마사미) 등으로 구성된 16명의 방문단과 서기동 군수와 박영근"
            " 군의회 의장 등 군 관계자 20명이 참석하여"
        ),
    ),
    # http://utsukushii-mura.jp/nakagawa-koisago/articles/others/224/
    "horseheads": (
        "ja",
        (
            "那珂川町と姉妹都市提携している、アメリカ合衆国・ニューヨーク州のホースヘッズ村"
            "(馬頭村)親善訪問団が、旧馬頭町時代に姉妹都市を締結して、25周年になるのを記念し"
            "て来町。14日から16日までは、京都市内の視察、東京に戻り18日にホースヘッズに向け"
            "て離日の予定です。"
        ),
    ),
    "holders": (
        "ja",
        (
            "(写真は、10月13日に開催した記念植樹、藤田会長、ルイズ村長、小川教育長\n\n小川"
            "議長、福島町長、左から)"
        ),
    ),
    # https://wxredian.com/art?id=3b6de92a95e905ee05d753e5e7d258ad
    "kamchatka": (
        "zh",
        "19日晚,省委副书记、省长梁惠玲在哈尔滨会见俄罗斯堪察加边区州长索洛多夫一行。",
    ),
    # https://rajasthankiran.com/chief-minister-dr-yadav-will-discuss-investment-in-local-programs-on-assam-today
    "bhopal": (
        "hi",
        (
            "भाेपाल, 4 अक्टूबर (Udaipur Kiran News) । मध्य प्रदेश के मुख्यमंत्री डाॅ. माेहन"
            " यादव आज शनिवार काे असम दौरे पर रहेंगे।"
        ),
    ),
    # https://agniban.com/officers-will-go-to-london-germany-with-the-chief-minister
    "road_show": (
        "hi",
        "इसके बाद नवम्बर माह में दिल्ली में सीएम का रोड शो है। दिल्ली रोड शो के बाद",
    ),
    # bench/texts/places_blind25/gu_3.txt
    "rajkot": (
        "gu",
        (
            "રાજકોટના ગોંડલ પંથકમાં 4 ઈંચ વરસાદ નોંધાયો\n\nરાજકોટઃ જિલ્લાના ભાદર કાંઠાના ગા"
            "મોમાં નવાગામ, લીલાખા સહિતના વિસ્તારમાં 4 ઈંચ વરસાદ નોંધાયો છે. ગોંડલ તાલુકાના "
            "શીવરાજગઢ, શ્રીનાથગઢ સહિતના ગામોમાં 3 ઈંચ વરસાદ"
        ),
    ),
    # bench/texts/places_blind21b/gu_4.txt (the Baroda circle of the Archaeological Survey)
    "circle": (
        "gu",
        (
            "ગુજરાતના મુખ્યમંત્રી ગાંધીનગર ખાતે મળ્યા. આર્કિયોલોજી વિભાગના બરોડા સર્કલના એસ"
            ".એ.એ.એસ.આઇ. શ્રી શુભમ મજુમદાર"
        ),
    ),
    # https://www.seattlen.com/hot/54425?bo_table=hot&sfl=mb_id%2C1&stx=newsnet
    "mukilteo": (
        "ko",
        "한인밀집지역인 워싱턴주 머킬티오시가 경기 과천시와의 자매결연을 공식 추진한다.",
    ),
    "schedule": (
        "ko",
        "일본 방문 일정을 마쳤다",
    ),
}


@cache
def _found(name: str) -> list[tuple[str, str | None, str | None, str]]:
    lang, text = TEXTS[name]
    return [
        (m.text, m.place.country, m.place.subdivision, m.place.name)
        for m in find_places(text, lang=lang)
    ]


def _names(name: str) -> list[str]:
    return [found[3] for found in _found(name)]


def test_japanese_town_in_hangul_with_its_rank_word() -> None:
    assert ("치즈", "JP", "JP-31", "Chizu") in _found("chizu")
    assert [f[0] for f in _found("schedule")] == ["일본"]


def test_name_in_brackets_after_an_office_is_a_person() -> None:
    assert "Kanazawa" not in _names("unzen")
    assert ("운젠", "JP", "JP-42", "Unzen") in _found("unzen")


def test_town_before_its_office_in_a_list_of_office_holders_is_a_surname() -> None:
    assert _found("holders") == []


def test_katakana_town_after_its_region() -> None:
    found = _found("horseheads")
    towns = [f for f in found if f[3] == "Horseheads"]
    assert [f[0] for f in towns] == ["ホースヘッズ", "ホースヘッズ"]
    assert all(f[1:3] == ("US", "US-NY") for f in towns)


@pytest.mark.parametrize(
    ("kana", "latin"),
    [("ホースヘッズ", "Horseheads"), ("カーマン", "Kerman"), ("マニトワック", "Manitowoc"),
     ("リバモア", "Livermore")],
)  # fmt: skip
def test_kana_and_latin_skeletons_agree(kana: str, latin: str) -> None:
    assert kana_skeleton(kana) == latin_skeleton(latin)


def test_kana_skeletons_of_other_towns_differ() -> None:
    assert kana_skeleton("ホースヘッズ") != latin_skeleton("Hornell")


def test_hangul_town_after_its_region() -> None:
    assert ("머킬티오", "US", "US-WA", "Mukilteo") in _found("mukilteo")
    assert hangul_skeleton("머킬티오") == latin_skeleton("Mukilteo", korean=True)
    assert hangul_skeleton("매니토웍") == latin_skeleton("Manitowoc", korean=True)
    assert hangul_skeleton("호스헤즈") != latin_skeleton("Hornell", korean=True)


def test_krai_with_the_short_generic_word() -> None:
    assert [(f[0], f[2]) for f in _found("kamchatka") if f[1] == "RU"] == [
        ("俄罗斯", None),
        ("堪察加边区", "RU-KAM"),
    ]


def test_split_vowel_signs_fold_to_one() -> None:
    assert folded_with_offsets("भाेपाल")[0] == folded_with_offsets("भोपाल")[0]
    assert folded_with_offsets("ગાેંડલ")[0] == folded_with_offsets("ગોંડલ")[0]
    assert ("भाेपाल", "IN", "IN-MP", "Bhopal") in _found("bhopal")


def test_road_show_names_no_street() -> None:
    assert [f[0] for f in _found("road_show")] == ["दिल्ली", "दिल्ली"]


def test_big_town_beside_a_town_of_its_state() -> None:
    rajkot = [f for f in _found("rajkot") if f[0] == "રાજકોટ"]
    assert len(rajkot) == 2 and all(f[2] == "IN-GJ" for f in rajkot)


def test_circle_with_a_particle_names_no_town() -> None:
    assert "બરોડા" not in [f[0] for f in _found("circle")]
