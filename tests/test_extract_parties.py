"""Who may be a party (``citydiplo._extract._parties``, and the titled drafts of
``citydiplo._extract._noparty``): literal cases.

Positive cases gave a place that only locates another, or a person, as a side of a tie on
main 953ab96; negative cases are ties whose sides are all real and stay.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest

from citydiplo import extract


def _ties(text: str, lang: str) -> set[tuple[str, ...]]:
    x = extract(text, lang=lang)
    return {tuple(sorted(r.actors)) for r in x.records if r.type in ("partnership", "agreement")}


def _sides(text: str, lang: str) -> set[str]:
    return {a for t in _ties(text, lang) for a in t}


# a place after (or before) a locating word is no side of the tie of its sentence
LOCATORS = [
    ("en", "Mandaue City, located in Cebu, signed a sister city agreement with Mosul City.",
     "region-ph-ceb"),
    ("ko", "수원시와 자매도시인 다롄시는 랴오닝성 남부에 위치한 도시다.", "region-cn-ln"),
    ("zh", "位于忠清北道中部的清州市与武汉市缔结友好城市关系。", "region-kr-43"),
    ("hi", "उत्तर प्रदेश में स्थित वाराणसी ने क्योटो के साथ सिस्टर सिटी समझौता किया।",
     "region-in-up"),
    ("gu", "ગુજરાતમાં આવેલ અમદાવાદે કોબે સાથે સિસ્ટર સિટી કરાર કર્યો.", "region-in-gj"),
    # a possessive joining a place to a district inside it: Seoul only says where Jongno is
    ("en", "The mayor of Seoul's Jongno District signed a friendship agreement with Tokyo.",
     "city-seoul"),
]

# ties whose sides are real, with a locating word beside one of them or none: kept
KEPT = [
    ("en", "Mandaue City, located in Cebu, signed a sister city agreement with Mosul City.",
     ("city-mandaue", "city-mosul")),
    ("en", "Suwon City signed a sister city agreement with Hue City, located in Thua Thien Hue "
           "Province.", ("city-hue", "city-suwon")),
    ("en", "The mayor of Seoul's Jongno District signed a friendship agreement with Tokyo.",
     ("city-jongnogu", "city-tokyo")),
    # a possessive with no place after it locates nothing: the city itself is the side
    ("en", "Seoul signed a sister city agreement with Tokyo's Shinjuku, the mayor of Seoul "
           "said.", ("city-seoul", "city-tokyo")),
    ("zh", "武汉市与位于韩国忠清北道的清州市签署友好城市协议。", ("city-cheongjusi", "city-wuhan")),
    ("zh", "清州市位于韩国忠清北道中部,与武汉市缔结友好城市关系。",
     ("city-cheongjusi", "city-wuhan")),
    ("ja", "四万十市は高知県に位置し、亳州市と友好都市提携を結んでいる。",
     ("city-bozhou", "city-shimantoshi")),
    ("ja", "武漢市は高知県に位置する四万十市と友好都市提携を結んだ。",
     ("city-shimantoshi", "city-wuhan")),
    ("ru", "Город Майкоп расположен в Адыгее и подписал соглашение о побратимстве с городом "
           "Цюаньчжоу.", ("city-maykop", "city-quanzhou")),
    ("vi", "Thành phố Huế nằm ở tỉnh Thừa Thiên Huế đã kết nghĩa với thành phố Suwon.",
     ("city-hue", "city-suwon")),
    ("he", "העיר אילת השוכנת בדרום הארץ חתמה על ברית ערים תאומות עם העיר יאלטה.",
     ("city-eilat", "city-יאלטה")),
    ("fa", "شهر ساری واقع در استان مازندران با شهر آنکونا خواهرخوانده شد.",
     ("city-sari", "city-انکونا")),
]


@pytest.mark.parametrize(("lang", "text", "locator"), LOCATORS)
def test_a_place_that_only_locates_is_no_side(lang: str, text: str, locator: str) -> None:
    assert locator not in _sides(text, lang)


@pytest.mark.parametrize(("lang", "text", "tie"), KEPT)
def test_real_sides_stay(lang: str, text: str, tie: tuple[str, ...]) -> None:
    assert tie in _ties(text, lang)


def test_a_located_partner_keeps_its_tie_and_the_locator_is_no_side() -> None:
    # "Dalian, Suwon's sister city, is a city in the south of Liaoning": Suwon and Dalian
    x = extract("수원시와 자매도시인 다롄시는 랴오닝성 남부에 위치한 도시다.", lang="ko")
    sides = [set(r.actors) for r in x.records]
    assert {"city-dalian", "city-suwon"} in sides
    assert not any(a.startswith("region-") for s in sides for a in s)


def test_a_mayor_read_as_a_city_before_the_title_is_a_person_and_no_side() -> None:
    # "田中市長" (Mayor Tanaka) is named only with the title: no city 田中市
    x = extract("田中市長は大連市と友好都市を締結したと述べた。田中市長は話した。", lang="ja")
    people = [(m.name, m.title) for m in x.mentions if m.kind == "person"]
    assert people == [("田中", "市長"), ("田中", "市長")]
    assert not [r for r in x.records if r.type == "partnership"]


def test_a_city_also_named_without_the_title_stays_a_city() -> None:
    x = extract("四万十市長は亳州市を訪問した。四万十市と亳州市は友好都市である。", lang="ja")
    assert [m.text for m in x.mentions if m.kind == "place"].count("四万十市") == 2


def test_every_language_has_locating_words_around_an_ellipsis() -> None:
    raw = resources.files("citydiplo._extract").joinpath("data/locating.json").read_text(
        encoding="utf-8")
    data = json.loads(raw)
    assert set(data["words"]) == {"en", "ko", "vi", "zh", "ja", "ru", "hi", "gu", "he", "fa"}
    for words in data["words"].values():
        assert words and all(w.count("…") == 1 and (w.startswith("…") or w.endswith("…"))
                             for w in words)


# a place's own body beside the place is one side, not two
ONE_SIDE = [
    ("ja", "同日、亳州市役所において歓迎セレモニーが行われ、多くの亳州市の方から熱烈な歓迎を"
           "受けました。"),
    ("he", "משלחת של עיריית אשקלון ביקרה בעיר אשקלון."),
]

# two places, one of them through its body: two sides, kept
TWO_SIDES = [
    ("en", "The delegation of Suwon City Council visited Hue City on Monday.",
     {"city-hue", "city-suwon"}),
    ("he", "משלחת של עיריית אשקלון ביקרה בעיר סופוט.", None),
    ("ko", "수원시 대표단이 후에시를 방문했다.", None),
    ("zh", "合肥市代表团访问了原州市。", {"city-hefei", "city-wonju"}),
    ("vi", "Đoàn đại biểu thành phố Huế thăm thành phố Suwon.", {"city-hue", "city-suwon"}),
]


@pytest.mark.parametrize(("lang", "text"), ONE_SIDE)
def test_a_place_and_its_own_body_are_one_side(lang: str, text: str) -> None:
    x = extract(text, lang=lang)
    assert not [r for r in x.records if r.type == "event"]
    # the body is folded into its place ("亳州市役所"), or read as the place itself
    # ("עיריית אשקלון", the municipality of Ashkelon): either way one side, and skipped
    assert any(
        "one place and its own bodies" in s.reason or "no actor besides the focus" in s.reason
        for s in x.skipped
    )


@pytest.mark.parametrize(("lang", "text", "sides"), TWO_SIDES)
def test_two_places_stay_two_sides(lang: str, text: str, sides: set[str] | None) -> None:
    events = [r for r in extract(text, lang=lang).records if r.type == "event"]
    assert events
    if sides is not None:
        assert sides <= set(events[0].actors)


def test_a_place_named_before_its_mayors_title_is_that_place() -> None:
    # "다롄 시장" (the mayor of Dalian) where the article names "다롄시": no person 다롄
    x = extract("김영수 시장은 다롄시를 방문하여 장위 다롄 시장을 예방했다.", lang="ko")
    assert not [m for m in x.mentions if m.kind == "person" and m.name == "다롄"]
    assert [m.title for m in x.mentions if m.text == "다롄"] == ["시장"]


def test_a_person_named_unlike_any_place_stays_a_person() -> None:
    x = extract("문동신 군산시장이 옌타이시를 방문했다.", lang="ko")
    assert [m.name for m in x.mentions if m.kind == "person"] == ["문동신"]
