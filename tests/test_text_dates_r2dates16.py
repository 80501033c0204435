"""Second pass of round 16 (dates): literal positive and negative cases, each written from the
language's grammar and calendar, not from the function under test."""

from __future__ import annotations

import pytest

from citydiplo import PartialDate, find_dates, parse_date

_REF = PartialDate("2026-12-02")


def _values(text: str, lang: str, ref: PartialDate | None = None) -> list[str]:
    return [str(m.value) for m in find_dates(text, lang=lang, ref=ref)]


# --- an hour before a span word is no first day: "सुबह 10 से 12 मई तक" is from 10 in the
# morning until 12 May, never 10 to 12 May
@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        ("मेला सुबह 10 से 12 मई 2025 तक चलेगा", "hi", None, ["2025-05-12"]),
        # (a future verb closes the sentence, "रहेगा": the coming 12 May after a December ref)
        ("सुबह 10 से 12 मई तक पानी बंद रहेगा", "hi", _REF, ["2027-05-12"]),
        ("रात 9 से 11 जून 2025 तक", "hi", None, ["2025-06-11"]),
        ("સવારે ૧૦ થી ૧૩ જાન્યુઆરી ૨૦૨૭ સુધી પાણીકાપ", "gu", None, ["2027-01-13"]),
        ("બપોરે ૨ થી ૫ મે, ૨૦૨૫ સુધી", "gu", None, ["2025-05-05"]),
        ("ساعت ۱۰ تا ۱۲ مه ۲۰۲۵", "fa", None, ["2025-05-12"]),
        ("בשעה 10 עד 12 במאי 2025", "he", None, ["2025-05-12"]),
        ("החל מהשעה 10 עד 12.5.2025", "he", None, ["2025-05-12"]),
    ],
)
def test_an_hour_is_no_first_day_of_a_span(
    text: str, lang: str, ref: PartialDate | None, expected: list[str]
) -> None:
    assert _values(text, lang, ref) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("मेला 10 से 12 मई 2025 तक चलेगा", "hi", "2025-05-10/2025-05-12"),
        ("૧૦ થી ૧૩ જાન્યુઆરી ૨૦૨૭ સુધી પાણીકાપ", "gu", "2027-01-10/2027-01-13"),
        ("از ۱۰ تا ۱۲ مه ۲۰۲۵", "fa", "2025-05-10/2025-05-12"),
        ("מ-10 עד 12 במאי 2025", "he", "2025-05-10/2025-05-12"),
        ("12 मई 2025 की सुबह 10 बजे", "hi", "2025-05-12"),
    ],
)
def test_a_span_of_days_without_an_hour_word_stays(text: str, lang: str, expected: str) -> None:
    assert str(parse_date(text, lang=lang)) == expected


# --- a weekday of a named week, then a later bare weekday: one span in that week
# (2026-12-02 is a Wednesday; next week's Monday is 2026-12-07, its Friday 2026-12-11)
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("下周一至周五全市停水", "zh", "2026-12-07/2026-12-11"),
        ("下周一到周五", "zh", "2026-12-07/2026-12-11"),
        ("上周一至周三", "zh", "2026-11-23/2026-11-25"),
        ("다음 주 월요일부터 금요일까지 공사", "ko", "2026-12-07/2026-12-11"),
        ("다음 주 월요일~금요일", "ko", "2026-12-07/2026-12-11"),
        ("来週月曜日から金曜日まで工事", "ja", "2026-12-07/2026-12-11"),
    ],
)
def test_a_weekday_span_in_a_named_week(text: str, lang: str, expected: str) -> None:
    assert str(parse_date(text, lang=lang, ref=_REF)) == expected
    assert _values(text, lang, _REF) == [expected]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("下周五至周一", "zh"),  # not later in the week: no span of that week
        ("下周一和周五", "zh"),  # a list, not a span
    ],
)
def test_no_week_span_without_a_later_day_joined_as_a_span(text: str, lang: str) -> None:
    values = _values(text, lang, _REF)
    assert "2026-12-07/2026-12-11" not in values
    assert not any("/" in v for v in values)


# --- Latin and Greek look-alike letters inside Russian words ("пο", "гοда" with a Greek
# omicron; "гoда" with a Latin o), as typeset pages mix them
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Матчи пройдут с 17 июня пο 2 июля 2017 гοда.", "2017-06-17/2017-07-02"),
        ("с 17 июня пo 2 июля 2017 гoда", "2017-06-17/2017-07-02"),
        ("С 17 ИЮНЯ ПO 2 ИЮЛЯ 2017 ГOДA", "2017-06-17/2017-07-02"),
    ],
)
def test_lookalike_letters_in_russian_words(text: str, expected: str) -> None:
    assert str(parse_date(text, lang="ru")) == expected


def test_latin_and_greek_words_keep_their_letters() -> None:
    from citydiplo._text._numerals import fold

    folded, where = fold("COVID и ΑΘΗΝΑ, iPhone: пο 2 июля")
    assert folded == "covid и αθηνα, iphone: по 2 июля"
    assert len(where) == len(folded) + 1


# --- a bare weekday, then a later one whose week is named after it: both of that week
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The road is closed from Monday to Friday next week.", "en", "2026-12-07/2026-12-11"),
        ("Open Monday through Friday this week", "en", "2026-11-30/2026-12-04"),
        ("Cắt điện từ thứ Hai đến thứ Sáu tuần sau", "vi", "2026-12-07/2026-12-11"),
    ],
)
def test_a_week_named_after_a_weekday_span(text: str, lang: str, expected: str) -> None:
    assert str(parse_date(text, lang=lang, ref=_REF)) == expected


# --- Russian weekdays whose own words join them as a span ("с … по …"): a schedule, or days
# of a week the text does not name; read apart each was the last such day before ref (a
# Friday before the Monday)
@pytest.mark.parametrize(
    "text",
    [
        "Приём с понедельника по пятницу",
        "Работы ведутся с понедельника до пятницы",
        "с понедельника по пятницу следующей недели",
    ],
)
def test_russian_weekdays_joined_as_a_span_give_no_past_days(text: str) -> None:
    assert _values(text, "ru", _REF) == []


def test_a_week_word_before_the_second_weekday_names_its_week_alone() -> None:
    values = _values("월요일부터 다음 주 금요일까지", "ko", _REF)
    assert "2026-12-07/2026-12-11" not in values
    assert "2026-12-11" in values
