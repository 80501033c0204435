"""Hypothesis strategies for citydiplo values, one section per module."""

from __future__ import annotations

import calendar

from hypothesis import strategies as st

from citydiplo.dates import DateRange, DateValue, PartialDate, Unbounded

# ---------------------------------------------------------------------------------------------
# Dates (citydiplo.dates)
# ---------------------------------------------------------------------------------------------

# Most draws come from a few neighbouring years so that containment, overlap and ties happen
# often; the rest cover the whole range, edges included.
_YEARS = st.one_of(
    st.integers(2000, 2003), st.integers(1, 9999), st.sampled_from([1, 9998, 9999])
)
_SPILLING_GROUPS = frozenset({24, 28, 30})  # winter, northern winter, southern summer


@st.composite
def partial_dates(draw: st.DrawFn, *, qualifiers: bool = True) -> PartialDate:
    """Any valid :class:`PartialDate`, at every precision, with or without qualifiers."""
    year = draw(_YEARS)
    kind = draw(st.sampled_from(["year", "group", "month", "day"]))
    month = day = group = None
    if kind == "group":
        groups = [g for g in range(21, 42) if not (year == 9999 and g in _SPILLING_GROUPS)]
        group = draw(st.sampled_from(groups))
    elif kind in ("month", "day"):
        month = draw(st.integers(1, 12))
        if kind == "day":
            day = draw(st.integers(1, calendar.monthrange(year, month)[1]))
    approximate = draw(st.booleans()) if qualifiers else False
    uncertain = draw(st.booleans()) if qualifiers else False
    return PartialDate(
        year=year, month=month, day=day, group=group, approximate=approximate, uncertain=uncertain
    )


@st.composite
def date_ranges(draw: st.DrawFn) -> DateRange:
    """Any valid :class:`DateRange`: two ordered dates, one end possibly open or unknown."""
    first, second = draw(partial_dates()), draw(partial_dates())
    if first.earliest() > second.latest():
        first, second = second, first
    start: PartialDate | Unbounded = first
    end: PartialDate | Unbounded = second
    unbounded = draw(st.sampled_from(["none", "none", "start", "end"]))
    if unbounded == "start":
        start = draw(st.sampled_from(Unbounded))
    elif unbounded == "end":
        end = draw(st.sampled_from(Unbounded))
    return DateRange(start=start, end=end)


def date_values() -> st.SearchStrategy[DateValue]:
    """A :class:`PartialDate` or a :class:`DateRange`."""
    return st.one_of(partial_dates(), date_ranges())


# EDTF-looking text for fuzzing parsers: mostly junk, sometimes valid.
edtf_like_texts = st.text(alphabet="0123456789-/~?%.X ", max_size=24)
