"""Why a record cannot be loaded: every problem of its data, each at the path of its field.

The fast path (:mod:`citydiplo._fast`) only says yes or no. When it says no, this module
asks the detailed cattrs converter, which reports every field of the wrong JSON type, and
then checks the model's own invariants (an empty id, an unknown country, a kind that is
not in the vocabulary) field by field, so that one pass lists all that is wrong with a
record, not only the first thing.
"""

from __future__ import annotations

import difflib
import typing
from typing import Any

import attrs
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError

from citydiplo._convert import RECORD_TYPES, converters
from citydiplo._dataset import Record
from citydiplo._errors import CitydiploError, Problem
from citydiplo._model._checks import InvalidModelError

__all__ = ["record_problems", "structure_or_explain"]

Found = list[tuple[str, str]]


def record_problems(
    data: object, *, path: str = "$", line: int | None = None, cls: type[Any] | None = None
) -> list[Problem]:
    """Every problem with one record's data, each with the path of the field at fault.

    >>> for problem in record_problems({"type": "city", "id": "", "name": "", "country": "kr"}):
    ...     print(problem.path)
    $.id
    $.name
    $.country
    """
    if not isinstance(data, dict):
        return [
            Problem(f"{_short(data)} is not an object (expected a record)", path=path, line=line)
        ]
    if cls is None:
        tag = data.get("type")
        if tag is None:
            return [
                Problem(
                    f"the record has no 'type' (expected one of {', '.join(RECORD_TYPES)})",
                    path=path,
                    line=line,
                )
            ]
        if not isinstance(tag, str) or tag not in RECORD_TYPES:
            return [
                Problem(
                    f"{_short(tag)} is not a record type (expected one of "
                    f"{', '.join(RECORD_TYPES)}){_did_you_mean(tag, RECORD_TYPES)}",
                    path=f"{path}.type",
                    line=line,
                )
            ]
        cls = RECORD_TYPES[tag]
        data = {k: v for k, v in data.items() if k != "type"}
    try:
        converters()[1].structure(data, cls)
    except Exception as exc:
        found = _walk(exc, path, cls)
        found.extend(_invariants(data, cls, path, {p for p, _ in found}))
        unique = dict.fromkeys(found)
        return [Problem(m, path=p, line=line) for p, m in unique]
    return []


def structure_or_explain(
    data: object, *, path: str = "$", line: int | None = None, cls: type[Any] | None = None
) -> tuple[Record | None, list[Problem]]:
    """The careful path for a record the fast path refused: the record, or its problems.

    The fast path may refuse odd but valid data (it takes only the common shapes); the
    detailed converter then decides, so both paths accept exactly the same inputs.
    """
    problems = record_problems(data, path=path, line=line, cls=cls)
    if problems:
        return None, problems
    assert isinstance(data, dict)
    if cls is None:
        data = dict(data)
        cls = RECORD_TYPES[data.pop("type")]
    record: Record = converters()[1].structure(data, cls)
    return record, []


def _record_class(t: Any) -> type[Any] | None:
    """``X`` when ``t`` is ``tuple[X, ...]`` of an attrs class ``X``."""
    args = typing.get_args(t)
    if typing.get_origin(t) is tuple and len(args) == 2 and attrs.has(args[0]):
        return args[0]
    return None


def _invariants(data: dict[str, Any], cls: type[Any], path: str, reported: set[str]) -> Found:
    """The model's own invariants, checked field by field (nested records too).

    Fields whose data already has a reported problem are skipped; the other fields are
    structured and converted one by one, then each validator runs on a partly built
    instance, so one bad field does not hide the next.
    """
    attrs.resolve_types(cls)
    conv = converters()[0]
    found: Found = []
    values: dict[str, Any] = {}
    for a in attrs.fields(cls):
        if a.name not in data:
            continue
        sub = f"{path}.{a.name}"
        raw = data[a.name]
        item_cls = _record_class(a.type)
        if item_cls is not None and isinstance(raw, list):
            before = len(found)
            for index, item in enumerate(raw):
                if isinstance(item, dict):
                    found.extend(_invariants(item, item_cls, f"{sub}[{index}]", reported))
            if len(found) > before:
                continue
        if any(p == sub or p.startswith((sub + ".", sub + "[")) for p in reported):
            continue
        nested = _one_record_class(a.type)
        if nested is not None and raw is not None and not isinstance(raw, dict):
            found.append(
                (sub, f"{raw!r:.80} is not an object (expected the fields of {nested.__name__})")
            )
            continue
        try:
            value = conv.structure(raw, a.type)
            if a.converter is not None:
                value = a.converter(value)
        except Exception as exc:
            found.append(_at(exc, path, sub))
            continue
        values[a.name] = value
    stand_in = object.__new__(cls)
    for name, value in values.items():
        object.__setattr__(stand_in, name, value)
    for a in attrs.fields(cls):
        if a.name in values and a.validator is not None:
            try:
                a.validator(stand_in, a, values[a.name])
            except InvalidModelError as exc:
                found.append(_at(exc, path, f"{path}.{a.name}"))
            except Exception:  # a validator that needs a field that is missing
                pass
    if not found and not reported:
        try:
            cls(**values)
        except InvalidModelError as exc:  # invariants across fields (__attrs_post_init__)
            found.append(_at(exc, path, path))
        except Exception:  # missing fields: reported by the converter
            pass
    return found


def _at(exc: BaseException, path: str, default: str) -> tuple[str, str]:
    if isinstance(exc, InvalidModelError) and exc.field is not None:
        return f"{path}.{exc.field}", str(exc)
    return default, str(exc)


def _walk(exc: BaseException, path: str, cls: type[Any] | None) -> Found:
    if isinstance(exc, ClassValidationError | IterableValidationError):
        found: list[tuple[str, str]] = []
        with_notes, without = exc.group_exceptions()
        for sub, note in with_notes:
            name = getattr(note, "name", None)
            index = getattr(note, "index", None)
            sub_path = f"{path}.{name}" if name is not None else f"{path}[{index!r}]"
            sub_cls = getattr(note, "type", None)
            one = _one_record_class(sub_cls)
            if one is not None and isinstance(sub, AttributeError):  # not a mapping at all
                found.append((sub_path, f"not an object (expected the fields of {one.__name__})"))
                continue
            found.extend(
                _walk(
                    sub,
                    sub_path,
                    sub_cls if isinstance(sub_cls, type) and attrs.has(sub_cls) else None,
                )
            )
        for sub in without:
            found.extend(_walk(sub, path, cls))
        return found
    if isinstance(exc, ForbiddenExtraKeysError):
        known = [a.name for a in attrs.fields(exc.cl)] if attrs.has(exc.cl) else []
        return [
            (
                f"{path}.{key}",
                f"unknown field {key!r} of {exc.cl.__name__}{_did_you_mean(key, known)}",
            )
            for key in sorted(exc.extra_fields)
        ]
    if isinstance(exc, InvalidModelError) and exc.field is not None:
        return [(f"{path}.{exc.field}", str(exc))]
    if isinstance(exc, KeyError) and not isinstance(exc, CitydiploError):
        key = exc.args[0] if exc.args else "?"
        at = path if path.endswith(f".{key}") else f"{path}.{key}"
        return [(at, "required field is missing")]
    if isinstance(exc, TypeError) and "missing" in str(exc) and "argument" in str(exc):
        missing = str(exc).rsplit(":", 1)[-1].strip().replace("'", "")
        return [
            (f"{path}.{name.strip()}", "required field is missing")
            for name in missing.replace(" and ", ",").split(",")
            if name.strip()
        ]
    return [(path, str(exc))]


def _did_you_mean(word: object, choices: Any) -> str:
    if not isinstance(word, str):
        return ""
    close = difflib.get_close_matches(word, list(choices), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _short(value: object, limit: int = 80) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _one_record_class(t: Any) -> type[Any] | None:
    """The attrs class a field of annotation ``t`` holds (``Money`` for ``Money | None``)."""
    args = [a for a in typing.get_args(t) if a is not type(None)] if typing.get_args(t) else [t]
    if len(args) == 1 and isinstance(args[0], type) and attrs.has(args[0]):
        return args[0]
    return None
