"""Trial 26, finding A9: a file with parse errors also reports the duplicate ids, dangling
references and reversed dates among the records that could be read.

Quoted: "``citydiplo validate bad.jsonl`` reports 9 … It does not report: the duplicate id
``a`` on line 5; the dangling party ``"nope"`` on line 6" and "a ``parties`` error on line
4 hides "ended 2020 before it was established 2030" on line 3".
"""

from __future__ import annotations

import json

import pytest

import citydiplo as cd

LINES = [
    '{"type":"city","id":"a","name":"A","country":"KR"}',
    '{"type":"city","id":"b","country":"KR"}',
    '{"type":"partnership","id":"p","parties":["a","b"]}',
    '{"type":"partnership","id":"q","parties":["a","nope"],"established":"2030","ended":"2020"}',
    '{"type":"city","id":"a","name":"A2"}',
    "nul",
]


def _problems(text: str, fmt: str) -> list[tuple[int | None, str, str]]:
    with pytest.raises(cd.ParseError) as caught:
        cd.loads(text, format=fmt)  # type: ignore[arg-type]
    return [(p.line, p.path, p.message) for p in caught.value.problems]


def test_json_lines_report_cross_record_problems_with_their_lines() -> None:
    found = _problems("\n".join(LINES) + "\n", "jsonl")
    where = [(line, path) for line, path, _ in found]
    assert (2, "$.name") in where and (6, "$") in where
    assert (5, "$.id") in where  # the duplicate id
    assert (4, "$.parties[1]") in where  # 'nope'
    assert (4, "$.ended") in where  # ended before established
    assert any("CD103" in m for *_, m in found)
    # 'b' could not be read: the partnership naming it is not called dangling
    assert not any("'b'" in m and "CD101" in m for *_, m in found)


def test_a_json_document_reports_them_with_the_files_paths() -> None:
    records = [json.loads(line) for line in LINES[:5]]
    doc = {
        "actors": [r for r in records if r["type"] == "city"],
        "partnerships": [r for r in records if r["type"] == "partnership"],
    }
    where = [path for _, path, _ in _problems(json.dumps(doc), "json")]
    assert "$.actors[2].id" in where  # the second 'a', after the unreadable 'b'
    assert "$.partnerships[1].ended" in where


def test_a_clean_file_still_loads() -> None:
    assert len(cd.loads("\n".join(LINES[:1]) + "\n", format="jsonl")) == 1
