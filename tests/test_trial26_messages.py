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


def test_partners_at_an_impossible_day_gives_the_reason() -> None:
    # trial: "seeds.partners("gwangju-gg", at="2024-02-30") says ... is not an EDTF date"
    seeds = cd.Dataset.of([cd.City(id="gwangju-gg", name="Gwangju", country="KR")])
    with pytest.raises(cd.DateParseError, match=r"is not a valid date: .*expected 1\.\.29"):
        seeds.partners("gwangju-gg", at="2024-02-30")
    with pytest.raises(cd.DateParseError, match="is not an EDTF date"):
        seeds.partners("gwangju-gg", at="notadate")


def test_a_reversed_range_message_reads_as_a_sentence() -> None:
    with pytest.raises(cd.InvalidDateError) as caught:
        cd.DateRange(start=cd.PartialDate("2020"), end=cd.PartialDate("2018"))
    assert "it ends before start=PartialDate(\"2020\") begins" in str(caught.value)


@pytest.mark.parametrize(
    "data",
    [b"\xff\xfecity1", "city1,country1,city2,country2\nA,B,C,D\n".encode("utf-16-le")],
)
def test_a_utf16_csv_is_named(data: bytes, tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "b.csv"
    path.write_bytes(data)
    with pytest.raises(cd.ParseError, match=r"b\.csv: this is UTF-16 text"):
        cd.import_pairs(path)


def test_an_unterminated_quote_is_named(tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "u.csv"
    path.write_text(
        "city1,country1,city2,country2\nHanam,South Korea,Little Rock,United States\n"
        '"Unterminated,South Korea,Tokyo,Japan\n'
    )
    with pytest.raises(cd.ParseError, match=r"row 3 \(line 3\): a quote opened in this row"):
        cd.import_pairs(path)
