"""Trial 26, section C: error messages that say what is wrong, where, and quote it."""

from __future__ import annotations

import pytest

import citydiplo as cd


def test_a_bad_json_line_gives_its_column_and_quotes_the_text() -> None:
    # trial: "line 3 $: not valid JSON: invalid literal, expected 'null': line 1 column 1"
    text = '{"type":"city","id":"a","name":"A"}\n{"type":"city","id":"b","name":"B"}\nnul\n'
    with pytest.raises(cd.ParseError) as caught:
        cd.loads(text, format="jsonl")
    (problem,) = caught.value.problems
    assert problem.line == 3
    assert "line 1" not in problem.message
    assert "at column" in problem.message and "near 'nul'" in problem.message


def test_a_bad_json_document_gives_line_and_column() -> None:
    with pytest.raises(cd.ParseError, match=r"at line 2 column 11, near ' \{\"type\": nul\}\]\}'"):
        cd.loads('{"actors": [\n {"type": nul}]}', format="json")
