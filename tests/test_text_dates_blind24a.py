"""Limits and starts in en, ko, vi, zh and ja (docs/concepts/dates.md, "Limits and starts"):
a date after a word of limit ("until", "before", 까지, đến, 截至, まで) is the date the text
states; a full date after a word of start ("from", 부터, từ, 自…起, から) or of "since" opens a
range (X/..). One case per language and word, literal. Also the faults the 24a blind set
showed, quoted from its pages.
"""

from __future__ import annotations

import pytest

from citydiplo import PartialDate, find_dates, parse_date

REF = PartialDate("2024-04-20")

# (lang, text, expected): one per language and word of limit or start, and of "since"
TABLE = [
    ("en", "until 5 May 2024", "2024-05-05"),
    ("en", "by 5 May 2024", "2024-05-05"),
    ("en", "before 5 May 2024", "2024-05-05"),
    ("en", "from 5 May 2024", "2024-05-05/.."),
    ("en", "after 5 May 2024", "2024-05-05"),
    ("en", "as of May 5, 2024", "2024-05-05/.."),
    ("en", "from 2025 onwards", "2025/.."),
    ("en", "since 2003", "2003/.."),
    ("en", "from 2003 to date", "2003/.."),
    ("ko", "2024년 5월 5일까지", "2024-05-05"),
    ("ko", "2024년 5월 5일부터", "2024-05-05/.."),
    ("ko", "2024년 5월 5일 이후", "2024-05-05/.."),
    ("ko", "2024년 5월 5일 이전", "2024-05-05"),
    ("ko", "2003년 이래", "2003/.."),
    ("ko", "2003년부터 현재까지", "2003/.."),
    ("vi", "đến ngày 5/5/2024", "2024-05-05"),
    ("vi", "trước ngày 5/5/2024", "2024-05-05"),
    ("vi", "sau ngày 5/5/2024", "2024-05-05"),
    ("vi", "từ ngày 5/5/2024", "2024-05-05/.."),
    ("vi", "kể từ ngày 5/5/2024", "2024-05-05/.."),
    ("vi", "từ năm 2025 trở đi", "2025/.."),
    ("vi", "từ năm 2003 đến nay", "2003/.."),
    ("zh", "截至2024年5月5日", "2024-05-05"),
    ("zh", "2024年5月5日之前", "2024-05-05"),
    ("zh", "2024年5月5日以后", "2024-05-05"),
    ("zh", "自2024年5月5日起", "2024-05-05/.."),
    ("zh", "从2024年5月5日开始", "2024-05-05/.."),
    ("zh", "2003年以来", "2003/.."),
    ("zh", "自2003年以来", "2003/.."),
    ("ja", "2024年5月5日まで", "2024-05-05"),
    ("ja", "2024年5月5日から", "2024-05-05/.."),
    ("ja", "2024年5月5日以降", "2024-05-05/.."),
    ("ja", "2024年5月5日以前", "2024-05-05"),
    ("ja", "2024年5月5日より", "2024-05-05"),
    ("ja", "2003年以来", "2003/.."),
    ("ja", "2003年から現在まで", "2003/.."),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TABLE)
def test_limit_states_the_date_start_opens_a_range(lang: str, text: str, expected: str) -> None:
    assert str(parse_date(text, lang=lang, ref=REF)) == expected


def test_the_same_words_in_running_text() -> None:
    # find_dates follows parse_date
    found = find_dates("The library will be closed from May 5, 2024.", lang="en", ref=REF)
    assert [(m.text, str(m.value)) for m in found] == [("from May 5, 2024", "2024-05-05/..")]
    found = find_dates("The city has been twinned with Busan since 2003.", lang="en", ref=REF)
    assert [(m.text, str(m.value)) for m in found] == [("since 2003", "2003/..")]


@pytest.mark.parametrize(
    ("lang", "text", "ref", "expected"),
    [
        # https://www.shimintimes.co.jp/news/2025/05/post-29894.php: "until 2018"
        (
            "ja",
            "相澤会長は「協会は平成30(2018)年まで十数回にわたって廊坊市を訪問している。",
            "2025-05-15",
            "2018",
        ),
        # https://dantri.com.vn/giao-duc/ha-noi-chot-lich-nghi-tet-nguyen-dan-2026-...: "before"
        ("vi", "gửi lịch trực về Sở trước ngày 29/1/2026.", "2025-12-14", "2026-01-29"),
        # (a clause that ends in 以來 makes 自 "since")
        ("zh", "法蘭克福市和橫濱市自2011年締結合作夥伴城市協定以來,在廣泛的領域", None, "2011/.."),
        ("en", "Closed from May 7, 2019 until further notice", None, "2019-05-07/.."),
    ],
)
def test_limits_and_starts_in_news_sentences(
    lang: str, text: str, ref: str | None, expected: str
) -> None:
    ref_date = PartialDate(ref) if ref else None
    assert str(parse_date(text, lang=lang, ref=ref_date)) == expected


def test_a_coming_day_before_a_full_date_is_in_its_own_month() -> None:
    # https://m.ajunews.com/view/20160707090428786 (2016-07-07): the coming 9th to 28 August
    text = "대전시(시장 권선택)는 오는 9일부터 8월 28일까지 가장교 교면 재포장 공사에 따라"
    value = parse_date(text, lang="ko", ref=PartialDate("2016-07-07"))
    assert str(value) == "2016-07-09/2016-08-28"
    # a bare day still takes the later end's month ("từ ngày 10 đến 12/5")
    assert str(parse_date("từ ngày 10 đến 12/5/2023", lang="vi")) == "2023-05-10/2023-05-12"


def test_before_and_after_are_no_last_week() -> None:
    # https://dantri.com.vn/giao-duc/... (2025-12-14): weekend days before and after Tet
    text = "Như vậy, tính cả 4 ngày cuối tuần trước và sau Tết, kỳ nghỉ Tết Nguyên đán của học sinh sẽ kéo dài 9 ngày."  # noqa: E501
    assert find_dates(text, lang="vi", ref=PartialDate("2025-12-14")) == []
    assert str(parse_date("tuần trước", lang="vi", ref=PartialDate("2025-12-14"))) == (
        "2025-12-01/2025-12-07"
    )


def test_a_day_count_after_before_or_after_is_no_day() -> None:
    # http://202.62.215.24/mobile/tc/news/... (2023-11-29): "the day before polling day"
    text = "行政長官李家超宣布將於下月9日,即區議會選舉投票日前一日,舉辦「區選繽紛日」。"
    assert str(parse_date(text, lang="zh", ref=PartialDate("2023-11-29"))) == "2023-12-09"
