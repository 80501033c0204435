"""Writing datasets: JSON Lines or one JSON document, to text or atomically to a file."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

import orjson

from citydiplo._atomic import open_atomic
from citydiplo._convert import unstructure_record
from citydiplo._dataset import COLLECTIONS, Dataset, Record
from citydiplo._errors import ArgumentTypeError, ArgumentValueError, check_args

__all__ = ["Format", "dump", "dumps", "output_format"]

Format = Literal["json", "jsonl"]


def dumps(dataset: Dataset | Iterable[Record], *, format: Format = "jsonl") -> str:
    """Write a dataset as JSON Lines (default) or as one JSON document.

    ``loads(dumps(ds)) == ds`` for every dataset.

    >>> from citydiplo import City
    >>> print(dumps(Dataset.of([City(id="hanam", name="Hanam", country="KR")])), end="")
    {"type":"city","id":"hanam","name":"Hanam","country":"KR"}
    """
    if not isinstance(dataset, Dataset):
        if isinstance(dataset, str | bytes) or not isinstance(dataset, Iterable):
            raise ArgumentTypeError(
                f"dumps() takes a Dataset or records, not {type(dataset).__name__}: {dataset!r:.80}"
            )
        dataset = Dataset.of(dataset)
    if format == "jsonl":
        return "".join(orjson.dumps(unstructure_record(r)).decode() + "\n" for r in dataset)
    if format == "json":
        doc = {
            name: [unstructure_record(r, tagged=name == "actors") for r in getattr(dataset, name)]
            for name in COLLECTIONS
            if getattr(dataset, name)
        }
        return orjson.dumps(doc, option=orjson.OPT_INDENT_2).decode() + "\n"
    raise ArgumentValueError(
        f"format={format!r} is not a dataset format (expected 'json' or 'jsonl')"
    )


def dump(
    dataset: Dataset | Iterable[Record],
    path: str | os.PathLike[str],
    *,
    format: Format | None = None,
) -> None:
    """Write a dataset to a file, atomically; the format follows the suffix.

    ``.json`` writes one JSON document, ``.jsonl`` or ``.ndjson`` JSON Lines; any other
    suffix needs ``format``. The file is written to a temporary file beside it and moved
    into place when complete: a failed write leaves the previous file as it was. A symbolic
    link is written through to its target; no directory is created.

    Raises:
        ArgumentValueError: the suffix says no dataset format and ``format`` is not
            given (a ``ValueError``).
        WriteError: ``path`` names a directory, a device or a pipe, its directory does not
            exist, or the system refused the write (an ``OSError``; the message names
            ``path``).

    >>> import pathlib, tempfile
    >>> from citydiplo import City
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = pathlib.Path(tmp) / "hanam.jsonl"
    ...     dump([City(id="hanam", name="Hanam", country="KR")], path)
    ...     print(path.read_text(encoding="utf-8"), end="")
    {"type":"city","id":"hanam","name":"Hanam","country":"KR"}
    >>> dump([], "partners.csv")
    Traceback (most recent call last):
    ...
    citydiplo.ArgumentValueError: cannot write a dataset to 'partners.csv': the format is chosen from the suffix .json or .jsonl (or .ndjson), or given with format=
    """  # noqa: E501
    check_args("dump", path=(path, (str, os.PathLike)), format=(format, (str, type(None))))
    text = dumps(dataset, format=format or output_format(path))
    with open_atomic(path, newline="") as out:
        out.write(text)


def output_format(path: str | os.PathLike[str]) -> Format:
    """The dataset format a file name asks for (``.json``, ``.jsonl``, ``.ndjson``).

    >>> output_format("merged.jsonl"), output_format("merged.JSON")
    ('jsonl', 'json')
    """
    suffix = Path(path).suffix.lower()
    if suffix == ".json":
        return "json"
    if suffix in {".jsonl", ".ndjson"}:
        return "jsonl"
    raise ArgumentValueError(
        f"cannot write a dataset to {os.fspath(path)!r}: the format is chosen from the suffix "
        ".json or .jsonl (or .ndjson), or given with format="
    )
