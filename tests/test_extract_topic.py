"""Literal cases for a cooperation an agreement is about (``citydiplo._extract._topic``): a
cooperative relationship named in the sentence of an agreement between the same two places is
what the agreement is about, no partnership of its own -- unless a founding word ("establish",
"수립", "建立", "樹立", "устанавливает", "thiết lập", "स्थापित", "સ્થાપિત", "לכינון", "برقراری")
says the agreement founds it. Each language has a positive case (strengthening: no tie) and a
negative one (founding: the tie is reported)."""

from __future__ import annotations

from typing import Any

import pytest

from citydiplo import extract

# (sentence with {m}, a word that strengthens, a word that founds)
CASES = {
    "en": ("Suwon City and Hue City signed an agreement {m} a cooperative relationship.",
           "to strengthen", "to establish"),
    "ko": ("수원시와 후에시는 협력 관계를 {m} 협약을 체결했다.", "강화하는", "수립하는"),
    "zh": ("苏州市与横滨市签署了{m}合作关系的协议。", "加强", "建立"),
    "ja": ("横浜市と蘇州市は協力関係を{m}協定に署名した。", "強化する", "樹立する"),
    "ru": ("Мэр Казани и мэр Минска подписали соглашение, которое {m} стратегическое "
           "партнерство Казани и Минска.", "укрепляет", "устанавливает"),
    "vi": ("Thành phố Huế và thành phố Đà Nẵng đã ký thỏa thuận {m} quan hệ hợp tác.",
           "tăng cường", "thiết lập"),
    "hi": ("जयपुर और लखनऊ ने सहयोग संबंध {m} के लिए समझौते पर हस्ताक्षर किए।", "मजबूत करने",
           "स्थापित करने"),
    "gu": ("અમદાવાદ શહેર અને સુરત શહેર વચ્ચે સહકાર સંબંધ {m} માટે કરાર પર હસ્તાક્ષર થયા.",
           "મજબૂત કરવા", "સ્થાપિત કરવા"),
    "he": ("חיפה ואילת חתמו על הסכם {m} שותפות אסטרטגית בין הערים.", "לחיזוק", "לכינון"),
    "fa": ("شیراز و اصفهان موافقت‌نامه‌ای برای {m} روابط همکاری امضا کردند.", "تقویت", "برقراری"),
}


def _types(text: str, lang: str) -> list[Any]:
    return sorted(r.type for r in extract(text, lang=lang).records)


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_cooperation_the_agreement_strengthens_is_no_tie(lang: str) -> None:
    text, strengthen, _ = CASES[lang]
    assert _types(text.format(m=strengthen), lang) == ["agreement"]


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_cooperation_the_agreement_founds_is_a_tie(lang: str) -> None:
    text, _, found = CASES[lang]
    assert _types(text.format(m=found), lang) == ["agreement", "partnership"]


def test_a_cooperation_told_in_the_agreements_terms_is_no_tie() -> None:
    text = ("Suwon City and Hue City signed a memorandum in May 2024.\n"
            "Under the agreement, Suwon City and Hue City will promote a cooperative "
            "relationship.")
    assert "partnership" not in _types(text, "en")
    plain = text.replace("Under the agreement, ", "")
    assert "partnership" in _types(plain, "en")


def test_a_sister_city_tie_the_agreement_founds_is_always_reported() -> None:
    text = "Suwon City and Hue City signed a sister city agreement to strengthen ties."
    assert _types(text, "en") == ["agreement", "partnership"]
