"""A planned record whose clause holds a word of a mutual undertaking ("상호", "相互",
"lẫn nhau", "each other") is what the parties commit to do for each other -- a practice,
no occurrence (``mutual`` in ``_extract/data/<lang>.json``)."""

from __future__ import annotations

import pytest

from citydiplo import extract

# "충주의 충주세계무술축제와 시민의 날, 부안의 마실축제와 군민의 날 등 양 시·군의 대표적인
# 행사에도 상호 적극적으로 참여키로 했다." (https://news.kmib.co.kr/, Chungju-Buan sister ties;
# bench/extract_devset19a/ko_kmib_chungju_buan.json)
LEAD = {
    "ko": "충북 충주시와 전북 부안군이 26일 충주시청에서 자매결연 협약을 체결했다.",
    "zh": "2024年5月26日，乐山市与眉山市签署了友好城市协议。",
    "en": "On 26 May 2024, Suwon and Hue signed a sister city agreement.",
    "vi": "Ngày 26/5/2024, thành phố Huế và thành phố Suwon đã ký kết thỏa thuận kết nghĩa.",
}
MUTUAL = [
    ("ko", "충주의 충주세계무술축제와 부안의 마실축제 등 양 시·군의 대표적인 행사에도 상호 "
           "적극적으로 참여키로 했다."),
    ("ko", "충주시와 부안군은 축제에 서로 참여하기로 했다."),
    ("zh", "乐山市与眉山市将相互参加对方举办的文化节。"),
    ("en", "Suwon and Hue will take part in each other's festivals."),
    ("vi", "Huế và Suwon sẽ tham gia lễ hội của nhau, hỗ trợ lẫn nhau."),
]


@pytest.mark.parametrize(("lang", "sentence"), MUTUAL)
def test_a_mutual_undertaking_is_no_event(lang: str, sentence: str) -> None:
    x = extract(f"{LEAD[lang]}\n{sentence}", lang=lang, published="2024-05-30")
    assert not [e for e in x.dataset.events if e.kind.value == "festival"]
    assert any(s.reason.endswith("mutual undertaking: no occurrence") for s in x.skipped)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("ko", "충주시장은 내년 5월 부안군의 마실축제에 참석할 예정이다."),
    ("en", "The Mayor of Suwon will attend the Hue Festival in June 2025."),
])
def test_a_plan_of_one_side_stays_a_planned_event(lang: str, sentence: str) -> None:
    x = extract(f"{LEAD[lang]}\n{sentence}", lang=lang, published="2024-05-30")
    assert [e for e in x.dataset.events if e.kind.value == "festival"]
