"""Families found by the blind set 10b (ru, hi, gu, he, fa): literal positive and negative
cases, each written from the language's grammar, not from the function under test."""

from __future__ import annotations

import pytest

from citydiplo import DateParseError, PartialDate, find_dates, parse_date

REF = PartialDate("2025-06-18")  # a Wednesday


def _values(text: str, lang: str, ref: PartialDate | None = None) -> list[str]:
    return [str(m.value) for m in find_dates(text, lang=lang, ref=ref)]


# --- an amount after a currency sign, a count after "in all", a standard's number: no year
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("hi", "₹ 1999 में उपलब्ध"),
        ("hi", "₹1999 में उपलब्ध"),
        ("ru", "билет за $ 2000"),
        ("he", "מחיר ₪ 1990 לזוג"),
        ("fa", "قیمت ﷼ ۱۴۰۰"),
        ("hi", "कुल 2024 मतदाता"),
        ("gu", "કુલ 2019 ઉમેદવારો"),
        ("ru", "всего 1980 зрителей"),
        ("ru", "вместимость 1980 зрителей"),
        ("he", 'סה"כ 2018 משתתפים'),
        ("fa", "مجموعاً ۱۴۰۲ شرکت‌کننده"),
        ("he", "תקן 1918"),
        ("ru", "ГОСТ 2013 на бетон"),
        ("fa", "استاندارد ۱۳۹۸ ملی"),
    ],
)
def test_an_amount_or_a_count_is_no_year(lang: str, text: str) -> None:
    assert find_dates(text, lang=lang) == []
    with pytest.raises(DateParseError):
        parse_date(text, lang=lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("hi", "वर्ष 1999 में उपलब्ध", "1999"),  # a year word, no sign: the year
        ("hi", "1999 में शुरू हुआ", "1999"),
        ("ru", "в 1980 году", "1980"),
        ("he", "בשנת 1918", "1918"),
        ("fa", "در سال ۱۴۰۲", "2023-03-21/2024-03-19"),
    ],
)
def test_a_year_without_sign_or_count_word_stays(lang: str, text: str, expected: str) -> None:
    assert str(parse_date(text, lang=lang)) == expected


# --- Hindi "कल"/"परसों", Gujarati "કાલે"/"પરમ દિવસે": decided by the verbs' tense only
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("hi", "कल नगर निगम की बैठक हुई थी।", "2025-06-17"),
        ("hi", "कल बैठक हुई", "2025-06-17"),
        ("hi", "महापौर कल दिल्ली पहुंचे", "2025-06-17"),
        ("hi", "कल नगर निगम की बैठक होगी।", "2025-06-19"),
        ("hi", "कल मेयर प्रतिनिधिमंडल से मिलेंगे", "2025-06-19"),
        ("hi", "परसों बैठक हुई थी", "2025-06-16"),
        ("hi", "परसों बैठक होगी", "2025-06-20"),
        ("gu", "કાલે બેઠક મળશે", "2025-06-19"),
        ("gu", "કાલે બેઠક યોજાઈ હતી", "2025-06-17"),
        ("gu", "પરમ દિવસે મેયરે મુલાકાત લીધી", "2025-06-16"),
        ("gu", "પરમ દિવસે કરાર થશે", "2025-06-20"),
    ],
)
def test_an_ambiguous_day_word_takes_the_tense_of_its_verbs(
    lang: str, text: str, expected: str
) -> None:
    assert str(parse_date(text, lang=lang, ref=REF)) == expected
    assert _values(text, lang, REF) == [expected]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("hi", "कल"),
        ("hi", "कल बैठक है"),  # present: no tense decides
        ("hi", "कल हुई बैठक में तय हुआ कि अगली बैठक होगी"),  # both tenses
        ("hi", "परसों"),
        ("gu", "કાલે"),
        ("gu", "કાલે બેઠક વિશે ચર્ચા"),  # "વિશે" (about) is no future verb
        ("gu", "કાલે બેઠક હતી અને આજે ફરી મળશે"),
    ],
)
def test_an_ambiguous_day_word_without_one_tense_is_not_read(lang: str, text: str) -> None:
    with pytest.raises(DateParseError):
        parse_date(text, lang=lang, ref=REF)
    assert not any(
        v in ("2025-06-17", "2025-06-19", "2025-06-16", "2025-06-20")
        for v in _values(text, lang, REF)
    )


def test_unambiguous_day_words_do_not_need_a_tense() -> None:
    assert str(parse_date("ગઈકાલે", lang="gu", ref=REF)) == "2025-06-17"
    assert str(parse_date("આવતીકાલે બેઠક", lang="gu", ref=REF)) == "2025-06-19"
    assert str(parse_date("आज बैठक हुई थी", lang="hi", ref=REF)) == "2025-06-18"


# --- counted spans: every unit in each direction the language writes it
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fa", "دو هفته دیگر", "2025-07-02"),
        ("fa", "۳ هفته دیگر", "2025-07-09"),
        ("fa", "سه روز دیگر", "2025-06-21"),
        ("gu", "બે સપ્તાહ પહેલા", "2025-06-04"),
        ("gu", "ત્રણ અઠવાડિયા પછી બેઠક થશે", "2025-07-09"),
        ("gu", "બે અઠવાડિયા અગાઉ", "2025-06-04"),
    ],
)
def test_counted_weeks(lang: str, text: str, expected: str) -> None:
    assert str(parse_date(text, lang=lang, ref=REF)) == expected


def test_counted_weeks_after_need_the_future_or_an_anchor() -> None:
    with pytest.raises(DateParseError):  # "after three weeks", nothing to count from
        parse_date("ત્રણ અઠવાડિયા પછી", lang="gu", ref=REF)


# --- Persian header dates: "۴ آذر - ۱۴۰۳", weekday - date
@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        ("۴ آذر - ۱۴۰۳", None, "2024-11-24"),
        ("یکشنبه - ۴ آذر - ۱۴۰۳", None, "2024-11-24"),
        ("• امروز : یکشنبه - ۴ آذر - ۱۴۰۳", "2024-11-24", "2024-11-24"),
        ("آذر - ۱۴۰۳", None, "2024-11-21/2024-12-20"),
        ("۱۰ آذر - ۱۴ دی ۱۴۰۳", None, "2024-11-30/2025-01-03"),
    ],
)
def test_persian_date_with_its_year_after_a_dash(text: str, ref: str | None, expected: str) -> None:
    assert str(parse_date(text, lang="fa", ref=ref)) == expected


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("شنبه - ۴ آذر - ۱۴۰۳", None),  # 4 Azar 1403 is a Sunday
        ("• امروز : شنبه - ۴ آذر - ۱۴۰۳", "2024-11-24"),
    ],
)
def test_a_weekday_that_is_not_the_date_is_no_apposition(text: str, ref: str | None) -> None:
    with pytest.raises(DateParseError):
        parse_date(text, lang="fa", ref=ref)


# --- Hebrew spans "מיום ... עד יום ..."
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("מיום 7.12.2025 עד יום 9.12.2025", "2025-12-07/2025-12-09"),
        ("נסיעה מיום 7.12.2025 ועד ליום 9.12.2025, כחלק", "2025-12-07/2025-12-09"),
        ("מ-7.12.2025 עד 9.12.2025", "2025-12-07/2025-12-09"),
    ],
)
def test_hebrew_span_from_day_to_day(text: str, expected: str) -> None:
    assert str(parse_date(text, lang="he")) == expected
    assert _values(text, "he") == [expected]


# --- a word for a day beside the date it names, without ref: the date stated
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("he", "צפויה להתקיים ביום רביעי הבא (26 באוקטובר) בשעה 11:00", "XXXX-10-26"),
        ("he", "שחל היום, ה-4 ביולי, האירה העירייה", "XXXX-07-04"),
        ("ru", "Сегодня, 27 июня", "XXXX-06-27"),
        ("ru", "вчера, 13 сентября", "XXXX-09-13"),
    ],
)
def test_a_day_word_beside_its_date_without_ref(lang: str, text: str, expected: str) -> None:
    assert str(parse_date(text, lang=lang)) == expected


@pytest.mark.parametrize(
    ("lang", "text", "ref"),
    [
        ("ru", "Сегодня, 28 июня", "2014-06-27"),  # with ref, the two must agree
        ("fa", "یکشنبه ۲۰۱۸", None),  # a weekday beside a year: the year drops the day
        ("he", "היום, 2019", None),
        ("ru", "в среду, в четверг, 13 сентября", None),  # two weekdays
        ("ru", "15, 20 мая", None),  # two days, not one named twice
    ],
)
def test_no_apposition_that_drops_or_contradicts(lang: str, text: str, ref: str | None) -> None:
    with pytest.raises(DateParseError):
        parse_date(text, lang=lang, ref=ref)


# --- "the day before, 13 September": after a comma the offset word names that day
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("где они побывали накануне, 13 сентября.", "XXXX-09-13"),
        ("накануне, 13 сентября", "XXXX-09-13"),
    ],
)
def test_offset_word_then_comma_is_apposition(text: str, expected: str) -> None:
    assert str(parse_date(text, lang="ru")) == expected
    assert _values(text, "ru") == [expected]


def test_offset_word_right_before_a_date_is_still_unread() -> None:
    assert find_dates("накануне 13 сентября", lang="ru") == []  # the eve of: not computed


# --- a year, then a day and month of it in the same clause
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("gu", "મહાનગરપાલિકાને વર્ષ 1973માં 19 નવેમ્બરના દિવસે દરજ્જો પ્રાપ્ત થયો હતો.", "1973-11-19"),
        ("ru", "в 1973 году 19 ноября", "1973-11-19"),
        ("ru", "в 1973 году, 19 ноября", "1973-11-19"),
        ("hi", "1973 में 19 नवंबर को", "1973-11-19"),
        ("he", "בשנת 1973, ב-19 בנובמבר", "1973-11-19"),
    ],
)
def test_a_year_then_its_day(lang: str, text: str, expected: str) -> None:
    assert str(parse_date(text, lang=lang)) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "в 1973 году. 19 ноября"),  # another sentence
        ("ru", "около 1973 года 19 ноября"),  # an approximate year dates no day
        ("he", "2018 ~ 1 בספטמבר"),  # a joint between: no apposition
        ("ru", "в 1973 году и 19 ноября 1975 года"),  # two dates
    ],
)
def test_no_year_then_day_across_marks(lang: str, text: str) -> None:
    with pytest.raises(DateParseError):
        parse_date(text, lang=lang)


# --- two dates joined by "and" are two dates; after "between", a span
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "в 2019 и 2021 годах", ["2019", "2021"]),
        ("he", "בשנים 2019 ו-2021", ["2019", "2021"]),
        ("hi", "2019 और 2021 में", ["2019", "2021"]),
        ("fa", "در سال‌های ۱۳۹۸ و ۱۴۰۰", ["2019-03-21/2020-03-19", "2021-03-21/2022-03-20"]),
        ("ru", "между 2019 и 2021 годами", ["2019/2021"]),
        ("he", "בין 2019 ו-2021", ["2019/2021"]),
        ("hi", "2019 और 2021 के बीच", ["2019/2021"]),
        ("fa", "بین سال‌های ۱۳۹۸ و ۱۴۰۰", ["2019-03-21/2022-03-20"]),
        ("ru", "с 2019 по 2021 год", ["2019/2021"]),
        ("he", "מ-2019 ל-2021", ["2019/2021"]),
    ],
)
def test_and_joins_a_span_only_after_between(lang: str, text: str, expected: list[str]) -> None:
    assert _values(text, lang) == expected
    if len(expected) > 1:
        with pytest.raises(DateParseError):
            parse_date(text, lang=lang)
    else:
        assert str(parse_date(text, lang=lang)) == expected[0]


# --- a day and month that names a street or square is no date
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "на улице 8 Марта прошёл субботник"),
        ("ru", "ул. 9 Мая, д. 5"),
        ("ru", "в сквере на площади 1 Мая"),
        ("fa", "در خیابان ۱۷ شهریور تهران"),
        ("fa", "میدان ۷ تیر"),
        ("fa", "بزرگراه ۲۲ بهمن"),
        ("he", "רחוב 14 במאי"),
        ("he", "בשדרות 15 במאי"),
        ("hi", "26 जनवरी मार्ग पर जाम"),
        ("gu", "26 જાન્યુઆરી માર્ગ પર"),
    ],
)
def test_a_street_named_after_a_date_is_no_date(lang: str, text: str) -> None:
    assert find_dates(text, lang=lang, ref=REF) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "субботник прошёл 8 марта", "2025-03-08"),
        ("ru", "улица открыта 8 марта 2020 года", "2020-03-08"),
        ("fa", "۱۵ خرداد", "2025-06-05"),
        ("he", "ב-14 במאי", "2025-05-14"),
        ("hi", "26 जनवरी को", "2025-01-26"),
    ],
)
def test_a_date_near_no_street_word_stays(lang: str, text: str, expected: str) -> None:
    assert str(parse_date(text, lang=lang, ref=REF)) == expected
