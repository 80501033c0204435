"""Literal cases for the families of false candidates cut on heldout8 and the earlier sets:
each rule has sentences it changes and near misses it leaves alone."""

from __future__ import annotations

from typing import Any

from citydiplo import extract
from citydiplo._extract._yearless import YEARLESS


def _when(r: Any) -> str | None:
    d = getattr(r, "date", None) or getattr(r, "signed", None) or getattr(r, "established", None)
    return None if d is None else str(d)


def _found(text: str, lang: str, published: str | None = None
           ) -> list[tuple[str, str, tuple[str, ...], str | None]]:
    x = extract(text, lang=lang, published=published)
    return [(r.type, str(r.kind), tuple(sorted(r.actors)), _when(r)) for r in x.records]


# A day given without its year dates no record (``_yearless``).

GOSEONG = "고성군이 경기 안산시와 9월 20일 고성군청에서 자매결연 협약을 체결했다."
HANOI = "Sáng 26-5, Chủ tịch UBND TP Hà Nội tiếp Thị trưởng thành phố Seoul."
SUWON = "On June 12, Mayor Kim of Suwon visited Hue City."


# Bare 고성군 names three counties (two in South Korea, one in North Korea) and the text says
# not which: the party stays the unlinked place of the text.
def test_a_day_without_a_year_leaves_the_record_undated() -> None:
    assert _found(GOSEONG, "ko") == [
        ("partnership", "sister", ("city-ansansi", "city-고성"), None),
        ("agreement", "sister_city", ("city-ansansi", "city-고성"), None)]
    assert _found(HANOI, "vi") == [("event", "meeting", ("city-hanoi", "city-seoul"), None)]
    assert _found(SUWON, "en") == [
        ("event", "visit", ("city-hue", "city-suwon", "person-kim"), None)]


def test_the_evidence_says_why_and_the_date_stays_a_mention() -> None:
    x = extract(HANOI, lang="vi")
    assert [x.evidence[r.id].date_rule for r in x.records] == [YEARLESS]
    assert [m.text for m in x.mentions if m.kind == "date"] == ["Sáng 26-5"]


def test_with_a_publication_date_or_a_year_the_day_dates_the_record() -> None:
    assert _found(GOSEONG, "ko", "2023-09-21") == [
        ("partnership", "sister", ("city-ansansi", "city-고성"), "2023-09-20"),
        ("agreement", "sister_city", ("city-ansansi", "city-고성"), "2023-09-20")]
    assert _found(HANOI, "vi", "2017-05-27") == [
        ("event", "meeting", ("city-hanoi", "city-seoul"), "2017-05-26")]
    assert _found("On June 12, 2024, Mayor Kim of Suwon visited Hue City.", "en") == [
        ("event", "visit", ("city-hue", "city-suwon", "person-kim"), "2024-06-12")]


# Partners listed together are each the partner of the third place (``_pairs``).


def _ties(text: str, lang: str) -> list[tuple[str, ...]]:
    return [tuple(sorted(r.actors)) for r in extract(text, lang=lang).records
            if r.type == "partnership"]


def test_a_coordination_with_a_counterpart_is_split() -> None:
    assert _ties("شهرهای لاهور و کراچی پاکستان با شهر مشهد خواهرخوانده اعلام شده‌اند.", "fa") == [
        ("city-lahore", "city-mashhad"), ("city-karachi", "city-mashhad")]


def test_a_coordination_after_the_cue_ties_to_the_place_before_it() -> None:
    assert _ties("전북 군산시는 강임준 시장 일행이 10일부터 사흘 일정으로 중국 자매우호도시인 "
                 "옌타이와 선양을 방문한다고 9일 밝혔다.", "ko") == [
        ("city-gunsan", "city-yantai"), ("city-gunsan", "city-shenyang")]
    assert _ties("The city of Niigata is a sister city of Khabarovsk and Birobidzhan.", "en") == [
        ("city-khabarovsk", "city-niigata"), ("city-birobidzhan", "city-niigata")]
    assert _ties("Город Ниигата является городом-побратимом Хабаровска и Владивостока.", "ru") == [
        ("city-khabarovsk", "city-niigata"), ("city-niigata", "city-vladivostok")]


def test_a_pair_with_no_third_place_stands() -> None:
    assert _ties("شهرهای لاهور و کراچی خواهرخوانده اعلام شده‌اند.", "fa") == [
        ("city-karachi", "city-lahore")]
    assert _ties("중국 옌타이와 선양은 2010년 자매결연을 맺었다.", "ko") == [
        ("city-shenyang", "city-yantai")]
    assert _ties("The cities of Khabarovsk and Niigata became sister cities in 1965.", "en") == [
        ("city-khabarovsk", "city-niigata")]


def test_a_list_of_three_is_not_split_around_its_first_item() -> None:
    # "a three-way twinning between Yazd, Isfahan and Tabriz": Yazd is in the list, not the
    # third place of a pair
    text = "شهردار یزد پیشنهاد خواهر خواندگی سه جانبه بین یزد، اصفهان و تبریز ارایه کرد."
    assert ("city-isfahan", "city-yazd") not in _ties(text, "fa")
    assert ("city-tabriz", "city-yazd") not in _ties(text, "fa")


# A tie the article only seeks or discusses is no candidate (``_prospects``).


def _types(text: str, lang: str) -> list[str]:
    return [r.type for r in extract(text, lang=lang).records]


def test_readiness_discussion_and_prospects_are_no_tie() -> None:
    assert _types("شهردار اصفهان از آمادگی شهرداری اصفهان برای خواهر خواندگی با شهر شیان "
                  "خبر داد.", "fa") == []
    assert _types("수원시는 후에시와 자매결연을 추진하고 있다.", "ko") == []
    assert _types("高槻市は常州市との友好都市提携に向けて協議した。", "ja") == []
    assert _types("Мэр Хабаровска обсудил возможность побратимства с Ниигатой.", "ru") == []
    assert _types("Hai bên thảo luận khả năng kết nghĩa giữa thành phố Đà Nẵng và thành phố "
                  "Daegu.", "vi") == []
    assert _types("合肥市与久留米市探讨友好城市关系。", "zh") == []
    assert _types("עיריית נשר עמלה על כינון הסכם ערים תאומות עם העיר אגאדיר.", "he") == []


def test_the_same_ties_made_are_kept() -> None:
    assert _types("شهر اصفهان با شهر شیان خواهرخوانده شده است.", "fa") == ["partnership"]
    assert _types("수원시는 후에시와 자매결연을 맺고 교류를 추진하고 있다.", "ko") == [
        "partnership"]
    assert _types("高槻市は常州市と友好都市提携を結んだ。", "ja") == ["partnership"]
    assert _types("Thành phố Đà Nẵng và thành phố Daegu đã kết nghĩa năm 2010.", "vi") == [
        "partnership"]
    assert _types("合肥市与久留米市1980年建立友好城市关系。", "zh") == ["partnership"]
    assert _types("עיריית נשר חתמה על הסכם ערים תאומות עם העיר אגאדיר.", "he") == ["agreement"]


def test_an_english_prospect_and_a_signing() -> None:
    assert _types("Mayor Kim of Suwon discussed the prospect of sister city ties with Hue City.",
                  "en") == []
    assert sorted(_types("Mayor Kim of Suwon signed a sister city agreement with Hue City.",
                         "en")) == ["agreement", "partnership"]


# Korean "등" (etc.) after a title names no one (``not_names`` in the cue data).


def _people(text: str, lang: str) -> list[str]:
    return [m.text for m in extract(text, lang=lang).mentions if m.actor_type == "person"]


def test_etc_after_a_title_is_no_person() -> None:
    text = ("이날 협약식은 제기동장을 비롯 시의원, 구의원, 주민자치위원장 등 40명이 순창을 방문해 "
            "도.농 자치단체간 우호교류를 약속했다.")
    assert _people(text, "ko") == []
    assert extract(text, lang="ko").records == ()
    assert _people("강 시장은 첫날 옌타이 시장, 주 칭다오 총영사 등과 만나고 둘째날 발표한다.",
                   "ko") == ["강 시장", "옌타이 시장"]


def test_a_name_after_a_title_is_still_a_person() -> None:
    assert _people("강 시장은 첫날 옌타이 시장, 주 칭다오 총영사 박진웅 등과 만났다.", "ko") == [
        "강 시장", "옌타이 시장", "총영사 박진웅"]
    assert _people("주민자치위원장 김장호 등 40명이 순창을 방문했다.", "ko") == ["위원장 김장호"]


# An invitation to visit is no visit; a visit made at an invitation is one (``planned`` and
# ``vague_time`` data: the invitation is a plan put off to no time in particular).


def test_an_invitation_to_visit_is_no_visit() -> None:
    assert _types("دعوت از شهردار مشهد برای بازدید از مدیریت شهری لاهور", "fa") == []
    assert _types("במהלך ביקורם קיבלה הנהלת העיר עפולה הזמנה רשמית מטעם עיריית טלאבי לביקור "
                  "היכרות ראשון.", "he") == []
    assert _types("કોબે શહેરની મુલાકાત માટે કોબે શહેરના મેયર દ્વારા અમદાવાદના મેયરને આમંત્રણ "
                  "આપવામાં આવ્યું હતું.", "gu") == []


def test_a_visit_at_an_invitation_is_a_visit() -> None:
    assert _types("به دعوت شهردار لاهور، شهردار مشهد از مدیریت شهری لاهور بازدید کرد.",
                  "fa") == ["event"]
    assert _types("ראש עיריית עפולה ביקר בעיר טלאבי בהזמנת ראש העיר.", "he") == ["event"]
    assert _types("કોબે શહેરના મેયરના આમંત્રણ પર અમદાવાદના મેયરે કોબે શહેરની મુલાકાત લીધી હતી.",
                  "gu") == ["event"]
    assert _types("At the invitation of Hue City, Mayor Kim of Suwon visited Hue City in May "
                  "2024.", "en") == ["event"]
