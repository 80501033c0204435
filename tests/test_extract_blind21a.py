"""Families found on the extract21a development set (en, ja, ko, vi, zh).

Literal cases from the pages of ``bench/extract_devset21a`` (quoted) and written from the
languages' usage, positives and negatives:

- a tie told in a stative form that describes one side ("目黒区と友好都市協定を締結している
  中国北京市東城区から") is neither dated by the sentence's visit nor a signing
  (:mod:`citydiplo._extract._standing`);
- a bare "No. 1" after a possessive or an article is a rank, not a document number;
- "the 2 cities" is the article's pair, not a count of partners
  (:mod:`citydiplo._extract._pair_counts`);
- a partnership word listed among fields of exchange ("经贸、文化、友城交流等多领域") is a topic,
  not a tie (:mod:`citydiplo._extract._field_list`).
"""

from __future__ import annotations

from pathlib import Path

from citydiplo import extract, find_document_numbers


def _records(text: str, lang: str, published: str | None = None) -> list[tuple[str, str]]:
    x = extract(text, lang=lang, published=published)
    out = []
    for r in x.records:
        when = (
            getattr(r, "date", None)
            or getattr(r, "signed", None)
            or getattr(r, "established", None)
        )
        out.append((r.type, str(when)))
    return sorted(out)


# -- a tie told as standing ----------------------------------------------------------------

MEGURO = ("令和5年8月29日(火曜日)、目黒区と友好都市協定を締結している中国北京市東城区から、"
          "李妍(りえん)常務副区長を代表とする訪問団が、目黒区長を表敬訪問しました。")


def test_standing_tie_takes_no_date_of_the_visit_and_is_no_signing() -> None:
    got = _records(MEGURO, "ja", "2023-08-29")
    assert ("partnership", "None") in got
    assert not [r for r in got if r[0] == "agreement"]
    assert not [r for r in got if r[0] == "partnership" and r[1] != "None"]
    assert ("event", "2023-08-29") in got  # the date goes to the courtesy call


def test_standing_tie_keeps_a_date_of_its_own_clause() -> None:
    t = "1987年に友好都市提携を締結している常州市から、訪問団が高槻市長を表敬訪問しました。"
    got = _records(t, "ja")
    assert ("partnership", "1987") in got


def test_a_signing_told_as_an_act_stays_dated() -> None:
    t = "7月31日、上尾市は福島県本宮市と友好都市協定を締結しました。"
    got = _records(t, "ja", "2013-08-01")
    assert ("agreement", "2013-07-31") in got


def test_korean_standing_tie_is_no_signing() -> None:
    t = "지난 10일 세종시와 자매결연을 맺고 있는 중국 구이저우성 대표단이 세종시청을 방문했다."
    got = _records(t, "ko", "2024-10-12")
    assert not [r for r in got if r[0] == "agreement"]
    assert not [r for r in got if r[0] == "partnership" and r[1] != "None"]


# -- a delegation told again -----------------------------------------------------------------

def test_his_delegation_is_the_delegation_told() -> None:
    # bench/extract_devset21a/en_dumaguete_yeongdong.txt
    t = ("Sixteen (16) officials from Yeongdong-gun South Korea arrived Wednesday and were "
         "warmly received by their counterparts in the City of Dumaguete in welcome rites held "
         "at the Presidencia Grounds.\nDumaguete City Mayor Felipe Antonio Remollo and other "
         "city officials warmly greeted Yeongdong-gun Mayor Jeong Yeong-Chul and members of his "
         "delegation amid hundreds of children enthusiastically waving miniature flags of South "
         "Korea and the Philippines.\n")
    got = _records(t, "en", "2022-10-27")
    assert [r for r in got if r[0] == "event"] == [("event", "2022-10-26")]


# -- a rank is no document number ------------------------------------------------------------

def test_rank_is_no_document_number() -> None:
    # bench/extract_devset21a/en_dumaguete_yeongdong.txt
    t = ("Yeongdong-gun is Korea’s No. 1 Agricultural City and Local Government with the best "
         "brand for clean tourism in the country.")
    assert find_document_numbers(t) == []
    assert find_document_numbers("the No. 2 port of the region") == []
    assert [m.text for m in find_document_numbers("Resolution No. 59 of the council")] == [
        "Resolution No. 59"]
    assert [m.text for m in find_document_numbers("under No. 12/2024, the city")] == [
        "No. 12/2024"]


# -- the pair is no count --------------------------------------------------------------------

def test_the_two_cities_is_no_count_claim() -> None:
    # bench/extract_devset21a/en_dumaguete_yeongdong.txt
    t = ("Mayor Jeong Yeong-Chul expressed his joy of being in Dumaguete City to strengthen "
         "the friendship and cooperation between the 2 cities including the seasonal workers "
         "program.")
    x = extract(t, lang="en")
    assert not [r for r in x.records if r.type == "claim"]


def test_a_count_of_partners_stays() -> None:
    t = "Dumaguete City has 12 sister cities in Asia."
    x = extract(t, lang="en")
    assert [(r.type, getattr(r, "value", None)) for r in x.records] == [("claim", 12)]


# -- a tie word among fields -----------------------------------------------------------------

def test_partnership_word_among_fields_is_a_topic() -> None:
    for t in ("武汉市与大分市将在经贸、文化、友城交流等多领域开展合作。",
              "合肥市与久留米市在农业、教育、文化、友城等领域开展交流与合作。"):
        assert not [r for r in extract(t, lang="zh").records if r.type == "partnership"], t


def test_a_clause_before_a_comma_is_no_item_of_a_field_list() -> None:
    # bench/extract_devset17a/ja_moriguchi_zhongshan.txt: "文化" (culture) stands in the clause
    # before the comma ("to attend the culture festival's opening"), far from its end
    t = ("西端勝樹市長を団長とする守口市友好訪問団一行6名は、陳茂輝中山市長の招聘を受け、"
         "中山市辛亥革命100周年記念大会及び第1回孫中山文化祭開幕式に出席するため、"
         "友好都市である中国広東省・中山市を訪問しました。")
    assert "partnership" in [r.type for r in extract(t, lang="ja").records]


def test_partnership_word_among_places_stays() -> None:
    t = "1979年,武汉市与大分市正式缔结友好城市关系。"
    assert [r.type for r in extract(t, lang="zh").records] == ["partnership"]


# -- provinces' friendship ties (zh) and the pair written with a digit (en) ----------------

def test_friendly_province_tie_and_agreement() -> None:
    # bench/extract_devset21a/zh_xhby_jiangsu_malaita.txt
    t = ("江苏省与所罗门群岛马莱塔省建立友好省关系\n\n"
         "阿希拉瓦表示,此次签署建立友好省关系协议书,开启了双方合作交流的全新篇章。")
    got = [r.type for r in extract(t, lang="zh", published="2025-06-19").records]
    assert "partnership" in got and "agreement" in got
    t = "两省于1992年缔结友好省州关系。"  # no places: no tie
    assert not extract(t, lang="zh").records


def test_the_2_cities_are_the_pair_of_a_planned_memorandum() -> None:
    # the whole page: "... between the 2 cities including the seasonal workers program that
    # will be embodied in a Memorandum of Agreement for signing of both parties ..."
    path = Path(__file__).parent.parent / "bench" / "extract_devset21a"
    t = (path / "en_dumaguete_yeongdong.txt").read_text("utf-8")
    x = extract(t, lang="en", published="2022-10-27")
    agreements = [r for r in x.records if r.type == "agreement"]
    assert len(agreements) == 1 and agreements[0].planned
    assert sorted(agreements[0].parties) == ["city-dumaguete", "city-yeongdong"]


# -- a region and a city inside it are no pair -----------------------------------------------

def test_region_and_its_own_city_are_no_pair() -> None:
    for t in ("江苏省与南京市签署友好城市协议。",
              "Jiangsu Province and Nanjing signed a sister city agreement."):
        lang = "zh" if t[0] == "江" else "en"
        got = [r for r in extract(t, lang=lang).records if r.type in ("partnership", "agreement")]
        assert not got, t
    t = "江苏省与马莱塔省签署友好省关系协议。"
    assert "partnership" in [r.type for r in extract(t, lang="zh").records]
