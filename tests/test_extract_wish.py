"""Literal cases for a plan left open by a hope or a wish: the words that say a party hopes or
wishes something ("hopes to", "희망", "希望", "希望している", "надеется", "hy vọng", "उम्मीद",
"આશા", "מקווה", "امیدوار") are ``vague_time`` phrases, so a planned candidate in their clause
reports no occurrence. Each language has a positive case and a negative one (the same plan
stated as a plan stays a planned candidate)."""

from __future__ import annotations

import pytest

from citydiplo import extract

# (sentence with {m}, the wish, a plain statement of the plan)
CASES = {
    "en": ("Suwon City {m} sign a sister city agreement with Hue City next year.", "hopes to",
           "plans to"),
    "ko": ("수원시는 내년에 후에시와 자매결연 협약을 체결할 것을 {m}.", "희망한다", "밝혔다"),
    "zh": ("苏州市{m}明年与横滨市签署友好城市协议。", "希望", "计划"),
    "ja": ("横浜市は来年、蘇州市と姉妹都市協定を締結することを{m}。", "希望している",
           "予定している"),
    "ru": ("Администрация Казани {m} в следующем году подписать соглашение о побратимстве с "
           "городом Минск.", "надеется", "планирует"),
    "vi": ("Thành phố Huế {m} ký thỏa thuận kết nghĩa với thành phố Đà Nẵng vào năm tới.",
           "hy vọng", "dự kiến"),
    "hi": ("जयपुर अगले साल लखनऊ के साथ सिस्टर सिटी समझौते पर हस्ताक्षर करने की {m}।",
           "उम्मीद करता है", "योजना बना रहा है"),
    "gu": ("અમદાવાદ આગામી વર્ષે સુરત સાથે સિસ્ટર સિટી કરાર પર હસ્તાક્ષર કરવાની {m}.",
           "આશા રાખે છે", "યોજના બનાવી રહ્યું છે"),
    "he": ("עיריית חיפה {m} לחתום בשנה הבאה על הסכם ערים תאומות עם אילת.", "מקווה", "מתכננת"),
    "fa": ("شهرداری شیراز {m} سال آینده تفاهم‌نامه خواهرخواندگی با اصفهان امضا کند.",
           "امیدوار است", "قصد دارد"),
}


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_plan_only_hoped_for_is_no_candidate(lang: str) -> None:
    text, wish, _ = CASES[lang]
    x = extract(text.format(m=wish), lang=lang)
    assert [r for r in x.records if r.type == "agreement"] == []
    assert any("no occurrence" in s.reason for s in x.skipped)


@pytest.mark.parametrize("lang", sorted(CASES))
def test_the_same_plan_stated_as_a_plan_is_a_planned_agreement(lang: str) -> None:
    text, _, plan = CASES[lang]
    [agreement] = [r for r in extract(text.format(m=plan), lang=lang).records
                   if r.type == "agreement"]
    assert agreement.planned
