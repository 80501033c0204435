"""Literal cases for cue words added to the per-language data of extraction
(``_extract/data/<lang>.json``): each family has a sentence that gives a candidate of its type
and kind, and a near miss with the same parties that gives none."""

from __future__ import annotations

from citydiplo import extract


def _found(text: str, lang: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(r.type, str(r.kind), tuple(r.actors)) for r in extract(text, lang=lang).records]


DANANG_DAEGU = ("city-daegu", "city-danang")
NAGOYA_NANJING = ("city-nagoya", "city-nanjing")
KAZAN_ISTANBUL = ("city-istanbul", "city-kazan")
BUAN_CHUNGJU = ("city-buangun", "city-chungju")

# Vietnamese: "biên bản hợp tác" (minutes of cooperation), "văn kiện hợp tác"


def test_vietnamese_minutes_of_cooperation_is_an_agreement() -> None:
    text = "Ngày 5/3/2024, thành phố Đà Nẵng và thành phố Daegu đã ký biên bản hợp tác về du lịch."
    assert _found(text, "vi") == [("agreement", "cooperation", DANANG_DAEGU)]
    text = "Ngày 5/3/2024, thành phố Đà Nẵng và thành phố Daegu đã ký kết văn kiện hợp tác."
    assert _found(text, "vi") == [("agreement", "cooperation", DANANG_DAEGU)]


def test_vietnamese_minutes_of_a_meeting_is_no_agreement() -> None:
    text = "Ngày 5/3/2024, thành phố Đà Nẵng và thành phố Daegu đã lập biên bản cuộc họp."
    assert _found(text, "vi") == []


def test_vietnamese_memorandum_and_twinning_minutes() -> None:
    text = "Ngày 5/3/2024, thành phố Đà Nẵng và thành phố Daegu đã ký thỏa thuận ghi nhớ."
    assert _found(text, "vi") == [("agreement", "mou", DANANG_DAEGU)]
    text = "Ngày 5/3/2024, thành phố Đà Nẵng và thành phố Daegu đã ký biên bản kết nghĩa."
    assert ("agreement", "sister_city", DANANG_DAEGU) in _found(text, "vi")


# Chinese: 姊妹市 / 姐妹市 (Taiwan's usage), 友谊市 / 友誼城市; not 姐妹市场 (a market)


def test_chinese_sister_city_short_forms_in_both_scripts() -> None:
    text = "2024年3月5日，南京市与名古屋市缔结为姊妹市。"
    assert _found(text, "zh") == [("partnership", "sister", NAGOYA_NANJING)]
    text = "2024年3月5日，南京市與名古屋市締結為姐妹市。"
    assert _found(text, "zh") == [("partnership", "sister", NAGOYA_NANJING)]


def test_chinese_friendship_city_forms_in_both_scripts() -> None:
    text = "2024年3月5日，南京市与名古屋市结为友谊市。"
    assert _found(text, "zh") == [("partnership", "friendship", NAGOYA_NANJING)]
    text = "2024年3月5日，南京市與名古屋市結為友誼城市。"
    assert _found(text, "zh") == [("partnership", "friendship", NAGOYA_NANJING)]


def test_chinese_sister_market_is_no_partnership() -> None:
    assert _found("2024年3月5日，南京市与名古屋市的姐妹市场开业。", "zh") == []
    assert _found("2024年3月5日，南京市與名古屋市的姐妹市場開業。", "zh") == []


# Japanese: 姉妹市, 覚え書き; not 姉妹市場 nor 姉妹 (sisters) alone


def test_japanese_sister_city_and_memorandum_spellings() -> None:
    text = "2024年3月5日、名古屋市と南京市は姉妹市となった。"
    assert _found(text, "ja") == [("partnership", "sister", NAGOYA_NANJING)]
    text = "2024年3月5日、名古屋市と南京市は覚え書きに署名した。"
    assert _found(text, "ja") == [("agreement", "mou", NAGOYA_NANJING)]


def test_japanese_sisters_and_sister_market_are_no_partnership() -> None:
    assert _found("2024年3月5日、名古屋市と南京市の姉妹が来日した。", "ja") == []
    assert _found("2024年3月5日、名古屋市と南京市の姉妹市場が開業した。", "ja") == []


# Russian: дорожная карта (road map) in its cases; протокол о намерении


def test_russian_road_map_and_protocol_of_intent() -> None:
    text = "5 марта 2024 года Казань и Стамбул подписали дорожную карту сотрудничества."
    assert _found(text, "ru") == [("agreement", "cooperation", KAZAN_ISTANBUL)]
    text = "5 марта 2024 года Казань и Стамбул подписали протокол о намерении сотрудничать."
    assert _found(text, "ru") == [("agreement", "letter_of_intent", KAZAN_ISTANBUL)]


def test_russian_road_building_is_no_agreement() -> None:
    text = "5 марта 2024 года Казань и Стамбул обсудили дорожное строительство."
    assert _found(text, "ru") == []


# Korean: spaced "업무 협약" (a memorandum, as 업무협약) and "자매 결연"


def test_korean_spaced_business_agreement_and_sister_tie() -> None:
    text = "2024년 3월 5일 충주시와 부안군은 업무 협약을 체결했다."
    assert _found(text, "ko") == [("agreement", "mou", BUAN_CHUNGJU)]
    text = "2024년 3월 5일 충주시와 부안군은 자매 결연을 맺었다."
    assert _found(text, "ko") == [("partnership", "sister", BUAN_CHUNGJU)]


def test_korean_business_report_is_no_agreement() -> None:
    assert _found("2024년 3월 5일 충주시와 부안군은 업무 보고를 했다.", "ko") == []


# Gujarati and Hindi: the dotted acronym of MoU, Gujarati "સમજૂતિ" (short-i spelling);
# Persian spaced "موافقت نامه"

AHMEDABAD_KOBE = ("city-ahmedabad", "city-kobe")


def _agreements(text: str, lang: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [f for f in _found(text, lang) if f[0] == "agreement"]


def test_gujarati_dotted_mou_and_short_i_spelling() -> None:
    text = "અમદાવાદ અને કોબે વચ્ચે એમ.ઓ.યુ. પર હસ્તાક્ષર થયા."
    assert _agreements(text, "gu") == [("agreement", "mou", AHMEDABAD_KOBE)]
    text = "અમદાવાદ અને કોબે વચ્ચે સમજૂતિ કરાર થયો."
    assert _agreements(text, "gu") == [("agreement", "mou", AHMEDABAD_KOBE)]


def test_gujarati_dotted_initials_of_a_name_are_no_agreement() -> None:
    assert _agreements("અમદાવાદ અને કોબે વચ્ચે એમ. પી. પટેલની ચર્ચા થઈ.", "gu") == []


def test_hindi_dotted_mou() -> None:
    text = "लखनऊ और मॉस्को ने एम.ओ.यू. पर हस्ताक्षर किए।"
    assert _agreements(text, "hi") == [("agreement", "mou", ("city-lucknow", "city-moscow"))]


def test_hindi_dotted_initials_are_no_agreement() -> None:
    assert _agreements("लखनऊ और मॉस्को में एम.ओ. पटेल ने भाषण दिया।", "hi") == []


def test_persian_spaced_agreement_noun() -> None:
    text = "تبریز و استانبول موافقت نامه همکاری امضا کردند."
    assert _agreements(text, "fa") == [
        ("agreement", "cooperation", ("city-istanbul", "city-tabriz"))]


def test_persian_consent_and_letter_apart_are_no_agreement() -> None:
    assert _agreements("تبریز و استانبول با موافقت شورا نامه ای فرستادند.", "fa") == []


# Korean: 조인 (to sign, as in 조인식) is a signing; 조인트 (joint) is not


def test_korean_signing_word_jo_in() -> None:
    text = "2024년 3월 5일 충주시와 부안군은 우호교류 협정서에 조인했다."
    # 우호교류 협정 is a friendship-exchange agreement: signed, it founds the tie
    assert ("agreement", "friendship", BUAN_CHUNGJU) in _found(text, "ko")


def test_korean_joint_is_no_signing() -> None:
    assert _found("2024년 3월 5일 충주시와 부안군은 협정서에 조인트 로고를 넣었다.", "ko") == []
