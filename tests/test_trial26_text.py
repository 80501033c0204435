"""Trial 26, finding A12: names and other free texts refuse control characters and
bidirectional overrides, as ids do (one check, :func:`hidden_character`).

Quoted from the trial: ``{"type":"city","id":"a","name":"A\\u0007\\u202e","country":"KR"}``
"gives ``1 info`` and rc 0" and "``cd.City(id="a", name="A\\x07", country="KR")`` is
accepted".
"""

from __future__ import annotations

from pathlib import Path

import pytest

import citydiplo as cd


@pytest.mark.parametrize("name", ["A\x07", "A\u202e", "A\x07\u202e", "\u202dA", "A\x1b[31m"])
def test_a_name_with_a_hidden_character_is_refused(name: str) -> None:
    with pytest.raises(cd.InvalidModelError, match=r"City\.name: .* holds U\+") as caught:
        cd.City(id="a", name=name, country="KR")
    assert isinstance(caught.value, ValueError)
    assert caught.value.field == "name"


def test_the_id_message_is_the_same_check() -> None:
    with pytest.raises(cd.InvalidModelError, match=r"City\.id: 'a\\x07' is not an id: .* U\+0007"):
        cd.City(id="a\x07", name="A", country="KR")


@pytest.mark.parametrize(
    "make",
    [
        lambda: cd.City(id="a", name="A", names={"ko": ["가\u202e"]}),
        lambda: cd.Source(id="s", title="T\x00"),
        lambda: cd.Event(id="e", participants=[cd.Participant(actor="a")], venue="V\u202e"),
        lambda: cd.Partnership(id="p", parties=("a", "b"), note="n\x07"),
    ],
)
def test_other_free_texts_refuse_them(make: object) -> None:
    with pytest.raises(cd.InvalidModelError, match=r"holds U\+"):
        make()  # type: ignore[operator]


def test_persian_and_hebrew_marks_in_a_name_still_pass() -> None:
    # ZWNJ (Persian) and RLM (Hebrew) are not overrides: a name keeps or drops them as before
    city = cd.City(id="t", name="تهران\u200c", names={"he": ["\u200fחיפה"]})
    assert city.name == "تهران"
    assert cd.City(id="a", name="  Ha\u200bnam\tCity ").name == "Hanam City"


def test_a_name_that_is_not_text_names_the_field() -> None:
    with pytest.raises(cd.InvalidModelError, match=r"City\.name: None is not a string"):
        cd.City(id="a", name=None, country="KR")  # type: ignore[arg-type]


def test_loading_reports_the_line_and_path(tmp_path: Path) -> None:
    path = tmp_path / "ctrl2.jsonl"
    path.write_text('{"type":"city","id":"a","name":"A\\u0007\\u202e","country":"KR"}\n')
    with pytest.raises(cd.ParseError) as caught:
        cd.load(path)
    (problem,) = caught.value.problems
    assert (problem.line, problem.path) == (1, "$.name")
    assert "U+0007" in problem.message
