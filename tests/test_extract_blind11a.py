"""Families of false candidates found by the blind set 11a (en, ko, vi, zh, ja): literal cases.

Each family has positive cases (the false candidate, now gone or corrected) and negative ones
(what the rule must leave alone). The sentences are written for the rule; none quotes an
article of the blind set (``bench/extract_devset11a``).
"""

from __future__ import annotations

from typing import Any

from citydiplo import City, Dataset, extract


def _records(text: str, lang: str, published: str | None = None,
             known: Dataset | None = None) -> list[Any]:
    return list(extract(text, lang=lang, published=published, known=known).records)


def _when(r: Any) -> str:
    for field in ("date", "signed", "established"):
        if hasattr(r, field):
            return str(getattr(r, field))
    return "None"


def _summary(text: str, lang: str, published: str | None = None,
             known: Dataset | None = None) -> list[tuple[str, str, str]]:
    return [(r.type, r.kind.value if getattr(r, "kind", None) else "", _when(r))
            for r in _records(text, lang, published, known)]


def _events(text: str, lang: str, published: str | None = None) -> list[tuple[str, str, int]]:
    return [(r.kind.value, str(r.date), len(r.citations))
            for r in _records(text, lang, published) if r.type == "event"]


# -- one occasion told twice (a headline and a lead, a visit and its evening programme) ----


def test_a_later_retelling_of_a_visit_is_the_same_visit() -> None:
    t = ("Mayor Kim Min-su of Suwon visited Hue City on 3 May 2024. The visit of Suwon to "
         "Hue City was arranged to discuss cooperation in tourism.")
    assert _events(t, "en") == [("visit", "2024-05-03", 2)]


def test_a_headline_and_its_lead_tell_one_visit() -> None:
    t = ("Đoàn đại biểu thành phố Huế thăm và làm việc tại thành phố Đà Nẵng\n"
         "Ngày 5/3, đoàn đại biểu thành phố Huế do ông Nguyễn Văn Phương dẫn đầu đã thăm và làm "
         "việc tại thành phố Đà Nẵng.")
    assert _events(t, "vi", "2024-03-06") == [("visit", "2024-03-05", 2)]
    t = "桃園市長が香川県を訪問\n桃園市の鄭文燦市長は7月18日、訪問団を率いて香川県を訪問した。"
    assert _events(t, "ja", "2016-07-19") == [("visit", "2016-07-18", 2)]


def test_a_visit_and_the_return_visit_stay_two() -> None:
    t = ("Mayor Kim of Suwon City visited Hue City in May 2016. In June 2016, a delegation of "
         "Hue City visited Suwon City.")
    assert len(_events(t, "en")) == 2


def test_a_welcome_told_after_a_visit_without_a_demonstrative_stays_its_own() -> None:
    t = ("Mayor Kim of Suwon visited Hue City in May 2024.\n"
         "Officials of Hue welcomed delegation from Suwon at the city hall.")
    assert len(_events(t, "en")) == 2


def test_a_meeting_linked_to_the_visit_stays_its_own_event() -> None:
    t = ("The mayor of Suwon visited Hue City. During the visit, the mayor of Suwon met the "
         "mayor of Hue City.")
    assert sorted(k for k, _, _ in _events(t, "en")) == ["meeting", "visit"]


def test_two_meetings_of_one_host_with_different_guests_stay_two() -> None:
    t = "武汉市长4月1日会见了大分市市长佐藤树一郎。武汉市长会见了长野市市长。"
    assert len(_events(t, "zh", "2017-04-13")) == 2


# -- one signing ceremony per agreement ---------------------------------------------------


def test_one_agreement_named_at_two_ceremony_words_has_one_signing() -> None:
    t = ("Suwon and Hue signed a sister city agreement at a signing ceremony on 3 May 2024. "
         "The signing ceremony of the sister city agreement between Suwon and Hue was "
         "attended by fifty guests.")
    assert [k for k, _, _ in _events(t, "en")] == ["signing"]


def test_two_agreements_keep_their_two_signings() -> None:
    t = ("Suwon and Hue signed a sister city agreement at a signing ceremony on 3 May 2024. "
         "Suwon and Jinan signed a friendship agreement at a signing ceremony on 5 May 2024.")
    assert [(k, d) for k, d, _ in _events(t, "en")] == [
        ("signing", "2024-05-03"), ("signing", "2024-05-05")]


# -- an event word inside a longer word is no cue -----------------------------------------


def test_words_holding_an_event_word_are_no_cues() -> None:
    for lang, t in [
        ("ja", "山形市長、米沢市長、山形商工会議所会頭ら22人が出席した。"),  # chamber of commerce
        ("ja", "山形市と米沢市の市議会議員ら10人が出席した。"),  # council members
        ("ko", "수원시와 후에시의 국회의원들이 참석했다."),  # members of the Assembly
        ("ko", "수원시와 후에시 관계자들이 수원시청 대회의실에 모였다."),  # the meeting room
        ("ko", "수원시를 찾는 후에시 방문객이 늘었다."),  # visitors (tourists)
        ("vi", "Hai tỉnh Thanh Hóa và Nghệ An tiếp tục tăng cường tình đoàn kết."),  # continue
        ("vi", "Thành phố Huế và thành phố Đà Nẵng đoàn kết phát triển."),  # solidarity
        ("vi", "Thành phố Huế và thành phố Đà Nẵng gặp khó khăn về giao thông."),  # difficulties
        ("zh", "武汉市和大分市的议会议员出席了活动。"),  # council members
    ]:
        assert _records(t, lang) == [], t


def test_the_event_words_themselves_are_still_cues() -> None:
    t = "Chủ tịch UBND thành phố Đà Nẵng tiếp đoàn đại biểu thành phố Huế."
    assert [k for k, _, _ in _events(t, "vi")] == ["meeting"]
    t = "水原市長は5月3日、フエ市を訪問し、フエ市長と会議を行った。"
    assert _events(t, "ja", "2024-05-04") != []


# -- a date beside one listed partner is not the others' ---------------------------------


def test_the_date_of_one_partner_is_not_the_date_of_partners_in_another_list() -> None:
    t = ("Mayor Park of Busan met the delegation. Since signing a sister city agreement with "
         "Shimonoseki City, Japan in 1976, Busan has established sisterhood and friendship "
         "cooperation cities with Fukuoka, Osaka, and Nagasaki Prefecture.")
    ties = {r.parties: str(r.established) for r in _records(t, "en")
            if r.type == "partnership"}
    assert ties[("city-busan", "city-shimonoseki")] == "1976"
    assert ties[("city-busan", "city-fukuoka")] == "None"
    assert ties[("city-busan", "city-osaka")] == "None"


def test_partners_listed_together_keep_their_one_date() -> None:
    t = ("Mayor Park of Busan met the delegation. Since signing sister city agreements with "
         "Shimonoseki City and Fukuoka in 1976, Busan has kept close ties.")
    dates = {str(r.established) for r in _records(t, "en") if r.type == "partnership"}
    assert dates <= {"1976"}


# -- a founding date is not the date of a later linked sentence ---------------------------


def test_a_linked_sentence_takes_the_occasion_date_not_the_founding_year() -> None:
    t = ("2017年3月31日,大分市市长佐藤树一郎访问武汉市。武汉市与大分市于1979年缔结友好城市关系。"
         "随后,佐藤树一郎会见了武汉市市长万勇。")
    assert _summary(t, "zh") == [("event", "visit", "2017-03-31"),
                                 ("partnership", "sister", "1979"),
                                 ("event", "meeting", "2017-03-31")]


def test_a_linked_sentence_still_takes_the_date_before_it() -> None:
    t = "2017年3月31日,大分市市长佐藤树一郎访问武汉市。随后,佐藤树一郎会见了武汉市市长万勇。"
    assert [d for _, d, _ in _events(t, "zh")] == ["2017-03-31", "2017-03-31"]


# -- an agreement named as the purpose of a trip is not signed ------------------------------


def test_an_agreement_named_as_a_purpose_is_no_candidate() -> None:
    t = "山形市の訪問団が友好協定締結のため8月25日から米沢市を訪問している。"
    assert [x for x, _, _ in _summary(t, "ja", "2006-08-28")] == ["event"]
    t = "수원시는 자매결연 협약 체결을 위해 후에시를 방문했다."
    assert [x for x, _, _ in _summary(t, "ko", "2024-05-06")] == ["event"]


def test_an_agreement_signed_stays() -> None:
    # the agreement stays (a friendship agreement also founds the tie: extract_devset15)
    assert ("agreement", "friendship", "2006-08-26") in _summary(
        "山形市は8月26日、米沢市と友好協定を締結した。", "ja", "2006-08-28")
    kinds = [x for x, _, _ in _summary("수원시는 5일 후에시와 자매결연 협약을 체결했다.", "ko",
                                       "2024-05-06")]
    assert "agreement" in kinds


# -- cue words the set showed missing ------------------------------------------------------


def test_a_proposal_of_sisterhood_is_a_proposed_partnership() -> None:
    t = ("Mayor S. Batbold of Ulaanbaatar put forward an official proposal on establishing "
         "sisterhood between Ulaanbaatar and Tokyo.")
    ties = [r for r in _records(t, "en", "2017-01-06") if r.type == "partnership"]
    assert [(r.parties, r.status.value) for r in ties] == [
        (("city-tokyo", "city-ulaanbaatar"), "proposed")]


def test_a_friendship_county_city_tie_in_chinese() -> None:
    known = Dataset(actors=[City(id="hadong", name="Hadong", names={"zh": ["河东郡"]},
                                 country="KR")])
    ties = [r for r in _records("河东郡与张家界市结为友好郡市。", "zh", "2009-12-24", known)
            if r.type == "partnership"]
    assert [r.kind.value for r in ties] == ["friendship"]
    assert _records("张家界市的郡市道路已修好。", "zh") == []


# -- a place marker read inside a longer name ----------------------------------------------


def test_a_name_cut_on_a_marker_it_holds_is_the_place_named_whole() -> None:
    t = "수원시는 일본 야마구치시와의 자매결연 기념식을 지난 6일 야마구치 시청에서 열었다."
    ties = [r.parties for r in _records(t, "ko", "2024-08-07") if r.type == "partnership"]
    assert ties == [("city-suwon", "city-yamaguchi")]


def test_a_draft_place_running_into_other_letters_stays_what_it_is() -> None:
    from citydiplo._extract._completed import completed_names
    from citydiplo._extract._mention import Mention

    t = "야마구치시와 교류했다. 해운대구청에서 만났다."
    known = Mention(kind="place", start=0, end=4, text="야마구치", actor="city-yamaguchi",
                    actor_type="city", name="Yamaguchi", geonames=1848689)
    draft = Mention(kind="place", start=13, end=17, text="해운대구", actor="city-해운대구",
                    actor_type="city", name="해운대구")
    assert completed_names([known, draft], t) == [known, draft]
