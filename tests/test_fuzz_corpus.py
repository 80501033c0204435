"""The seed corpora that fuzz/README.md describes exist, and each seed is what it says."""

from __future__ import annotations

from pathlib import Path

import pytest

import citydiplo as cd

CORPUS = Path(__file__).parents[1] / "fuzz" / "corpus"


def test_the_readme_names_the_corpora_that_exist() -> None:
    readme = (CORPUS.parent / "README.md").read_text(encoding="utf-8")
    for name in ("loads", "edtf"):
        assert f"corpus/{name}" in readme
        assert sorted((CORPUS / name).iterdir()), f"fuzz/corpus/{name} is empty"


@pytest.mark.parametrize("path", sorted((CORPUS / "loads").iterdir()), ids=lambda p: p.name)
def test_loads_seeds_load_or_raise_a_citydiplo_error(path: Path) -> None:
    data = path.read_bytes()
    if path.name.startswith("many-problems"):
        with pytest.raises(cd.ParseError) as info:
            cd.loads(data)
        assert len(info.value.problems) >= 8
        return
    dataset = cd.loads(data)
    assert cd.loads(cd.dumps(dataset)) == dataset


def test_the_every_kind_seed_holds_every_kind() -> None:
    dataset = cd.load(CORPUS / "loads" / "every-kind.jsonl")
    assert all(dataset.counts().values())
    assert cd.load(CORPUS / "loads" / "every-kind.json") == dataset


@pytest.mark.parametrize("path", sorted((CORPUS / "edtf").iterdir()), ids=lambda p: p.name)
def test_edtf_seeds_parse_and_print_back(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert str(cd.parse_edtf(text)) == text
