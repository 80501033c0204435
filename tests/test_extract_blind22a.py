"""Families found on the extract22a development set (en, ja, ko, vi, zh).

Literal cases from the pages of ``bench/extract_devset22a`` (quoted), positives and
negatives:

- a day named by a word of time inside a quotation is the speaker's day, not the page's
  (:mod:`citydiplo._extract._speechday`);
- a Japanese city marker right after a particle starts a name ("県庁で村岡嗣政知事");
- "中国・山東省" and "山東省の訪問団" name the province (no name part, no ministry);
- Chinese council and district titles ("议长李铉雨", "区长金树东") and an end word running on
  past the name ("副区长金晖参加会见");
- Vietnamese military ranks as titles, and "Công an tỉnh" (the provincial police) is no one.
"""

from __future__ import annotations

from citydiplo import extract


def _people(text: str, lang: str) -> list[str]:
    return [m.name or "" for m in extract(text, lang=lang).mentions if m.kind == "person"]


def _places(text: str, lang: str) -> list[tuple[str, str]]:
    return [(m.text, m.actor or "") for m in extract(text, lang=lang).mentions
            if m.kind == "place"]


# -- the speaker's day ------------------------------------------------------------------------

WANDO = ("전남 완도군(군수 신우철)은 지난 11일 완도군청 상황실에서 서울특별시 양천구와 우호 증진과 "
         "상호 발전을 위한 자매결연 협약을 체결했다고 밝혔다.\n"
         "신우철 완도군수는 “오늘 자매결연 체결은 양천구와 지난 2014년 첫 교류를 시작으로 지금까지 "
         "이어온 인연의 결실을 맺는 순간으로 그 의미가 남다르다.”고 말했다.\n")


def test_quoted_today_is_not_the_page_day() -> None:
    x = extract(WANDO, lang="ko", published="2020-11-12")
    days = [(m.text, m.date) for m in x.mentions if m.kind == "date"]
    assert ("오늘", None) in days
    ties = list(x.dataset.partnerships)
    assert len(ties) == 1  # the quote retells the reported tie
    assert str(ties[0].established) == "2020-11-11"


def test_today_outside_quotes_keeps_the_page_day() -> None:
    x = extract("완도군은 오늘 양천구와 자매결연 협약을 체결했다.", lang="ko",
                published="2020-11-12")
    assert [str(m.date) for m in x.mentions if m.kind == "date"] == ["2020-11-12"]


def test_numbered_day_in_quotes_keeps_its_reading() -> None:
    x = extract("군수는 “지난 11일 협약을 맺었다”고 말했다.", lang="ko", published="2020-11-12")
    assert [str(m.date) for m in x.mentions if m.kind == "date"] == ["2020-11-11"]


# -- Japanese names and places ----------------------------------------------------------------

YAMAGUCHI = ("山口県と友好協定を結んでいる中国・山東省の訪問団が11日、"
             "協定締結35周年に合わせて来県し、県庁で村岡嗣政知事と今後の友好交流について会談した。")


def test_four_letter_name_after_a_particle() -> None:
    assert "村岡嗣政" in _people(YAMAGUCHI, "ja")


def test_province_after_country_and_dot() -> None:
    assert ("山東省", "region-cn-sd") in _places(YAMAGUCHI, "ja")


def test_province_is_no_ministry() -> None:
    x = extract("山東省の訪問団が来県した。", lang="ja")
    assert [(m.kind, m.actor) for m in x.mentions] == [("place", "region-cn-sd")]
    x = extract("外務省の職員が来た。", lang="ja")
    assert [m.kind for m in x.mentions] == ["organization"]  # a ministry stays one


def test_katakana_name_part_after_dot_stays_no_place() -> None:
    assert _people("レックス・リチャードソン市長が来た。", "ja") == ["レックス・リチャードソン"]


# -- Chinese titles ---------------------------------------------------------------------------

CHANGPING = ("9月8日下午,区委书记关成华会见了由议长李铉雨率领的韩国釜山广域市金井区议会代表团"
             "全体成员,宾主间进行了友好交谈,代表团在昌期间,区长金树东、区人大主任李福忠也分别会见了"
             "代表团成员。")


def test_council_and_district_titles() -> None:
    assert _people(CHANGPING, "zh") == ["关成华", "李铉雨", "金树东", "李福忠"]


def test_end_word_running_past_the_name() -> None:
    assert _people("区人大常委会副主任张文良、副区长金晖参加会见。", "zh") == ["张文良", "金晖"]


def test_committee_word_is_no_name() -> None:
    assert _people("主任委员会议召开。", "zh") == []


# -- Vietnamese ranks and bodies --------------------------------------------------------------

THANH_HOA = ("Đoàn đại biểu tỉnh Thanh Hóa do Đại tá Vũ Văn Tùng, Ủy viên Ban Thường vụ Tỉnh ủy "
             "làm trưởng đoàn. Dự buổi gặp gỡ có Thiếu tướng Tô Anh Dũng, Ủy viên Ban Thường vụ "
             "Tỉnh ủy, Giám đốc Công an tỉnh.")


def test_military_ranks_and_police() -> None:
    assert _people(THANH_HOA, "vi") == ["Vũ Văn Tùng", "Tô Anh Dũng"]
