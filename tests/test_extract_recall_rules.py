"""Literal cases for the recall rules of :mod:`citydiplo._extract._recall` and the data they
read: each rule has a positive case (a party the article names is found) and a negative case
(the same words where they name nothing)."""

from __future__ import annotations

from typing import Any

from citydiplo import extract


def _records(text: str, lang: str, kind: str) -> list[Any]:
    return [r for r in extract(text, lang=lang).records if r.type == kind]


def _places(text: str, lang: str) -> list[str]:
    return [m.text for m in extract(text, lang=lang).mentions if m.kind == "place"]


# Korean: a word for "the city" glued to a name is that name's marker and particle


def test_korean_city_name_before_a_glued_particle_is_a_party() -> None:
    text = "대경시는 한국 충주시와 자매결연을 맺었다. 대경시와 충주시는 교류를 이어왔다."
    [tie] = _records(text, "ko", "partnership")
    assert tie.actors == ("city-chungju", "city-대경")


def test_korean_word_for_the_city_standing_alone_names_no_city() -> None:
    text = "대경 시는 충주시와 자매결연을 맺었다. 대경 시와 충주시는 교류를 이어왔다."
    assert "대경 시" not in _places(text, "ko")
    assert all("대경" not in p for p in _places(text, "ko"))


# Korean: a unit below a city, written after its city, is a place of its own


def test_korean_sub_municipal_units_after_their_cities_are_the_parties() -> None:
    text = "합천군 대병면과 거제시 장승포동이 9일 자매결연 협약식을 열었다."
    [tie] = _records(text, "ko", "partnership")
    assert tie.actors == ("city-대병면", "city-장승포동")


def test_korean_unit_marker_after_a_common_word_names_no_place() -> None:
    text = "충주시와 부안군은 주민 활동 교류를 위해 자매결연 협약을 체결했다."
    assert _places(text, "ko") == ["충주시", "부안군"]


# The article's focus, named only as the city that locates a narrower place, is no party


def test_focus_that_only_locates_a_place_is_no_party_to_the_tie() -> None:
    text = ("상주시는 교류를 넓혀 왔다. 상주시 동성동 협의회와 서울 강남구 세곡동 "
            "주민자치위원회간 자매결연 협약을 체결했다. 상주시는 기뻐했다.")
    [tie] = _records(text, "ko", "partnership")
    assert tie.actors == ("city-동성동", "city-세곡동")


def test_focus_named_as_a_party_stays_a_party() -> None:
    text = ("상주시는 교류를 넓혀 왔다. 상주시와 서울 강남구 세곡동은 자매결연 협약을 "
            "체결했다. 상주시는 기뻐했다.")
    [tie] = _records(text, "ko", "partnership")
    assert tie.actors == ("city-sangjusi", "city-세곡동")


# Russian: the name after a place word ending in a space ("города ", "города-побратима ")


def test_russian_name_after_the_word_for_city_is_a_city() -> None:
    text = "Мэр принял делегацию из города Сафранболу."
    assert _places(text, "ru") == ["города Сафранболу"]


def test_russian_name_after_the_word_for_sister_city_is_a_city() -> None:
    text = "Делегация из турецкого города-побратима Сафранболу прибыла в Казань."
    assert _places(text, "ru") == ["города-побратима Сафранболу", "Казань"]


def test_russian_word_for_sister_city_before_a_verb_names_no_city() -> None:
    assert _places("Делегация города-побратима прибыла в Казань.", "ru") == ["Казань"]


# Russian cue words: the passive of "receive", and "протокол намерений" without "о"


def test_russian_passive_reception_is_a_meeting() -> None:
    text = ("После возобновления связей между городом Маалот и немецким городом Райхенбах "
            "представитель Райхенбаха был принят мэром Маалота.")
    [event] = _records(text, "ru", "event")
    assert event.kind.value == "meeting"
    assert sorted(p.actor for p in event.participants) == ["city-маалот", "city-раихенбах"]


def test_russian_passive_of_adopting_a_law_is_no_event() -> None:
    assert _records("Закон был принят в Москве в 2019 году.", "ru", "event") == []


def test_russian_protocol_of_intentions_is_a_letter_of_intent() -> None:
    text = "Мэр Южно-Сахалинска и мэр Харбина подписали Протокол намерений об установлении дружбы."
    [deal] = _records(text, "ru", "agreement")
    assert deal.kind.value == "letter_of_intent"
    assert deal.actors == ("city-harbin", "city-yuzhnosakhalinsk")


def test_russian_minutes_of_a_session_are_no_agreement() -> None:
    text = "Мэр Южно-Сахалинска и мэр Харбина подписали протокол заседания."
    assert _records(text, "ru", "agreement") == []


# A name built on an organization marker never starts inside a place


def _orgs(text: str, lang: str) -> list[str]:
    return [m.text for m in extract(text, lang=lang).mentions if m.kind == "organization"]


def test_japanese_province_after_a_country_is_no_ministry() -> None:
    text = "四万十市友好訪問団が中国安徽省亳州市を訪問しました。"
    assert _orgs(text, "ja") == []
    assert _places(text, "ja") == ["四万十市", "中国", "安徽省", "亳州市"]


def test_japanese_ministry_marker_still_names_a_ministry() -> None:
    assert _orgs("四万十市の代表団が外務省を訪問しました。", "ja") == ["外務省"]


# Japanese: after a place and "の", the name before an office title is its official


def _people(text: str, lang: str) -> list[str]:
    return [m.text for m in extract(text, lang=lang).mentions if m.kind == "person"]


def test_japanese_name_after_a_place_and_possessive_is_its_mayor() -> None:
    text = "四万十市の訪問団は亳州市の劉健市長と会談した。劉健市長は交流を歓迎した。"
    assert _people(text, "ja") == ["劉健市長", "劉健市長"]
    assert "劉健市" not in _places(text, "ja")


def test_japanese_city_before_its_mayor_title_stays_a_city() -> None:
    text = "上尾市長は亳州市を訪問した。上尾市の代表団も同行した。"
    assert _people(text, "ja") == []
    assert _places(text, "ja") == ["上尾市", "亳州市", "上尾市"]


# Persian: a name before an office title ("محمود صفری شهردار اردبیل") is the official


def test_persian_name_before_the_mayor_title_is_a_person() -> None:
    text = "محمود صفری شهردار اردبیل با نماینده وزیر امور خارجه دیدار کرد."
    # the whole name, first name and surname (Mahmoud Safari), not the surname alone
    assert "محمود صفری شهردار" in _people(text, "fa")
    [event] = _records(text, "fa", "event")
    assert "person-محمودصفری" in [p.actor for p in event.participants]


def test_persian_word_before_the_municipality_is_no_person() -> None:
    text = "نماینده وزیر از عمارت و موزه شهرداری اردبیل بازدید کرد."
    assert _people(text, "fa") == []


def test_korean_common_word_on_a_unit_marker_after_a_city_names_no_place() -> None:
    text = "충주시 공동 발전을 위해 충주시와 부안군은 자매결연 협약을 체결했다."
    assert "공동" not in _places(text, "ko")
