"""``extract_many``: many articles, deterministic output, an optional progress bar and merge."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal, overload

from citydiplo._errors import ArgumentTypeError, check_args
from citydiplo._extract._actors import fuse_drafts
from citydiplo._extract._extraction import Extraction, extract
from citydiplo._merge import MergeResult

__all__ = ["extract_many"]

_KEYS = ("lang", "published", "source", "known")


def _one(item: tuple[str, Mapping[str, Any]], position: int) -> Extraction:
    if isinstance(item, str | bytes) or not isinstance(item, tuple | list) or len(item) != 2:
        raise ArgumentTypeError(
            f"extract_many(): item {position}: expected a (text, metadata) pair, got "
            f"{item!r:.80}")
    text, meta = item
    if not isinstance(meta, Mapping):
        raise ArgumentTypeError(
            f"extract_many(): item {position}: the metadata is a {type(meta).__name__}, "
            f"{meta!r:.80}; expected a mapping with 'lang' and any of {_KEYS[1:]}")
    unknown = sorted(map(str, set(meta) - set(_KEYS)))
    if unknown:
        raise ArgumentTypeError(
            f"extract_many(): item {position}: unknown metadata {unknown} (expected {_KEYS})")
    if "lang" not in meta:
        raise ArgumentTypeError(f"extract_many(): item {position}: metadata has no 'lang' "
                                f"(expected one of the keys {_KEYS})")
    return extract(text, **meta)


@overload
def extract_many(
    items: Iterable[tuple[str, Mapping[str, Any]]], *, progress: bool = ...,
    merge: Literal[False] = ...,
) -> list[Extraction]: ...
@overload
def extract_many(
    items: Iterable[tuple[str, Mapping[str, Any]]], *, progress: bool = ...,
    merge: Literal[True],
) -> MergeResult: ...
def extract_many(
    items: Iterable[tuple[str, Mapping[str, Any]]], *, progress: bool = False,
    merge: bool = False,
) -> list[Extraction] | MergeResult:
    """:func:`extract` over ``(text, metadata)`` pairs, in input order.

    ``metadata`` holds :func:`extract`'s keywords (``lang`` required; ``published``,
    ``source``, ``known``). ``progress=True`` shows a tqdm bar (which renders in Jupyter
    too); nothing is printed otherwise. ``merge=True`` returns
    ``citydiplo.merge`` of every draft's dataset instead of the list.

    >>> xs = extract_many([("Mayor Kim of Suwon City visited Hue City.", {"lang": "en"}),
    ...                    ("Hue City signed an MOU with Suwon City.", {"lang": "en"})])
    >>> [[r.type for r in x.records] for x in xs]
    [['event'], ['agreement']]
    """
    check_args("extract_many", progress=(progress, bool), merge=(merge, bool))
    if isinstance(items, str | bytes | Mapping) or not isinstance(items, Iterable):
        raise ArgumentTypeError(
            f"extract_many() takes an iterable of (text, metadata) pairs, not "
            f"{type(items).__name__}: {items!r:.80}")
    iterable: Iterable[tuple[str, Mapping[str, Any]]] = items
    if progress:
        from tqdm.auto import tqdm  # type: ignore[import-untyped]  # lazy: only for a bar

        iterable = tqdm(items, desc="extract", unit="article")
    drafts = fuse_drafts([_one(item, i) for i, item in enumerate(iterable)])
    if not merge:
        return drafts
    from citydiplo._merge import merge as merge_datasets

    return merge_datasets(*(x.dataset for x in drafts))
