"""Dump everything ``extract`` answers on the seeds and the development sets, as JSON Lines.

    python bench/extract_dump.py OUT.jsonl
    PYTHONPATH=/tmp/base/src python bench/extract_dump.py /tmp/base.jsonl && diff ...

The safety net of speed work on the extraction layer: two trees that dump the same lines
answer the same. Each line is one call of ``extract`` -- over the five seed articles, every
``bench/extract_devset*/`` article and the ~3 KB pieces ``bench_extract_throughput.py``
times -- with and without the publication date and with and without ``known`` (the curated
actors, as ``bench_extract_seeds.py`` passes them). A line holds the records (as the
converter writes them), their status and evidence, the actors, every mention and every
skipped sentence, so any change in what a curator would see shows as a changed line.
Then ``find_places`` (the place scan extraction reads) over every text of ``bench/texts/``
(the places blind sets) and every article above, with its language and with none.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import attrs
from bench_extract_seeds import articles as scored_articles  # bench/, beside this script
from bench_extract_throughput import all_articles

from citydiplo import Dataset, extract, find_places
from citydiplo._convert import converters, unstructure_record

ROOT = Path(__file__).resolve().parent.parent


def _plain(value: Any) -> Any:
    if attrs.has(type(value)):
        return {f.name: _plain(getattr(value, f.name)) for f in attrs.fields(type(value))}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return repr(value)


def answer(text: str, lang: str, published: Any, known: Dataset | None) -> dict[str, Any]:
    x = extract(text, lang=lang, published=published, known=known)
    plain = converters()[0]
    return {
        "records": [unstructure_record(r) for r in x.records],
        "status": dict(x.status),
        "evidence": {k: _plain(v) for k, v in x.evidence.items()},
        "actors": [plain.unstructure(a) for a in x.actors],
        "source": plain.unstructure(x.source),
        "mentions": [_plain(m) for m in x.mentions],
        "skipped": [_plain(s) for s in x.skipped],
        "dataset": sorted(
            r.id
            for r in (
                *x.dataset.partnerships,
                *x.dataset.agreements,
                *x.dataset.events,
                *x.dataset.documents,
                *x.dataset.claims,
            )
        ),
    }


def cases() -> list[tuple[str, str, str, Any, Dataset | None]]:
    out: list[tuple[str, str, str, Any, Dataset | None]] = []
    sets: list[str | None] = [None, *sorted(str(p) for p in ROOT.glob("bench/extract_devset*"))]
    for devset in sets:
        for name, lang, text, curated, published in scored_articles(devset):
            tag = f"{Path(devset).name if devset else 'seeds'}/{name}"
            for ref in (published, None):
                out.append((f"{tag} ref={ref}", lang, text, ref, None))
                out.append(
                    (f"{tag} ref={ref} known", lang, text, ref, Dataset(actors=curated.actors))
                )
    for i, (text, lang) in enumerate(all_articles()):
        out.append((f"throughput/{i:03d}", lang, text, None, None))
    return out


def place_texts() -> list[tuple[str, str, str]]:
    out = [
        (f"places/{p.parent.name}/{p.stem}", p.stem.split("_")[0], p.read_text("utf-8"))
        for p in sorted(ROOT.glob("bench/texts/*/*.txt"))
    ]
    out += [
        (f"places/{tag}", lang, text)
        for tag, lang, text, ref, known in cases()
        if known is None and (ref is None or tag.startswith("throughput"))
    ]
    return out


def main(argv: list[str]) -> None:
    with open(argv[0], "w", encoding="utf-8") as f:
        for tag, lang, text, ref, known in cases():
            line = {"case": tag, **answer(text, lang, ref, known)}
            f.write(json.dumps(line, ensure_ascii=False, sort_keys=True, default=repr) + "\n")
        for tag, lang, text in place_texts():
            for language in (lang, None):
                found = [_plain(m) for m in find_places(text, lang=language)]
                line = {"case": f"{tag} lang={language}", "places": found}
                f.write(json.dumps(line, ensure_ascii=False, sort_keys=True, default=repr) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
