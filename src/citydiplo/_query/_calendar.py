"""Counting and calendar queries over a whole dataset: partnerships by country, anniversaries."""

from __future__ import annotations

import datetime
from collections import Counter
from typing import TYPE_CHECKING

from citydiplo._errors import ArgumentValueError, check_args
from citydiplo._model import Agreement, Partnership
from citydiplo._query._types import Anniversary, same_day
from citydiplo.dates import DateRange, PartialDate, dated

if TYPE_CHECKING:
    from citydiplo._dataset import Dataset

__all__ = ["UNKNOWN_COUNTRY", "anniversaries", "by_country"]

UNKNOWN_COUNTRY = "??"


def by_country(dataset: Dataset) -> dict[str, int]:
    """Partnerships per country of their parties (see ``Dataset.by_country``)."""
    countries = {a.id: a.country for a in dataset.actors}
    counts: Counter[str] = Counter()
    for p in dataset.partnerships:
        codes = {countries.get(party) or UNKNOWN_COUNTRY for party in p.parties}
        counts.update(codes)
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def anniversaries(dataset: Dataset, year: int, *, every: int = 5) -> list[Anniversary]:
    """Round-numbered anniversaries in ``year`` (see ``Dataset.anniversaries``)."""
    check_args("anniversaries", year=(year, int), every=(every, int))
    if not isinstance(every, int) or every < 1:
        raise ArgumentValueError(f"every={every!r} is not a positive number of years")
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        raise ArgumentValueError(f"year={year!r} is not a year (expected 1 to 9999)")
    new_year = datetime.date(year, 1, 1)
    found: list[Anniversary] = []
    records: list[Partnership | Agreement] = [*dataset.partnerships, *dataset.agreements]
    for record in records:
        start = dated(record.established if isinstance(record, Partnership) else record.signed)
        if isinstance(start, DateRange):
            start = start.start if isinstance(start.start, PartialDate) else None
        if start is None:
            continue
        years = year - start.year
        if years <= 0 or years % every:
            continue
        ended = dated(record.ended) if isinstance(record, Partnership) else None
        if ended is not None and ended.latest() < new_year:
            continue
        found.append(Anniversary(record=record, years=years, date=same_day(start, year)))
    found.sort(key=lambda a: (a.date.sort_key(), a.record.id))
    return found
