"""The seed articles and their curated reports, bundled as package data.

``seeds/`` in the repository holds five news articles (``NNN_<hash>.txt``, verbatim) and,
for each, a curated report in JSON Lines (``NNN_<hash>.jsonl``) whose citations quote the
article in its own language; ``gazetteer.jsonl`` adds reference actors that no article
names but that tell look-alike names apart (Gwangju in Gyeonggi and Gwangju Metropolitan
City; Hanam and the Vietnamese province Hà Nam). The package ships the same files under
``citydiplo/data/seeds/``; they are read with :mod:`importlib.resources`, so they work from
a wheel, a zip or an editable install alike.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import TYPE_CHECKING

import attrs

from citydiplo._dataset import Dataset
from citydiplo._errors import check_args
from citydiplo._io import loads
from citydiplo._model import Source

if TYPE_CHECKING:
    from citydiplo._merge import MergeResult

__all__ = ["GAZETTEER", "load_seeds", "merge_seeds", "seed_articles", "seed_reports"]

GAZETTEER = "gazetteer"
"""Name of the reports file of reference actors (no article of its own)."""


def _seed_dir() -> Traversable:
    return files("citydiplo").joinpath("data", "seeds")


def _report_files() -> Iterator[tuple[str, Traversable]]:
    """Every ``*.jsonl`` file of the bundled seeds, by name, in name order."""
    entries = sorted(_seed_dir().iterdir(), key=lambda entry: entry.name)
    for entry in entries:
        if entry.name.endswith(".jsonl"):
            yield entry.name.removesuffix(".jsonl"), entry


def seed_articles() -> dict[str, str]:
    """The text of each seed article, by name (``"003_b44fb66ac4c6e1ad"``...).

    >>> seed_articles()["003_b44fb66ac4c6e1ad"].splitlines()[0][:24]
    'Gwangju City Strengthens'
    """
    entries = sorted(_seed_dir().iterdir(), key=lambda entry: entry.name)
    return {
        entry.name.removesuffix(".txt"): entry.read_text(encoding="utf-8")
        for entry in entries
        if entry.name.endswith(".txt")
    }


def seed_reports() -> dict[str, Dataset]:
    """The curated report of each seed article, by article name, unmerged.

    Each report holds the article's :class:`~citydiplo.Source` (its id is the article name)
    with the article text attached as ``Source.text``, the source it translates when it is
    a translation, the actors it mentions with the article's own spellings, and its
    partnerships, agreements, events, documents and count claims.

    >>> reports = seed_reports()
    >>> sorted(reports)[:2]
    ['000_c4bc86c6ec73d8de', '001_357b0068aa76b59a']
    >>> reports["002_bd2f714c53714b98"].source("002_bd2f714c53714b98").language
    'hi'
    """
    texts = seed_articles()
    reports: dict[str, Dataset] = {}
    for name, entry in _report_files():
        if name not in texts:
            continue
        dataset = loads(entry.read_bytes(), format="jsonl", name=f"seeds/{entry.name}")
        reports[name] = Dataset.of(
            attrs.evolve(record, text=texts[name])
            if isinstance(record, Source) and record.id == name
            else record
            for record in dataset
        )
    return reports


def _gazetteer() -> Dataset:
    entry = _seed_dir().joinpath(f"{GAZETTEER}.jsonl")
    return loads(entry.read_bytes(), format="jsonl", name=f"seeds/{GAZETTEER}.jsonl")


def load_seeds(*, merged: bool = True) -> Dataset:
    """The seed reports as one dataset: merged (default) or simply put together.

    Merged, each occurrence told by several reports (the Gujarati and the Hebrew translation
    of the Hanam article, Resolution 59-NQ/TW in the Hindi and the Persian one) is one
    record carrying every citation, and each actor is one record carrying every spelling.
    With ``merged=False`` the reports and the gazetteer are concatenated as they are, so
    an actor or occurrence told twice appears twice under one id.

    >>> seeds = load_seeds()
    >>> len(seeds["hanam-gatto-meeting"].citations) >= 2
    True
    >>> sorted(seeds.actor("emilia-gatto").labels("he"))
    ['אמיליה גאטו', 'אמיליה קאטו']
    """
    check_args("load_seeds", merged=(merged, bool))
    if not merged:
        datasets = [*seed_reports().values(), _gazetteer()]
        return Dataset.of(record for dataset in datasets for record in dataset)
    return merge_seeds().dataset


def merge_seeds() -> MergeResult:
    """The merge of the seed reports and the gazetteer, with its conflicts and clusters.

    >>> result = merge_seeds()
    >>> len(result.conflicts), len(result.ambiguous)
    (0, 0)
    """
    from citydiplo._merge import merge

    return merge(*seed_reports().values(), _gazetteer())
