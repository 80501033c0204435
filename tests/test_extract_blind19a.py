"""Cases from real en/ko/vi/zh/ja municipal news (bench/extract_devset19a): the families of
false candidates they stand for, each shown in several languages and wordings."""

from __future__ import annotations

from typing import Any

import pytest

from citydiplo import extract


def _events(text: str, lang: str, published: str | None = None) -> list[Any]:
    return list(extract(text, lang=lang, published=published).dataset.events)


# -- the delegation told again, with no day of its own, is the visit's ---------------------
# "Receiving and working with the delegation were Mr. Muraoka Tsugumasa - Governor of
# Yamaguchi prefecture" (https://eng.binhduong.gov.vn/Lists/TinTucSuKien/ChiTiet.aspx?ID=5278),
# "ông Nguyễn Quốc Khanh- PCT UBND huyện Xuyên Mộc tiếp đoàn làm việc."
# (http://xuyenmoc.baria-vungtau.gov.vn/tin-tong-hop/...), "在乐期间,代表团拜会了市政府主要领导"
# (http://yuegouguoji.com/lsswszf/bmdttsh/202508/cdd70af7c1c1421cb6d6361552d6af23.shtml)

TOLD_AGAIN = [
    ("en", "On June 19, the delegation of Binh Duong province led by Mr. Nguyen Van Loi "
           "visited and worked with leaders of Yamaguchi prefecture (Japan).",
     "Receiving and working with the delegation were Mr. Muraoka Tsugumasa - Governor of "
     "Yamaguchi prefecture."),
    ("en", "A delegation from Suwon visited Hue City on 5 May 2024.",
     "Mayor Nguyen Van Phuong of Hue City welcomed the Korean delegation at the city hall."),
    ("vi", "Chiều ngày 7/11/2023, Đoàn đại biểu huyện Jangsu, Hàn Quốc đã đến thăm và làm việc "
           "với UBND huyện Xuyên Mộc.",
     "Ông Nguyễn Quốc Khanh, Phó Chủ tịch UBND huyện Xuyên Mộc tiếp đoàn làm việc."),
    ("zh", "2025年8月17日至23日,日本市川市青少年代表团一行10人访问乐山市。",
     "在乐期间,代表团拜会了乐山市市长张彤。"),
]


@pytest.mark.parametrize(("lang", "first", "second"), TOLD_AGAIN)
def test_the_delegation_told_again_is_the_visit(lang: str, first: str, second: str) -> None:
    text = f"{first} {second}"
    events = _events(text, lang)
    assert len(events) == 1
    # the second sentence is cited as the same occasion
    assert any(c.quote.startswith(second[:12]) for c in events[0].citations)


@pytest.mark.parametrize(("lang", "first", "second"), TOLD_AGAIN)
def test_each_sentence_alone_tells_its_event(lang: str, first: str, second: str) -> None:
    """Negative: without the visit told before, the sentence stays a candidate of its own
    (a definite word may point at something the article never told)."""
    assert len(_events(first, lang)) == 1
    assert len(_events(second, lang)) == 1


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A delegation from Suwon visited Hue City on 5 May 2024. On 6 May, the delegation "
           "met Mayor Nguyen Van Phuong of Hue City."),
    ("vi", "Ngày 7/11/2023, Đoàn đại biểu huyện Jangsu, Hàn Quốc đã đến thăm huyện Xuyên Mộc. "
           "Ngày 8/11/2023, ông Nguyễn Quốc Khanh, Phó Chủ tịch UBND huyện Xuyên Mộc tiếp đoàn."),
])
def test_an_encounter_with_its_own_day_stays_an_occasion_of_its_own(lang: str,
                                                                     text: str) -> None:
    """Negative: a day stated in the sentence makes it an occasion of its own."""
    assert len(_events(text, lang, "2024-05-10" if lang == "en" else "2023-11-10")) == 2


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A delegation from Suwon visited Hue City on 5 May 2024. "
           "The delegation of Hanoi visited Da Nang on 7 May 2024."),
    ("en", "A delegation from Suwon visited Hue City in May 2024. "
           "The delegation of Da Nang was received by the mayor of Hanoi."),
    ("vi", "Đoàn đại biểu thành phố Huế thăm thành phố Đà Nẵng tháng 5/2024. "
           "Chủ tịch thành phố Hà Nội tiếp đoàn đại biểu tỉnh Quảng Nam."),
])
def test_a_delegation_of_another_place_or_day_stays_apart(lang: str, text: str) -> None:
    """Negative: the definite word joins nothing when its sentence names a place the visit
    did not, or gives a day of its own."""
    assert len(_events(text, lang)) == 2


# -- "계기로" (as an occasion) holds no plan word "기로" ------------------------------------
# "이를 계기로 이날 수성구 통장연합회 선진지 견학이 예천군에서 이뤄졌다."
# (http://www.ilyoseoul.co.kr/news/articleView.html?idxno=343239)

@pytest.mark.parametrize("text", [
    "이를 계기로 수원시 대표단이 2024년 5월 7일 후에시를 방문했다.",
    "자매결연 20주년을 계기로 수원시 대표단이 후에시를 방문했다.",
    "양 도시가 기로에 선 가운데 수원시 대표단이 후에시를 방문했다.",
])
def test_an_occasion_word_makes_no_plan(text: str) -> None:
    events = _events(text, "ko", "2024-05-10")
    assert events and not any(e.planned for e in events)


@pytest.mark.parametrize("text", [
    "수원시 대표단이 후에시를 방문하기로 했다.",
    "수원시 대표단은 다음 달 후에시를 방문할 예정이다.",
])
def test_a_plan_word_still_marks_the_visit_planned(text: str) -> None:
    events = _events(text, "ko", "2024-05-10")
    assert events and all(e.planned for e in events)


# -- a decision told after a done act plans only its own verb ---------------------------------
# "대구 수성구 통장연합회(회장 장진태)는 24일 예천군 이장연합회(회장 유영화)와 자매결연 협약을
# 체결하고 양 도시의 상생발전과 공동번영을 위해 협력하기로 합의했다."
# (http://www.ilyoseoul.co.kr/news/articleView.html?idxno=343239)

@pytest.mark.parametrize("text", [
    "수원시는 2024년 5월 7일 후에시와 자매결연 협약을 체결하고 양 도시의 상생발전을 위해 "
    "협력하기로 합의했다.",
    "수원시는 2024년 5월 7일 후에시와 우호협력 협약을 체결했으며 교류를 확대하기로 했다.",
    "수원시와 후에시는 2024년 5월 7일 자매결연 협약을 체결하고, 청소년 교류를 추진키로 했다.",
])
def test_a_later_decision_leaves_the_signing_done_and_dated(text: str) -> None:
    agreements = list(extract(text, lang="ko", published="2024-05-10").dataset.agreements)
    assert agreements
    assert all(not a.planned and str(a.signed) == "2024-05-07" for a in agreements)


@pytest.mark.parametrize("text", [
    "수원시는 후에시와 자매결연 협약을 체결하기로 했다.",
    "수원시는 후에시와 자매결연 협약을 체결키로 합의했다.",
    "수원시는 후에시와 자매결연 협약을 체결하고 교류할 예정이다.",
    "수원시는 후에시와 자매결연 협약을 체결하고 교류할 예정이며 협력하기로 했다.",
])
def test_a_decision_on_the_cue_or_a_closing_plan_still_plans_it(text: str) -> None:
    """Negatives: the decision is written on the signing itself, or a plan word that closes
    the sentence governs every verb it joins."""
    agreements = list(extract(text, lang="ko", published="2024-05-10").dataset.agreements)
    assert agreements and all(a.planned for a in agreements)


def test_the_delegation_of_a_retold_visit_the_other_way_round_stays_apart() -> None:
    """Negative (bench/extract_devset17a, thoidai.com.vn): the 2018 visit of Busan to Ho Chi
    Minh City, retold, is not the visit of the council thanked for "đón tiếp đoàn"."""
    text = ("Phó Chủ tịch Hội đồng TP Busan Park Jung Muk chia sẻ, năm 2018, Hội đồng TP Busan "
            "đã đến thăm HĐND TPHCM.\nĐáp lại, Chủ tịch HĐND TPHCM Nguyễn Thị Lệ cảm ơn Phó "
            "Chủ tịch Hội đồng TP Busan Park Jung Muk đã dành thời gian đón tiếp đoàn.")
    events = _events(text, "vi", "2022-10-20")
    assert all(len(e.citations) == 1 for e in events)


# -- Vietnamese names a town, a commune or a Chinese 镇 by its word before the name -----------
# "Ngày 2/12, tại thị trấn Si Ma Cai, ... đã diễn ra buổi lễ ký kết nghĩa hữu nghị giữa thị
# trấn Si Ma Cai, ... và trấn Seo Pả Chư, huyện Mã Quan, châu Vân Sơn, tỉnh Vân Nam (Trung
# Quốc)." (https://baolaocai.vn/ket-nghia-huu-nghi-giua-thi-tran-si-ma-cai-va-tran-seo-pa-chu
# -post376731.html)

@pytest.mark.parametrize(("text", "name"), [
    ("Kết nghĩa hữu nghị giữa thị trấn Si Ma Cai và trấn Seo Pả Chư", "Seo Pả Chư"),
    ("Xã Bản Lầu ký kết biên bản kết nghĩa với trấn Bá Tiêu Trại.", "Bá Tiêu Trại"),
    ("Thị xã Sa Pa và thị trấn Hà Khẩu ký kết biên bản kết nghĩa hữu nghị.", "Hà Khẩu"),
])
def test_a_town_named_by_its_word_is_a_party(text: str, name: str) -> None:
    x = extract(text, lang="vi")
    names = {a.id: a.name for a in x.dataset.actors}
    parties = [names[p] for r in x.dataset.partnerships for p in r.parties]
    assert any(name in p for p in parties)


def test_a_common_word_after_xa_is_no_place() -> None:
    """Negative: "xã hội" (society) in lower case names no commune."""
    x = extract("Hai bên ký kết biên bản hợp tác về an sinh xã hội với thành phố Huế.", lang="vi")
    assert not any("hội" in a.name.lower() for a in x.dataset.actors)


# -- a Korean federation or council is named whole ("통장연합회", not "통장연합" + "회") --------
# "대구 수성구 통장연합회(회장 장진태)는 24일 예천군 이장연합회(회장 유영화)와 자매결연 협약을
# 체결하고" (http://www.ilyoseoul.co.kr/news/articleView.html?idxno=343239)

@pytest.mark.parametrize(("text", "suffix"), [
    ("대구 수성구 통장연합회(회장 장진태)는 24일 예천군과 자매결연 협약을 체결했다.", "연합회"),
    ("수원시 민간단체협의회는 24일 후에시 여성협의회와 자매결연 협약을 체결했다.", "협의회"),
])
def test_a_federation_is_named_whole(text: str, suffix: str) -> None:
    x = extract(text, lang="ko", published="2024-05-30")
    names = [a.name for a in x.dataset.actors if a.type == "organization"]
    assert any(n.endswith(suffix) for n in names)
    assert not any(n.endswith(suffix[:-1]) and not n.endswith(suffix) for n in names)
