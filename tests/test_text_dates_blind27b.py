"""Dates of the 27b blind set (ru hi gu he fa): a dash before the time of a span of two days,
a span of years with a spaced dash, a Persian bare weekday beside a verb in the present,
"до конца" before a year, a square's name said again without its noun, Gujarati days with
an ordinal and a case ending, a weekday a word before the date it names, and two figures of
no Solar year after a Solar month."""

from __future__ import annotations

import pytest

from citydiplo import DateParseError, PartialDate, find_dates, parse_date


def _parsed(text: str, lang: str, ref: str | None) -> str | None:
    try:
        return str(parse_date(text, lang=lang, ref=PartialDate(ref) if ref else None))
    except DateParseError:
        return None


def _found(text: str, lang: str, ref: str | None) -> list[tuple[str, str]]:
    return [
        (m.text, str(m.value))
        for m in find_dates(text, lang=lang, ref=PartialDate(ref) if ref else None)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        # bench/date_blind17b_cases.jsonl: from noon on the 14th to the 15th, never the 14th alone
        ("તા.૧૪ના બપોરના -૧૨:૦૦ કલાકથી તા.૧૫ના", "gu", "2025-01-13", "2025-01-14/2025-01-15"),
        ("તા.૧૪ના બપોરના ૧૨:૦૦ કલાકથી તા.૧૫ના", "gu", "2025-01-13", "2025-01-14/2025-01-15"),
        # "કાલે" (tomorrow) beside the span: not the 14th alone, no guess
        ("કાલે તા.૧૪ના બપોરના -૧૨:૦૦ કલાકથી તા.૧૫ના", "gu", "2025-05-13", None),
        # a year, a spaced dash and the next year's figures: the span, never the first year
        ("the 2024 - 25 season", "en", None, "2024/2025"),
        ("сезон 2024 – 25 годов", "ru", None, "2024/2025"),
        ("in 2024 - 30 people", "en", None, "2024"),  # (no next year: the year, as before)
        # https://dydobvr.blogspot.com/2024/08: with a fiscal year the bare span stays unread
        ("નવરાત્રી રાસ-ગરબા સ્પર્ધા ૨૦૨૪ - ૨૫ યોજાશે .", "gu", "2024-08", None),
        # https://media.isna.ir/news/1403030201288 (a Wednesday): the offices close on Thursday
        ("پنجشنبه ادارات آذربایجانغربی تعطیل است", "fa", "2024-05-22", "2024-05-23"),
        ("پنجشنبه ادارات تعطیل بود", "fa", "2024-05-22", "2024-05-16"),
        ("شهردار روز دوشنبه از پروژه بازدید کرد", "fa", "2024-05-22", "2024-05-20"),
        # http://khabarovsk-news.net/other/2022/06/03/159053.html
        ("А до конца 2022 года планируется ввод еще одного", "ru", "2022-06-03", "2022~"),
        ("к концу мая", "ru", "2022-03-01", "2022-05~"),
        # https://gujaratsamachar.com/news/gujarat/gtu-exams-postponed-due-to-ram-mandir-...
        ("GTU ની 22મીની પરીક્ષાઓ મોકૂફ રખાઇ", "gu", "2024-01-20", "2024-01-22"),
        ("22મીના રોજ બેઠક મળશે", "gu", "2024-01-20", "2024-01-22"),
        ("1લીના રોજ બેઠક મળશે", "gu", "2024-01-20", "2024-02-01"),
        # https://indiacrimemirror.com/?p=2579: begins on 26 March and ends on 8 April
        (
            "પરીક્ષા આગામી 26મી માર્ચથી શરૂ થશે અને 8મી એપ્રિલે પૂરી થશે.",
            "gu",
            None,
            "XXXX-03-26/XXXX-04-08",
        ),
        ("26 માર્ચે પરીક્ષા પૂરી થઈ", "gu", None, "XXXX-03-26"),
        # two figures after a Solar month that name no year of its decades: unread, not ref's
        ("۱۵ مهر ۲۴", "fa", "2025-11-01", None),
        ("۱۵ مهر ۰۴", "fa", "2025-11-01", "2025-10-07"),
        ("۱۴ مرداد ۹۶", "fa", "2025-11-01", "2017-08-05"),
    ],
)
def test_parse(text: str, lang: str, ref: str | None, expected: str | None) -> None:
    assert _parsed(text, lang, ref) == expected


def test_square_named_again_is_no_date() -> None:
    # https://en.rasanews.ir/fa/news/796222
    text = (
        "وی افزود: مراسم ۱۳ آبان با راهپیمایی دانش آموزی در خیابان شهید رجایی از مقابل مخابرات "
        "تا میدان ۱۵ خرداد و مراسم در خیابان ۱۲ آبان «حدفاصل ۱۵ خرداد تا دروازه دولت» برگزار میشود."
    )
    assert _found(text, "fa", "2025-11-01") == [("۱۳ آبان", "2025-11-04")]
    # the date before the square's name keeps its reading
    assert _found("مراسم ۱۵ خرداد در میدان ۱۵ خرداد برگزار می‌شود", "fa", "2025-05-01") == [
        ("۱۵ خرداد", "2025-06-05")
    ]


def test_weekday_before_its_date() -> None:
    # https://www.mehrnews.com/news/6581557: "Black Friday, 17 Shahrivar 1357", a Friday
    text = "آیین گرامیداشت یاد و نام شهدای جمعه خونین ۱۷ شهریور سال ۵۷ همزمان با سراسر کشور"
    assert _found(text, "fa", "2025-09-06") == [("۱۷ شهریور سال ۵۷", "1978-09-08")]
    # the same weekday said twice: both kept, as before
    assert len(_found("Thứ 2 Thứ 2", "vi", "2024-03-15")) == 2


def test_span_beside_tomorrow_in_running_text() -> None:
    # bench/date_blind17b_cases.jsonl (Morbi water cut)
    text = (
        "મોરબી : મોરબીમાં કાલે તા.૧૪ના બપોરના -૧૨:૦૦ કલાકથી તા.૧૫ના સવારના ૦૬:૦૦ વાગ્યા સુધી "
        "પાણી કાપ જાહેર કરવામાં આવ્યો છે."
    )
    assert _found(text, "gu", "2025-05-13") == [
        ("તા.૧૪ના બપોરના -૧૨:૦૦ કલાકથી તા.૧૫ના", "2025-05-14/2025-05-15")
    ]


def test_hindi_days_with_va_are_the_span() -> None:
    # https://samachargarh.com/change-in-dates-of-shahar-chalo-abhiyan-camp-in-sridungargarh/
    text = "बोथरा भवन (बोथरा कुआं रोड) पर 15 व 16 सितम्बर को प्रस्तावित कैम्प अस्थाई रूप से निरस्त"
    assert _found(text, "hi", "2025-09-14") == [("15 व 16 सितम्बर", "2025-09-15/2025-09-16")]
