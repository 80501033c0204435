"""A merge result on disk: the merged dataset file and, beside it, the rest of the result.

:func:`dump_result` writes the dataset as any dataset file (``merged.jsonl`` is read by
every tool) and, beside it, ``merged.jsonl.merge.json`` (:func:`result_path`): one JSON
object with what the dataset alone cannot hold::

    {"citydiplo": "merge result", "version": 1,
     "dataset": {"file": "merged.jsonl", "sha256": "<digest of its bytes>"},
     "conflicts": [...], "variants": [...],    every value with its reports and citations
     "ambiguous": [...], "findings": [...],
     "clusters": {"<output id>": ["<input id>", ...]},
     "settlements": [{"report": ..., "occurrence": ..., "note": ...}],
     "wording": false,                         whether wording differences are conflicts
     "reports": {...}}                         the input reports, as a JSON dataset

Conflicts, variants and ambiguities are written as :mod:`citydiplo._merge._codec` writes
them. :func:`load_result` reads both files back into a :class:`MergeResult` equal to the
one written, with its reports and settlements, so that merging it again (alone or with
more reports) is merging the result itself. The digest ties the two files: a dataset file
changed after it was written (edited by hand, or overwritten by another program) is
refused rather than read with a description that no longer fits it.

The two files are written as a pair: both go to temporary files first, and only when both
are whole is the description moved into place, then the dataset. A failure while writing
leaves both old files as they were; a failure between the two moves leaves the new
description beside the old dataset, whose digest no longer matches, so the pair is refused
on reading rather than read wrongly.
"""

from __future__ import annotations

import errno
import hashlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import orjson

from citydiplo._atomic import atomic_paths
from citydiplo._errors import (
    DirectoryPathError,
    NotADatasetPathError,
    ParseError,
    Problem,
    check_args,
)
from citydiplo._io import MAX_FILE_BYTES, load, loads
from citydiplo._merge._codec import (
    decode_ambiguity,
    decode_conflict,
    encode_ambiguity,
    encode_conflict,
)
from citydiplo._merge._result import MergeResult
from citydiplo._merge._settlements import Settlement, settlements_data
from citydiplo._readfile import read_limited
from citydiplo._validate._report import Finding
from citydiplo._write import Format, dumps, output_format

__all__ = ["dump_result", "load_result", "result_files", "result_path"]

T = TypeVar("T")

_KIND = "merge result"
_VERSION = 1
SUFFIX = ".merge.json"


def result_path(path: str | os.PathLike[str]) -> Path:
    """Where :func:`dump_result` writes the rest of the result of the dataset ``path``.

    >>> str(result_path("out/merged.jsonl"))
    'out/merged.jsonl.merge.json'
    """
    target = Path(path)
    return target.with_name(target.name + SUFFIX)


def dump_result(
    result: MergeResult, path: str | os.PathLike[str], *, format: Format | None = None
) -> Path:
    """Write a merge result: its dataset to ``path`` (``.json`` or ``.jsonl``, or
    ``format``) and everything else (conflicts, wording variants with their citations,
    ambiguities, findings, clusters, settlements and the input reports) to
    :func:`result_path`; each file atomically. Returns the second path.

    >>> import tempfile, pathlib, citydiplo as cd
    >>> result = cd.merge(cd.load_seeds(merged=False))
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "merged.jsonl"
    >>> dump_result(result, path).name
    'merged.jsonl.merge.json'
    >>> load_result(path) == result
    True
    """
    check_args("dump_result", result=(result, MergeResult), path=(path, (str, os.PathLike)))
    (side, side_data), (_, data) = result_files(result, path, format=format)
    with atomic_paths([side, path]) as (side_temporary, temporary):
        side_temporary.write_bytes(side_data)
        temporary.write_bytes(data)
    return side


def result_files(
    result: MergeResult, path: str | os.PathLike[str], *, format: Format | None = None
) -> list[tuple[Path, bytes]]:
    """What :func:`dump_result` writes: (path, bytes) of the description, then the dataset;
    for a caller that writes them with other files, all or none."""
    text = dumps(result.dataset, format=format or output_format(path)).encode("utf-8")
    doc: dict[str, Any] = {
        "citydiplo": _KIND,
        "version": _VERSION,
        "dataset": {"file": Path(path).name, "sha256": hashlib.sha256(text).hexdigest()},
        "conflicts": [encode_conflict(c) for c in result.conflicts],
        "variants": [encode_conflict(c) for c in result.variants],
        "ambiguous": [encode_ambiguity(a) for a in result.ambiguous],
        "findings": [f.to_dict() for f in result.findings],
        "clusters": {key: list(ids) for key, ids in result.clusters.items()},
        "settlements": settlements_data(result.settlements),
        "wording": result.wording,
        "reports": orjson.loads(dumps(result.reports, format="json")),
    }
    side = orjson.dumps(doc, option=orjson.OPT_INDENT_2) + b"\n"
    return [(result_path(path), side), (Path(path), text)]


def load_result(path: str | os.PathLike[str], *, format: Format | None = None) -> MergeResult:
    """Read the merge result :func:`dump_result` wrote for the dataset file ``path``.

    Raises:
        FileNotFoundError: ``path`` has no :func:`result_path` beside it.
        ParseError: the file beside it is no merge result, or it describes another
            version of ``path`` (changed since it was written).

    >>> import tempfile, pathlib, citydiplo as cd
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "merged.json"
    >>> _ = dump_result(cd.merge(cd.load_seeds(merged=False)), path)
    >>> stored = load_result(path)
    >>> stored.dataset.counts()["events"], len(stored.reports.events), stored.settlements
    (13, 20, ())
    """
    check_args("load_result", path=(path, (str, os.PathLike)))
    side = result_path(path)
    try:  # as every reader: a pipe or a device refused, a size limit kept
        beside = read_limited(side, MAX_FILE_BYTES, "the merge result beside a dataset file")
    except NotADatasetPathError as error:
        if error.errno != errno.ENOENT or isinstance(error, DirectoryPathError):
            raise
        raise NotADatasetPathError(
            errno.ENOENT,
            f"{side}: no such file (a merge result is the dataset file {os.fspath(path)!r} "
            f"and the file {side.name!r} beside it, as dump_result and citydiplo merge -o "
            "write them)",
        ) from None
    raw = read_limited(Path(path), MAX_FILE_BYTES, "the dataset file of a merge result")
    try:
        doc = orjson.loads(beside)
    except orjson.JSONDecodeError as error:
        raise ParseError(f"{side}: not JSON ({error})") from None
    if not isinstance(doc, dict) or doc.get("citydiplo") != _KIND:
        raise ParseError(f"{side}: not a citydiplo merge result (no \"citydiplo\": \"{_KIND}\")")
    if doc.get("version") != _VERSION:
        raise ParseError(f"{side}: version {doc.get('version')!r} (expected {_VERSION})")
    _check_shape(doc, side)
    digest = hashlib.sha256(raw).hexdigest()
    if doc["dataset"]["sha256"] != digest:
        raise ParseError(
            f"{side} describes another version of {os.fspath(path)!r}: the file was changed "
            "after the merge wrote it (merge again, or remove the description to read the "
            "file as a plain dataset)",
            problems=[Problem(f"sha256 {doc['dataset']['sha256']} expected, {digest} found",
                              path="$.dataset.sha256")],
        )
    problems: list[Problem] = []
    conflicts = _decode_all(doc, "conflicts", decode_conflict, problems)
    variants = _decode_all(doc, "variants", decode_conflict, problems)
    ambiguous = _decode_all(doc, "ambiguous", decode_ambiguity, problems)
    findings = _decode_all(doc, "findings", lambda f: Finding(**f), problems)
    settlements = _decode_all(doc, "settlements", lambda s: Settlement(**s), problems)
    # files written before the flag was stored hold no "wording": they were merged without it
    wording = doc.get("wording", False)
    if not isinstance(wording, bool):
        problems.append(
            Problem(f"a boolean expected, {_json_type(wording)} found", path="$.wording")
        )
    if problems:
        raise ParseError(f"{side}: not a readable citydiplo merge result", problems=problems)
    reports = loads(orjson.dumps(doc["reports"]), format="json", name=f"{side} $.reports")
    return MergeResult(
        dataset=load(path, format=format),
        conflicts=conflicts,
        variants=variants,
        ambiguous=ambiguous,
        findings=findings,
        clusters=doc["clusters"],
        settlements=settlements,
        reports=reports,
        wording=wording,
    )


_JSON_TYPES: dict[type, str] = {dict: "an object", list: "an array", str: "a string"}

# What each key of the file holds, and for the objects, what each of their values holds.
_SHAPE: dict[str, type] = {
    "dataset": dict, "conflicts": list, "variants": list, "ambiguous": list,
    "findings": list, "clusters": dict, "settlements": list, "reports": dict,
}


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    return _JSON_TYPES.get(type(value), type(value).__name__)


def _check_shape(doc: dict[str, Any], side: Path) -> None:
    """Raise ``ParseError`` naming ``side`` and the JSON path of every key that is missing
    or holds the wrong kind of value (the items of the lists are checked as they are read)."""
    problems: list[Problem] = []

    def expect(value: object, expected: type, where: str) -> bool:
        if isinstance(value, expected):
            return True
        problems.append(Problem(f"{_JSON_TYPES[expected]} expected, {_json_type(value)} found",
                                path=where))
        return False

    for key, expected in _SHAPE.items():
        if key not in doc:
            problems.append(Problem(f"missing ({_JSON_TYPES[expected]} expected)", path=f"$.{key}"))
        elif expect(doc[key], expected, f"$.{key}") and key == "dataset":
            for name in ("file", "sha256"):
                if name not in doc[key]:
                    problems.append(
                        Problem("missing (a string expected)", path=f"$.dataset.{name}")
                    )
                else:
                    expect(doc[key][name], str, f"$.dataset.{name}")
        elif key == "clusters" and isinstance(doc[key], dict):
            for cluster, ids in doc[key].items():
                where = f"$.clusters[{orjson.dumps(cluster).decode()}]"
                if expect(ids, list, where):
                    for i, each in enumerate(ids):
                        expect(each, str, f"{where}[{i}]")
    if problems:
        raise ParseError(f"{side}: not a readable citydiplo merge result", problems=problems)


def _decode_all(
    doc: dict[str, Any], key: str, decode: Callable[[Any], T], problems: list[Problem]
) -> list[T]:
    """Every item of ``doc[key]`` decoded; each one that cannot be adds a problem at its path."""
    decoded: list[T] = []
    for i, item in enumerate(doc[key]):
        try:
            decoded.append(decode(item))
        except (LookupError, TypeError, ValueError, AttributeError) as error:
            text = str(error)
            if not isinstance(error, ValueError):
                text = f"{type(error).__name__}: {text}"
            if not isinstance(item, dict):
                text = f"an object expected, {_json_type(item)} found"
            problems.append(Problem(text[:300], path=f"$.{key}[{i}]"))
    return decoded
