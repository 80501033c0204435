"""Families found by the blind set 21b (ru, hi, gu, he, fa): literal positive and negative
cases from the pages the set quotes, and others written from the language's grammar and
calendars (Solar Hijri days counted with convertdate), not from the function under test."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citydiplo import DateParseError, PartialDate, find_dates, parse_date


def _values(text: str, lang: str, ref: str | None = None) -> list[str]:
    return [
        str(m.value) for m in find_dates(text, lang=lang, ref=PartialDate(ref) if ref else None)
    ]


def _parsed(text: str, lang: str, ref: str | None = None) -> str:
    return str(parse_date(text, lang=lang, ref=PartialDate(ref) if ref else None))


# --- a short dialling code with a star is no year
@pytest.mark.parametrize(
    "text",
    [
        # https://betshemesh.muni.il/news/187/
        "ניתן להתעדכן באתר החברה במוקד *2120 ובאמצעי התקשורת",
        # https://modiinet.co.il/articles/transportation/8296/ (the star after, right to left)
        "ניתן להתעדכן במוקד– 2120*.",
    ],
)
def test_star_code_is_no_year(text: str) -> None:
    assert _values(text, "he") == []


def test_year_in_emphasis_is_still_a_year() -> None:
    assert _values("In *2024* the council met.", "en") == ["2024"]
    assert _values("בשנת 2020 נפתח המוקד", "he") == ["2020"]


# --- Persian counts of companies, countries, works and booths
def test_persian_count_nouns() -> None:
    # http://artafaran.com/sn_42.aspx
    text = "تا به الان 1350 شرکت برای حضور در نمایشگاه از 27 کشور جهان ثبت نام کرده اند"
    assert _values(text, "fa") == []
    # https://www.iribnews.ir/fa/news/5593477
    assert _values("از ۴۵۰ اثر ارسال شده به دبیر خانه این جشنواره", "fa") == []
    # the year's word keeps the year
    assert _values("در سال 1350 شرکت تاسیس شد", "fa") == ["1971-03-21/1972-03-20"]


# --- a weekday of every month comes back: no date
def test_weekday_of_the_month_is_recurring() -> None:
    # https://www.patrika.com/lucknow-news/prepaid-meter-users-...-20276627
    text = (
        "आदेश के मुताबिक, बकाएदार की बिजली शाम 6 से 8 बजे के बीच और प्रत्येक महीने के"
        " दूसरे शनिवार और प्रत्येक रविवार को भी ना काटी जाए।"
    )
    assert _values(text, "hi", "2026-01-20") == []
    assert _values("દર મહિનાના બીજા શનિવારે રજા", "gu", "2026-01-20") == []
    # a day of the next month stays a date
    assert _parsed("अगले महीने की 5 तारीख को", "hi", "2026-12-02") == "2027-01-05"


# --- Gujarati December with the long vowel sign
def test_gujarati_december_long_i() -> None:
    # https://vishwakarmavishwa.com/news_detail.php?nid=139
    assert _values("ગુજરાતમાં 15 ડીસેમ્બર પહેલા યોજાઈ શકે છે ચૂંટણી", "gu") == ["XXXX-12-15"]
    assert _parsed("15 ડીસેમ્બરના રોજ", "gu", "2026-12-02") == "2026-12-15"


# --- Russian announcements: a timetable's present speaks of the coming weekday
@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # https://fn-volga.ru/news/view/id/171377 (Monday 13 September 2021)
        ("Так, в субботу в 10.00 стартует велопробег.", "2021-09-13", "2021-09-18"),
        # https://4vsar.ru/news/92823.html (Friday 28 July 2017)
        (
            "В субботу горожан ждут экскурсии по центральной части города.",
            "2017-07-28",
            "2017-07-29",
        ),
        ("В воскресенье саратовцев ждут экскурсии.", "2017-07-28", "2017-07-30"),
        ("В субботу прошёл велопробег.", "2021-09-13", "2021-09-11"),  # it took place
    ],
)
def test_russian_schedule_present_is_future(text: str, ref: str, expected: str) -> None:
    assert _parsed(text, "ru", ref) == expected


# --- two weekdays joined by "and" before the phrase naming their week share that week
@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        # https://shahrdarinews.com/detail.asp?lang_id=1&id=268982 (Tuesday 13 Tir 1402)
        (
            "اعضای شورای اسلامی شهر تهران با تعطیلی شورا برای روزهای یکشنبه و سه شنبه هفته آینده"
            " موافقت کردند.",
            "fa",
            "2023-07-04",
            ["2023-07-09", "2023-07-11"],
        ),
        ("The council meets on Sunday and Tuesday next week.", "en", "2026-12-02", None),
    ],
)
def test_weekdays_share_the_named_week(
    text: str, lang: str, ref: str, expected: list[str] | None
) -> None:
    values = _values(text, lang, ref)
    if expected is None:  # the week the country's calendar starts: both in the next one
        d = datetime.date.fromisoformat(ref)
        assert all(datetime.date.fromisoformat(v) > d + datetime.timedelta(2) for v in values)
        assert len(values) == 2
    else:
        assert values == expected


def test_lone_weekday_without_a_week_phrase_is_unchanged() -> None:
    assert _values("یکشنبه و سه شنبه", "fa", "2026-12-02") == ["2026-11-29", "2026-12-01"]


# --- Hindi: a coming day alone before को, never a count after आगामी
@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        # https://udaipurtimes.com/amp/news/Open-auction-of-stalls-in-fair/cid8111048.htm
        (
            "आगामी 28-29 को आयोजित होने वाले हरियाली अमावस्या मेले की तैयारी शुरू हो गई है।",
            "2022-07-25",
            ["2022-07-28/2022-07-29"],
        ),
        ("आगामी 5 को बैठक होगी", "2026-12-02", ["2026-12-05"]),
        ("आगामी 2 दिनों में बारिश होगी", "2026-12-02", []),
        ("आगामी 10 दिन तक", "2026-12-02", []),
        ("आगामी 18-19 दिसंबर को", "2026-12-02", ["2026-12-18/2026-12-19"]),
    ],
)
def test_hindi_coming_day_alone(text: str, ref: str, expected: list[str]) -> None:
    assert _values(text, "hi", ref) == expected


@given(st.integers(min_value=1, max_value=400))
def test_hindi_count_after_coming_word_is_never_a_day(n: int) -> None:
    for noun in ("दिनों में", "साल में", "महीनों में", "लोग"):
        assert _values(f"आगामी {n} {noun}", "hi", "2026-12-02") == []


# --- Persian: a span parted by a start verb and "continues", whatever the tense
@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        (
            "نمایشگاه از ۱۰ آذر آغاز شده و تا ۱۵ آذر ادامه دارد",
            "2026-12-02",
            "2026-12-01/2026-12-06",
        ),
        (
            "نمایشگاه از ۱۰ آذر آغاز شده و تا ۱۵ آذر ادامه خواهد داشت",
            "2026-12-02",
            "2026-12-01/2026-12-06",
        ),
        ("از ۲۸ آبان آغاز و تا ۳ آذر ادامه دارد", "2026-12-02", "2026-11-19/2026-11-24"),
    ],
)
def test_persian_span_parted_by_verbs(text: str, ref: str, expected: str) -> None:
    assert _parsed(text, "fa", ref) == expected


def test_persian_two_days_without_verbs_stay_two() -> None:
    with pytest.raises(DateParseError):
        parse_date("۱۰ آذر جلسه بود و ۱۵ آذر هم", lang="fa", ref=PartialDate("2026-12-02"))


# --- Russian: a night named by its two days
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Воды не будет в ночь с 9 на 10 ноября.", ["2025-11-09/2025-11-10"]),
        # https://prvadm.ru/novosti/zhkh/ppmup-vodokanal-informiruet
        (
            "ППМУП «Водоканал» в ночное время, с 17 на 18 января и с 18 на 19 января, планирует"
            " провести технологические работы.",
            ["2026-01-17/2026-01-18", "2026-01-18/2026-01-19"],
        ),
        ("встречу перенесли с 9 на 10 ноября", []),  # moved to the 10th: no night
        ("в ночь с 9 на 12 ноября", []),  # no night runs over three days
        ("стол размером 5 на 10 метров", []),
    ],
)
def test_russian_night_of_two_days(text: str, expected: list[str]) -> None:
    assert _values(text, "ru", "2025-11-07") == expected


def test_two_nights_are_never_one_of_them() -> None:
    text = "в ночное время, с 17 на 18 января и с 18 на 19 января"
    with pytest.raises(DateParseError):
        parse_date(text, lang="ru", ref=PartialDate("2025-11-07"))


# --- Gujarati: a first day with થી and a count of days is the span it states
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # https://atthistime.in/szvhbvnlodlwnzdt
        ("રાજકોટમાં આ વર્ષે 17 ઓગસ્ટથી પાંચ દિવસ સુધી મેળો થશે", "XXXX-08-17/XXXX-08-21"),
        ("17 ઓગસ્ટથી 5 દિવસ સુધી મેળો", "XXXX-08-17/XXXX-08-21"),
        ("17 ઓગસ્ટથી મેળો", "XXXX-08-17"),
    ],
)
def test_gujarati_first_day_and_count_of_days(text: str, expected: str) -> None:
    assert _parsed(text, "gu") == expected


def test_gujarati_count_past_the_month_runs_into_the_next() -> None:
    # (round 22: a count past a day-and-month's month ends in the next month)
    assert _values("28 ઓગસ્ટથી પાંચ દિવસ સુધી મેળો થશે", "gu") == ["XXXX-08-28/XXXX-09-01"]


@given(st.integers(min_value=1, max_value=27), st.integers(min_value=2, max_value=4))
def test_gujarati_count_span_lasts_the_count(day: int, n: int) -> None:
    value = _parsed(f"{day} ઓગસ્ટથી {n} દિવસ સુધી મેળો", "gu")
    assert value == f"XXXX-08-{day:02d}/XXXX-08-{day + n - 1:02d}"
