"""One occasion told twice, found after the round-17 development sets.

Literal cases written from the languages' usage, positives and negatives:

- Chinese "感谢…的热情接待 / 热情欢迎 / 盛情接待" (thanked X for the warm reception) names the
  reception of the visit already told, not a second meeting; "热情接待了" (warmly received),
  told first, is still an occurrence of its own.
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
