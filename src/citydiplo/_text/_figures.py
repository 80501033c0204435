"""Grammar alternatives for dates written in figures that only some languages use: two-digit
years after a day and month ("11.11.19") or before them ("24. 11. 7."), a span of days
("16-26/7") and a month and day before a bracketed weekday ("4/8(木)"), a day and month
joined by a dash after a dating word ("Tối 27-1"), a month and day after one ("Updated
3/18"), a decade of a century named in words ("上世纪70年代") and a day's number in
brackets after "today" ("今(11)日").
:mod:`._lexicon` adds them to its one pattern.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["GLUED_TIME", "Template", "bare_day_month", "figure_templates"]

# a time of day glued to a year that ends a date ("1 июня 202212:58", "June 1, 2022,12:58": a
# page's date line run into its time) or to a Han character ("今晚8時正", "1日12:58") does not
# hide the date, as other figures touching it do, nor with its minutes ("28日18時04分")
# ...nor the Russian year's abbreviation glued to a date in figures ("от 12.11.2025г. № 15")
GLUED_TIME = (
    r"(?<=\d{4}),?(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)"
    r"|(?<=\d{4}-\d\d-\d\d)(?:[01]\d|2[0-3]):[0-5]\d(?!\d)"  # "2026-02-0419:47:55"
    r"|(?<=\d{4})гг?(?:\.|(?![^\W\d_]))"
    r"|(?<=[\u3400-\u9fff])(?:[01]?\d|2[0-3])(?:[時时点點](?:[0-5]?\d分)?(?!\d)|:[0-5]\d(?!\d))"
)

Template = tuple[str, str]


_NEVER = "(?!)"  # the alternation of no words


def bare_day_month(
    flags: Mapping[str, Any], lists: Mapping[str, Any], year_words: str, alt: Callable[..., str]
) -> str:
    """The dating word before a day and month in figures (``prefixes``, the language's
    ``dm_num_prefixes``): optional where the language writes them bare; where it needs the
    word, figures may go without it only before a year word ("12/6 năm 2024"); a language
    with no such words keeps the pattern that never matches."""
    prefixes = alt(lists.get("dm_num_prefixes", ()), folded=True)
    group = rf"(?:(?P<dnp>{prefixes}) ?)"
    if flags.get("dm_num_bare"):
        return group + "?"
    if prefixes == _NEVER:
        return group
    # (the figures may stand in brackets after the word: "hôm nay (23/5)")
    return rf"(?:(?P<dnp>{prefixes}) ?(?:\( ?)?|(?=[\d./]{{3,5}} ?{year_words} ))"


def figure_templates(
    order: str,
    weekday_before: bool,
    weekdays: str,
    dm_prefixes: str,
    bare_dm: bool,
    *,
    centuries: tuple[str, str] = (_NEVER, _NEVER),
    decade_suffix: str = _NEVER,
    md_prefixes: str = _NEVER,
    bracket_day_words: str = _NEVER,
    day_joints: str = _NEVER,
    span_openers: str = _NEVER,
    bracket_year_words: str = _NEVER,
) -> tuple[list[Template], list[Template], list[Template]]:
    """Three lists of alternatives (kind, body), for three places in the grammar's order:
    after the numeric dates, after the spans of days, and before the full dates.

    Args:
        order: the order of day, month and year in the language's figures ("dmy", "ymd").
        weekday_before: the language writes "4/8(木)", "8. 26.(토)", month first, before a
            weekday.
        weekdays: an alternation of the language's folded weekday names.
        dm_prefixes: an alternation of the words before a day and month in figures ("ngày").
        bare_dm: whether a day and month in figures may stand without such a word.
        centuries: alternations of the words naming the 20th and the 21st century
            ("上世纪", "本世纪"), before a two-figure decade ("上世纪70年代": the 1970s).
        decade_suffix: the language's decade words ("年代").
        md_prefixes: words that date a month and day in figures written month first
            ("Updated 3/18"); only a day above 12 is read, so no day-first reading exists.
        bracket_day_words: words for today, yesterday, tomorrow written before the day's
            number in brackets ("今(11)日", "昨(10)日": Taiwanese news), a day alone.
        day_joints: words that join two days into a span ("đến"), besides a dash.
        span_openers: words that open a span before its first day ("từ").
        bracket_year_words: words for this, last and next year written before the year's
            number in an era in brackets ("今(113)年": Taiwanese news, year 113 of Minguo).
    """
    no_more_digits = r"(?! ?[/.\-] ?\d)"
    day_first = order == "dmy"
    numeric: list[Template] = []
    if order == "ymd":
        # "24. 11. 7.": a two-figure year first, each figure closed by a dot and a space
        # (Korean), never a decimal or a version, which have no spaces
        numeric.append(
            (
                "dmy_num2",
                r"(?<![\d.])(?P<yf>)(?P<yy>\d{2})\. (?P<mn>1[0-2]|0?[1-9])\. "
                r"(?P<d>[12]\d|3[01]|0?[1-9])\.(?![\d.])",
            )
        )
    spans: list[Template] = []
    before_full: list[Template] = []
    if day_first:
        # "11.11.19", "03-07-19": two figures each, where the day comes first
        numeric.append(
            ("dmy_num2", r"(?P<d>\d{2})(?P<s>[.-])(?P<mn>\d{2})(?P=s)(?P<yy>\d{2})(?![\d.-]\d)")
        )
        # "7.4.25", "13.6.25": with dots, the day and the month may be one figure (Hebrew and
        # Russian page dates); the two-figure year after them stays required
        numeric.append(
            (
                "dmy_num2",
                r"(?P<d>[12]\d|3[01]|0?[1-9])\.(?P<mn>1[0-2]|0?[1-9])\.(?P<yy>\d{2})(?![\d.-]\d)",
            )
        )

        # "16-26/7" (Vietnamese: from the 16th to the 26th of July), after "ngày", or after
        # a word that opens a span ("từ 10 đến 12/5"); joined by a dash or by a word that
        # joins days
        def days(second: str) -> str:
            return (
                rf"(?P<d0>[12]\d|3[01]|0?[1-9]) ?(?:-|{day_joints}) ?{second}"
                # the second day and its month: "12/5", "12/5/2023"; or, with its year, joined
                # by a dash or a dot ("từ 24 đến 26-3-2022")
                r"(?P<d>[12]\d|3[01]|0?[1-9])(?:/|[-.](?=(?:1[0-2]|0?[1-9])[-.]\d{2}(?:\d{2})?(?!\d)))"
                # its year in four figures or in two ("21-25/8/22", "13-15.10.24")
                rf"(?P<mn>1[0-2]|0?[1-9])(?:[/.\-](?:(?P<y>\d{{4}})|(?P<yy>\d{{2}})))?{no_more_digits}"
            )

        opener = rf"(?:{span_openers}) "
        spans.append(
            (
                "days_m",
                rf"(?:{opener})?(?:(?P<dnp>{dm_prefixes}) ?)" + ("?" if bare_dm else "") + days(""),
            )
        )
        # "từ ngày 5 đến 8-10", "từ ngày 25 đến 27.4": after a date word and a word joining
        # the days, a dash or a dot may join the last day to its month, as after the date word
        # alone ("ngày 27.4"; figures alone, "5 đến 8-10" may count things)
        spans.append(
            (
                "days_m",
                rf"(?:{opener})?(?P<dnp>{dm_prefixes}) ?(?P<d0>[12]\d|3[01]|0?[1-9]) "
                rf"(?:{day_joints}) (?P<d>[12]\d|3[01]|0?[1-9])[-.](?P<mn>1[0-2]|0?[1-9])"
                + no_more_digits,
            )
        )
        # "ngày 22/9 - 23/9": both days written with their month, the same month
        spans.append(
            (
                "days_m",
                rf"(?:{opener})?(?:(?P<dnp>{dm_prefixes}) ?)"
                + ("?" if bare_dm else "")
                + rf"(?P<d0>[12]\d|3[01]|0?[1-9])/(?P<mn0>1[0-2]|0?[1-9]) ?(?:-|{day_joints}) ?"
                + r"(?P<d>[12]\d|3[01]|0?[1-9])/(?P<mn>(?P=mn0))(?:/(?P<y>\d{4}))?"
                + no_more_digits,
            )
        )
        if span_openers != _NEVER:  # without a date word, "từ 1 đến 3/4" is a fraction
            spans.append(("days_m", opener + days(r"(?!(?:1/[234]|2/[34]|3/4)(?!\d))")))
            # "từ 28/2 đến 3/3", "từ ngày 17-1 đến 31-1-2022": each end with its month, after
            # a word opening the span or a date word; the months are checked when resolved.
            # The first end is no fraction ("1/2"); after it, the later end is a day of a
            # month even where it looks like one ("từ 30/3 đến 3/4": to 3 April)
            dm = r"(?!(?:1/[234]|2/[34]|3/4)(?!\d))(?P<d0>[12]\d|3[01]|0?[1-9])"
            later = r"(?P<d>[12]\d|3[01]|0?[1-9])"
            spans.append(
                (
                    "days_m",
                    rf"(?:{opener}|(?=(?:{dm_prefixes}) ))(?:(?P<dnp>{dm_prefixes}) ?)?{dm}"
                    + rf"(?P<s0>[/-])(?P<mn0>1[0-2]|0?[1-9]) ?(?:-|{day_joints}) ?"
                    + rf"(?:(?:{dm_prefixes}) ?)?{later}(?P=s0)(?P<mn>1[0-2]|0?[1-9])"
                    + rf"(?:(?P=s0)(?P<y>\d{{4}}))?{no_more_digits}",
                )
            )
            # "từ 26.3 - 1.4.2022": with dots, only with the year after the later end (figures
            # alone, "từ 2.5 đến 3.5" are amounts)
            spans.append(
                (
                    "days_m",
                    rf"(?:{opener}|(?=(?:{dm_prefixes}) ))(?:(?P<dnp>{dm_prefixes}) ?)?{dm}"
                    + rf"\.(?P<mn0>1[0-2]|0?[1-9]) ?(?:-|{day_joints}) ?"
                    + rf"(?:(?:{dm_prefixes}) ?)?{later}\.(?P<mn>1[0-2]|0?[1-9])"
                    + rf"\.(?P<y>\d{{4}}){no_more_digits}",
                )
            )
    if centuries != (_NEVER, _NEVER):
        before_full.append(
            (
                "decade",
                rf"(?:(?P<c19>{centuries[0]})|(?P<c20>{centuries[1]})) ?(?P<dec2>[0-9]0) ?"
                rf"(?:{decade_suffix})",
            )
        )
    if md_prefixes != _NEVER and not day_first:
        before_full.append(
            (
                "md_num",
                rf"(?:{md_prefixes}) (?P<mn>1[0-2]|0?[1-9])/(?P<d>1[3-9]|2\d|3[01])(?![\d/])",
            )
        )
    if dm_prefixes != _NEVER and day_first:
        # "Tối 27-1", "chiều nay (5-1)": a day and month joined by a dash, after a word that
        # dates them
        numeric.append(
            (
                "dm_num",
                rf"(?P<dnp>{dm_prefixes}) \(?(?P<d>[12]\d|3[01]|0?[1-9])-(?P<mn>1[0-2]|0?[1-9])"
                r"(?![\d\-/]|\.\d)",  # a full stop may end the sentence: "ngày 20-3."
            )
        )
    if bracket_year_words != _NEVER:
        # "今(113)年": this year, its number in the era named by ``bracket_year_era``
        before_full.append(("y", rf"(?:{bracket_year_words})[(（](?P<ey>\d{{2,3}})[)）]年"))
    if bracket_day_words != _NEVER:
        before_full.append(
            (
                "d_only",
                rf"(?P<dw>{bracket_day_words})[(（](?P<d>[12]\d|3[01]|0?[1-9])[)）](?P<dsx>日)",
            )
        )
    if weekday_before and bracket_year_words != _NEVER:
        # "113.05.09(四)", "114.9.20(六)": a year of the bracket era (Minguo), a month and a
        # day joined by dots, told apart from a version or a section number by the weekday
        # after them, which the day is checked against
        before_full.append(
            (
                "ymd_num",
                r"(?<![\d.])(?P<ey>1\d\d|[1-9]\d)\.(?P<mn>1[0-2]|0?[1-9])\."
                rf"(?P<d>[12]\d|3[01]|0?[1-9])(?=[(（]? ?(?:{weekdays}))",
            )
        )
    if weekday_before:
        # "4/8(木)", "8. 26.(토)": month first, told apart from a fraction, a ratio or a
        # decimal by the weekday
        before_full.append(
            (
                "md_num",
                r"(?P<mn>1[0-2]|0?[1-9])(?:/|\. ?)(?P<d>[12]\d|3[01]|0?[1-9])\.? ?"
                rf"(?=[(（] ?{weekdays})",
            )
        )
    return numeric, spans, before_full
