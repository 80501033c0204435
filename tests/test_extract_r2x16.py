"""Round 16, second pass: words read as people's names after or before a Chinese title.

A verb or adverb right after a title ("两市市长热情赞扬", the mayors of both cities warmly
praised; "市长先生", Mr Mayor) and a body's abbreviation or the deputy prefix before one
("市委副书记", deputy secretary of the city party committee; "政协副主席") were read as
persons "热情赞", "先生", "委副", "政协副". Cases written from the sentences' meaning.
"""

from __future__ import annotations

import pytest

from citydiplo import extract


def _people(text: str) -> list[str]:
    out: list[str] = []
    for rec in extract(text, lang="zh").records:
        for p in getattr(rec, "participants", ()):
            if p.actor.startswith("person-") and p.actor not in out:
                out.append(p.actor)
    return sorted(out)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a verb or an adverb after a title: the mayors act, no one is named
        (
            "上海市市长韩正会见了釜山市市长安相英一行,两市市长热情赞扬两城市间日益增进的友谊。",
            "热情赞",
        ),
        ("杭州市市长亲切会见了岐阜市代表团。", "亲切"),
        ("上海市市长先生会见了釜山市代表团。", "先生"),
        # a body or the deputy prefix before a title
        ("张家界市委副书记、市长赵小明会见了韩国河东郡代表团。", "委副"),
        ("宜昌市政协副主席王明会见了韩国全州市代表团。", "政协副"),
    ],
)
def test_a_word_beside_a_title_is_no_person(text: str, wrong: str) -> None:
    assert f"person-{wrong}" not in _people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # names beside titles stay, deputy titles included
        ("上海市市长韩正会见了釜山市市长安相英一行。", "韩正"),
        ("上海市市长韩正会见了釜山市市长安相英一行。", "安相英"),
        ("张家界市委副书记、市长赵小明会见了韩国河东郡代表团。", "赵小明"),
        ("黄曲波副市长会见了韩国全州市代表团。", "黄曲波"),
        ("北京市市长王伟率团访问首尔市。", "王伟"),
        # a name whose second letter is a word that can end a name stays whole up to it
        ("宜昌市副市长王明会见了韩国全州市代表团。", "王明"),
    ],
)
def test_a_name_beside_a_title_stays(text: str, name: str) -> None:
    assert f"person-{name}" in _people(text)


def _vi_people(text: str) -> list[str]:
    out: list[str] = []
    for rec in extract(text, lang="vi").records:
        for p in getattr(rec, "participants", ()):
            if p.actor.startswith("person-") and p.actor not in out:
                out.append(p.actor)
    return sorted(out)


def test_a_council_after_a_vietnamese_title_is_no_person() -> None:
    # "Chủ tịch Hội đồng tỉnh Töv": the chair of Töv province's council; a name read in a
    # cased script stops at "đồng", and "Hội" alone was a person
    people = _vi_people(
        "Ông Đoàn Hồng Kỳ, Phó Chủ tịch UBND tỉnh Hòa Bình, đã tiếp ông Ganbaatar, "
        "Chủ tịch Hội đồng tỉnh Töv (Mông Cổ)."
    )
    assert "person-hoi" not in people
    assert "person-ganbaatar" in people


def test_a_name_starting_like_a_council_stays() -> None:
    people = _vi_people(
        "Chủ tịch Hội Trần Văn Nam đã tiếp đoàn thành phố Yeongju (Hàn Quốc) tại tỉnh Thái Bình."
    )
    assert people == ["person-hoitranvannam"]


def test_a_word_before_a_name_and_its_title_is_not_the_name() -> None:
    # "晚间由许市长与…": in the evening, Mayor Xu (许) with...; "由" (by) is no part of a name
    people = _people("晚间由许市长与釜山市代表团共进晚餐。新竹市与冈山市")
    assert "person-晚间由许" not in people
    assert "person-许" in people
