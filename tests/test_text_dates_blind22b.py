"""Cases of the blind22b set (real pages, quoted) and the laws behind the rules they led to."""

from __future__ import annotations

import datetime

from hypothesis import given
from hypothesis import strategies as st

from citydiplo import PartialDate, find_dates, parse_date


def test_ru_night_across_the_new_year() -> None:
    # http://m.taxifm.ru/news/940.htm
    text = (
        "В связи с проведением новогодних мероприятий, в ночь с 31 декабря на 1 января, "
        "10 московских улиц будут перекрыты для автомобильного транспорта."
    )
    assert str(parse_date(text, lang="ru", ref=PartialDate("2012-12-28"))) == (
        "2012-12-31/2013-01-01"
    )


def test_ru_night_days_apart_stay_unread_as_one_span() -> None:
    values = [str(m.value) for m in find_dates("в ночь с 30 декабря на 1 января", lang="ru")]
    assert "XXXX-12-30/XXXX-01-01" not in values and len(values) == 2


def test_hi_count_span_past_the_month() -> None:
    ref = PartialDate("2026-12-03")
    got = parse_date("मेला 25 नवंबर से 10 दिनों तक चलेगा", lang="hi", ref=ref)
    assert str(got) == "2026-11-25/2026-12-04"


def test_hi_hours_are_no_count_span() -> None:
    # https://www.haribhoomi.com/state-local/delhi-ncr/delhi-power-cut-no-electricity-supply-outage-on-10-june-in-11-areas-631808
    assert find_dates("जानकारी के अनुसार, 2 से 4 घंटों के लिए बिजली कटौती की जाएगी।", lang="hi") == []


@given(st.integers(1, 11), st.integers(1, 31), st.integers(2, 10))
def test_hi_count_span_lasts_the_count(month: int, day: int, count: int) -> None:
    names = ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर",
             "अक्टूबर", "नवंबर", "दिसंबर"]  # fmt: skip
    try:
        start = datetime.date(2025, month, day)
    except ValueError:
        return
    text = f"{day} {names[month - 1]} से {count} दिनों तक"
    ref = PartialDate(f"2025-{month:02d}-01")  # (a month far both ways from ref is unread)
    got = [m.value for m in find_dates(text, lang="hi", ref=ref)]
    if month == 2 or (start + datetime.timedelta(days=count - 1)).month - month > 1:
        return  # (February's length needs the year; a count past the next month is unread)
    assert len(got) == 1
    low, high = str(got[0]).split("/")  # (the year is the resolver's: ref's or a neighbour)
    first = datetime.date.fromisoformat(low)
    assert (first.month, first.day) == (month, day)
    assert datetime.date.fromisoformat(high) - first == datetime.timedelta(days=count - 1)


def test_gu_this_year_holds_the_day_after_it() -> None:
    ref = PartialDate("2026-12-03")
    assert str(parse_date("આ વર્ષે 17 ઓગસ્ટથી મેળો થશે", lang="gu", ref=ref)) == "2026-08-17"


def test_gu_short_vowel_start_verb_joins_the_span() -> None:
    # https://chitralekha.com/news/education-department-announces-diwali-vacation-know-when-children-will-have-leave
    text = "જ્યારે પ્રાથમિક વિભાગમાં વેકેશન 17 ઑક્ટોબરથી શરુ થશે અને 6 નવેમ્બર સુધી રહેશે."
    assert [str(m.value) for m in find_dates(text, lang="gu")] == ["XXXX-10-17/XXXX-11-06"]


def test_he_hyphenated_prefix_is_no_day() -> None:
    # https://www.kikar.co.il/actualy/176036
    text = "הכתבה פורסמה ב-כ' בתמוז תשע\"ה | 07.07.15"
    values = {str(m.value) for m in find_dates(text, lang="he")}
    assert values == {"2015-07-07"}
