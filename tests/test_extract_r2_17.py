"""One occasion told twice, found after the round-17 development sets.

Literal cases written from the languages' usage, positives and negatives:

- Chinese "感谢…的热情接待 / 热情欢迎 / 盛情接待" (thanked X for the warm reception) names the
  reception of the visit already told, not a second meeting; "热情接待了" (warmly received),
  told first, is still an occurrence of its own;
- an organization's name glued after a place or a comma ("长野市日中友好协会",
  "横浜市日中友好協会の") is read whole, not from its fourth-last letter ("中友好协会"); a
  cue word ("会见") never starts it.
"""

from __future__ import annotations

from citydiplo import extract


def _events(text: str, lang: str) -> list[str]:
    x = extract(text, lang=lang, published="2024-05-16")
    return [r.kind.value for r in x.records if r.type == "event"]


def test_zh_thanks_for_the_warm_reception_is_the_visit_told_again() -> None:
    t = (
        "5月15日,韩国洪城郡郡守李镕録率团访问镇江市。"
        "李镕録感谢镇江市的热情接待,介绍了洪城郡的情况。"
    )
    assert _events(t, "zh") == ["visit"]


def test_zh_traditional_generous_reception_is_the_visit_told_again() -> None:
    t = (
        "5月15日,韓國洪城郡郡守李镕録率團訪問鎮江市。"
        "李镕録感謝鎮江市的盛情接待,介紹了洪城郡的情況。"
    )
    assert _events(t, "zh") == ["visit"]


def test_zh_thanks_for_the_warm_welcome_is_the_visit_told_again() -> None:
    t = (
        "5月15日,日本长野市代表团访问石家庄市。"
        "代表团团长感谢石家庄市的热情欢迎,介绍了长野市的情况。"
    )
    assert _events(t, "zh") == ["visit"]


def test_zh_a_reception_told_first_is_still_an_event() -> None:
    t = "5月15日,镇江市市长徐曙海热情接待了韩国洪城郡郡守李镕録一行。"
    assert len(_events(t, "zh")) == 1


# --- an organization's name glued after a place is read whole ------------------------------


def _orgs(text: str, lang: str) -> list[str]:
    x = extract(text, lang=lang, published="2024-08-03")
    return sorted(a.name for a in x.dataset.actors if a.id.startswith("organization-"))


def test_zh_friendship_association_of_a_city_keeps_its_first_letter() -> None:
    t = "8月2日,长野市日中友好协会代表团访问石家庄市。"
    assert _orgs(t, "zh") == ["日中友好协会"]


def test_zh_six_letter_association_after_a_city_is_whole() -> None:
    t = "8月2日,北京市人民对外友好协会代表团访问长野市。"
    assert _orgs(t, "zh") == ["人民对外友好协会"]


def test_ja_association_after_a_city_is_whole() -> None:
    t = "10月8日、横浜市日中友好協会の代表団が上海市を訪問した。"
    assert _orgs(t, "ja") == ["日中友好協会"]


def test_zh_association_after_a_comma_is_whole() -> None:
    t = "8月2日,日中友好协会代表团访问石家庄市。"
    assert _orgs(t, "zh") == ["日中友好协会"]


def test_zh_a_cue_word_never_starts_the_association_name() -> None:
    t = "8月2日,在长野市会见日中友好协会代表团。"
    assert not [n for n in _orgs(t, "zh") if n.startswith("会见")]
