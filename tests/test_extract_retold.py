"""Literal cases for one occurrence told again (``citydiplo._extract._retold``): an event or
agreement word that a demonstrative marks as already told ("this delegation", "이번 대표단",
"此次代表团", "この代表団", "эту делегацию", "इस प्रतिनिधिमंडल", "આ પ્રતિનિધિમંડળ", "این هیئت",
"đoàn đại biểu này", "משלחת הזו") is the occurrence told before, cited twice, not a new
candidate. Each language has a positive case and a negative one (the same sentence without the
demonstrative stays a candidate of its own)."""

from __future__ import annotations

from typing import Any

import pytest

from citydiplo import extract

# (first sentence, second sentence with {m} where the demonstrative goes, the demonstrative)
CASES = {
    "en": ("Mayor Kim of Suwon visited Hue City in May 2024.",
           "Officials of Hue welcomed {m}delegation from Suwon at the city hall.", "this "),
    "ko": ("수원시 시장이 2024년 5월 후에시를 방문했다.",
           "후에시는 {m}대표단과 수원시의 교류를 논의했다.", "이번 "),
    "zh": ("2024年5月,苏州市代表团访问了横滨市。", "横滨市与苏州市{m}代表团举行了会谈。", "此次"),
    "ja": ("2024年5月、横浜市長が蘇州市を訪問した。",
           "蘇州市は{m}代表団と横浜市の交流を話し合った。", "この"),
    "ru": ("В мае 2024 года делегация Казани посетила Минск.",
           "Мэрия Минска встретила {m}делегацию из Казани.", "эту "),
    "hi": ("मई 2024 में लखनऊ का प्रतिनिधिमंडल जयपुर पहुंचा।",
           "जयपुर में {m}प्रतिनिधिमंडल का लखनऊ के अधिकारियों ने नेतृत्व किया।", "इस "),
    "gu": ("મે 2024 માં સુરતનું પ્રતિનિધિમંડળ અમદાવાદની મુલાકાતે આવ્યું.",
           "અમદાવાદમાં {m}પ્રતિનિધિમંડળનું સુરતના મેયરે નેતૃત્વ કર્યું.", "આ "),
    "fa": ("در اردیبهشت ۱۴۰۳ شهردار شیراز به اصفهان سفر کرد.",
           "شهردار اصفهان با {m}هیئت شیراز دیدار کرد.", "این "),
    "vi": ("Tháng 5 năm 2024, Chủ tịch thành phố Huế đã thăm thành phố Đà Nẵng.",
           "Lãnh đạo Đà Nẵng đã làm việc với đoàn đại biểu{m} của Huế.", " này"),
    "he": ("משלחת מחיפה ביקרה באילת במאי 2024.",
           "משלחת{m} מחיפה נפגשה עם ראש עיריית אילת.", " הזו"),
}


def _events(text: str, lang: str) -> list[Any]:
    return [r for r in extract(text, lang=lang).records if r.type == "event"]


@pytest.mark.parametrize("lang", sorted(CASES))
def test_an_occurrence_marked_as_told_before_is_cited_again(lang: str) -> None:
    first, second, mark = CASES[lang]
    text = first + "\n" + second.format(m=mark)
    [event] = _events(text, lang)
    assert event.kind.value == "visit"
    assert [c.quote for c in event.citations] == [first, second.format(m=mark)]


@pytest.mark.parametrize("lang", sorted(CASES))
def test_the_same_words_without_the_demonstrative_are_a_candidate_of_their_own(
        lang: str) -> None:
    first, second, _ = CASES[lang]
    events = _events(first + "\n" + second.format(m=""), lang)
    assert len(events) == 2
    assert [len(e.citations) for e in events] == [1, 1]


def test_an_agreement_marked_as_told_before_is_that_agreement() -> None:
    first = "Suwon and Hue signed a memorandum of understanding in May 2024."
    second = ("The Suwon Youth Union and the Hue Chamber of Commerce signed {m} memorandum at "
              "the ceremony.")
    [one] = [r for r in extract(first + "\n" + second.format(m="this"), lang="en").records
             if r.type == "agreement"]
    assert len(one.citations) == 2
    two = [r for r in extract(first + "\n" + second.format(m="a"), lang="en").records
           if r.type == "agreement"]
    assert len(two) == 2


def test_a_trip_told_again_that_names_a_new_city_is_a_stop_of_its_own() -> None:
    # "in this trip ... Tehran and Ankara": the trip told before went to Konya only
    text = ("شهردار تهران به قونیه سفر کرد.\n"
            "قرار است در این سفر خواهر خواندگی تهران و آنکارا امضاء شود.")
    events = _events(text, "fa")
    assert len(events) == 2
    assert {a for e in events for a in e.actors} >= {"city-ankara", "city-konya"}


def test_the_occurrence_told_last_is_the_one_referred_to() -> None:
    # "this visit" after a dated visit and a later meeting refers to the visit only when
    # no other visit came between; a visit of another year is not joined
    text = ("Mayor Kim of Suwon visited Hue City in May 2019.\n"
            "In June 2024 officials of Hue welcomed this delegation from Suwon.")
    assert len(_events(text, "en")) == 2


def test_a_demonstrative_glued_into_another_word_marks_nothing() -> None:
    # Korean "시장이 방문": the subject particle "이" is no demonstrative "이"
    text = ("수원시 대표단이 2024년 5월 후에시를 방문했다.\n"
            "후에시 시장이 대표단과 수원시의 교류를 논의했다.")
    assert len(_events(text, "ko")) == 2


# "after" subordinators: an event word in an "after ..." clause refers to the occurrence told
# before (first sentence, second sentence with {m}, the subordinator, a neutral word instead)
AFTER = {
    "en": ("Mayor Kim of Suwon visited Hue City in May 2024.",
           "{m}delegation from Suwon, officials of Hue held a dinner.", "After the ", "A "),
    "ko": ("수원시 시장이 2024년 5월 후에시를 방문했다.",
           "후에시는 수원시 대표단을 {m} 만찬을 열었다.", "접견한 후", "접견하고"),
    "zh": ("2024年5月,苏州市代表团访问了横滨市。", "横滨市市长会见苏州市代表团{m},双方共进晚餐。",
           "后", "时"),
    "ja": ("2024年5月、横浜市長が蘇州市を訪問した。",
           "蘇州市は横浜市の代表団を{m}、夕食会を開いた。", "歓迎した後", "歓迎し"),
    "ru": ("В мае 2024 года делегация Казани посетила Минск.",
           "{m}визита делегации из Казани мэрия Минска устроила ужин.", "После ", "Во время "),
    "hi": ("मई 2024 में लखनऊ का प्रतिनिधिमंडल जयपुर पहुंचा।",
           "जयपुर में लखनऊ के प्रतिनिधिमंडल{m} रात्रिभोज हुआ।", " के बाद", " के साथ"),
    "gu": ("મે 2024 માં સુરતનું પ્રતિનિધિમંડળ અમદાવાદની મુલાકાતે આવ્યું.",
           "અમદાવાદમાં સુરતના પ્રતિનિધિમંડળ{m} ભોજન યોજાયું.", " પછી", " સાથે"),
    "fa": ("در اردیبهشت ۱۴۰۳ شهردار شیراز به اصفهان سفر کرد.",
           "{m}هیئت شیراز، شهردار اصفهان ضیافتی برگزار کرد.", "پس از ", "همراه "),
    "vi": ("Tháng 5 năm 2024, Chủ tịch thành phố Huế đã thăm thành phố Đà Nẵng.",
           "{m}đoàn đại biểu Huế, lãnh đạo Đà Nẵng đã mời cơm.", "Sau khi tiếp ", "Khi gặp "),
    "he": ("משלחת מחיפה ביקרה באילת במאי 2024.",
           "{m}המשלחת מחיפה, ראש עיריית אילת ערך ארוחת ערב.", "לאחר ", "עם "),
}


@pytest.mark.parametrize("lang", sorted(AFTER))
def test_an_occurrence_in_an_after_clause_is_the_one_told_before(lang: str) -> None:
    first, second, mark, _ = AFTER[lang]
    [event] = _events(first + "\n" + second.format(m=mark), lang)
    assert len(event.citations) == 2


@pytest.mark.parametrize("lang", sorted(AFTER))
def test_the_same_clause_without_after_is_a_candidate_of_its_own(lang: str) -> None:
    first, second, _, plain = AFTER[lang]
    assert len(_events(first + "\n" + second.format(m=plain), lang)) == 2


def test_after_signing_an_agreement_is_that_agreement() -> None:
    first = "Suwon and Hue signed a memorandum of understanding in May 2024."
    second = ("{m} signing the memorandum, the Suwon Youth Union and the Hue Chamber of "
              "Commerce met.")
    one = extract(first + "\n" + second.format(m="After"), lang="en").records
    assert [len(r.citations) for r in one if r.type == "agreement"] == [2]
    two = extract(first + "\n" + second.format(m="On"), lang="en").records
    assert len([r for r in two if r.type == "agreement"]) == 2


# "一行" / "일행" (the party) after a delegation word: the delegation already told
PARTY = {
    "zh": ("2024年5月,苏州市代表团访问了横滨市。",
           "横滨市市长会见了苏州市代表团{m},双方共进晚餐。",
           "一行"),
    "ja": ("2024年5月、横浜市長が蘇州市を訪問した。",
           "蘇州市は横浜市の代表団{m}と懇談した。", "一行"),
    "ko": ("2024년 5월 수원시 시장이 후에시를 방문했다.",
           "후에시는 수원시 대표단{m}과 간담회를 가졌다.", " 일행"),
}


@pytest.mark.parametrize("lang", sorted(PARTY))
def test_the_delegation_party_is_the_delegation_told_before(lang: str) -> None:
    first, second, mark = PARTY[lang]
    [event] = _events(first + "\n" + second.format(m=mark), lang)
    assert len(event.citations) == 2
    assert len(_events(first + "\n" + second.format(m=""), lang)) == 2
