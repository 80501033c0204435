"""Families found on the extract16a development set (en, ko, vi, zh, ja).

Literal cases written from the languages' usage, positives and negatives:

- two agreements told in one sentence, each word with its own partners
  (:mod:`citydiplo._extract._cue_parts`);
- joint declarations signed by two cities are agreements; Japanese "姉妹都市提携に調印" (signed
  the sister-city tie) is a sister-city agreement;
- a title's residence (ja 官邸) or a body (vi "Ban Thường vụ", the standing committee) read
  after a title names no person.
"""

from __future__ import annotations

from citydiplo import extract


def _pairs(x: object, type_: str) -> list[tuple[str, tuple[str, ...]]]:
    ds = x.dataset  # type: ignore[attr-defined]
    records = {"agreement": ds.agreements, "partnership": ds.partnerships}[type_]
    return sorted((r.kind, tuple(sorted(r.actors))) for r in records)


_CHENGDU = (
    "The two-day 2012 China International Friendship Cities Conference concluded in Chengdu "
    "on Sept 13. During the conference, Chengdu signed friendship city agreements with "
    "Maastricht in the Netherlands and Perth in Australia, as well as a cooperative agreement "
    "with Horsens in Denmark. To date, Chengdu has established friendship ties with 18 cities."
)


def test_each_agreement_word_takes_its_own_partners_en() -> None:
    x = extract(_CHENGDU, lang="en", published="2012-09-19")
    assert _pairs(x, "agreement") == [
        ("cooperation", ("city-chengdu", "city-horsens")),
        ("friendship", ("city-chengdu", "city-maastricht")),
        ("friendship", ("city-chengdu", "city-perth")),
    ]


def test_no_friendship_tie_for_the_partner_of_a_cooperation_agreement() -> None:
    x = extract(_CHENGDU, lang="en", published="2012-09-19")
    ties = _pairs(x, "partnership")
    assert ("friendship", ("city-chengdu", "city-horsens")) not in ties
    assert ("friendship", ("city-chengdu", "city-maastricht")) in ties


def test_each_agreement_word_takes_its_own_partners_vi() -> None:
    t = (
        "Thành phố Hồ Chí Minh đã ký thỏa thuận hữu nghị với thành phố Osaka (Nhật Bản) và "
        "biên bản ghi nhớ hợp tác với thành phố Busan (Hàn Quốc)."
    )
    assert _pairs(extract(t, lang="vi"), "agreement") == [
        ("friendship", ("city-hochiminh", "city-osaka")),
        ("mou", ("city-busan", "city-hochiminh")),
    ]


def test_each_agreement_word_takes_its_own_partners_ja() -> None:
    t = (
        "佐世保市は長崎県北部の市です。佐世保市は韓国釜山広域市西区と友好都市協定を締結し、"
        "中国の厦門市と覚書に署名した。"
    )
    got = _pairs(extract(t, lang="ja"), "agreement")
    assert ("mou", ("city-sasebo", "city-xiamen")) in got
    assert all(len(actors) == 2 for _, actors in got)
    assert not any("city-busan" in a and "city-xiamen" in a for _, a in got)


def test_one_agreement_word_is_not_cut() -> None:
    t = (
        "Ho Chi Minh City signed a memorandum of understanding with Busan, South Korea, "
        "on trade and tourism."
    )
    got = _pairs(extract(t, lang="en"), "agreement")
    assert got == [("mou", ("city-busan", "city-hochiminh"))]


def test_a_part_without_a_partner_leaves_the_sentence_whole() -> None:
    # the second agreement names no partner of its own: nothing is cut, no partner invented
    t = (
        "Ho Chi Minh City signed a friendship agreement with Osaka, Japan, and also signed "
        "a memorandum of understanding on tourism."
    )
    got = _pairs(extract(t, lang="en"), "agreement")
    assert all(set(a) <= {"city-hochiminh", "city-osaka"} for _, a in got)
    assert got


def test_joint_declaration_is_an_agreement_zh() -> None:
    t = (
        "上海市市长会见韩国釜山市市长一行。会见后，两市市长出席了《上海―釜山共同宣言》签署仪式，"
        "上海市和釜山市签署了《上海―釜山共同宣言》。"
    )
    got = _pairs(extract(t, lang="zh"), "agreement")
    assert ("cooperation", ("city-busan", "city-shanghai")) in got


def test_a_declaration_without_a_signing_is_none_zh() -> None:
    t = "上海市和釜山市的学者讨论了《世界人权宣言》。"
    assert _pairs(extract(t, lang="zh"), "agreement") == []


def test_signed_the_sister_city_tie_is_an_agreement_ja() -> None:
    t = "日本の北海道札幌市を訪れている韓国の大田市の市長が22日、札幌市長と姉妹都市提携に調印した。"
    got = _pairs(extract(t, lang="ja", published="2010-10-22"), "agreement")
    assert [k for k, a in got if "city-sapporo" in a and len(a) == 2] == ["sister_city"]


def test_a_residence_after_a_title_names_no_one_ja() -> None:
    t = (
        "2013年8月2日、本市は大韓民国・釜山広域市西区と国際親善都市の締結を行いました。"
        "西区は釜山広域市の15自治区のひとつで、人口約12万人の海に面した文化・観光都市で、"
        "2013年に開場100周年を迎えた韓国初の海水浴リゾート地「松島海水浴場」や朝鮮戦争当時に"
        "大統領官邸として利用された「臨時首都記念館」などの文化・観光施設には国内外から多くの"
        "観光客が訪れています。"
    )
    people = [a.name for a in extract(t, lang="ja").dataset.actors if a.type == "person"]
    assert "官邸" not in people


def test_a_body_after_a_title_names_no_one_vi() -> None:
    t = (
        "Dự buổi làm việc có đồng chí Đoàn Hồng Kỳ, Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc "
        "Sở Kế hoạch và Đầu tư tỉnh Thái Bình, và đoàn công tác thành phố Yeongju."
    )
    people = [a.name for a in extract(t, lang="vi").dataset.actors if a.type == "person"]
    assert not any(p.startswith("Ban ") for p in people)
