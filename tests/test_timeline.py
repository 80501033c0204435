"""Timeline: order, filters, undated records and the text rendering."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given

import citydiplo as cd
from citydiplo import DateRange, PartialDate
from citydiplo._merge import format_date
from tests.strategies import datasets
from tests.test_merge import gujarati, hebrew


def test_the_merged_hanam_article_reads_as_a_timeline() -> None:
    result = cd.merge(gujarati(), hebrew(), wording=True)  # the venue's two wordings
    text = str(result.timeline(actor="hanam"))
    lines = text.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("2024-03")
    assert "cooperation agreement" in lines[0] and "Arkansas – Hanam" in lines[0]
    assert "[2 sources]" in lines[0] and lines[0].endswith("⚠ 1 conflict")
    assert lines[1].startswith("2024-07") and "visit" in lines[1]
    assert "Hanam – Little Rock" in lines[1] and "⚠" not in lines[1]
    # a plain dataset knows no conflicts
    assert "⚠" not in str(result.dataset.timeline(actor="hanam"))


def test_order_respects_partial_dates_then_type_then_id() -> None:
    a = cd.Partnership(id="p", parties=("a", "b"), established=PartialDate("2024"))
    b = cd.Event(id="e2", date=PartialDate("2024-04"), participants=[cd.Participant(actor="a")])
    c = cd.Event(id="e1", date=PartialDate("2024-04"), participants=[cd.Participant(actor="b")])
    d = cd.Agreement(id="g", parties=("a", "b"), signed=PartialDate("2024-04"))
    e = cd.Document(id="d", issuer="a", date=DateRange("2003/.."))
    f = cd.Event(id="e0", participants=[cd.Participant(actor="a")])
    tl = cd.Dataset.of([a, b, c, d, e, f]).timeline()
    assert [x.record.id for x in tl] == ["d", "p", "g", "e1", "e2"]
    assert [x.record.id for x in tl.undated] == ["e0"]
    assert len(tl) == 5 and tl.entries[0].date == DateRange("2003/..")
    assert str(tl).splitlines()[0].startswith("2003 →")
    assert str(tl).splitlines()[-2] == "undated (1):"


def test_actor_and_period_filters() -> None:
    p = cd.Partnership(id="p", parties=("a", "b"), established=PartialDate("2003"))
    e = cd.Event(id="e", date=PartialDate("2024-04-12"), participants=[cd.Participant(actor="b")])
    u = cd.Event(id="u", participants=[cd.Participant(actor="a")])
    ds = cd.Dataset.of([p, e, u])
    assert [x.record.id for x in ds.timeline(actor="a")] == ["p"]
    assert [x.record.id for x in ds.timeline(actor="a").undated] == ["u"]
    assert [x.record.id for x in ds.timeline(during=PartialDate("2024"))] == ["e"]
    assert [x.record.id for x in ds.timeline(during="2024-04")] == ["e"]
    assert [x.record.id for x in ds.timeline(during=datetime.date(2024, 4, 12))] == ["e"]
    assert [x.record.id for x in ds.timeline(during=DateRange("2000/2010"))] == ["p"]
    with pytest.raises(cd.UnknownNameError, match="nobody"):
        ds.timeline(actor="nobody")
    assert str(cd.Dataset.of([p]).timeline(actor="a", during="1990")) == "(empty timeline)"


def test_entries_name_actors_and_count_distinct_sources() -> None:
    ds = cd.Dataset.of([
        cd.City(id="hanam", name="Hanam"),
        cd.Event(id="e", kind="lecture", title="K-Star World", date=PartialDate("2025-41"),
                 participants=[cd.Participant(actor="hanam"), cd.Participant(actor="aeg")],
                 citations=[cd.Citation(source="s1", quote="a"),
                            cd.Citation(source="s1", quote="b")]),
    ])
    (entry,) = ds.timeline()
    assert entry.actors == ("aeg", "Hanam")  # no actor record for "aeg": its id
    assert entry.sources == ("s1",)
    assert entry.render().startswith("2025 H2")
    assert "“K-Star World”" in entry.render() and "[1 source]" in entry.render()


def test_format_date_keeps_the_true_precision() -> None:
    assert format_date(PartialDate("2025-03-06")) == "2025-03-06"
    assert format_date(PartialDate("2025-35")) == "2025 Q3"
    assert format_date(PartialDate("2001-21?")) == "2001 spring ?"
    assert format_date(DateRange("../2006")) == "→ 2006"
    assert format_date(DateRange("/2006")) == "? – 2006"
    assert format_date(DateRange("2004-06/")) == "2004-06 – ?"
    assert format_date(None) == "undated"


@given(datasets(max_size=4))
def test_every_record_is_placed_once_in_order(ds: cd.Dataset) -> None:
    tl = ds.timeline()
    records = [*ds.partnerships, *ds.agreements, *ds.events, *ds.documents]
    assert len(tl) + len(tl.undated) == len(records)
    # a year-less date has no place in time: it is listed with the undated
    assert all(isinstance(e.date, PartialDate | DateRange) for e in tl)
    assert all(e.date is None or isinstance(e.date, cd.YearlessDate) for e in tl.undated)
    keys = [(e.date.sort_key(), e.record.type, e.record.id) for e in tl if e.date is not None]
    assert keys == sorted(keys)
    assert isinstance(tl.render(), str)
