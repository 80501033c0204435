"""Literal cases for the precision rules added after the fourth held-out look: cues that fire
on sentences reporting no occurrence (a plan for no time in particular, "the two cities"
after a list), words that are no names (conjunctions, function words), cue words inside an
organization's name, the term of an agreement taken for its date, later references to an
agreement, and national relations. Each rule has a positive and a negative case."""

from __future__ import annotations

from typing import Any

from citydiplo import extract


def _records(text: str, lang: str, kind: str | None = None) -> list[Any]:
    return [r for r in extract(text, lang=lang).records if kind is None or r.type == kind]


def _actors(text: str, lang: str, kind: str) -> list[tuple[str, ...]]:
    return [tuple(r.actors) for r in _records(text, lang, kind)]


# "the two cities" stands for two places only when they are two


def test_the_two_cities_after_two_places_are_those_two() -> None:
    text = ("Мэр Белгорода рассказал о планах. Также были установлены деловые контакты с "
            "белорусским Гродно и армянским Ереваном. Белгород продолжает развивать "
            "взаимоотношения с городами-побратимами.")
    assert len(_actors(text, "ru", "partnership")) == 2


def test_the_two_cities_after_a_list_of_three_are_none_of_them() -> None:
    text = ("Мэр Белгорода рассказал о планах. Также были установлены деловые контакты с "
            "казахстанским городом Актобе, белорусским Гродно, армянским Ереваном. Белгород "
            "продолжает развивать взаимоотношения с городами-побратимами.")
    assert _actors(text, "ru", "partnership") == []


# a plan put off to no time in particular reports no occurrence


def test_a_plan_for_no_time_in_particular_is_no_candidate() -> None:
    text = "The mayors of Bat Yam and Hue will sign a cooperation agreement in the future."
    assert _records(text, "en") == []
    x = extract(text, lang="en")
    assert any("no time in particular" in s.reason for s in x.skipped)


def test_a_plan_with_a_time_is_a_planned_candidate() -> None:
    text = "The mayors of Bat Yam and Hue will sign a cooperation agreement in July 2024."
    [agreement] = _records(text, "en", "agreement")
    assert agreement.planned and agreement.actors == ("city-batyam", "city-hue")


def test_vietnamese_towards_signing_in_the_future_is_no_candidate() -> None:
    text = "TP Huế và TP Suwon sẽ tiến tới việc ký kết Thỏa thuận hợp tác trong tương lai."
    assert _records(text, "vi") == []


def test_vietnamese_signing_planned_for_a_month_is_a_planned_candidate() -> None:
    text = "TP Huế và TP Suwon sẽ ký kết Thỏa thuận hợp tác vào tháng 7/2024."
    [agreement] = _records(text, "vi", "agreement")
    assert agreement.planned and agreement.actors == ("city-hue", "city-suwon")


# conjunctions and function words are no names


def test_a_conjunction_after_a_title_is_no_person() -> None:
    x = extract("કોબે શહેરના મેયર અને ૫૧ લોકો અમદાવાદ આવ્યા હતા.", lang="gu")
    assert [m.text for m in x.mentions if m.actor_type == "person"] == []


def test_a_name_after_a_title_is_a_person() -> None:
    x = extract("અમદાવાદના મેયર પ્રતિભા જૈન અને હમામાત્સુ સિટીના મેયર યુસુકે નાકાનોએ આ કરાર પર "
                "હસ્તાક્ષર કર્યા હતાં.", lang="gu")
    assert "મેયર પ્રતિભા જૈન" in [m.text for m in x.mentions if m.actor_type == "person"]


def test_a_conjunction_before_a_city_word_is_no_city() -> None:
    x = extract("फ्रैंडशिप पत्र के साथ वॉलवर हैमटन सिटी और नगर निगम शिमला के बीच साईन हुआ MOU। "
                "शिमला और नगर निगम के पार्षद मिले।", lang="hi")
    assert "city-और" not in {m.actor for m in x.mentions}
    assert "city-shimla" in {m.actor for m in x.mentions}


def test_a_function_word_is_no_place_whatever_the_gazetteer_says() -> None:
    # "किसी" (any) is also Kisii, a county of Kenya
    x = extract("सिस्टर स्टेट : गुजरात का अमेरिका के किसी राज्य के साथ होने वाला सर्वप्रथम "
                "एमओयू", lang="hi")
    places = [m.text for m in x.mentions if m.kind == "place"]
    assert "किसी" not in places
    assert "अमेरिका" in places


# a cue word inside an organization's name is part of the name


def test_a_cue_word_inside_an_organization_marker_is_no_cue() -> None:
    # "Thành Đoàn": the city's youth union, not a delegation ("đoàn")
    x = extract("Thành Đoàn Hà Nội và Thành Đoàn Bắc Kinh đã ký Thỏa thuận hợp tác.", lang="vi")
    assert [r.type for r in x.records] == ["agreement"]
    assert x.records[0].actors == ("organization-thanhdoanbackinh",
                                   "organization-thanhdoanhanoi")


def test_the_cue_word_on_its_own_is_a_cue() -> None:
    [event] = _records("Đoàn đại biểu thành phố Suwon đến thăm thành phố Huế ngày 3/5/2024.",
                       "vi", "event")
    assert event.actors == ("city-hue", "city-suwon")


# the term of an agreement is no signing date


def test_a_period_an_agreement_covers_dates_nothing() -> None:
    text = "Thành phố Huế và thành phố Suwon đã ký Thỏa thuận hợp tác giai đoạn 2011-2013."
    [agreement] = _records(text, "vi", "agreement")
    assert agreement.signed is None


def test_a_year_of_signing_dates_the_agreement() -> None:
    text = "Thành phố Huế và thành phố Suwon đã ký Thỏa thuận hợp tác năm 2011."
    [agreement] = _records(text, "vi", "agreement")
    assert str(agreement.signed) == "2011"


# a later mention of an agreement, without a signing, is that agreement


def test_a_later_bare_mention_of_an_agreement_is_the_same_agreement() -> None:
    text = "The mayors of Bat Yam and Hue signed an MOU on 3 May 2024. UNDP praised the MOU of Hue."
    [agreement] = _records(text, "en", "agreement")
    assert len(agreement.citations) == 2


def test_a_later_agreement_signed_on_its_own_is_another_agreement() -> None:
    # a signing of its own: UNDP's MOU with Hue is another agreement
    text = ("The mayors of Bat Yam and Hue signed an MOU on 3 May 2024. UNDP signed an MOU "
            "with Hue on 5 May 2024.")
    assert _actors(text, "en", "agreement") == [("city-batyam", "city-hue"),
                                                ("city-hue", "organization-undp")]


# national relations are no city's partnership


def test_two_countries_make_no_partnership() -> None:
    assert _actors("भारत और अमेरिका के बीच सिस्टर सिटी संबंध।", "hi", "partnership") == []


def test_two_cities_make_a_partnership() -> None:
    assert _actors("शिमला और लखनऊ के बीच सिस्टर सिटी संबंध।", "hi",
                   "partnership") == [("city-lucknow", "city-shimla")]


# a dateline ended by a full stop (Hindi, Gujarati news) takes no part


def test_a_dateline_before_a_full_stop_takes_no_part() -> None:
    text = "अहमदाबाद. शिमला ने लखनऊ के साथ सिस्टर सिटी समझौता किया।"
    assert _actors(text, "hi", "partnership") == [("city-lucknow", "city-shimla")]


def test_a_place_named_in_the_sentence_takes_part() -> None:
    text = "अहमदाबाद में शिमला ने लखनऊ के साथ सिस्टर सिटी समझौता किया।"
    assert ("city-ahmedabad", "city-shimla") in _actors(text, "hi", "partnership")


# new cue words: hyphenated "twin-cities", Hindi and Gujarati "sister state"


def test_a_hyphenated_twin_cities_agreement_founds_a_partnership() -> None:
    text = "A Twin-Cities agreement was signed on 3 May 2024 between Bat Yam and Suwon."
    assert _actors(text, "en", "partnership") == [("city-batyam", "city-suwon")]


def test_not_yet_twin_cities_is_no_partnership() -> None:
    assert _records("Bat Yam and Suwon are not yet twin-cities.", "en") == []


# an agreement's terms are what the parties undertake


def test_an_event_told_as_an_agreements_terms_is_no_candidate() -> None:
    text = ("The mayors of Bat Yam and Hue signed an MOU. Under the agreement, Bat Yam and Hue "
            "will hold a conference each year.")
    assert [r.type for r in _records(text, "en")] == ["agreement"]


def test_an_event_told_on_its_own_is_a_candidate() -> None:
    text = ("The mayors of Bat Yam and Hue signed an MOU. Bat Yam and Hue will hold a "
            "conference in May 2025.")
    assert [r.type for r in _records(text, "en")] == ["agreement", "event"]


# an undated event told again is one occurrence


def test_the_same_delegation_told_twice_is_one_event() -> None:
    text = ("A delegation of Bat Yam left for Hue. The delegation of Bat Yam was part of a "
            "programme of UNDP.")
    [event] = _records(text, "en", "event")
    assert len(event.citations) == 2


def test_visits_to_two_hosts_are_two_events() -> None:
    text = "A delegation of Bat Yam visited Hue. A delegation of Bat Yam visited Hanoi."
    assert _actors(text, "en", "event") == [("city-batyam", "city-hue"),
                                            ("city-batyam", "city-hanoi")]


# a city of the region an article is about is where the region acted


def test_a_city_of_the_focus_region_is_no_party() -> None:
    # Gandhinagar (in Gujarat) is where Gujarat signed; Delaware is not in the gazetteer
    text = ("ગાંધીનગર: ગુજરાત અને ડેલાવેયર વચ્ચે સિસ્ટર સ્ટેટના MoU ગાંધીનગરમાં કરવામાં આવ્યા. "
            "ગુજરાત સરકારે કહ્યું. ગુજરાત ખુશ છે.")
    assert _records(text, "gu") == []


def test_a_region_written_with_its_city_is_its_address() -> None:
    text = "在云南昆明举行的大会上,云南省与老挝万象省签署协议。云南省代表团出席。云南省很高兴。"
    assert "city-kunming" in _records(text, "zh", "event")[0].actors


# Persian: a plan that waits on an MOU


def test_persian_sisterhood_after_an_mou_is_concluded_is_no_candidate() -> None:
    text = "شهرهای یزد و تبریز پس از انعقاد تفاهم نامه با یکدیگر خواهرخوانده خواهند شد."
    assert _records(text, "fa") == []


def test_persian_signing_next_month_is_a_planned_agreement() -> None:
    text = "شهرهای یزد و تبریز در ماه آینده تفاهم نامه خواهرخواندگی امضا خواهند کرد."
    [agreement] = _records(text, "fa", "agreement")
    assert agreement.planned


# Chinese in traditional script: the cue words' other forms (OpenCC, tools/build_zh_variants.py)


def test_a_traditional_script_signing_is_an_agreement() -> None:
    assert _actors("武漢市與大分市簽署了友好交流協議書。", "zh",
                   "agreement") == [("city-oita", "city-wuhan")]


def test_traditional_script_without_a_cue_is_no_agreement() -> None:
    assert _records("武漢市與大分市的學生踢足球。", "zh", "agreement") == []


def test_each_variant_joins_the_lists_of_its_word() -> None:
    from citydiplo._extract._cues import cues

    data = cues("zh")
    assert "簽署" in data["signing"] and "签署" in data["signing"]
    assert data["signing"].index("签署") < data["signing"].index("簽署")
    assert len(set(data["signing"])) == len(data["signing"])


# "respectively": one agreement with each place listed


def test_agreements_signed_respectively_are_one_with_each_place() -> None:
    text = "武汉市分别与大分市、昌原市签订了友好交流备忘录。"
    assert _actors(text, "zh", "agreement") == [("city-oita", "city-wuhan"),
                                                ("city-changwon", "city-wuhan")]
    ids = [r.id for r in _records(text, "zh", "agreement")]
    assert len(set(ids)) == 2


def test_an_agreement_of_three_places_without_respectively_is_one() -> None:
    text = "武汉市与大分市、昌原市签订了三方友好交流备忘录。"
    assert _actors(text, "zh", "agreement") == [("city-changwon", "city-oita", "city-wuhan")]


def test_the_variants_file_is_what_the_tool_builds() -> None:
    import importlib.util
    import json
    from pathlib import Path

    import pytest

    pytest.importorskip("opencc_purepy")
    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("build_zh_variants",
                                                  root / "tools" / "build_zh_variants.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    shipped = json.loads((root / "src" / "citydiplo" / "_extract" / "data" /
                          "zh.variants.json").read_text("utf-8"))
    assert shipped["variants"] == tool.build()


# a plan still under negotiation reports no occurrence


def test_cities_in_talks_to_sign_make_no_candidate() -> None:
    text = "The mayors of Bat Yam and Hue are in talks to sign a sister city agreement."
    assert _records(text, "en") == []


def test_cities_that_will_sign_on_a_day_make_a_planned_agreement() -> None:
    text = "The mayors of Bat Yam and Hue will sign a sister city agreement on 3 May 2025."
    assert [r.planned for r in _records(text, "en", "agreement")] == [True]


# a partnership word that begins the name of a body or a conference is no partnership cue


def test_a_sister_cities_association_is_no_partnership() -> None:
    text = "The Bat Yam Sister Cities Association hosted a dinner for Hue officials."
    assert _records(text, "en", "partnership") == []


def test_a_conference_of_friendship_cities_is_no_partnership() -> None:
    text = "中国国际友好城市大会已分别在北京、上海、成都、广州、重庆和武汉成功举办6届。"
    assert _records(text, "zh", "partnership") == []


def test_cities_that_became_friendship_cities_are_partners() -> None:
    assert _actors("重庆和武汉结为友好城市。", "zh",
                   "partnership") == [("city-chongqing", "city-wuhan")]


# Han script: a name built on a place marker is kept when the article names it again bare


def _place_texts(text: str, lang: str) -> list[str]:
    return [m.text for m in extract(text, lang=lang).mentions if m.kind == "place"]


def test_a_han_name_with_its_marker_named_again_bare_is_a_place() -> None:
    text = ("フェアフィールド市と韮崎市の姉妹都市締結45周年を祝った。"
            "フェアフィールド・韮崎姉妹都市実行委員会が主催した。")
    assert "韮崎市" in _place_texts(text, "ja")


def test_a_han_name_with_its_marker_named_once_is_no_place() -> None:
    # a name no gazetteer knows, built on its marker alone
    text = "フェアフィールド市と甲乙丙市の姉妹都市締結45周年を祝った。"
    assert "甲乙丙市" not in _place_texts(text, "ja")
    # a Japanese city the gazetteer knows is a place in Japanese text even named once
    text = "フェアフィールド市と韮崎市の姉妹都市締結45周年を祝った。"
    assert "韮崎市" in _place_texts(text, "ja")


def test_a_quantity_before_a_place_marker_is_no_name() -> None:
    text = "来自40多个国家60多个省州和120多个城市的代表参会。60多个省州的代表发言。"
    assert not any("多个" in t for t in _place_texts(text, "zh"))


# an event word inside a quotation is what someone said


def test_an_event_word_inside_a_quotation_is_no_candidate() -> None:
    text = ("倉敷市の伊東香織市長が、「提携40周年を迎えたカンザスシティ市との交流の懸け橋になって"
            "ほしい」と述べた。")
    assert _records(text, "ja", "event") == []


def test_the_same_event_word_outside_a_quotation_is_a_candidate() -> None:
    text = "倉敷市とカンザスシティ市は提携40周年を迎え、記念式典を開いた。"
    assert _actors(text, "ja", "event") == [("city-kansas", "city-kurashiki")]
