"""Grammar alternatives for dates written in figures that only some languages use: two-digit
years after a day and month ("11.11.19"), a span of days ("16-26/7") and a month and day
before a bracketed weekday ("4/8(木)"). :mod:`._lexicon` adds them to its one pattern.
"""

from __future__ import annotations

__all__ = ["Template", "figure_templates"]

Template = tuple[str, str]


def figure_templates(
    day_first: bool, weekday_before: bool, weekdays: str, dm_prefixes: str, bare_dm: bool
) -> tuple[list[Template], list[Template], list[Template]]:
    """Three lists of alternatives (kind, body), for three places in the grammar's order:
    after the numeric dates, after the spans of days, and before the full dates.

    Args:
        day_first: the language writes the day first in figures.
        weekday_before: the language writes "4/8(木)", month first, before a weekday.
        weekdays: an alternation of the language's folded weekday names.
        dm_prefixes: an alternation of the words before a day and month in figures ("ngày").
        bare_dm: whether a day and month in figures may stand without such a word.
    """
    no_more_digits = r"(?! ?[/.\-] ?\d)"
    numeric: list[Template] = []
    spans: list[Template] = []
    before_full: list[Template] = []
    if day_first:
        # "11.11.19", "03-07-19": two figures each, where the day comes first
        numeric.append(
            ("dmy_num2", r"(?P<d>\d{2})(?P<s>[.-])(?P<mn>\d{2})(?P=s)(?P<yy>\d{2})(?![\d.-]\d)")
        )
        # "16-26/7" (Vietnamese: from the 16th to the 26th of July), after "ngày"
        spans.append(
            (
                "days_m",
                rf"(?:(?P<dnp>{dm_prefixes}) ?)" + ("?" if bare_dm else "")
                + r"(?P<d0>[12]\d|3[01]|0?[1-9]) ?- ?(?P<d>[12]\d|3[01]|0?[1-9])/"
                + rf"(?P<mn>1[0-2]|0?[1-9])(?:/(?P<y>\d{{4}}))?{no_more_digits}",
            )
        )
    if weekday_before:
        # "4/8(木)": month first, told apart from a fraction or a ratio by the weekday
        before_full.append(
            (
                "md_num",
                r"(?P<mn>1[0-2]|0?[1-9])/(?P<d>[12]\d|3[01]|0?[1-9]) ?"
                rf"(?=[(（] ?{weekdays})",
            )
        )
    return numeric, spans, before_full
