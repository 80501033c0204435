"""Families of faults found by reading whole real articles with ``find_dates`` (the set
``bench/date_articles19``): literal cases from the articles (their address in a comment) and
written from each language's grammar, positives and negatives, and the laws they state."""

from __future__ import annotations

import datetime

import pytest
from convertdate import persian
from hypothesis import given, settings
from hypothesis import strategies as st

from citydiplo import PartialDate, find_dates


def _found(text: str, lang: str, ref: str | None = None) -> list[tuple[str, str]]:
    return [
        (m.text, str(m.value))
        for m in find_dates(text, lang=lang, ref=PartialDate(ref) if ref else None)
    ]


# A bare number at the end of one line is no year of the month on the next line, and a bare
# number that is no plausible year is none before a month: "点击量:4633" is a view count.
@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        # http://zxgy.gov.cn/article.html?id=4452
        (
            "发布时间:2011-09-05  点击量:4633\n\n    8月25日,市政府召开新闻发布会",
            "zh",
            "2011-09-05",
            [("2011-09-05", "2011-09-05"), ("8月25日", "2011-08-25")],
        ),
        (
            "点击量:4633 8月25日,市政府召开新闻发布会",
            "zh",
            "2011-09-05",
            [("8月25日", "2011-08-25")],
        ),
        ("Views: 5120\nMay 5: the council met.", "en", "2024-05-20", [("May 5", "2024-05-05")]),
        ("조회수 2024\n5월 3일 시청에서", "ko", "2024-05-20", [("5월 3일", "2024-05-03")]),
    ],
)
def test_a_number_apart_from_the_month_is_no_year(
    text: str, lang: str, ref: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text, lang, ref) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("2011年\n8月25日", "zh", [("2011年\n8月25日", "2011-08-25")]),  # the year's counter
        ("năm 2018\ntháng 5", "vi", [("năm 2018\ntháng 5", "2018-05")]),  # the year word
        ("2011-08-25", "zh", [("2011-08-25", "2011-08-25")]),
        ("2018 May 5", "en", [("2018 May 5", "2018-05-05")]),  # a plausible year, one space
    ],
)
def test_a_year_written_with_its_month_stays_one_date(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text, lang) == expected


@settings(max_examples=60, deadline=None)
@given(
    count=st.integers(min_value=1000, max_value=9999),
    month=st.integers(min_value=1, max_value=12),
    day=st.integers(min_value=1, max_value=28),
)
def test_no_count_on_the_line_before_is_read_as_the_year(count: int, month: int, day: int) -> None:
    text = f"点击量:{count}\n{month}月{day}日,市政府召开会议"
    ref = f"2011-{month:02d}-28"  # (a day and month far both ways from ref are unread)
    ((span, value),) = _found(text, "zh", ref)  # the day, in a year near ref's
    assert span == f"{month}月{day}日"
    assert value[4:] == f"-{month:02d}-{day:02d}" and value[:4] in {"2010", "2011", "2012"}


# The Devanagari danda ends a Hindi sentence: the future of the next sentence ("होंगे") is not
# the tense of the weekday before it. https://www.patrika.com/dholpur-news/
# kavi-sammelan-on-23rd-and-bollywood-night-on-25th-20101836
def test_the_danda_ends_a_sentence() -> None:
    text = (
        "तो वहीं गुरुवार से सांस्कृतिक कार्यक्रमों की भी शुरुआत हो चुकी है। "
        "इस बार मेला में 22 दिनों तक कार्यक्रम आयोजित होंगे।"
    )
    assert _found(text, "hi", "2025-11-14") == [("गुरुवार", "2025-11-13")]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"]))
def test_a_weekday_of_a_past_sentence_is_on_or_before_ref(weekday: str) -> None:
    text = f"{weekday} को बैठक हो चुकी है। अगली बैठक में फैसले होंगे।"
    ref = datetime.date(2025, 11, 14)
    (found,) = find_dates(text, lang="hi", ref=PartialDate(ref.isoformat()))
    day = datetime.date.fromisoformat(str(found.value))
    assert ref - datetime.timedelta(days=6) <= day <= ref


# Hebrew names the first of a month by the cardinal as well as by the ordinal ("האחד במאי":
# May Day); the month alone was read, dropping the day the text states.
# https://socialbauhaus.org/Haifa/בית-מועצת-פועלי-חיפה
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ב-1927 התכנס הקהל לחגיגת האחד במאי בבית הפועלים",
            [("1927", "1927"), ("האחד במאי", "1927-05-01")],
        ),
        ("באחד בינואר 2024 ייכנס החוק לתוקף", [("באחד בינואר 2024", "2024-01-01")]),
        ("הראשון במאי 1927", [("הראשון במאי 1927", "1927-05-01")]),
        ("שבעה במאי 1927", [("במאי 1927", "1927-05")]),  # a bare cardinal: a count, as before
    ],
)
def test_hebrew_first_of_the_month_as_a_cardinal(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text, "he") == expected


# A Persian season of a Solar Hijri year is its three months, not the whole year.
# https://shahraranews.ir/fa/amp/news/102726
def test_persian_season_of_a_solar_year() -> None:
    text = "شهردار مشهد از اقدامات مدیریت شهری برای استقبال از بهار ۱۴۰۱ گفت."
    assert _found(text, "fa") == [("بهار ۱۴۰۱", "2022-03-21/2022-06-21")]


_SEASONS = {"بهار": 1, "تابستان": 2, "پاییز": 3, "زمستان": 4}


@settings(max_examples=60, deadline=None)
@given(year=st.integers(min_value=1350, max_value=1450), season=st.sampled_from(sorted(_SEASONS)))
def test_a_persian_season_is_its_three_months(year: int, season: str) -> None:
    first_month = 3 * _SEASONS[season] - 2
    last_month = first_month + 2
    start = datetime.date(*persian.to_gregorian(year, first_month, 1))
    end = datetime.date(*persian.to_gregorian(year, last_month + 1, 1)) - datetime.timedelta(1)
    if last_month == 12:
        end = datetime.date(*persian.to_gregorian(year + 1, 1, 1)) - datetime.timedelta(1)
    digits = str(year).translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    assert _found(f"در {season} {digits} برگزار شد", "fa") == [
        (f"{season} {digits}", f"{start.isoformat()}/{end.isoformat()}")
    ]


# Gujarati writes yesterday and tomorrow with a short or a long i (ગઇકાલ, ગઈકાલ), as the
# stem before a time of day ("ગઈકાલ રાત્રે": last night) and with the genitive ("ગઈકાલની").
# https://wideo.ovh/video/x8c6bb3/બનાસકાંઠામાં-દુકાનોમાં-પાણી-ભરાયા
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("બનાસકાંઠા જિલ્લામાં ગઇકાલ રાત્રે ધોધમાર વરસાદ પડયો હતો.", [("ગઇકાલ", "2022-07-01")]),
        ("ગઇકાલે વરસાદ પડ્યો હતો.", [("ગઇકાલે", "2022-07-01")]),
        ("ગઈકાલની બેઠકમાં નિર્ણય લેવાયો.", [("ગઈકાલની", "2022-07-01")]),
        ("આવતીકાલ સવારે બેઠક થશે.", [("આવતીકાલ", "2022-07-03")]),
        ("કાલે બેઠક છે.", []),  # કાલે alone: yesterday or tomorrow, not read
    ],
)
def test_gujarati_yesterday_and_tomorrow_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text, "gu", "2022-07-02") == expected


# A year with the Gujarati accusative glued to it: "2023ને ગુડ બાય" (goodbye to 2023).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("વર્ષ 2023ને ગુડ બાય કહેવા લોકો ઉમટ્યા.", [("વર્ષ 2023ને", "2023")]),
        ("2024નાં કાર્યક્રમો જાહેર થયા.", [("2024નાં", "2024")]),
    ],
)
def test_gujarati_year_with_a_glued_case_ending(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text, "gu") == expected


# "29日起" (from the 29th) is the day, as "5月29日起" is: 起 after a day is no count of days.
# http://caifu.b41.cn/zixun/2023/0424/11129.html
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "香港特区政府24日公布,将于29日起推出“开心香港”活动",
            [("24日", "2023-04-24"), ("29日", "2023-04-29")],
        ),
        ("本办法自1日起施行。", [("1日", "2023-05-01")]),
        ("30天起售", []),  # a count of days
    ],
)
def test_chinese_day_from_which(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text, "zh", "2023-04-24") == expected


# An English text keeps one order of day and month: a date that can be read one way only
# ("6/26/2018") shows it, and the ambiguous dates of the text follow it.
# https://harrisonburg-va.legistar.com/LegislationDetail.aspx?ID=3537485
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "File created: 6/12/2018 In control: City Council\nOn agenda: 6/26/2018",
            [("6/12/2018", "2018-06-12"), ("6/26/2018", "2018-06-26")],
        ),
        (
            "Issued 6/12/2018, in force 26/6/2018.",
            [("6/12/2018", "2018-12-06"), ("26/6/2018", "2018-06-26")],
        ),
        ("Issued 6/12/2018.", []),  # nothing shows the order: ambiguous, not read
        (
            "On 6/12/2018, 6/26/2018 and 26/6/2018.",  # both orders shown: none is the text's
            [("6/26/2018", "2018-06-26"), ("26/6/2018", "2018-06-26")],
        ),
    ],
)
def test_english_text_shows_its_numeric_order(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text, "en") == expected


@settings(max_examples=60, deadline=None)
@given(
    month=st.integers(min_value=1, max_value=12),
    day=st.integers(min_value=1, max_value=12),
    other=st.integers(min_value=13, max_value=28),
)
def test_an_ambiguous_date_follows_the_order_the_text_shows(
    month: int, day: int, other: int
) -> None:
    text = f"Filed {month}/{day}/2019. Heard {month}/{other}/2019."
    expected = [(f"{month}/{day}/2019", f"2019-{month:02d}-{day:02d}")]
    assert _found(text, "en")[:1] == expected
    text = f"Filed {day}/{month}/2019. Heard {other}/{month}/2019."
    assert _found(text, "en")[:1] == [(f"{day}/{month}/2019", f"2019-{month:02d}-{day:02d}")]


# A Gujarati year with the object ending ને is read, but anchors no later day of the
# sentence: the flower show after "કાર્નિવલ 2024ને રદ" starts in the next January.
# https://www.revoi.in/tag/postponed/
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "મનપા સંચાલિક કાંકરિયા કાર્નિવલ 2024ને રદ કરવામાં આવ્યો છે, એટલું જ નહીં તા. 1લી "
            "જાન્યુઆરીથી શરૂ થતા ફ્લાવર શોને",
            [("2024ને", "2024"), ("તા. 1લી જાન્યુઆરીથી", "XXXX-01-01")],
        ),
        (
            "વર્ષ 2024ને વિદાય આપી અને 1 જાન્યુઆરીએ ઉજવણી થઈ.",
            [("વર્ષ 2024ને", "2024"), ("1 જાન્યુઆરીએ", "XXXX-01-01")],
        ),
        # the year as the time of the sentence still dates its days
        ("વર્ષ 2024માં 5 જાન્યુઆરીએ ઉજવણી થઈ.", [("વર્ષ 2024માં", "2024"), ("5 જાન્યુઆરીએ", "2024-01-05")]),
    ],
)
def test_gujarati_object_year_anchors_no_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text, "gu") == expected


# Hindi closes a sentence with its finite verb: a future form there ("पहुँचेंगे": will reach)
# makes the sentence's weekday the coming one; a future ending inside the sentence may end a
# name ("योगी") and says nothing of its tense.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # bench/texts/places_blind15b/hi_c5.txt
            "मुख्यमंत्री भूपेश बघेल मंगलवार को जगदलपुर के दो दिवसीय दौरे पर पहुँचेंगे।",
            [("मंगलवार", "2024-03-19")],
        ),
        (  # bench/texts/places_blind12b/hi_b6.txt
            "मुख्यमंत्री योगी आदित्यनाथ से बुधवार को प्रतिनिधिमंडल ने शिष्टाचार भेंट की।",
            [("बुधवार", "2024-03-13")],
        ),
    ],
)
def test_hindi_future_verb_closing_the_sentence(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text, "hi", "2024-03-15") == expected
