"""A city's head acting with no city named, a tie between two places named without the
article's focus, and Russian friendship verbs (``_extract/_officials.py``,
``_extract/_focus.unnamed_pair``, ``data/ru.json``).

Literal sentences written for these tests. Each positive gives a record (or a side) that the
rule adds; each negative is a near miss that must not change.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest

from citydiplo import extract
from citydiplo._extract._officials import head_titles, surnames_alone


def _records(text: str, lang: str) -> list[tuple[str, str, list[str]]]:
    out = []
    for r in extract(text, lang=lang).records:
        actors = getattr(r, "actors", None) or [p.actor for p in r.participants]
        out.append((r.type, r.kind.value, sorted(actors)))
    return out


def _sides(text: str, lang: str, kind: str) -> list[list[str]]:
    return [a for t, k, a in _records(text, lang) if k == kind]


# --- the head of the article's city, named without the city ---------------------------

SUWON = "수원시는 올해 축제를 연다. 수원시는 도시다.\n"


def test_ko_head_alone_is_the_article_city() -> None:
    visits = _sides(SUWON + "김 시장은 5월 10일 후에시를 방문했다.", "ko", "visit")
    assert visits == [["city-hue", "city-suwon", "person-김"]]


def test_ko_head_of_another_place_is_not_the_article_city() -> None:
    # "후에 시장": the mayor of Hue, named with his city
    visits = _sides(SUWON + "후에 시장은 5월 10일 하노이시를 방문했다.", "ko", "visit")
    assert visits == [["city-hanoi", "city-hue"]]


def test_ko_head_with_no_other_side_gives_nothing() -> None:
    assert _records(SUWON + "이민수 시장은 말했다.\n이 시장은 기자회견을 열었다.", "ko") == []


def test_ko_surname_alone_is_the_full_name() -> None:
    text = SUWON + "김민수 시장은 말했다.\n김 시장은 자매도시인 후에시를 방문한다."
    assert ("partnership", "sister", ["city-hue", "city-suwon"]) in _records(text, "ko")
    assert _sides(text, "ko", "visit") == [["city-hue", "city-suwon", "person-김민수"]]


def test_ko_surname_of_two_heads_names_neither() -> None:
    text = "김민수 시장과 김철수 시장이 만났다. 김 시장은 후에시를 방문했다."
    assert [m.name for m in surnames_alone([], text, "ko")] == []


def test_ko_surname_before_a_longer_word_is_no_head() -> None:
    # "시장회의": a mayors' conference, no mayor
    text = "김민수 시장은 말했다. 김 시장회의가 열렸다."
    assert surnames_alone([], text, "ko") == []


def test_surname_alone_only_in_korean() -> None:
    assert surnames_alone([], "김민수 시장은 말했다. 김 시장은 갔다.", "ja") == []


def test_zh_deputy_head_alone_is_the_article_city() -> None:
    text = "苏州市举办活动。苏州市是一个城市。苏州市欢迎客人。\n副市长王明会见了越南顺化市代表团。"
    assert _sides(text, "zh", "meeting") == [["city-hue", "city-suzhou", "person-王明"]]


def test_zh_deputy_head_of_a_named_city_stays_there() -> None:
    text = "苏州市举办活动。苏州市是一个城市。苏州市欢迎客人。\n" \
        "顺化市副市长王明会见了越南河内市代表团。"
    assert _sides(text, "zh", "meeting") == [["city-hanoi", "city-hue", "person-王明"]]


def test_ja_head_alone_is_the_article_city() -> None:
    text = "倉敷市は祭りを開いた。倉敷市は市である。\n小泉市長は姉妹都市の大分市を訪問した。"
    assert ("partnership", "sister", ["city-kurashiki", "city-oita"]) in _records(text, "ja")


def test_ja_head_after_a_possessive_place_is_that_place_s() -> None:
    text = "倉敷市は祭りを開いた。倉敷市は市である。\n大分市の小泉市長は姉妹都市の津市を訪問した。"
    assert all("city-kurashiki" not in a for _, _, a in _records(text, "ja"))


def test_en_head_of_a_city_by_owner_link_stays_there() -> None:
    text = ("Suwon City hosts a festival. Suwon City is large.\n"
            "Mayor Nguyen Van An of Hue City visited Hanoi in May 2024.")
    assert all("city-suwon" not in a for _, _, a in _records(text, "en"))


def test_head_titles_come_from_the_data_file() -> None:
    raw = resources.files("citydiplo._extract").joinpath("data/city_heads.json").read_text(
        encoding="utf-8")
    data = json.loads(raw)
    assert data["_source"]
    langs = {"en", "ko", "vi", "zh", "ja", "ru", "hi", "gu", "he", "fa"}
    assert set(data["titles"]) == langs
    assert "시장" in head_titles("ko") and "mayor" in head_titles("en")
    assert head_titles("xx") == ()


# --- two places named without the focus -------------------------------------------------

LYON = "The festival opened in Lyon. Lyon is large. Lyon welcomes guests.\n"
LYON_HE = "ליון היא עיר. ליון גדולה. בליון יש כנס.\n"


def test_he_two_places_without_the_focus_are_the_pair() -> None:
    text = LYON_HE + "לחיפה יש הסכם ערים תאומות עם מרסיי."
    assert ("partnership", "sister", ["city-haifa", "city-marseille"]) in _records(text, "he")
    assert ("agreement", "sister_city", ["city-haifa", "city-marseille"]) in _records(text, "he")


def test_he_pair_anaphor_keeps_its_pair() -> None:
    # "the two cities" stands for the two named before, not the two of this sentence
    text = LYON_HE + "חיפה ומרסיי נפגשו.\nשתי הערים הן ערים תאומות."
    assert ("partnership", "sister", ["city-haifa", "city-marseille"]) not in [
        r for r in _records(text, "he") if "city-lyon" in r[2]]


def test_en_focus_named_keeps_focus_ties() -> None:
    # the sentence refers to the focus ("the city"): each place is tied to it
    text = LYON + "The city of Haifa is a sister city of Bordeaux."
    assert ("partnership", "sister", ["city-haifa", "city-lyon"]) in _records(text, "en")


# --- Russian: two cities "are friends" ---------------------------------------------------


def test_ru_cities_are_friends() -> None:
    text = "Делегация из Хабаровска прибыла. Хабаровск и Фуюань дружат не первый год."
    assert _records(text, "ru") == [("partnership", "friendship",
                                     ["city-khabarovsk", "city-фуюань"])]


@pytest.mark.parametrize("text", [
    "Делегация из Новосибирска прибыла. Новосибирск и Саппоро не дружат.",
    "Мэр Новосибирска дружит с детства с писателем.",
])
def test_ru_not_friends_or_no_second_city(text: str) -> None:
    assert [r for r in _records(text, "ru") if r[0] == "partnership"] == []


# --- a place read from its marker, named again bare -------------------------------------


def test_ru_draft_place_named_again_in_another_case() -> None:
    text = ("Мы благодарим жителей города-побратима Уланчаб. "
            "Делегация из Уланчаба посетила Улан-Удэ.")
    assert _sides(text, "ru", "visit") == [["city-ulanude", "city-уланчаб"]]


def test_en_draft_place_named_again_bare() -> None:
    text = ("Officials of the city of Wadi Foquin came. "
            "Mayor Kim of Seoul visited Wadi Foquin in May 2024.")
    assert _sides(text, "en", "visit") == [["city-seoul", "city-wadifoquin", "person-kim"]]


def test_draft_place_opening_a_sentence_is_not_read_again() -> None:
    text = ("Officials of the city of Wadi Foquin came.\n"
            "Wadi Foquin and Seoul signed a sister city agreement.")
    assert _records(text, "en") == []


def test_draft_echoes_keep_to_languages_whose_capitals_mark_names() -> None:
    from citydiplo._extract._echo import draft_echoes
    from citydiplo._extract._mention import Mention

    text = "Đoàn của thành phố Ansan đến. Sở Du Lịch và Ansan ký kết."
    m = Mention(kind="place", start=10, end=24, text=text[10:24], actor="city-ansan",
                actor_type="city", name="Ansan")
    script = {"cased": True, "boundary": "word", "endings": []}
    assert draft_echoes([m], text, script, [], "vi") == [m]
    assert [x.text for x in draft_echoes([m], text, script, [], "en")] == [text[10:24],
                                                                           "Ansan"]


def test_draft_echo_needs_a_whole_word() -> None:
    from citydiplo._extract._echo import draft_echoes
    from citydiplo._extract._mention import Mention

    text = "Жители города Уланчаб. В Уланчабской области и Уланчабе."
    m = Mention(kind="place", start=7, end=21, text=text[7:21], actor="city-уланчаб",
                actor_type="city", name="Уланчаб")
    script = {"cased": True, "boundary": "word", "endings": ["е", "а"]}
    assert [x.text for x in draft_echoes([m], text, script, [], "ru")] == [text[7:21],
                                                                           "Уланчабе"]


# --- an agreement dated by the signing word of its own clause ---------------------------


def _dated(text: str, lang: str) -> list[tuple[str, str]]:
    out = []
    for r in extract(text, lang=lang).records:
        d = getattr(r, "signed", None) or getattr(r, "date", None) or \
            getattr(r, "established", None)
        out.append((r.type, str(d)))
    return out


@pytest.mark.parametrize("text", [
    "苏州市与顺化市于2002年6月20日缔结友好城市关系以来，于2010年5月1日签订合作协议。",
    "蘇州市與順化市于2002年6月20日締結友好城市關係以來,于2010年5月1日簽訂合作協議。",
])
def test_zh_agreement_after_a_founding_takes_its_own_date(text: str) -> None:
    assert _dated(text, "zh") == [("partnership", "2002-06-20"), ("agreement", "2010-05-01")]


def test_zh_agreement_alone_keeps_its_date() -> None:
    text = "苏州市与顺化市于2010年5月1日签订合作协议，双方于2012年举办活动。"
    assert _dated(text, "zh") == [("agreement", "2010-05-01")]


# --- Russian: "conclude" an agreement in its other forms ---------------------------------


@pytest.mark.parametrize("text", [
    "Мэр Новосибирска и мэр Саппоро заключат соглашение о сотрудничестве.",
    "Делегация Новосибирска приехала. Поступило предложение заключить соглашение о дружбе "
    "между Новосибирском и Саппоро.",
])
def test_ru_conclude_forms_sign_an_agreement(text: str) -> None:
    assert [(t, a) for t, _, a in _records(text, "ru") if t == "agreement"] == [
        ("agreement", ["city-novosibirsk", "city-sapporo"])]


def test_ru_in_conclusion_is_no_agreement() -> None:
    text = "В заключение мэр Новосибирска поблагодарил гостей из Саппоро."
    assert [r for r in _records(text, "ru") if r[0] == "agreement"] == []


# --- signing and agreement forms missing from the cue data (he, ja, en) -----------------

_HAIFA = "משלחת מחיפה הגיעה לברלין. "


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("he", _HAIFA + "בשבוע הבא ראשי חיפה וברלין יחתמו על הסכם שיתוף פעולה.", "cooperation"),
    ("he", _HAIFA + "בביקור נחתמו הסכמים בין חיפה וברלין.", "cooperation"),
    ("he", _HAIFA + "בביקור נחתמו מזכרי הבנות בין חיפה וברלין.", "mou"),
    ("ja", "倉敷市は祭りを開いた。倉敷市と大分市は来月、友好交流協定を結ぶ。", "friendship"),
    ("en", "Officials came from Hue City. Suwon City and Hue City entered into a cooperation "
           "agreement on 3 May 2024.", "cooperation"),
])
def test_signing_forms_give_an_agreement(lang: str, text: str, kind: str) -> None:
    assert [k for t, k, _ in _records(text, lang) if t == "agreement"] == [kind]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Officials came from Hue City. Suwon City entered into talks with Hue City on "
           "3 May 2024."),
    ("ja", "倉敷市は祭りを開いた。倉敷市と大分市の結びつきは強い。"),
])
def test_no_agreement_word_no_agreement(lang: str, text: str) -> None:
    assert [r for r in _records(text, lang) if r[0] == "agreement"] == []
