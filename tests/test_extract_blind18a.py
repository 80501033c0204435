"""Extraction cases of the 18a development set's families (en, ko, vi, zh, ja).

Each case is written from the text: the records a reader takes from it.
"""

from __future__ import annotations

from citydiplo import extract
from citydiplo._extract._segment import sentences


def _events(text: str, lang: str, published: str | None = None) -> list[tuple[str, str]]:
    x = extract(text, lang=lang, published=published)
    return [(r.kind.value, str(r.date)) for r in x.records if r.type == "event"]


# -- a sentence mark written onto the next sentence ends a sentence ----------------------


def test_glued_full_stop_ends_a_sentence_en() -> None:
    t = "The mayor welcomed the delegation from Japan.He said that the two cities signed a pact."
    assert [t[s:e] for s, e, _ in sentences(t, "en")] == [
        "The mayor welcomed the delegation from Japan.",
        "He said that the two cities signed a pact.",
    ]


def test_glued_full_stop_ends_a_sentence_vi() -> None:
    t = "Đoàn đã đến thăm tỉnh Tuyên Quang.Chủ tịch UBND tỉnh tiếp đoàn."
    assert [t[s:e] for s, e, _ in sentences(t, "vi")] == [
        "Đoàn đã đến thăm tỉnh Tuyên Quang.",
        "Chủ tịch UBND tỉnh tiếp đoàn.",
    ]


def test_glued_mark_keeps_abbreviations_and_numbers() -> None:
    # new negative: passes before and after
    t = "The U.S. team of 3.5 Ph.D. students came to Busan."
    assert [t[s:e] for s, e, _ in sentences(t, "en")] == [t]


# -- a sentence stating its own (unread) time borrows no earlier date --------------------


def test_unread_own_time_takes_no_linked_date_en() -> None:
    t = ("In 2009, Dalian signed an agreement with Ota. In May of this year, during the visit "
         "of the delegation, Dalian and Ota agreed to cooperate.")
    assert all(d == "None" for _, d in _events(t, "en"))


def test_unread_yesterday_takes_no_linked_date_en() -> None:
    t = ("Suwon and Hue became sister cities in 2010. Yesterday, during the visit of the "
         "delegation, the mayor of Hue met the mayor of Suwon.")
    assert all(d == "None" for _, d in _events(t, "en"))


# -- a headline and the lead's first encounter, one event ------------------------------


def test_headline_and_lead_share_one_actor_vi() -> None:
    t = ("Chủ tịch UBND tỉnh Nguyễn Văn Sơn tiếp Đại sứ Lào tại Việt Nam\n"
         "Sáng 29-10, Đoàn công tác của Đại sứ quán Lào tại Việt Nam do đồng chí Sẻng-Phết "
         "Hùng-Buôn-Nhuông làm Trưởng đoàn đã thăm và làm việc tại UBND tỉnh Tuyên Quang.")
    assert len(_events(t, "vi", "2023-10-30")) == 1


# -- Korean diplomats: the name before the posting word --------------------------------


def _people(text: str, lang: str) -> list[str]:
    x = extract(text, lang=lang, published="2024-05-20")
    return [m.name or "" for m in x.mentions if m.kind == "person"]


def test_ko_name_before_posting_word() -> None:
    t = "5월 12일, 진일표 주부산중국 총영사는 오태원 구청장을 접견했다."
    assert "진일표" in _people(t, "ko")


def test_ko_foreign_name_before_posting_word() -> None:
    t = "응우옌 부 뚱 주한 베트남 대사 일행이 14일 김해시를 방문했다."
    assert "응우옌 부 뚱" in _people(t, "ko")


def test_ko_name_before_glued_posting_title() -> None:
    assert "싱하이밍" in _people("싱하이밍 주한중국대사가 14일 김해시를 방문했다.", "ko")


def test_ko_visit_of_posted_ambassador_is_read() -> None:
    t = "응우옌 부 뚱 주한 베트남 대사 일행이 14일 김해시를 방문했다."
    assert _events(t, "ko", "2024-05-20") == [("visit", "2024-05-14")]


def test_ko_name_before_wider_place_and_office() -> None:
    assert "강임준" in _people("강임준 전북 군산시장이 10일 옌타이를 방문한다.", "ko")
    assert "오태원" in _people("오태원 부산 북구청장이 10일 자오저우시를 방문했다.", "ko")


# -- Chinese: no name starts with the word of what the person did ----------------------


def test_zh_name_before_title_then_verb() -> None:
    t = "2月23日至24日,张平总领事访问圣地亚哥,期间,拜会了郡政委员罗伯茨。"
    assert "张平" in _people(t, "zh")
    assert not any(n.startswith("访问") for n in _people(t, "zh"))


def test_zh_name_before_title_then_visit_verb() -> None:
    assert _people("5月10日,陈雄总领事访问旧金山。", "zh") == ["陈雄"]


def test_zh_no_name_runs_over_a_call_verb() -> None:
    t = "3月2日,张平总领事访问休斯敦,期间拜会了市长。"
    assert "拜会了" not in _people(t, "zh")


# -- a bid to host an occurrence is no occurrence --------------------------------------


def _records(text: str, lang: str) -> list[tuple[str, str]]:
    x = extract(text, lang=lang, published="2024-05-20")
    return [(r.type, r.kind.value) for r in x.records]


def test_bid_to_host_en() -> None:
    t = ("Mayor Park asked the Consul General of China to support Busan's bid to host the "
         "2030 World Expo.")
    assert _records(t, "en") == []
    assert _records("Seoul and Tokyo discussed their bids to host the World Expo.", "en") == []


def test_bid_to_host_ko() -> None:
    t = "부산시와 상하이시는 2030부산세계박람회 유치를 위해 협력하기로 했다."
    assert _records(t, "ko") == []
    assert _records("부산시와 후쿠오카시는 세계박람회 유치 활동을 함께 펼쳤다.", "ko") == []


def test_bid_to_host_ja() -> None:
    assert _records("横浜市と上海市は国際博覧会の誘致で協力することを確認した。", "ja") == []


def test_bid_to_host_zh() -> None:
    assert _records("上海市与横滨市就申办世界博览会开展合作。", "zh") == []


def test_visit_made_for_a_bid_stays_ko() -> None:
    # new negative (passes before and after): the visit was made; only the expo is sought
    t = "김두겸 울산시장은 2028 국제정원박람회 유치를 위해 순천시를 방문했다."
    assert ("event", "visit") in _records(t, "ko")
