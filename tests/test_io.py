"""Reading and writing datasets: JSON, JSON Lines, and every problem reported with its path."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings

import citydiplo as cd
from tests import strategies as s


@settings(max_examples=60)
@given(s.datasets())
def test_round_trip_jsonl_and_json(ds: cd.Dataset) -> None:
    assert cd.loads(cd.dumps(ds)) == ds
    assert cd.loads(cd.dumps(ds, format="json")) == ds
    assert cd.loads(cd.dumps(ds).encode()) == ds


def test_files_round_trip(tmp_path: Path) -> None:
    ds = cd.Dataset.of(
        [
            cd.City(
                id="danang",
                name="Đà Nẵng",
                country="VN",
                subdivision="VN-DN",
                names={"fa": ["دانانگ"]},
            ),
            cd.Document(
                id="59-nq-tw",
                kind="resolution",
                number="59-NQ/TW",
                date=cd.PartialDate("2025-01-24"),
                citations=[cd.Citation(source="fa", quote="۵۹-NQ/TW مورخ ۲۴ ژانویه ۲۰۲۵")],
            ),
        ]
    )
    for name in ("seeds.jsonl", "seeds.json"):
        cd.dump(ds, tmp_path / name)
        assert cd.load(tmp_path / name) == ds
    assert (tmp_path / "seeds.jsonl").read_text(encoding="utf-8").count("\n") == 2
    assert '"actors"' in (tmp_path / "seeds.json").read_text(encoding="utf-8")


def test_jsonl_line_format() -> None:
    ds = cd.Dataset.of(
        [
            cd.Partnership(
                id="p",
                parties=("zibo", "gwangju-gg"),
                kind="sister",
                established=cd.PartialDate("2003"),
            )
        ]
    )
    assert cd.dumps(ds) == (
        '{"type":"partnership","id":"p","parties":["gwangju-gg","zibo"],"kind":"sister",'
        '"established":"2003"}\n'
    )


def test_three_bad_records_are_all_reported() -> None:
    text = "\n".join(
        [
            '{"type":"city","id":"hanam","name":"Hanam","country":"KR","subdivision":"KR-41"}',
            '{"type":"event","id":"e1","kind":"visit","date":"Aprl 2024",'
            '"participants":[{"actor":"hanam","role":"visitor"}]}',
            '{"type":"city","id":"x","name":"X","country":"KR","subdivision":"US-AR"}',
            '{"type":"partnership","id":"p","parties":["a","b"],"kind":"twinned"}',
            '{"type":"source","id":"s","published":"2025-12-02"}',
        ]
    )
    with pytest.raises(cd.ParseError) as info:
        cd.loads(text, name="bad.jsonl")
    problems = info.value.problems
    assert [(p.line, p.path) for p in problems] == [
        (2, "$.date"),
        (3, "$.subdivision"),
        (4, "$.kind"),
    ]
    assert "'Aprl 2024' is not an EDTF date" in problems[0].message
    assert "3 problems in bad.jsonl" in str(info.value)
    assert "line 2 $.date: 'Aprl 2024'" in str(info.value)
    assert isinstance(info.value, ValueError)


def test_json_document_paths() -> None:
    text = """{"actors": [{"type": "city", "id": "hanoi", "name": "Hanoi", "country": "VN"}],
    "events": [{"id": "e0", "participants": [{"actor": "hanoi"}]},
               {"id": "e1", "participants": [{"actor": "hanoi"}], "date": "2025-02-30"}],
    "agreements": [{"id": "a", "parties": ["hanoi", "undp"], "singed": "2025-09-05"}],
    "meetings": []}"""
    with pytest.raises(cd.ParseError) as info:
        cd.loads(text)
    got = {(p.path, p.message.split(" (")[0]) for p in info.value.problems}
    assert ("$.meetings", "unknown collection 'meetings'") in got
    assert any(path == "$.events[1].date" for path, _ in got)
    assert ("$.agreements[0].singed", "unknown field 'singed' of Agreement") in got
    assert "did you mean 'signed'?" in str(info.value)


def test_missing_and_mistyped_fields() -> None:
    with pytest.raises(cd.ParseError) as info:
        cd.loads(
            '{"type":"partnership","id":"p","parties":["a","b"],"established":2003}\n'
            '{"type":"city","name":"Zibo"}\n'
            '{"type":"event","id":"e","participants":[{"actor":"a"}],"planned":"yes"}\n'
            '["not", "a", "record"]\n'
            '{"id":"no-type"}\n'
        )
    got = [(p.line, p.path) for p in info.value.problems]
    assert got == [(1, "$.established"), (2, "$.id"), (3, "$.planned"), (4, "$"), (5, "$")]


def test_nothing_is_half_loaded() -> None:
    good = '{"type":"city","id":"hanam","name":"Hanam"}\n'
    with pytest.raises(cd.ParseError):
        cd.loads(good * 3 + "{broken\n")


def test_size_limits() -> None:
    line = '{"type":"city","id":"hanam","name":"' + "H" * 200 + '"}\n'
    with pytest.raises(cd.ParseError, match="over the limit of 100"):
        cd.loads(line, format="jsonl", max_line_bytes=100)
    with pytest.raises(cd.ParseError, match="over the limit of 50"):
        cd.loads(line, max_bytes=50)


def test_format_sniffing() -> None:
    one = '{"type":"city","id":"hanam","name":"Hanam"}'
    assert cd.loads(one).counts()["actors"] == 1
    assert cd.loads("[" + one + "]").counts()["actors"] == 1
    assert cd.loads('{"actors": [' + one + "]}").counts()["actors"] == 1
    assert cd.loads("") == cd.Dataset()
