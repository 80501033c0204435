"""HTML views: counted in words, dates on one line, styled, and merges that show their work."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import citydiplo as cd
from citydiplo import City, Dataset, PartialDate, Partnership
from citydiplo import _html as fused_html
from citydiplo._seeds import merge_seeds


class _Cells(HTMLParser):
    """Collects (tag, attrs, text) of every table cell, and checks tags are balanced."""

    def __init__(self) -> None:
        super().__init__()
        self.cells: list[tuple[str, dict[str, str | None], str]] = []
        self.open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.open.append(tag)
        if tag in ("td", "th"):
            self.cells.append((tag, dict(attrs), ""))

    def handle_endtag(self, tag: str) -> None:
        assert self.open.pop() == tag

    def handle_data(self, data: str) -> None:
        if self.open and self.open[-1] in ("td", "th") and self.cells:
            tag, attrs, text = self.cells[-1]
            self.cells[-1] = (tag, attrs, text + data)


def _parse(html: str) -> _Cells:
    parser = _Cells()
    parser.feed(html)
    assert parser.open == []
    return parser


ONE = Dataset.of([City(id="a", name="A"), City(id="b", name="B"),
                  Partnership(id="p", parties=("a", "b"), established=PartialDate("2003-04-01"))])  # fmt: skip  # noqa: E501


def test_counts_are_pluralised() -> None:
    assert "<strong>Dataset</strong>: 2 actors, 1 partnership<" in ONE._repr_html_()
    assert "1 partnerships" not in ONE._repr_html_()
    assert "<strong>Report</strong>: 0 findings" in cd.validate(Dataset())._repr_html_()
    html = ONE.timeline()._repr_html_()
    assert "1 dated, 0 undated" in html


def test_date_cells_do_not_wrap_and_views_carry_their_style() -> None:
    for html in (ONE._repr_html_(), ONE.timeline()._repr_html_(), cd.load_seeds()._repr_html_()):
        assert html.startswith('<div class="citydiplo"><style>')
        assert ".citydiplo .cd-date{white-space:nowrap}" in html
        parsed = _parse(html)
        headers = [text for tag, _, text in parsed.cells if tag == "th"]
        assert headers
    cells = _parse(ONE._repr_html_()).cells
    dated = [(attrs, text) for tag, attrs, text in cells if text == "2003-04-01"]
    assert dated == [({"class": "cd-date"}, "2003-04-01")]


def test_merge_result_shows_which_reports_were_fused_into_which_record() -> None:
    result = merge_seeds()
    html = result._repr_html_()
    summary = re.search(r"<strong>MergeResult</strong>: ([^<]*)", html)
    assert summary is not None
    assert summary[1].startswith(
        f"{len(result.reports)} reports into {len(result.dataset)} records"
    )
    assert "<h4>fused</h4>" in html
    fused = fused_html.fused_reports(result)
    # the Hanam-Arkansas MOU is told by the Gujarati and the Hebrew article under one id
    assert fused["hanam-arkansas-mou"] == [
        "hanam-arkansas-mou (000_c4bc86c6ec73d8de)",
        "hanam-arkansas-mou (001_357b0068aa76b59a)",
    ]
    cells = [text for _, _, text in _parse(html).cells]
    first, members = next(iter(fused.items()))
    row = cells.index(first)
    assert cells[row + 1 : row + 3] == [str(len(members)), "; ".join(members)]
    assert "<h4>merged dataset: " in html


def test_fused_reports_account_for_every_report() -> None:
    result = merge_seeds()
    fused = fused_html.fused_reports(result)
    alone = [r for r in result.dataset if r.id not in fused]
    assert sum(len(m) for m in fused.values()) + len(alone) >= len(result.reports)
    assert all(len(members) > 1 for members in fused.values())


def test_html_escapes_everything() -> None:
    ds = Dataset.of([City(id="x", name="<script>alert(1)</script>")])
    assert "<script>" not in ds._repr_html_()


def test_partner_lists_show_as_a_table() -> None:
    partners = cd.load_seeds().partners("gwangju-gg", kind="sister")
    html = partners._repr_html_()
    assert "<strong>Partners</strong>: 1 partner<" in html
    cells = [text for _, _, text in _parse(html).cells]
    assert cells[6:] == ["Zibo", "CN", "sister", "active", "2003", "gwangju-zibo"]
    from citydiplo._views import Partners

    assert "<strong>Partners</strong>: 0 partners</div>" in Partners([])._repr_html_()
