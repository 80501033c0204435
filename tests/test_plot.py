"""Timeline plots: titled, labelled by record, open ends drawn as arrows, short records seen."""

from __future__ import annotations

from collections.abc import Iterator

import matplotlib
import pytest

import citydiplo as cd
from citydiplo import City, Dataset, DateRange, Event, PartialDate, Participant, Partnership

matplotlib.use("Agg")
import matplotlib.pyplot as plt
from matplotlib.lines import Line2D


@pytest.fixture(autouse=True)
def _close() -> Iterator[None]:
    yield
    plt.close("all")


def _markers(ax: object, marker: str) -> list[Line2D]:
    return [line for line in ax.get_lines() if line.get_marker() == marker]  # type: ignore[attr-defined]


DS = Dataset.of(
    [
        City(id="hanam", name="Hanam"),
        City(id="little-rock", name="Little Rock"),
        City(id="zibo", name="Zibo"),
        Partnership(id="open", parties=("hanam", "zibo"), kind="sister",
                    established=PartialDate("2003")),
        Partnership(id="done", parties=("hanam", "little-rock"), kind="friendship",
                    established=PartialDate("2010"), ended=PartialDate("2015-06")),
        Partnership(id="ended-undated", parties=("little-rock", "zibo"), status="ended",
                    established=PartialDate("2012")),
        Event(id="visit", kind="visit", title="Delegation to Little Rock",
              date=PartialDate("2024-07-15"),
              participants=[Participant(actor="hanam", role="visitor"),
                            Participant(actor="little-rock", role="host")]),
    ]
)  # fmt: skip


def test_plot_returns_the_axes_with_a_title() -> None:
    ax = DS.timeline("hanam").plot()
    assert isinstance(ax, matplotlib.axes.Axes)
    assert ax.get_title() == "Timeline of hanam"
    assert DS.timeline().plot(title="Partners").get_title() == "Partners"


def test_rows_are_labelled_by_title_or_kind() -> None:
    ax = DS.timeline().plot()
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert "Delegation to Little Rock" in labels
    assert "sister partnership: Hanam – Zibo" in labels


def test_partnerships_run_to_their_end_or_to_the_edge_with_an_arrow() -> None:
    import matplotlib.dates as mdates

    ax = DS.timeline().plot()
    right = ax.get_xlim()[1]
    bars = {t.get_text(): b for t, b in zip(ax.get_yticklabels(), ax.patches, strict=True)}
    open_bar = bars["sister partnership: Hanam – Zibo"]
    assert open_bar.get_x() + open_bar.get_width() == pytest.approx(right)
    done = bars["friendship partnership: Hanam – Little Rock"]
    assert mdates.num2date(done.get_x() + done.get_width()).date().isoformat() == "2015-07-01"
    ended = bars["partner partnership: Little Rock – Zibo"]
    assert round(ended.get_width()) == 366  # ended, date unknown: its year (2012) only
    arrows = _markers(ax, ">")
    assert [a.get_xdata()[0] for a in arrows] == [pytest.approx(right)]


def test_a_day_is_visible_on_a_long_axis() -> None:
    ax = DS.timeline().plot()
    diamonds = _markers(ax, "D")
    assert len(diamonds) == 1
    bar = [b for b in ax.patches if round(b.get_width()) == 1]
    assert len(bar) == 1
    assert diamonds[0].get_xdata()[0] == pytest.approx(bar[0].get_x() + 0.5)


def test_the_legend_is_outside_the_plotting_area() -> None:
    ax = DS.timeline().plot()
    ax.figure.canvas.draw()
    legend = ax.get_legend()
    assert [t.get_text() for t in legend.get_texts()][:2] == [
        "sister partnership", "friendship partnership"]  # fmt: skip
    renderer = ax.figure.canvas.get_renderer()
    assert legend.get_window_extent(renderer).x0 >= ax.get_window_extent(renderer).x1


def test_an_empty_timeline_says_so() -> None:
    ds = Dataset.of([City(id="a", name="A"), City(id="b", name="B"),
                     Partnership(id="p", parties=("a", "b"))])  # fmt: skip
    ax = ds.timeline().plot()
    texts = [t.get_text() for t in ax.texts]
    assert texts == ["No dated records to plot (1 undated)"]
    assert not ax.patches
    assert Dataset().timeline().plot().texts[0].get_text() == "No dated records to plot"


def test_open_ranges_and_seeds_plot() -> None:
    ds = Dataset.of([Partnership(id="p", parties=("a", "b"), established=DateRange("2003/.."))])
    ax = ds.timeline().plot()
    assert len(_markers(ax, ">")) == 1
    seeds = cd.load_seeds().timeline("hanam").plot()
    assert len(seeds.patches) == len(cd.load_seeds().timeline("hanam"))
