"""The API reference shows fields, enum values and links instead of raw Sphinx roles.

The tables are written at build time by ``docs/_ext/attrs_fields.py`` (a griffe extension
that ``mkdocs.yml`` loads); these tests check what it writes for every public class.
"""

from __future__ import annotations

import enum
import inspect
import re
import sys
from pathlib import Path
from types import ModuleType

import attrs
import pytest

import citydiplo

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def ext() -> ModuleType:
    sys.path.insert(0, str(ROOT / "docs" / "_ext"))
    try:
        import attrs_fields
    finally:
        sys.path.pop(0)
    return attrs_fields


PUBLIC = [getattr(citydiplo, name) for name in citydiplo.__all__]
ATTRS_CLASSES = [obj for obj in PUBLIC if isinstance(obj, type) and attrs.has(obj)]
ENUMS = [obj for obj in PUBLIC if isinstance(obj, type) and issubclass(obj, enum.Enum)]


def test_the_extension_is_loaded_by_the_site() -> None:
    config = (ROOT / "mkdocs.yml").read_text("utf-8")
    assert "docs/_ext/attrs_fields.py:AttrsFields" in config


@pytest.mark.parametrize("cls", ATTRS_CLASSES, ids=lambda c: c.__name__)
def test_every_attrs_class_has_a_table_of_all_its_fields(ext: ModuleType, cls: type) -> None:
    table = ext.fields_table(cls)
    rows = {row.split("|")[1].strip().strip("`"): row for row in table.splitlines()[2:]}
    assert list(rows) == [a.name for a in attrs.fields(cls)]
    for a in attrs.fields(cls):
        required = a.default is attrs.NOTHING
        assert ("| required |" in rows[a.name]) == required, rows[a.name]


@pytest.mark.parametrize(
    "cls",
    [c for c in ATTRS_CLASSES if c.__module__.startswith("citydiplo._model")],
    ids=lambda c: c.__name__,
)
def test_every_model_field_has_a_description(ext: ModuleType, cls: type) -> None:
    for row in ext.fields_table(cls).splitlines()[2:]:
        assert row.rstrip("| ").split("|")[-1].strip(), f"{cls.__name__}: {row}"


def test_field_types_link_to_public_classes(ext: ModuleType) -> None:
    table = ext.fields_table(citydiplo.Agreement)
    assert "[`AgreementKind`][citydiplo.AgreementKind]" in table
    assert "`tuple`[[`Signatory`][citydiplo.Signatory], ...]" in table
    assert '| `"cooperation"` |' in table


@pytest.mark.parametrize("cls", ENUMS, ids=lambda c: c.__name__)
def test_every_enum_lists_its_values(ext: ModuleType, cls: type[enum.Enum]) -> None:
    table = ext.values_table(cls)
    for member in cls:
        assert f'| `"{member.value}"` | `{cls.__name__}.{member.name}` |' in table


def test_args_sections_give_way_to_the_table(ext: ModuleType) -> None:
    doc = inspect.cleandoc(citydiplo.Agreement.__doc__ or "")
    stripped = ext.strip_args(doc)
    assert "Args:" in doc
    assert "Args:" not in stripped
    assert "parties:" not in stripped
    assert stripped.splitlines()[0] == doc.splitlines()[0]


def _docstrings() -> list[tuple[str, str]]:
    found = []
    for name in citydiplo.__all__:
        obj = getattr(citydiplo, name)
        if obj.__doc__:
            found.append((name, obj.__doc__))
        if isinstance(obj, type):
            for member, value in vars(obj).items():
                doc = getattr(value, "__doc__", None)
                if not member.startswith("_") and isinstance(doc, str) and callable(value):
                    found.append((f"{name}.{member}", doc))
    return found


def test_no_sphinx_role_survives_in_the_reference(ext: ModuleType) -> None:
    role = re.compile(r":(class|func|meth|attr|mod|exc|data|obj):`")
    docs = _docstrings()
    assert len(docs) > 100
    with_roles = [name for name, doc in docs if role.search(doc)]
    assert with_roles, "the test should see some roles to convert"
    for name, doc in docs:
        assert not role.search(ext.convert_roles(doc)), name


def test_roles_become_links_or_code(ext: ModuleType) -> None:
    assert ext.convert_roles(":class:`Label`") == "[`Label`][citydiplo.Label]"
    assert ext.convert_roles(":func:`citydiplo.merge`") == "[`merge`][citydiplo.merge]"
    assert ext.convert_roles(":meth:`~citydiplo.PartialDate.sort_key`") == "`sort_key`"
    assert ext.convert_roles(":mod:`importlib.resources`") == "`importlib.resources`"


def test_every_public_function_has_an_example() -> None:
    missing = [
        name
        for name in citydiplo.__all__
        if inspect.isfunction(getattr(citydiplo, name))
        and ">>>" not in (getattr(citydiplo, name).__doc__ or "")
    ]
    assert not missing, f"add a >>> example to {missing}"


MAIN_METHODS = ["partners", "timeline", "resolve", "to_frames", "to_frame", "network", "search"]


@pytest.mark.parametrize("name", MAIN_METHODS)
def test_the_main_dataset_methods_have_examples(name: str) -> None:
    method = getattr(citydiplo.Dataset, name, None)
    if method is None:
        pytest.skip(f"Dataset.{name} does not exist here")
    assert ">>>" in (method.__doc__ or ""), name


def test_inherited_dataset_methods_are_in_the_reference() -> None:
    page = (ROOT / "docs" / "reference" / "dataset.md").read_text("utf-8")
    assert "::: citydiplo.Dataset\n    options:\n      inherited_members: true" in page
