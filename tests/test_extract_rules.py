"""Literal cases for candidate collapsing, date ownership and roles by clause
(``citydiplo._extract._build`` and ``_rules``); each rule with a positive and a negative case."""

from __future__ import annotations

import pytest

from citydiplo import extract


def _events(text: str, lang: str) -> list[tuple[str, str, list[tuple[str, str]], int]]:
    x = extract(text, lang=lang)
    return [(r.kind.value, str(r.date), sorted((p.actor, p.role.value) for p in r.participants),
             len(r.citations)) for r in x.records if r.type == "event"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "In August 2024, a delegation of Suwon City visited Hue City. Mayor Nguyen Van An "
           "of Hue City welcomed the delegation that visited Hue City in August 2024."),
    ("vi", "Tháng 8/2024, đoàn đại biểu thành phố Suwon thăm thành phố Huế. Tháng 8/2024, "
           "đoàn thành phố Suwon thăm thành phố Huế và làm việc tại thành phố Huế."),
])
def test_one_dated_visit_told_twice_is_one_record(lang: str, text: str) -> None:
    events = [e for e in _events(text, lang) if e[0] == "visit"]
    assert len(events) == 1
    _kind, date, participants, citations = events[0]
    assert date == "2024-08" and citations == 2
    assert ("city-hue", "host") in participants


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "In July 2024, the mayor of Suwon City visited Hue City. In July 2024, the mayor of "
           "Suwon City visited Da Nang City."),
    ("vi", "Tháng 7/2024, đoàn thành phố Suwon thăm thành phố Huế. Tháng 7/2024, đoàn thành "
           "phố Suwon thăm thành phố Đà Nẵng."),
])
def test_visits_to_two_hosts_in_one_month_stay_two(lang: str, text: str) -> None:
    visits = [e for e in _events(text, lang) if e[0] == "visit"]
    assert len(visits) == 2
    assert all(e[3] == 1 for e in visits)


def test_undated_events_are_not_collapsed_by_a_shared_actor() -> None:
    text = ("The mayor of Suwon City visited Hue City. The mayor of Suwon City visited "
            "Da Nang City.")
    assert len([e for e in _events(text, "en") if e[0] == "visit"]) == 2


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Hanam City signed a sister city agreement with Little Rock City in 1994; this year "
           "the mayor of Little Rock City visited Hanam City."),
    ("en", "Suwon City and Hue City signed a sister-city agreement in 1994; this year the two "
           "cities celebrate the 30th anniversary."),
])
def test_a_date_owned_by_another_clause_dates_nothing_else(lang: str, text: str) -> None:
    x = extract(text, lang=lang)
    assert [str(r.date) for r in x.records if r.type == "event"] == ["None"]
    assert {str(r.date) for r in x.records if r.type != "event"} == {"1994"}


def test_a_date_in_a_clause_without_a_cue_still_dates_the_sentence() -> None:
    text = "In May 2024, according to the city, the mayor of Suwon City visited Hue City."
    assert [e[1] for e in _events(text, "en")] == ["2024-05"]


@pytest.mark.parametrize(("lang", "text", "date"), [
    ("zh", "武汉市与大分市签订2017年度友好交流协议。武汉市与大分市。", "None"),
    ("ja", "上尾市と本宮市が2013年度友好都市協定を締結しました。", "None"),
    ("zh", "2017年武汉市与大分市签订友好交流协议。武汉市与大分市。", "2017"),
])
def test_a_fiscal_year_names_the_period_not_the_signing(lang: str, text: str, date: str) -> None:
    x = extract(text, lang=lang)
    agreements = [r for r in x.records if r.type == "agreement"]
    assert agreements and {str(r.signed) for r in agreements} == {date}


@pytest.mark.parametrize(("lang", "text", "host", "guest"), [
    ("en", "The mayor of Hue City welcomed the delegation of Suwon City that visited Hue City.",
     "city-hue", "city-suwon"),
    ("en", "The delegation of Suwon City visited Hue City.", "city-hue", "city-suwon"),
])
def test_a_reception_before_a_visit_gives_the_roles(lang: str, text: str, host: str,
                                                     guest: str) -> None:
    (event,) = [e for e in _events(text, lang) if e[0] == "visit"]
    assert (host, "host") in event[2]
    assert (guest, "visitor") in event[2]


def test_roles_come_from_the_cue_clause() -> None:
    text = ("Hanam City signed a sister city agreement with Little Rock City in 1994; this year "
            "the mayor of Little Rock City visited Hanam City.")
    (event,) = _events(text, "en")
    assert event[2] == [("city-hanam", "host"), ("city-littlerock", "visitor")]


def _places(text: str, lang: str) -> list[str]:
    return [m.text for m in extract(text, lang=lang).mentions if m.kind == "place"]


def _pairs(text: str, lang: str, kind: str = "partnership") -> list[list[str]]:
    return [sorted(r.actors) for r in extract(text, lang=lang).records if r.type == kind]


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("zh", "武汉市与大分市签订友好交流协议。两市政府将继续合作。", "两市"),
    ("fa", "شهرداران تهران و پکن موافقتنامه خواهرخواندگی این دو شهر را امضا کردند.", "دو"),
])
def test_a_cue_word_is_no_place(lang: str, text: str, word: str) -> None:
    places = _places(text, lang)
    assert word not in places and len(places) >= 2


@pytest.mark.parametrize(("lang", "text", "dateline"), [
    ("en", "CEBU, Philippines - Mandaue City and Mosul City in Iraq signed a sister-city "
           "agreement.", "city-cebu"),
    ("zh", "中新社昆明11月19日电 武汉市与大分市签署友好城市协议。大分市与武汉市。", "city-kunming"),
    ("ko", "[일요서울 l 대구 김을규 기자] 충주시와 부안군이 자매결연 협약을 체결했다. 부안의 축제.",
     "city-daegu"),
])
def test_a_dateline_place_is_no_party(lang: str, text: str, dateline: str) -> None:
    x = extract(text, lang=lang)
    assert x.records
    assert all(dateline not in r.actors for r in x.records)


@pytest.mark.parametrize(("lang", "text", "party"), [
    ("en", "Cebu City and Mosul City in Iraq signed a sister-city agreement.", "city-cebu"),
    ("en", "Suwon City - Hue City sister city agreement signed.", "city-suwon"),
])
def test_a_place_before_a_cue_is_no_dateline(lang: str, text: str, party: str) -> None:
    assert any(party in p for p in _pairs(text, lang))


def test_a_name_glued_to_a_marker_starts_after_a_country() -> None:
    places = _places("武汉市与日本大分市签署友好城市协议。大分市代表团访问武汉市。", "zh")
    assert "大分市" in places and "本大分市" not in places


def test_a_marked_name_recurs_before_a_particle() -> None:
    text = "충북 충주시와 전북 부안군이 자매결연 협약을 체결했다. 부안의 축제에 참여한다."
    assert "부안군" in _places(text, "ko")
    (pair,) = _pairs(text, "ko")
    assert "city-chungju" in pair and len(set(pair)) == 2


@pytest.mark.parametrize(("lang", "text", "pairs"), [
    ("zh", "大会上,兴安盟与东方省、大庆市与韩国忠州市签署建立友好城市关系协议书。兴安盟、东方省。",
     2),
    ("en", "Suwon City and Hue City in Vietnam signed a sister city agreement.", 1),
])
def test_joined_places_pair_as_joined_never_with_a_country(lang: str, text: str,
                                                           pairs: int) -> None:
    found = _pairs(text, lang)
    assert len(found) == pairs
    assert not any(a.startswith("country-") for p in found for a in p)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Suwon City and Hue City sign sister-city agreement\nSuwon City and Hue City signed a "
           "sister-city agreement at the Suwon Convention Center (SCC) yesterday."),
    ("vi", "Thành phố Huế và thành phố Suwon ký biên bản ghi nhớ\nUBND thành phố Huế và thành phố "
           "Suwon đã ký biên bản ghi nhớ hợp tác."),
])
def test_one_agreement_told_twice_is_one_record(lang: str, text: str) -> None:
    agreements = [r for r in extract(text, lang=lang).records if r.type == "agreement"]
    assert len(agreements) == 1
    assert len(agreements[0].citations) == 2


def test_agreements_between_other_places_stay_apart() -> None:
    text = ("Suwon City and Hue City signed a sister-city agreement. Suwon City and Da Nang City "
            "signed a sister-city agreement.")
    assert len([r for r in extract(text, lang="en").records if r.type == "agreement"]) == 2


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Suwon City hosts many events. Suwon City opened a market. The mayor visited Hue City."),
    ("vi", "Thành phố Suwon có nhiều sự kiện. Thành phố Suwon mở chợ. Thị trưởng đã thăm Huế."),
])
def test_a_side_the_sentence_does_not_name_is_below_the_threshold(lang: str, text: str) -> None:
    x = extract(text, lang=lang)
    assert not [r for r in x.records if r.type == "event"]
    assert any("one side only" in s.reason for s in x.skipped)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Suwon City hosts many events. Suwon City opened a market. The city's mayor visited "
           "Hue City."),
    ("en", "Suwon City hosts many events. The mayor of Suwon City visited Hue City."),
])
def test_a_side_named_or_referred_to_is_attested(lang: str, text: str) -> None:
    events = [r for r in extract(text, lang=lang).records if r.type == "event"]
    assert len(events) == 1
    assert {p.actor for p in events[0].participants} >= {"city-suwon", "city-hue"}


def test_a_visit_needs_two_participants() -> None:
    x = extract("Hue City. The visit to Hue City in May 2024 was a success.", lang="en")
    assert not [r for r in x.records if r.type == "event"]
    assert any("fewer than two participants" in s.reason for s in x.skipped)


def test_a_conference_needs_one_host() -> None:
    x = extract("Hue City held an international conference in May 2024.", lang="en")
    assert [r.kind.value for r in x.records if r.type == "event"] == ["conference"]


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("gu", "જાપાનના ક્યા શહેર સાથે અમદાવાદના સિસ્ટર સિટી કરાર થયા? ક્યા શહેર.", "ક્યા"),
    ("gu", "અગાઉ અન્ય એક શહેર કોબે સાથે પણ અમદાવાદનો સિસ્ટર સિટી કરાર થયો હતો. એક શહેર.", "એક"),
    ("fa", "شهرداری تهران برای خواهرخواندگی با سایر شهرهای عراق مذاکره میکند. شهرهای عراق.",
     "عراق"),
])
def test_a_determiner_or_a_plural_marker_builds_no_name(lang: str, text: str,
                                                        word: str) -> None:
    assert not any(word in p and p != word for p in _places(text, lang))


def test_a_marker_name_is_still_found() -> None:
    assert "هانام" in "".join(_places("شهر هانام و شهر هانام خواهرخوانده شدند.", "fa"))


def test_the_focus_listed_among_partners_gets_none_of_them() -> None:
    text = ("Cincinnati signed a sister city agreement with Taipei County. New Taipei City and "
            "Cincinnati met. New Taipei City greeted the mayor. Currently, it has 8 sister "
            "cities, which includes New Taipei City in Taiwan, Liuzhou in China, Nancy in France "
            "and Gifu in Japan.")
    x = extract(text, lang="en")
    assert not [r for r in x.records if r.type == "partnership" and "city-liuzhou" in r.actors]
    assert any("one of the places listed" in s.reason for s in x.skipped)


def test_the_focus_named_beside_a_list_still_pairs() -> None:
    text = ("Hanam City is growing. Hanam City has sister cities: Liuzhou in China, Nancy in "
            "France and Gifu in Japan.")
    pairs = _pairs(text, "en")
    assert ["city-hanam", "city-liuzhou"] in pairs


def test_a_city_before_its_district_qualifies_it() -> None:
    text = ("대구 수성구 통장연합회는 24일 예천군 이장연합회와 자매결연 협약을 체결했다. "
            "수성구와 예천군.")
    assert all("city-daegu" not in p for p in _pairs(text, "ko"))


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("fa", "تفاهمنامه خواهرخواندگی در سفر استاندار کربلا به تهران امضا شد.", "کربلا"),
    ("fa", "شهردار تهران با شهردار کربلا دیدار کرد.", "تهران"),
])
def test_a_title_beside_a_place_is_no_person(lang: str, text: str, place: str) -> None:
    x = extract(text, lang=lang)
    assert place not in [m.name for m in x.mentions if m.kind == "person"]
    assert place in [m.text for m in x.mentions if m.kind == "place"]


def test_a_title_beside_a_name_is_a_person() -> None:
    x = extract("Mayor Kim Min-su of Suwon City visited Hue City.", lang="en")
    assert "Kim Min-su" in [m.name for m in x.mentions if m.kind == "person"]


def test_an_acronym_after_a_place_marker_is_the_place() -> None:
    text = "Chủ tịch UBND TP.HCM tiếp đoàn tỉnh Sơn Đông. TP.HCM và tỉnh Sơn Đông ký kết."
    x = extract(text, lang="vi")
    assert "TP.HCM" in [m.text for m in x.mentions if m.kind == "place"]
    assert "HCM" not in [m.text for m in x.mentions if m.kind == "organization"]


def test_an_acronym_alone_is_an_organization() -> None:
    x = extract("UNDP và thành phố Huế ký kết biên bản ghi nhớ.", lang="vi")
    assert "UNDP" in [m.text for m in x.mentions if m.kind == "organization"]


@pytest.mark.parametrize(("lang", "text", "types"), [
    ("hi", "मुंबई और सियोल ने ट्विन सिटी समझौते पर हस्ताक्षर किए।",
     {"partnership", "agreement"}),
    ("he", "נחתמה ברית ערים תאומות בין העיר אילת לבין העיר יאלטה.",
     {"partnership", "agreement"}),
])
def test_twin_city_words_give_a_partnership_and_its_agreement(lang: str, text: str,
                                                              types: set[str]) -> None:
    assert {r.type for r in extract(text, lang=lang).records} == types


def test_a_conference_where_an_agreement_is_signed_is_kept() -> None:
    text = ("At the conference held in Kunming City on 19 November 2024, Daqing City and "
            "Chungju City signed a friendship city agreement.")
    kinds = {(r.type, getattr(r.kind, "value", None)) for r in extract(text, lang="en").records}
    assert ("event", "conference") in kinds
    assert "agreement" in {t for t, _ in kinds}


def test_a_meeting_that_signs_an_agreement_is_the_agreement() -> None:
    text = "The mayor of Suwon City met the mayor of Hue City and signed an agreement."
    assert {r.type for r in extract(text, lang="en").records} == {"agreement"}


@pytest.mark.parametrize("text", [
    "이를 계기로 수성구 통장연합회의 견학이 예천군에서 이뤄졌다. 수성구와 예천군.",
])
def test_a_study_tour_is_a_visit(text: str) -> None:
    assert [e[0] for e in _events(text, "ko")] == ["visit"]


def test_the_two_cities_of_an_earlier_record_are_both_sides() -> None:
    text = ("Mayor Kim Min-su of Suwon City visited Hue City in May 2024. The two cities signed "
            "a memorandum of understanding there.")
    (agreement,) = [r for r in extract(text, lang="en").records if r.type == "agreement"]
    assert set(agreement.parties) == {"city-suwon", "city-hue"}


def test_the_two_cities_without_an_earlier_record_name_no_sides() -> None:
    text = ("Suwon City is a big city. The hotel is in Seoul City. The two cities signed a "
            "memorandum of understanding.")
    assert not [r for r in extract(text, lang="en").records if r.type == "agreement"]


def test_a_name_after_a_place_marker_and_a_determiner_is_one_place() -> None:
    text = "העיר עפולה והעיר התאומה טלאבי חתמו על הסכם ערים תאומות. העיר טלאבי."
    places = {m.text: m.actor for m in extract(text, lang="he").mentions if m.kind == "place"}
    assert places["העיר התאומה טלאבי"] == places["העיר טלאבי"]


def _families(text: str, lang: str) -> set[str]:
    from citydiplo._extract._mentions import cue_lexicon, unmasked
    from citydiplo._extract._scan import fold_case

    return {h.family for h in unmasked(cue_lexicon(lang).scan(fold_case(text)))}


@pytest.mark.parametrize(("lang", "text", "family"), [
    ("en", "According to the city, the festival opened.", "agreement"),
    ("en", "As a sign of friendship, the two cities planted trees.", "signing"),
    ("en", "The mayor spoke at the Seoul Metropolitan Government.", "event"),
    ("en", "Exports to the city grew significantly.", "signing"),
    ("vi", "Thư ký thành phố dự lễ khai mạc.", "signing"),
])
def test_a_cue_word_in_another_sense_is_no_cue(lang: str, text: str, family: str) -> None:
    assert family not in _families(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Suwon City and Hue City signed an accord on tourism."),
    ("en", "Mandaue City, Mosul City sign sister-city agreement"),
    ("vi", "Thành phố Suwon và thành phố Huế đã ký kết biên bản ghi nhớ."),
])
def test_the_diplomatic_sense_is_a_cue(lang: str, text: str) -> None:
    assert [r for r in extract(text, lang=lang).records if r.type == "agreement"]


def test_a_katakana_name_is_taken_whole() -> None:
    text = "サンブルーノ市の市長らが成田市を訪問しました。サンブルーノ市と成田市は姉妹都市です。"
    places = _places(text, "ja")
    assert "サンブルーノ市" in places and "ルーノ市" not in places


def test_a_kana_particle_ends_a_name_before_a_title() -> None:
    x = extract("アメリカから市長が成田市を訪問しました。", lang="ja")
    assert not [m for m in x.mentions if m.kind == "person" and "から" in m.text]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The delegation of Suwon City will stay in Hue City until 11 July 2024 and visit Hue "
           "City."),
    ("ja", "サンブルーノ市の訪問団は7月11日まで成田市に滞在し、成田市を訪問しました。"
           "サンブルーノ市と成田市。"),
])
def test_a_date_that_bounds_a_stay_dates_nothing(lang: str, text: str) -> None:
    assert [e[1] for e in _events(text, lang)] == ["None"]


@pytest.mark.parametrize(("lang", "text", "date"), [
    ("en", "The delegation of Suwon City visited Hue City on 11 July 2024.", "2024-07-11"),
    ("ja", "サンブルーノ市の訪問団は2024年7月11日に成田市を訪問しました。サンブルーノ市と成田市。",
     "2024-07-11"),
])
def test_a_date_without_a_bound_word_dates_the_event(lang: str, text: str, date: str) -> None:
    assert [e[1] for e in _events(text, lang)] == [date]
