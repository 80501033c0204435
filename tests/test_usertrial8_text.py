"""Hostile characters in ids and names: control characters, bidirectional and zero-width
marks.

Before: an id "a\\x00b" or "a\\u200d" loaded (two ids that print alike were two actors), a
name kept "\\x1b[31m" (an escape sequence that recolours the terminal of whoever prints
it), and GraphML/GEXF exports of such a dataset were not well-formed XML.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import attrs
import pytest

import citydiplo as cd


def _line(**record: object) -> str:
    return json.dumps(record)


@pytest.mark.parametrize(
    "bad",
    ["a\x00b", "a\u200d", "\u202ea", "a\nb", "a\tb", "a\u00a0b", "a\u2028b", "a\x1bb", "a\ufeff"],
)
def test_an_id_with_a_character_that_does_not_print_is_refused(bad: str) -> None:
    with pytest.raises(cd.ParseError) as caught:
        cd.loads(_line(type="city", id=bad, name="A"))
    message = str(caught.value)
    assert "$.id" in message and repr(bad) in message and "U+" in message
    with pytest.raises(cd.InvalidModelError, match="does not print"):
        cd.City(id=bad, name="A")
    with pytest.raises(cd.ParseError, match=r"\$\.parties"):
        cd.loads(_line(type="partnership", id="p", parties=[bad, "b"], kind="sister"))


@pytest.mark.parametrize("good", ["a", "city-suwon-kr", "a b", "서울", "تهران", "geonames:1835848"])
def test_visible_ids_still_load(good: str) -> None:
    assert cd.loads(_line(type="city", id=good, name="A"))[good].name == "A"
    assert cd.City(id=good, name="A").id == good


def test_control_characters_in_names_are_refused_invisible_ones_dropped() -> None:
    # trial 26 (A12): a control character or a bidirectional override in a name is refused,
    # as in an id; zero-width and directional marks are still dropped
    for bad in ("Ha\x1b[31mnam", "Seoul\x00\x7f", "\u202eHanam"):
        with pytest.raises(cd.InvalidModelError, match=r"City\.name: .* holds U\+"):
            cd.City(id="a", name=bad)
    with pytest.raises(cd.ParseError, match=r"\$\.name"):
        cd.loads(_line(type="city", id="a", name="Seoul\x00\x7f"))
    assert cd.City(id="a", name="Ha\u200bnam\u200f").name == "Hanam"
    assert cd.City(id="b", name="하남시 Hà Nội").name == "하남시 Hà Nội"


def test_exports_of_a_hostile_dataset_are_well_formed_xml(tmp_path: Path) -> None:
    lines = [
        _line(type="city", id="a", name="A\u200b\x0b", country="KR", names={"he": ["\u200fאבג"]}),
        _line(type="city", id="b", name="B\u2028", country="JP"),
        _line(type="partnership", id="p", parties=["a", "b"], kind="sister", established="2024"),
    ]
    ds = cd.loads("\n".join(lines))
    cd.write_graphml(ds, tmp_path / "g.graphml")
    cd.write_gexf(ds, tmp_path / "g.gexf")
    for name in ("g.graphml", "g.gexf"):
        ET.parse(tmp_path / name)  # raises on characters XML cannot hold


def test_extract_drops_control_characters_from_the_names_it_drafts() -> None:
    # a record refuses a control character or a bidirectional override in a name (trial 26,
    # A12); a draft's names come from the article, so extraction leaves them out
    text = (
        "Mayor Kim\x00 Lee of Seoul\u00a0City visited Tokyo\u2028Metropolitan Government on "
        "5 May 2024 and signed an MOU with the Osaka\x1b Prefecture \u202eand Busan."
    )
    extraction = cd.extract(text, lang="en")
    actors = extraction.dataset.actors
    assert actors and all(a.id.isprintable() for a in actors)
    names = [n for a in actors for n in (a.name, *(label.text for label in a.names))]
    assert names and all(n.isprintable() and "\u202e" not in n for n in names)
    assert "Kim Lee" in {a.name for a in actors}
    assert not cd.validate(extraction.dataset).errors


def test_extract_reads_a_venue_and_a_region_holding_control_characters() -> None:
    text = (
        "On 5 May 2024 Hanam City and Gyeonggi\u202e Province signed a friendship agreement "
        "with Lyon at the Hanam\x07 Arts Center."
    )
    extraction = cd.extract(text, lang="en")
    assert extraction.records
    assert not cd.validate(extraction.dataset).errors
    texts = [str(v) for r in extraction.records for v in attrs.asdict(r).values()]
    assert not any("\x07" in t or "\u202e" in t for t in texts)


def test_import_pairs_makes_visible_ids_from_cells_with_control_characters() -> None:
    import io

    text = "city1,country1,city2,country2\nSe\x00oul,South Korea,Ato\x1bll,Japan\n"
    result = cd.import_pairs(io.StringIO(text))
    ids = sorted(a.id for a in result.dataset.actors)
    assert ids[0] == "geonames:1835848" and all(i.isprintable() for i in ids)
