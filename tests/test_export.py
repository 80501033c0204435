"""Exports (pandas, networkx, GraphML, GEXF, Parquet, CSV, JSON Lines), HTML and plots."""

from __future__ import annotations

import csv
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import matplotlib
import pytest

import citydiplo as cd
from citydiplo import (
    Citation,
    City,
    Dataset,
    DateRange,
    Event,
    MissingExtraError,
    PartialDate,
    Participant,
    Partnership,
    Source,
)
from citydiplo._export import export, to_frame

matplotlib.use("Agg")


@pytest.fixture(scope="module")
def ds() -> Dataset:
    return Dataset.of(
        [
            City(id="gwangju-gg", name="Gwangju", names={"ko": ["광주시"]}, country="KR"),
            City(id="zibo", name="Zibo", country="CN"),
            City(id="hanam", name="Hanam", country="KR", subdivision="KR-41"),
            City(id="little-rock", name="Little Rock", country="US"),
            Source(id="asiae", title='=HYPERLINK("http://x")', language="en"),
            Partnership(
                id="gwangju-zibo",
                parties=("gwangju-gg", "zibo"),
                kind="sister",
                status="active",
                established=PartialDate("2003"),
                fields=["culture", "youth"],
                citations=[Citation(source="asiae", quote="sister-city relationship in 2003")],
            ),
            Partnership(
                id="hanam-little-rock",
                parties=("hanam", "little-rock"),
                kind="friendship",
                established=DateRange("2013-10/2020"),
            ),
            Event(
                id="visit",
                kind="visit",
                date=PartialDate("2024-07"),
                title="<b>Hanam</b> & Little Rock",
                participants=[
                    Participant(actor="hanam", role="visitor"),
                    Participant(actor="little-rock", role="host"),
                ],
            ),
        ]
    )


# -- pandas -------------------------------------------------------------------------------


def test_frames_one_per_kind_with_date_bounds(ds: Dataset) -> None:
    frames = ds.to_frames()
    assert set(frames) == {
        "actors",
        "sources",
        "partnerships",
        "agreements",
        "events",
        "documents",
        "claims",
        "memberships",
    }
    assert len(frames["agreements"]) == 0
    assert "signed_earliest" in frames["agreements"].columns
    p = frames["partnerships"].set_index("id")
    assert p.loc["gwangju-zibo", "established"] == "2003"
    assert p.loc["gwangju-zibo", "established_earliest"] == "2003-01-01"
    assert p.loc["gwangju-zibo", "established_latest"] == "2003-12-31"
    assert p.loc["hanam-little-rock", "established_latest"] == "2020-12-31"
    assert p.loc["gwangju-zibo", "parties"] == ["gwangju-gg", "zibo"]
    assert p.loc["gwangju-zibo", "fields"] == ["culture", "youth"]
    assert p.loc["gwangju-zibo", "kind"] == "sister"
    assert ds.to_frame("events").loc[0, "date"] == "2024-07"
    assert cd.to_pandas(ds)["actors"]["name"].tolist() == [
        "Gwangju",
        "Zibo",
        "Hanam",
        "Little Rock",
    ]


def test_unknown_kind_is_an_error(ds: Dataset) -> None:
    with pytest.raises(ValueError, match="'visits'"):
        to_frame(ds, "visits")


# -- graphs -------------------------------------------------------------------------------


def test_network_nodes_and_edges(ds: Dataset) -> None:
    g = ds.network()
    assert g.nodes["hanam"] == {
        "name": "Hanam",
        "type": "city",
        "country": "KR",
        "subdivision": "KR-41",
    }
    edge = g.edges["gwangju-gg", "zibo", "gwangju-zibo"]
    assert edge["kind"] == "sister"
    assert edge["status"] == "active"
    assert (edge["start"], edge["start_earliest"], edge["start_latest"]) == (
        "2003",
        "2003-01-01",
        "2003-12-31",
    )
    assert "end" not in edge
    assert g.number_of_edges() == 2


def test_network_at_a_date(ds: Dataset) -> None:
    assert ds.network(at="2002").number_of_edges() == 0
    assert ds.network(at="2015").number_of_edges() == 2
    assert [k for *_, k in ds.network(at="2010").edges(keys=True)] == ["gwangju-zibo"]
    assert ds.network(at="2010").number_of_nodes() == 4  # every actor stays a node


def test_graphml_keeps_dates_as_edge_data(ds: Dataset, tmp_path: Path) -> None:
    import networkx as nx

    path = tmp_path / "partners.graphml"
    cd.write_graphml(ds, path)
    g = nx.read_graphml(path)
    data = next(d for *_, d in g.edges(data=True) if d["id"] == "hanam-little-rock")
    assert data["start"] == "2013-10/2020"
    assert data["start_earliest"] == "2013-10-01"


def test_gexf_has_time_on_edges(ds: Dataset, tmp_path: Path) -> None:
    path = tmp_path / "partners.gexf"
    cd.write_gexf(ds, path)
    root = ET.parse(path).getroot()
    ns = {"g": root.tag.split("}")[0].strip("{")}
    graph = root.find("g:graph", ns)
    assert graph is not None
    assert graph.get("mode") == "dynamic"
    assert graph.get("timeformat") == "date"
    edges = {e.get("id"): e for e in root.iter(f"{{{ns['g']}}}edge")}
    assert edges["gwangju-zibo"].get("start") == "2003-01-01"
    assert edges["gwangju-zibo"].get("end") is None  # still in force: open
    labels = {n.get("id"): n.get("label") for n in root.iter(f"{{{ns['g']}}}node")}
    assert labels["gwangju-gg"] == "Gwangju"


# -- Parquet ------------------------------------------------------------------------------


def test_parquet_partitioned_by_year_and_country(ds: Dataset, tmp_path: Path) -> None:
    import pyarrow.dataset as pads

    written = cd.to_parquet(ds, tmp_path)
    assert {p.name for p in written} == {"actors", "sources", "partnerships", "events"}
    assert (tmp_path / "partnerships" / "year=2003" / "country=CN").is_dir()
    assert (tmp_path / "events" / "year=2024" / "country=KR").is_dir()
    table = pads.dataset(tmp_path / "partnerships", partitioning="hive").to_table()
    rows = {r["id"]: r for r in table.to_pylist()}
    assert rows["gwangju-zibo"]["parties"] == ["gwangju-gg", "zibo"]
    assert rows["gwangju-zibo"]["year"] == 2003
    assert rows["hanam-little-rock"]["country"] == "KR"


def test_parquet_unpartitioned_and_bad_key(ds: Dataset, tmp_path: Path) -> None:
    import pyarrow.dataset as pads

    cd.to_parquet(ds, tmp_path, partition_by=())
    assert pads.dataset(tmp_path / "events").to_table().num_rows == 1
    with pytest.raises(ValueError, match="'kind'"):
        cd.to_parquet(ds, tmp_path, partition_by=("kind",))


# -- CSV and JSON Lines -------------------------------------------------------------------


def test_csv_one_file_per_kind_with_formulas_neutralised(ds: Dataset, tmp_path: Path) -> None:
    written = cd.to_csv(ds, tmp_path)
    assert sorted(p.name for p in written) == [
        "actors.csv",
        "events.csv",
        "partnerships.csv",
        "sources.csv",
    ]
    with (tmp_path / "sources.csv").open(encoding="utf-8", newline="") as handle:
        (source,) = list(csv.DictReader(handle))
    assert not source["title"].startswith("=")
    assert "HYPERLINK" in source["title"]
    with (tmp_path / "partnerships.csv").open(encoding="utf-8", newline="") as handle:
        rows = {r["id"]: r for r in csv.DictReader(handle)}
    assert rows["gwangju-zibo"]["parties"] == '["gwangju-gg","zibo"]'
    assert rows["gwangju-zibo"]["established_earliest"] == "2003-01-01"
    assert rows["gwangju-zibo"]["ended"] == ""
    assert "sister-city relationship in 2003" in rows["gwangju-zibo"]["citations"]


def test_export_jsonl_round_trips(ds: Dataset, tmp_path: Path) -> None:
    (path,) = export(ds, "jsonl", tmp_path / "out.jsonl")
    assert cd.load(path) == ds


# -- optional extras ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "extra", "call"),
    [
        ("pandas", "pandas", lambda ds, tmp: ds.to_frames()),
        ("networkx", "graph", lambda ds, tmp: ds.network()),
        ("networkx", "graph", lambda ds, tmp: cd.write_gexf(ds, tmp / "g.gexf")),
        ("pyarrow", "parquet", lambda ds, tmp: cd.to_parquet(ds, tmp)),
        ("matplotlib", "plot", lambda ds, tmp: ds.timeline().plot()),
    ],
)
def test_missing_extra_names_it(
    ds: Dataset, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, module: str, extra: str, call
) -> None:
    for name in [m for m in sys.modules if m == module or m.startswith(module + ".")]:
        monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(MissingExtraError, match=rf"citydiplo\[{extra}\]") as caught:
        call(ds, tmp_path)
    assert caught.value.extra == extra
    assert isinstance(caught.value, ImportError)


# -- notebooks: HTML and plots ------------------------------------------------------------


def test_dataset_html_is_escaped_and_truncated(ds: Dataset) -> None:
    html = ds._repr_html_()
    assert "<b>Hanam</b>" not in html
    assert "&lt;b&gt;Hanam&lt;/b&gt; &amp; Little Rock" in html
    assert "4 actors" in html
    many = Dataset.of([City(id=f"c{i}", name=f"City {i}") for i in range(25)])
    html = many._repr_html_()
    assert "City 9" in html
    assert "City 10" not in html
    assert "… and 15 more" in html


def test_timeline_and_merge_result_html(ds: Dataset) -> None:
    html = ds.timeline()._repr_html_()
    assert "Timeline" in html
    assert "sister partnership" in html
    assert html.index("2003") < html.index("2024-07")
    result = cd._merge.merge(ds)
    assert "MergeResult" in result._repr_html_()


def test_report_html_lists_findings() -> None:
    from citydiplo._validate import Finding, Report

    report = Report(
        [
            Finding(
                code="CD101",
                severity="error",
                path="$.partnerships[0].parties[1]",
                message="'<zibo>' is no record of the dataset",
            )
        ]
    )
    html = report._repr_html_()
    assert "CD101" in html
    assert "&#x27;&lt;zibo&gt;&#x27; is no record" in html
    assert "Report</strong>: 1 finding<" in html


def test_timeline_plot_bars_span_their_precision(ds: Dataset) -> None:
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    timeline = ds.timeline()
    fig, ax = plt.subplots()
    assert timeline.plot(ax=ax) is ax
    bars = ax.patches
    assert len(bars) == 3
    widths = [round(b.get_width()) for b in bars]
    # 2003 partnership, not ended: from 2003-01-01 to the right edge
    assert mdates.num2date(bars[0].get_x()).date().isoformat() == "2003-01-01"
    assert bars[0].get_x() + widths[0] == pytest.approx(ax.get_xlim()[1], abs=1)
    assert widths[2] == 31  # 2024-07: the whole month
    assert mdates.num2date(bars[2].get_x()).date().isoformat() == "2024-07-01"
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["sister partnership", "friendship partnership", "visit"]
    plt.close(fig)


def test_open_range_is_drawn_to_the_edge() -> None:
    import matplotlib.pyplot as plt

    ds = Dataset.of(
        [
            Partnership(id="p", parties=("a", "b"), established=DateRange("2003/..")),
            Partnership(id="q", parties=("a", "c"), established=PartialDate("2020")),
        ]
    )
    ax = ds.timeline().plot()
    right = ax.get_xlim()[1]
    open_bar = ax.patches[0]
    assert open_bar.get_x() + open_bar.get_width() == pytest.approx(right)
    plt.close(ax.figure)
