"""The whole-text fast path of parse_date (``_text._whole``) never answers otherwise than the
general pipeline: over texts of every shape it reads, in all ten languages, built here from the
language data (month names from CLDR through Babel, year and day suffixes, year words, counted
spans, number words and phrases), ``parse_date`` gives the same value (or raises the same error)
with the fast path and without it."""

from __future__ import annotations

import pytest
from babel.dates import get_month_names
from hypothesis import given
from hypothesis import strategies as st

from citydiplo import DateParseError, PartialDate, parse_date
from citydiplo._text import _parse
from citydiplo._text._lexicon import LANGUAGES, grammar, load_data
from citydiplo._text._whole import read_whole


def _general(text: str, lang: str | None, ref: PartialDate | None) -> str:
    """parse_date's answer with the fast path switched off."""
    real = _parse.read_whole
    _parse.read_whole = lambda folded, g: None  # type: ignore[assignment]
    try:
        return _answer(text, lang, ref)
    finally:
        _parse.read_whole = real


def _answer(text: str, lang: str | None, ref: PartialDate | None) -> str:
    try:
        return repr(parse_date(text, lang=lang, ref=ref))
    except DateParseError as exc:
        return f"error: {exc}"


def _same(text: str, lang: str, ref: PartialDate | None) -> None:
    # with the language named, and guessed from the script (a union grammar: "en" and "vi",
    # "zh" and "ja")
    for named in (lang, None):
        assert _answer(text, named, ref) == _general(text, named, ref), (text, named, ref)


def _months(lang: str) -> list[str]:
    """Month names as CLDR writes them (not as the grammar folds them), and the data's aliases."""
    names = {
        name
        for width in ("wide", "abbreviated")
        for context in ("format", "stand-alone")
        for name in get_month_names(width, context, lang).values()
    }
    for aliases in load_data(lang).get("month_aliases", {}).values():
        names.update(aliases)
    return sorted(names)


def _words(lang: str, key: str) -> list[str]:
    return sorted(load_data(lang).get(key, []))


@st.composite
def whole_dates(draw: st.DrawFn) -> tuple[str, str]:
    """A text of one of the fast path's shapes (or near one), in one language."""
    lang = draw(st.sampled_from(LANGUAGES))
    month = draw(st.sampled_from(_months(lang)))
    before = draw(st.sampled_from(["", *_words(lang, "prefixes")]))
    after = draw(st.sampled_from(["", *_words(lang, "suffixes")]))
    month = f"{before}{month}{after}"
    day = str(draw(st.integers(0, 32)))
    if draw(st.booleans()):
        day = day.zfill(2)
    year = str(draw(st.sampled_from([1299, 1403, 1800, 1969, 2000, 2024, 2025, 2199, 2500])))
    ysfx = draw(st.sampled_from(["", *_words(lang, "year_suffixes")]))
    dsfx = draw(st.sampled_from(["", *_words(lang, "day_suffixes")]))
    sep = draw(st.sampled_from(["", " ", ", ", ",", ". ", "  "]))
    sep2 = draw(st.sampled_from(["", " ", ", "]))
    figures = st.sampled_from(["/", ".", "-", " "])
    figure = draw(figures)
    months = st.integers(0, 13).map(str) | st.integers(1, 12).map(lambda n: f"{n:02d}")
    year_word = draw(st.sampled_from(["", *_words(lang, "year_words")]))
    shape = draw(
        st.sampled_from(
            [
                f"{day}{dsfx}{sep}{month}{sep2}{year}{ysfx}",
                f"{month}{sep}{day}{dsfx}{sep2}{year}{ysfx}",
                f"{month}{sep}{year}{ysfx}",
                f"{year}{ysfx}{sep}{month}{sep2}{day}{dsfx}",
                f"{year}{ysfx}{sep}{month}",
                f"{day}{dsfx}{sep}{month}",
                f"{month}{sep}{day}{dsfx}",
                f"{year_word}{sep}{year}{ysfx}",
                f"{year}{sep}{ysfx}",
                f"{day}{figure}{draw(months)}{draw(figures)}{year}",
                f"{year}{figure}{draw(months)}{draw(figures)}{day}",
            ]
        )
    )
    if draw(st.booleans()):  # a time of day after it, or figures that are none
        hours, minutes = draw(st.integers(0, 30)), draw(st.integers(0, 65))
        seconds = draw(st.sampled_from(["", ":00", ":59", ":7"]))
        shape += draw(st.sampled_from([" ", ", ", "", ". "])) + f"{hours}:{minutes:02d}{seconds}"
    if draw(st.booleans()):
        shape = shape.upper() if draw(st.booleans()) else shape.title()
    return lang, shape


@st.composite
def whole_relatives(draw: st.DrawFn) -> tuple[str, str]:
    """A counted span ("3 days ago", "через 2 года") or a phrase ("yesterday"), from the
    language's vocabulary."""
    lang = draw(st.sampled_from(LANGUAGES))
    v = grammar((lang,)).vocab
    if v.counted and (draw(st.booleans()) or not v.phrases):
        prefix, suffix = draw(st.sampled_from(sorted(v.counted)))
        words = st.sampled_from(sorted(v.counts)) if v.counts else st.nothing()
        n = draw(st.one_of(st.integers(0, 1200).map(str), words))
        sep = draw(st.sampled_from(["", " "]))
        text = f"{prefix}{sep if prefix else ''}{n}{sep}{suffix}"
    else:
        text = draw(st.sampled_from(sorted(v.phrases)))
    return lang, text


@st.composite
def whole_year_spans(draw: st.DrawFn) -> tuple[str, str]:
    """Two years joined into a range, or one opening a span, with the language's words."""
    lang = draw(st.sampled_from(LANGUAGES))
    years = st.sampled_from([1299, 1350, 1403, 1799, 1800, 1999, 2003, 2021, 2025, 2199, 2200])
    sep = st.sampled_from(["", " ", "  "])

    def year() -> str:
        word = draw(st.sampled_from(["", *_words(lang, "year_words")]))
        suffix = draw(st.sampled_from(["", *_words(lang, "year_suffixes")]))
        return f"{word}{draw(sep) if word else ''}{draw(years)}{draw(sep)}{suffix}"

    def word(key: str) -> str:
        return draw(st.sampled_from(["", *_words(lang, key)]))

    if draw(st.booleans()):
        parts = [word("range_prefixes"), year(), word("range_connectors"), year()]
        parts.append(word("range_suffixes"))
    elif draw(st.booleans()):
        parts = [word("open_prefixes"), year()]
    else:
        parts = [year(), word("open_suffixes")]
    return lang, "".join(p + draw(sep) for p in parts).strip()


REFS = st.sampled_from(
    [None, PartialDate("2025-06-12"), PartialDate("2024-01-03"), PartialDate("2024-12-30")]
)


@pytest.mark.parametrize(
    "shapes",
    [whole_dates(), whole_relatives(), whole_year_spans()],
    ids=["dates", "relatives", "year spans"],
)
def test_whole_texts_read_as_the_general_pipeline_reads_them(
    shapes: st.SearchStrategy[tuple[str, str]],
) -> None:
    @given(shapes, REFS)
    def check(case: tuple[str, str], ref: PartialDate | None) -> None:
        lang, text = case
        _same(text, lang, ref)

    check()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_phrase_reads_as_the_general_pipeline_reads_it(lang: str) -> None:
    for phrase in sorted(grammar((lang,)).vocab.phrases):
        for ref in (None, PartialDate("2025-06-12")):
            _same(phrase, lang, ref)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("6 March 2025", "en", "2025-03-06"),
        ("March 6, 2025", "en", "2025-03-06"),
        ("April 2024", "en", "2024-04"),
        ("2025年3月6日", "zh", "2025-03-06"),
        ("2025年3月", "ja", "2025-03"),
        ("2025년 3월 6일", "ko", "2025-03-06"),
        ("6 марта 2025 года", "ru", "2025-03-06"),
        ("ngày 6 tháng 3 năm 2025", "vi", None),  # a day word: the general pipeline's
        ("năm 2003", "vi", "2003"),
        ("6 मार्च 2025", "hi", "2025-03-06"),
        ("24 בינואר 2025", "he", "2025-01-24"),
        ("۲۴ ژانویه ۲۰۲۵", "fa", "2025-01-24"),
        ("3 days ago", "en", "2025-06-09"),
        ("через 2 года", "ru", "2027"),
        ("yesterday", "en", "2025-06-11"),
        ("10 мая", "ru", "2025-05-10"),
        ("27.06.2018 12:30", "ru", "2018-06-27"),
        ("2016-11-30 14:16", "ko", "2016-11-30"),
        ("13 मार्च 2013 11:15:09", "hi", "2013-03-13"),
        ("2021–2025", "en", "2021/2025"),
        ("between 2019 and 2023", "en", "2019/2023"),
        ("2021년부터 2025년까지", "ko", "2021/2025"),
        ("từ 2021 đến 2025", "vi", "2021/2025"),
        ("từ năm 2021 đến năm 2025", "vi", None),  # six words: not tried
        ("۲۰۲۱ تا ۲۰۲۵", "fa", "2021/2025"),
        ("since 2003", "en", "2003/.."),
        ("2003年以来", "ja", "2003/.."),
        ("с 2003 года", "ru", "2003/.."),
    ],
)
def test_common_shapes_take_the_fast_path(text: str, lang: str, expected: str | None) -> None:
    """The fast path does read these (so the tests above compare something), and gets the
    literal value."""
    from citydiplo._text._numerals import fold

    read = read_whole(fold(text)[0], grammar((lang,)))
    assert (read is not None) == (expected is not None)
    if expected is not None:
        assert str(parse_date(text, lang=lang, ref=PartialDate("2025-06-12"))) == expected


def test_text_around_the_date_is_left_to_the_general_pipeline() -> None:
    g = grammar(("en",))
    assert read_whole("on 6 march 2025", g) is None
    assert read_whole("6 march 2025 and 7 march 2025", g) is None
    assert read_whole("in 2021 to 2025", g) is None
    assert read_whole("thursday, 6 march 2025", g) is None


def test_an_impossible_day_is_the_general_pipelines_error() -> None:
    with pytest.raises(DateParseError, match=r"cannot resolve '31 February 2025'.*day=31"):
        parse_date("31 February 2025", lang="en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("1299 Tháng 10", "vi"),  # a failing case hypothesis found
        ("1299 Tháng 10 5", "vi"),
        ("2500 October", "en"),
        ("1299 октября", "ru"),
        ("2024 октября", "ru"),
        ("1299년 10월", "ko"),
    ],
)
def test_a_year_before_its_month_is_read_as_the_scan_reads_it(text: str, lang: str) -> None:
    _same(text, lang, None)
