"""Families found on the extract17a development set (en, ko, vi, zh, ja).

Literal cases written from the languages' usage, positives and negatives:

- a year that modifies another noun ("2026年のアジア大会", "2027年的世界园艺博览会") dates no
  record but its own noun's (:mod:`citydiplo._extract._modifier_years`);
- a tie renewed on a day was not made that day (:mod:`citydiplo._extract._renewed`);
- a Chinese news dateline ending in 讯 / 訊 / 電 says where the news was written;
- Japanese "『…協議』に調印" (signed the … agreement) is an agreement;
- a name ends with its line (a headline has no final stop);
- a Vietnamese state form ("CHDCND", the People's Democratic Republic) names no one;
- an occurrence told again with one word between the demonstrative and its word ("the
  Korean delegation", "chuyến thăm Hàn Quốc lần này") is the one told before.
"""

from __future__ import annotations

from typing import Any

from citydiplo import extract


def _records(text: str, lang: str, published: str | None = None) -> list[tuple[str, str, str]]:
    x = extract(text, lang=lang, published=published)
    out = []
    for r in x.records:
        when = (
            getattr(r, "date", None)
            or getattr(r, "signed", None)
            or getattr(r, "established", None)
        )
        out.append((r.type, r.kind.value, str(when)))
    return out


def _actors(text: str, lang: str) -> list[str]:
    x: Any = extract(text, lang=lang)
    return sorted(a.id for a in x.dataset.actors)


# --- a year that modifies another noun ------------------------------------------------------


def test_ja_year_of_another_noun_does_not_date_the_visit() -> None:
    t = "名古屋市の河村市長は5日、2026年のアジア大会の準備のため南京市を訪問した。"
    assert _records(t, "ja", "2024-11-10") == [("event", "visit", "2024-11-05")]


def test_zh_year_of_another_noun_does_not_date_the_meeting() -> None:
    t = "武汉市市长8日就2027年的世界园艺博览会会见了日本大分市市长一行。"
    assert _records(t, "zh", "2024-11-10") == [("event", "meeting", "2024-11-08")]


def test_ja_year_of_the_visit_itself_still_dates_it() -> None:
    t = "大分市長は2019年の訪問の際、武漢市長と会談した。"
    assert ("event", "visit", "2019") in _records(t, "ja", "2024-11-10")


def test_ja_modified_noun_without_another_date_leaves_the_visit_undated() -> None:
    t = "名古屋市の河村市長は、2026年のアジア大会の準備のため南京市を訪問した。"
    assert _records(t, "ja") == [("event", "visit", "None")]


# --- a renewal is no founding -------------------------------------------------------------


def test_en_renewed_tie_takes_no_founding_date() -> None:
    t = (
        "On May 21, 2024 the mayors of San Francisco and Shanghai signed an agreement "
        "renewing the sister city relationship."
    )
    recs = _records(t, "en")
    assert ("partnership", "sister", "None") in recs
    assert ("agreement", "sister_city", "2024-05-21") in recs


def test_en_signed_tie_keeps_its_founding_date() -> None:
    t = "On May 21, 2024 the mayors of San Francisco and Shanghai signed a sister city agreement."
    assert ("partnership", "sister", "2024-05-21") in _records(t, "en")


def test_ko_resigned_tie_takes_no_founding_date() -> None:
    t = "수원시는 9일 중국 제남시와 자매결연 협약을 재체결했다."
    recs = _records(t, "ko", "2024-05-10")
    assert ("partnership", "sister", "None") in recs
    assert ("agreement", "sister_city", "2024-05-09") in recs


def test_ko_signed_tie_keeps_its_founding_date() -> None:
    t = "수원시는 9일 중국 제남시와 자매결연 협약을 체결했다."
    assert ("partnership", "sister", "2024-05-09") in _records(t, "ko", "2024-05-10")


def test_en_renewal_headline_undates_the_same_day_signing_of_the_tie() -> None:
    t = (
        "Mayors of San Francisco and Shanghai Sign Memorandum Renewing Sister City "
        "Relationship\nMay 22, 2024\nDuring yesterday's visit, the mayors of San Francisco "
        "and Shanghai signed the Sister City agreement."
    )
    recs = _records(t, "en", "2024-05-22")
    assert [r for r in recs if r[0] == "partnership"] == [("partnership", "sister", "None")]


# --- datelines ------------------------------------------------------------------------------


def test_zh_dateline_xun_place_is_no_party() -> None:
    t = "金山網訊 5月15日,鎮江市與韓國洪城郡簽訂深化友好合作關系備忘錄。"
    assert "city-jinshan" not in _actors(t, "zh")
    assert {"city-zhenjiang"} <= set(_actors(t, "zh"))


def test_zh_dateline_traditional_dian_place_is_no_party() -> None:
    t = "中新網合肥11月15日電 南京市與大阪市簽署友好城市協議。"
    assert "city-hefei" not in _actors(t, "zh")


def test_zh_place_before_xun_in_a_sentence_is_a_party() -> None:
    t = "南京市与大阪市签署友好城市协议,并交换了通讯录。"
    assert {"city-nanjing", "city-osaka"} <= set(_actors(t, "zh"))


# --- Japanese 協議 signed ----------------------------------------------------------------


def test_ja_quoted_kyogi_signed_is_an_agreement() -> None:
    t = "上海市は26日、横浜市と『友好交流協議』に調印した。"
    assert ("agreement", "cooperation", "2008-10-26") in _records(t, "ja", "2008-10-27")


def test_ja_kyogi_as_talks_is_no_agreement() -> None:
    t = "上海市は26日、横浜市と友好交流について協議した。"
    assert not any(r[0] == "agreement" for r in _records(t, "ja", "2008-10-27"))


# --- a name ends with its line -------------------------------------------------------------


def test_vi_name_does_not_run_into_the_next_line() -> None:
    t = (
        "Điện Biên hội đàm với các tỉnh Bắc Lào\nNgày 25-12, tỉnh Điện Biên và tỉnh Udomxay "
        "ký kết biên bản hợp tác."
    )
    x = extract(t, lang="vi")
    assert not any("\n" in m.text for m in x.mentions if m.kind == "place")


def test_en_two_word_name_on_one_line_stays_whole() -> None:
    x = extract("Delegation from Da Nang visits Suwon.", lang="en")
    assert any(m.text == "Da Nang" for m in x.mentions)


# --- Vietnamese state forms ------------------------------------------------------------------


def test_vi_state_form_acronym_names_no_one() -> None:
    t = "Ngày 25-12, tỉnh Điện Biên và tỉnh Udomxay (nước CHDCND Lào) ký kết biên bản hợp tác."
    assert not any("chdcnd" in a for a in _actors(t, "vi"))


def test_vi_other_acronyms_stay_organizations() -> None:
    t = "Đại diện JICA và UNDP dự lễ ký kết biên bản hợp tác giữa Huế và Kyoto."
    assert {"organization-jica", "organization-undp"} <= set(_actors(t, "vi"))


# --- told again, one word apart ------------------------------------------------------------


def test_vi_this_visit_to_a_country_is_the_visit_told_before() -> None:
    t = (
        "Đoàn công tác TPHCM thăm thành phố Busan ngày 10/5. Chủ tịch Nguyễn Thị Lệ cho biết "
        "chuyến thăm Hàn Quốc lần này của đoàn công tác TPHCM nhằm kỷ niệm 30 năm quan hệ "
        "ngoại giao."
    )
    events = [r for r in _records(t, "vi", "2022-05-12") if r[0] == "event"]
    assert events == [("event", "visit", "2022-05-10")]


def test_en_this_adjective_delegation_is_the_one_told_before() -> None:
    t = (
        "The Guangzhou delegation paid a courtesy visit to the mayor of Manila on March 3. "
        "This Chinese delegation was led by Wang Fang of the China Council for the Promotion "
        "of International Trade, Guangzhou Committee."
    )
    events = [r for r in _records(t, "en", "2024-03-05") if r[0] == "event"]
    assert events == [("event", "visit", "2024-03-03")]


def test_en_a_visit_told_one_word_apart_on_another_day_stays_its_own() -> None:
    t = (
        "The mayor of Suwon visited Hue on May 3. During yesterday's visit, the mayors of "
        "Suwon and Hue held talks."
    )
    events = [r for r in _records(t, "en", "2024-05-22") if r[0] == "event"]
    assert len(events) == 2


# --- a visit told in a relative clause (zh "…访问的 X") ------------------------------------


def _roles(text: str, lang: str) -> list[tuple[str, str]]:
    x = extract(text, lang=lang)
    return sorted((p.actor, p.role) for r in x.records if r.type == "event" for p in r.participants)


def test_zh_relative_clause_visit_makes_the_noun_after_it_the_guest() -> None:
    t = "镇江市市长徐曙海与率团来镇江访问的韩国洪城郡郡守李镕録举行会谈。"
    roles = dict(_roles(t, "zh"))
    assert roles["city-zhenjiang"] == "host"
    assert roles["city-hongseong"] == "visitor"


def test_zh_relative_clause_visit_with_the_visited_place_first() -> None:
    t = "在大分市访问的武汉市代表团参观了工厂。"
    assert dict(_roles(t, "zh")) == {"city-oita": "host", "city-wuhan": "visitor"}


def test_zh_plain_visit_keeps_the_subject_as_guest() -> None:
    t = "武汉市代表团访问大分市。"
    assert dict(_roles(t, "zh")) == {"city-oita": "host", "city-wuhan": "visitor"}


def test_zh_reception_of_a_visiting_guest_keeps_its_roles() -> None:
    t = "镇江市市长徐曙海会见了来访的韩国洪城郡郡守李镕録一行。"
    roles = dict(_roles(t, "zh"))
    assert roles["city-zhenjiang"] == "host"
    assert roles["city-hongseong"] == "visitor"


def test_zh_the_last_stop_of_a_visit_is_no_guest() -> None:
    t = "在此次访问的最后一站烟台,群山市市长文东信为烟台的大学生们进行了演讲。"
    assert ("city-yantai", "visitor") not in _roles(t, "zh")
