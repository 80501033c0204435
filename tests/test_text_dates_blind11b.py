"""Families found by the blind set 11b (ru, hi, gu, he, fa): literal positive and negative
cases, each written from the language's grammar and calendars, not from the function under
test."""

from __future__ import annotations

import pytest

from citydiplo import DateParseError, PartialDate, find_dates, parse_date


def _values(text: str, lang: str, ref: PartialDate | None = None) -> list[str]:
    return [str(m.value) for m in find_dates(text, lang=lang, ref=ref)]


# --- "about N" before a counter or a noun of quantity is a count, not an approximate year
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("hi", "सूत्रों के मुताबिक यह लगभग 1850 करोड़ रुपए का बजट होगा"),
        ("hi", "लगभग 1850 लोग"),
        ("ru", "около 1900 человек"),
        ("ru", "примерно 2000 рублей"),
        ("fa", "حدود ۱۸۵۰ میلیارد تومان"),
        ("en", "about 2000 people"),
        ("en", "about $2000"),
    ],
)
def test_about_a_count_is_no_year(lang: str, text: str) -> None:
    assert find_dates(text, lang=lang) == []
    with pytest.raises(DateParseError):
        parse_date(text, lang=lang)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "около 2020 года", "2020~"),  # a year word: the approximate year
        ("ru", "около 2020", "2020~"),
        ("hi", "लगभग 2020 में", "2020~"),
        ("en", "around 2020", "2020~"),
        ("en", "mid-2025", "2025~"),
    ],
)
def test_about_a_year_stays_approximate(lang: str, text: str, expected: str) -> None:
    assert str(parse_date(text, lang=lang)) == expected


# --- a house, plot or plate number after its abbreviation is no year
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("hi", "मकान नं. 1947"),
        ("gu", "મકાન નં. 1947"),
        ("gu", "પ્લોટ નં. 2023/45"),
        ("fa", "پلاک ۱۴۰۲"),
        ("ru", "д. 1947"),
        ("ru", "ул. Ленина, д. 1945"),
    ],
)
def test_a_numbered_thing_is_no_year(lang: str, text: str) -> None:
    assert find_dates(text, lang=lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [("ru", "в 1947 году", "1947"), ("hi", "वर्ष 1947 में", "1947"), ("gu", "વર્ષ 1947માં", "1947")],
)
def test_a_year_with_its_word_stays(lang: str, text: str, expected: str) -> None:
    assert str(parse_date(text, lang=lang)) == expected


# --- Gujarati months as the news spells them: anusvara for the nasal, ક and ટ unjoined
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("29 સપ્ટેબર 2019", "2019-09-29"),
        ("29 સપ્ટેંબર 2019", "2019-09-29"),
        ("તા. ૩૦ ઓકટોબર ૨૦૨૪", "2024-10-30"),
        ("5 નવેંબર 2024", "2024-11-05"),
        ("12 ડિસેંબર 2023", "2023-12-12"),
        ("15 ઓગષ્ટ 2022", "2022-08-15"),
    ],
)
def test_gujarati_month_spellings(text: str, expected: str) -> None:
    assert str(parse_date(text, lang="gu")) == expected


def test_a_gujarati_span_with_a_variant_month_keeps_its_start() -> None:
    text = "29 સપ્ટેબર થી 7 ઓક્ટોબર સુધી નવરાત્રી મહોત્સવ 2019નું આયોજન કરવામાં આવ્યું છે."
    assert str(parse_date(text, lang="gu", ref=PartialDate("2019-09-30"))) == (
        "2019-09-29/2019-10-07"
    )
    assert "2019-10-07" not in _values(text, "gu", PartialDate("2019-09-30"))


# --- a page date with dots and a two-figure year: one figure for the day or the month
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("he", "8.6.16", "2016-06-08"),
        ("he", "13.6.25", "2025-06-13"),
        ("he", "דיווחי מגדלור ניוז | 13.6.25 | 11:58", "2025-06-13"),
        ("he", "ביום רביעי ה- 8.6.16 יתקיים אירוע", "2016-06-08"),  # 8 June 2016: a Wednesday
        ("he", "יום ב', 7.4.25, נחנכה הגינה", "2025-04-07"),  # 7 April 2025: a Monday
        ("ru", "7.4.25", "2025-04-07"),
        ("he", "בין התאריכים 13-15.10.24, בין השעות 9:00-15:00", "2024-10-13/2024-10-15"),
        ("he", "בתאריכים 21-25/8/22 יתבצעו עבודות", "2022-08-21/2022-08-25"),
    ],
)
def test_short_dotted_dates_and_their_spans(lang: str, text: str, expected: str) -> None:
    assert str(parse_date(text, lang=lang)) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [("he", "גרסה 5.6.16"), ("ru", "версия 2.10.15"), ("he", "5.25.10"), ("ru", "2.10.5")],
)
def test_versions_and_impossible_months_stay_unread(lang: str, text: str) -> None:
    assert find_dates(text, lang=lang) == []


def test_a_weekday_beside_a_short_dotted_date_is_checked() -> None:
    with pytest.raises(DateParseError):  # 7 April 2025 is a Monday, no Tuesday
        parse_date("יום ג', 7.4.25", lang="he")


# --- Gujarati: the locative day suffix dates a day alone; the plain ordinal does not
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("નગરપાલિકા 19મીએ બેઠક મળશે", "2022-02-19"),  # on the 19th (to come)
        ("ગઈ 2જીએ સભા મળી હતી", "2022-02-02"),  # on the 2nd (past)
        ("1લીએ", "2022-02-01"),
    ],
)
def test_gujarati_day_on_its_own(text: str, expected: str) -> None:
    assert str(parse_date(text, lang="gu", ref=PartialDate("2022-02-15"))) == expected


@pytest.mark.parametrize("text", ["19મી સદી", "150મી જન્મજયંતિ", "35મીએ"])
def test_gujarati_ordinals_that_are_no_day(text: str) -> None:
    assert find_dates(text, lang="gu", ref=PartialDate("2022-02-15")) == []


# --- a year written in words after a day and month: not read, so the day is no mention
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "первого сентября две тысячи двадцать четвёртого года"),
        ("hi", "सात अप्रैल दो हज़ार दस"),
        ("gu", "પાંચ મે બે હજાર દસ"),
        ("he", "בשבעה במאי אלפיים ועשר"),
        ("fa", "پنجم مهر یک هزار و چهارصد و دو"),
    ],
)
def test_a_year_in_words_is_never_replaced_by_refs(lang: str, text: str) -> None:
    ref = PartialDate("2025-06-01")
    assert find_dates(text, lang=lang, ref=ref) == []
    with pytest.raises(DateParseError):
        parse_date(text, lang=lang, ref=ref)


def test_a_year_in_figures_after_the_day_is_read() -> None:
    assert str(parse_date("первого сентября 2024 года", lang="ru")) == "2024-09-01"
    assert str(parse_date("सात अप्रैल 2010", lang="hi")) == "2010-04-07"


# --- a word for a day and the date it names, side by side ("that is", "in the evening")
@pytest.mark.parametrize(
    ("lang", "text", "ref", "expected"),
    [
        ("hi", "एक दिन बाद यानी 27 अगस्त को गणेश उत्सव शुरू हो रहा है", None, "XXXX-08-27"),
        ("he", "באירוע שנערך אתמול בערב (29.11, יום שני) בקניון", None, "XXXX-11-29"),
        ("he", "באירוע שנערך אתמול בערב (29.11, יום שני) בקניון", "2021-11-30", "2021-11-29"),
        ("he", "תושבי העיר חנכו השבוע, יום ב', 7.4.25, את הגינה", None, "2025-04-07"),
        ("he", "תושבי העיר חנכו השבוע, יום ב', 7.4.25, את הגינה", "2025-04-09", "2025-04-07"),
    ],
)
def test_a_day_named_twice(lang: str, text: str, ref: str | None, expected: str) -> None:
    when = PartialDate(ref) if ref else None
    assert str(parse_date(text, lang=lang, ref=when)) == expected


def test_a_day_named_twice_must_agree() -> None:
    # "yesterday" of 5 December 2021 is the 4th, not 29 November: two dates, none chosen
    with pytest.raises(DateParseError):
        parse_date(
            "באירוע שנערך אתמול בערב (29.11, יום שני) בקניון",
            lang="he",
            ref=PartialDate("2021-12-05"),
        )


# --- a weekday's name inside a title: "امام جمعه" is the Friday prayer leader
@pytest.mark.parametrize(
    "text", ["با حضور امام جمعه، فرماندار و شهردار", "نماز جمعه برگزار شد", "خطیب جمعه گفت"]
)
def test_a_weekday_in_a_title_is_no_date(text: str) -> None:
    assert find_dates(text, lang="fa", ref=PartialDate("2021-02-09")) == []


def test_a_persian_weekday_stays_a_date() -> None:
    # 9 February 2021 is a Tuesday: the Friday before it is the 5th
    assert _values("روز جمعه جلسه برگزار شد", "fa", PartialDate("2021-02-09")) == ["2021-02-05"]
    text = "همزمان با دهه فجر (21 بهمن ماه) با حضور امام جمعه، فرماندار و شهردار افتتاح شد."
    assert str(parse_date(text, lang="fa", ref=PartialDate("2021-02-09"))) == "2021-02-09"


# --- a month named with "next" or "last" after it (Hebrew, Persian) or before it (Russian):
# the next or the last such month, never the one of ``ref``'s year when that is the other way
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("he", "בינואר הבא", "2026-01"),  # next January, from November 2025
        ("he", "במרץ הקרוב", "2026-03"),
        ("he", "בדצמבר שעבר", "2024-12"),  # last December
        ("he", "בדצמבר האחרון", "2024-12"),
        ("he", "ביולי שעבר", "2025-07"),
        ("fa", "ژانویه آینده", "2026-01"),
        ("fa", "دسامبر گذشته", "2024-12"),
        ("ru", "в прошлом декабре", "2024-12"),
        ("ru", "в следующем январе", "2026-01"),
        ("ru", "в минувшем октябре", "2025-10"),
        ("ru", "в январе будущего года", "2026-01"),
        ("ru", "в марте нынешнего года", "2025-03"),
        ("ru", "в наступающем году", "2026"),
    ],
)
def test_next_and_last_months(lang: str, text: str, expected: str) -> None:
    assert str(parse_date(text, lang=lang, ref=PartialDate("2025-11-12"))) == expected


def test_a_weekday_with_last_after_it_is_unchanged() -> None:
    ref = PartialDate("2025-11-12")  # a Wednesday
    assert str(parse_date("ביום שישי האחרון", lang="he", ref=ref)) == "2025-11-07"
    assert str(parse_date("в прошлую пятницу", lang="ru", ref=ref)) == "2025-11-07"


# --- "more than" / "almost" N years ago: about that year, never exactly it
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "более 20 лет назад", "2005~"),
        ("ru", "почти 20 лет назад", "2005~"),
        ("ru", "около 20 лет назад", "2005~"),
        ("fa", "بیش از ۲۰ سال پیش", "2005~"),
        ("fa", "حدود ۲۰ سال پیش", "2005~"),
    ],
)
def test_more_than_n_years_ago_is_approximate(lang: str, text: str, expected: str) -> None:
    assert str(parse_date(text, lang=lang, ref=PartialDate("2025-11-12"))) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "более 2000 человек"),
        ("ru", "свыше 1500 участников"),
        ("fa", "بیش از ۱۴۰۰ نفر"),
        ("fa", "نزدیک به ۱۴۰۰ میلیارد تومان"),
    ],
)
def test_more_than_a_count_is_no_year(lang: str, text: str) -> None:
    assert find_dates(text, lang=lang) == []


# --- counts of rooms, votes, candidates; lines, boxes and rooms numbered: no dates
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("he", "דירת 3.5 חדרים"),  # a flat of three and a half rooms, no 3 May
        ("he", "1948 מצביעים"),
        ("he", "ת.ד. 1947"),
        ("he", "קו 1948"),
        ("he", "חדר 1917"),
        ("hi", "1947 वोट मिले"),
        ("hi", "रु. 1999 में"),
        ("gu", "2020 ઉમેદવારો"),
        ("gu", "1950 મતથી જીત"),
        ("gu", "રૂ. 1999"),
        ("fa", "اتوبوس خط ۱۴۰۰"),
        ("fa", "۱۴۰۲ برنامه اجرا شد"),
        ("ru", "автобус 1905 маршрута"),
    ],
)
def test_counts_and_numbered_things_are_no_dates(lang: str, text: str) -> None:
    assert find_dates(text, lang=lang, ref=PartialDate("2025-11-12")) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("he", "3.5.2024", "2024-05-03"),
        ("hi", "वर्ष 1947 में वोट पड़े", "1947"),
        ("gu", "વર્ષ 2020માં ઉમેદવારો", "2020"),
        ("fa", "در سال ۱۴۰۲ برنامه اجرا شد", "2023-03-21/2024-03-19"),
    ],
)
def test_dates_beside_those_words_stay(lang: str, text: str, expected: str) -> None:
    assert str(parse_date(text, lang=lang)) == expected


# --- Russian "г." glued to a date in figures; Hebrew short months with an ASCII geresh
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "12.11.2025г.", "2025-11-12"),
        ("ru", "Постановление от 12.11.2025г. № 15", "2025-11-12"),
        ("ru", "12.11.2025г", "2025-11-12"),
        ("he", "12 בנוב' 2025", "2025-11-12"),
        ("he", "3 בספט' 2024", "2024-09-03"),
        ("he", "בינו' 2024", "2024-01"),
    ],
)
def test_abbreviations_glued_or_typed(lang: str, text: str, expected: str) -> None:
    assert str(parse_date(text, lang=lang)) == expected


def test_other_letters_glued_to_a_date_still_hide_it() -> None:
    assert find_dates("12.11.2025гб", lang="ru") == []


# --- "last" and "coming" before a weekday or a month: Hindi "बीते", "गत"; Gujarati "ગત",
# "ગઈ"; Russian "в ближайшую"; Persian "هفته جاری" (the current week)
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("hi", "बीते बुधवार", "2025-11-05"),  # ref is a Wednesday: the one before
        ("hi", "गत बुधवार को", "2025-11-05"),
        ("hi", "गत मंगलवार को", "2025-11-11"),
        ("hi", "बीते दिसंबर में", "2024-12"),
        ("hi", "आने वाले रविवार को", "2025-11-16"),
        ("gu", "ગત બુધવારે", "2025-11-05"),
        ("gu", "ગત ડિસેમ્બરમાં", "2024-12"),
        ("ru", "в ближайшую субботу", "2025-11-15"),
        ("ru", "в ближайшее воскресенье", "2025-11-16"),
        ("fa", "هفته جاری", "2025-11-10/2025-11-16"),
        ("fa", "همین هفته", "2025-11-10/2025-11-16"),
    ],
)
def test_last_and_coming_modifiers(lang: str, text: str, expected: str) -> None:
    assert str(parse_date(text, lang=lang, ref=PartialDate("2025-11-12"))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ગઈ 25મીએ સભા મળી હતી", "2022-01-25"),  # the last 25th, before 15 February
        ("આગામી 5મીએ સભા મળશે", "2022-03-05"),  # the coming 5th
    ],
)
def test_gujarati_last_and_coming_day(text: str, expected: str) -> None:
    assert str(parse_date(text, lang="gu", ref=PartialDate("2022-02-15"))) == expected


def test_recent_days_are_no_date() -> None:
    assert find_dates("बीते दिनों", lang="hi", ref=PartialDate("2025-11-12")) == []


# --- Russian ordinal days: "1-е мая", "к 9-му мая"; an ordinal before a noun is no day
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1-е мая", "2025-05-01"),
        ("к 9-му мая", "2025-05-09"),
        ("9-е мая 2024 года", "2024-05-09"),
        ("1-го мая", "2025-05-01"),
        ("15-го числа", "2025-11-15"),
    ],
)
def test_russian_ordinal_days(text: str, expected: str) -> None:
    assert str(parse_date(text, lang="ru", ref=PartialDate("2025-11-12"))) == expected


@pytest.mark.parametrize(
    "text",
    [
        "с 3-го этажа",  # from the third floor
        "на 3-м этаже",
        "на 25-м заседании",  # at the 25th session
        "принят в 1-м чтении",  # passed in the first reading
        "депутаты 7-го созыва",  # deputies of the 7th convocation
        "на 2-е место",
    ],
)
def test_russian_ordinals_of_things_are_no_days(text: str) -> None:
    assert find_dates(text, lang="ru", ref=PartialDate("2025-11-12")) == []


# --- the Persian thirtieth as written ("سی‌ام"): the day, never the whole month
@pytest.mark.parametrize("text", ["سی‌ام آبان ۱۴۰۳", "سی ام آبان ۱۴۰۳"])
def test_persian_thirtieth(text: str) -> None:
    assert str(parse_date(text, lang="fa")) == "2024-11-20"  # 30 Aban 1403


@pytest.mark.parametrize("text", ["Минск стал 14-м побратимом.", "5-е число"])
def test_russian_ordinal_endings_date_a_day_only_before_its_month(text: str) -> None:
    assert find_dates(text, lang="ru", ref=PartialDate("2018-06-20")) == []


# --- Gujarati "થી" (from) glued to the year of a full date reads as when spaced: the date it
# states (a word of start; only "થી અત્યાર સુધી", until now, opens the span)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 ઓક્ટોબર 2025થી અમલમાં", "2025-10-01"),
        ("5 માર્ચ 2024 થી", "2024-03-05"),
        ("માર્ચ 2024થી", "2024-03"),
        ("5 માર્ચ 2024થી 10 માર્ચ 2024 સુધી", "2024-03-05/2024-03-10"),
        ("5 માર્ચ 2024ના રોજ", "2024-03-05"),
    ],
)
def test_gujarati_from_a_date(text: str, expected: str) -> None:
    assert str(parse_date(text, lang="gu")) == expected


# --- a weekday of this week: the day of the current week (CLDR's first day of the week of the
# language's territory), never the last such day before ref
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "в пятницу на этой неделе", "2025-11-14"),  # ref is Wednesday 12 November
        ("he", "ביום שישי השבוע", "2025-11-14"),
        ("hi", "इस सप्ताह शुक्रवार को", "2025-11-14"),
        ("fa", "جمعه این هفته", "2025-11-14"),
        ("fa", "یکشنبه هفته جاری", "2025-11-09"),  # the Iranian week starts on Saturday
    ],
)
def test_a_weekday_of_this_week(lang: str, text: str, expected: str) -> None:
    ref = PartialDate("2025-11-12")
    assert str(parse_date(text, lang=lang, ref=ref)) == expected
    assert _values(text, lang, ref) == [expected]


def test_a_weekday_with_its_preposition_between_commas_is_a_day() -> None:
    # "в четверг" listed between two counts keeps its preposition: the mention quotes it,
    # and parse_date reads the mention's text alone to the same day
    ref = PartialDate("2025-06-12")
    found = find_dates("3 дня назад, в четверг, 3 дня назад", lang="ru", ref=ref)
    assert [(m.text, str(m.value)) for m in found][1] == ("в четверг", "2025-06-12")
    assert str(parse_date("в четверг", lang="ru", ref=ref)) == "2025-06-12"
