"""The cheap tests put before the date engine's costlier searches answer as those searches.

Each gate is a necessary condition of the search it stands before (a character or a word every
match of it holds): checked here against the search alone, on texts built from the words each
looks for, and on literal sentences whose dates are read by hand.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citydiplo import DateParseError, PartialDate, find_dates, parse_date
from citydiplo._text import _fiscal, _other_calendar, _recurring, _stated_year
from citydiplo._text._lexicon import grammar
from citydiplo.dates import DateRange, YearlessDate

LANGUAGES = ("en", "ko", "vi", "zh", "ja", "ru", "hi", "gu", "he", "fa")


def _pieces(words: frozenset[str]) -> list[str]:
    """Some of ``words`` whole, cut short and glued to a letter, and separators."""
    chosen = sorted(words)[:12]
    cut = [w[:-1] for w in chosen if len(w) > 1]
    glued = [f"x{w}" for w in chosen]
    return [*chosen, *cut, *glued, " ", ", ", "a", "2024", "5", "\n"]


@st.composite
def _texts(draw: st.DrawFn, key: str) -> tuple[str, str]:
    lang = draw(st.sampled_from(LANGUAGES))
    words = grammar((lang,)).vocab.lists.get(key, frozenset())
    parts = draw(st.lists(st.sampled_from(_pieces(words)), max_size=6))
    return lang, "".join(parts)


@settings(max_examples=150, deadline=None)
@given(_texts("recurring_words"), st.data())
def test_a_word_of_recurrence_before_a_day_is_found_as_the_search_finds_it(
    case: tuple[str, str], data: st.DataObject
) -> None:
    lang, text = case
    lists = grammar((lang,)).vocab.lists
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.sampled_from([None, min(len(text), start + 3)]))
    pattern = _recurring._pattern(
        lists.get("recurring_words", frozenset()), lists.get("recurring_clitics", frozenset())
    )
    found = (
        None
        if pattern is None
        else pattern.search(text, max(0, start - _recurring._REACH), start if end is None else end)
    )
    expected = found is not None and found.start() < start
    assert _recurring.recurring_before(text, start, lists, end) == expected


@settings(max_examples=150, deadline=None)
@given(_texts("fiscal_year_words"))
def test_a_quiet_text_is_one_that_neither_search_finds_a_word_in(case: tuple[str, str]) -> None:
    lang, text = case
    g = grammar((lang,))
    _other_calendar.quiet_text("", g)  # (the patterns, built)
    pattern, _ = _other_calendar._TRIGGERS[g.langs]
    expected = (pattern is None or pattern.search(text) is None) and not (
        _fiscal.fiscal_words_near(text, 0, len(text), g)
    )
    assert _other_calendar.quiet_text(text, g) == expected


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_words_of_every_check_of_a_quiet_text_are_found(lang: str) -> None:
    """Each word either search looks for, alone in a text, makes it not quiet."""
    g = grammar((lang,))
    lists = g.vocab.lists
    for key in ("other_calendar_words", "year_part_words", "fiscal_year_words"):
        for word in sorted(lists.get(key, frozenset()))[:20]:
            assert not _other_calendar.quiet_text(f"in {word} 2024", g), (key, word)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="0123456789年度令和平成元宵节 -月日xa", max_size=20))
def test_a_text_without_the_year_mark_holds_no_stated_year(text: str) -> None:
    for lang in ("zh", "ja", "ko", "en"):
        pattern = _stated_year._patterns((lang,))[0]
        if pattern is not None and _stated_year._YEAR_MARK not in text:
            assert pattern.search(text) is None


def test_stated_years_date_the_days_of_their_sentence() -> None:
    # the fiscal year Reiwa 5 runs from April 2023 to March 2024: its 20 January is in 2024
    text = "令和5年度の説明会は1月20日に開催します。"
    assert parse_date(text, lang="ja") == PartialDate("2024-01-20")
    assert [str(m.value) for m in find_dates(text, lang="ja")] == ["2024-01-20"]
    # the Lantern Festival of 2012: its days are of 2012
    assert parse_date("2012年元宵灯会于2月2日至2月6日举行", lang="zh") == DateRange.parse(
        "2012-02-02/2012-02-06"
    )
    # no year stated: the day keeps no year
    assert parse_date("the lunar new year fair opens on February 10", lang="en") == YearlessDate(
        month=2, day=10
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("every Monday", "en"),
        ("매주 월요일", "ko"),  # every Monday
        ("हर साल 20 मार्च को", "hi"),  # every year on 20 March
        ("ежегодно 9 мая", "ru"),  # every year on 9 May
        ("दिनांक 29 अप्रैलल से 2 मई 2014 तक मेला", "hi"),  # its first day unread
        ("संवत 2080", "hi"),  # a year of another calendar
        ("fiscal year 2024", "en"),  # no calendar year
    ],
)
def test_no_date_is_read_where_the_gated_checks_find_none(text: str, lang: str) -> None:
    assert find_dates(text, lang=lang) == []
    with pytest.raises(DateParseError):
        parse_date(text, lang=lang)


def test_dates_the_gated_passes_read() -> None:
    assert parse_date("since the festival began in 1988", lang="en") == DateRange.parse("1988/..")
    assert parse_date("Москва25 мая 2010", lang="ru") == PartialDate("2010-05-25")
    # 6 Mehr 1402 (Solar Hijri) is 28 September 2023
    assert parse_date("مهربانی ها6 مهر 1402", lang="fa") == PartialDate("2023-09-28")
    # a Greek omicron in "пο" and "гοда": read as the Cyrillic letters they look like
    assert parse_date("с 17 июня пο 2 июля 2017 гοда", lang="ru") == DateRange.parse(
        "2017-06-17/2017-07-02"
    )
    assert parse_date("Thursday, 14 September 2023", lang="en") == PartialDate("2023-09-14")
