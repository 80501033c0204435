"""Type hints that help: mypy refuses a misspelt enum value in user code, runtime takes text."""

from __future__ import annotations

import enum
import textwrap
import typing
from pathlib import Path

import pytest

import citydiplo as cd
from citydiplo._model import _vocab

_LIKES = [name for name in _vocab.__all__ if name.endswith("Like")]


@pytest.mark.parametrize("alias", _LIKES)
def test_literal_values_are_exactly_the_enum_values(alias: str) -> None:
    enum_cls, literal = typing.get_args(getattr(_vocab, alias))
    assert issubclass(enum_cls, enum.Enum)
    assert enum_cls.__name__ + "Like" == alias
    assert list(typing.get_args(literal)) == [m.value for m in enum_cls]


def test_every_vocabulary_has_its_like_alias() -> None:
    enums = {n for n in _vocab.__all__ if isinstance(getattr(_vocab, n), type)}
    assert {n + "Like" for n in enums} == set(_LIKES)


def test_converters_still_take_text_at_run_time() -> None:
    p = cd.Partnership(id="p", parties=("a", "b"), kind="sister", status="active")
    assert (p.kind, p.status) == (cd.PartnershipKind.SISTER, cd.PartnershipStatus.ACTIVE)
    with pytest.raises(cd.InvalidModelError, match="'sisterr' is not a valid PartnershipKind"):
        cd.Partnership(id="p", parties=("a", "b"), kind="sisterr")  # type: ignore[arg-type]


_USER_CODE = """
    from citydiplo import Citation, Event, Participant, Partnership, PartnershipKind

    ok = Partnership(id="p", parties=("a", "b"), kind="sister", fields=["culture"])
    ok2 = Partnership(id="p", parties=("a", "b"), kind=PartnershipKind.SISTER)
    e = Event(id="e", kind="visit", participants=[Participant(actor="a", role="host")],
              citations=[Citation(source="s", quote="q")])
    bad_kind = Partnership(id="p", parties=("a", "b"), kind="sisterr")
    bad_role = Participant(actor="a", role="hots")
    bad_field = Partnership(id="p", parties=("a", "b"), fields=["cultre"])
    bad_citations = Partnership(id="p", parties=("a", "b"), citations=["s"])
"""


def test_mypy_catches_misspelt_values_in_user_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    api = pytest.importorskip("mypy.api")
    # found however citydiplo is installed (an editable install may use an import hook)
    monkeypatch.setenv("MYPYPATH", str(Path(cd.__file__).parent.parent))
    snippet = tmp_path / "user_code.py"
    snippet.write_text(textwrap.dedent(_USER_CODE), encoding="utf-8")
    out, err, _ = api.run(["--strict", "--cache-dir", str(tmp_path / "cache"), str(snippet)])
    errors = [line for line in out.splitlines() if ": error:" in line]
    lines = sorted(int(line.split(":")[1]) for line in errors)
    assert lines == [8, 9, 10, 11], out + err
    assert "sisterr" in out and "hots" in out and "cultre" in out
