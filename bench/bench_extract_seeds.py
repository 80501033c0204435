"""Score ``citydiplo.extract`` against curated records: the seeds, or the development set.

    python bench/bench_extract_seeds.py            # the five seed articles (answer key: seeds/)
    python bench/bench_extract_seeds.py --devset DIR   # a development set (see below)

A curated record is *recalled* when a candidate of the same type matches it: documents by
number, count claims by value and what is counted, the rest by principal actors -- the
candidate shares at least two actors with the curated record (all of them when it has
fewer) -- and a compatible date (the candidate has none, or its date overlaps the curated
one; a date where the curated record has none is not compatible). Matching is one to one.
Precision is the share of candidates that match a curated record.

Extracted actors are mapped to curated ones by name: an extracted actor maps to the curated
actor whose label has the same look-up key (``citydiplo._query._names.lookup_keys``), or a
key that one of them begins with (at least three characters: "하남시는" / "하남시"), when
exactly one curated actor qualifies. Two settings are scored: without ``known`` (names from
patterns only), and with ``known`` = the curated *actors* of the article (a curator's
register; no records are given).

A development set is a folder of ``<id>.json`` files (``lang``, ``url``, ``published``,
``text``: the article file, ``records``: the curated JSON Lines file, ``licence``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import attrs
from _slot_score import slot_lines, slot_tally  # bench/, beside this script

from citydiplo import Dataset, extract, load
from citydiplo._extract._groups import compatible
from citydiplo._query._names import lookup_keys

ROOT = Path(__file__).resolve().parent.parent
SEED_LANGS = {"000": "gu", "001": "he", "002": "hi", "003": "en", "004": "fa"}
TYPES = ("partnership", "agreement", "event", "document")


def _keys(name: str) -> tuple[str, ...]:
    return lookup_keys(name)


def actor_map(extracted: Any, curated: Dataset) -> dict[str, str]:
    index: dict[str, set[str]] = {}
    for actor in curated.actors:
        for label in actor.labels():
            for key in _keys(label):
                index.setdefault(key, set()).add(actor.id)
    out: dict[str, str] = {}
    for actor in extracted.actors:
        if actor.id in {a.id for a in curated.actors}:
            out[actor.id] = actor.id
            continue
        found: set[str] = set()
        for label in actor.labels():
            for key in _keys(label):
                found |= index.get(key, set())
                if not found and len(key) >= 3:
                    for k, ids in index.items():
                        if len(k) >= 3 and (k.startswith(key) or key.startswith(k)):
                            found |= ids
        if len(found) == 1:
            out[actor.id] = next(iter(found))
    return out


def _date_ok(cand: Any, cur: Any) -> bool:
    if cand.date is None:
        return True
    if cur.date is None:
        return False
    return compatible(cand.date, cur.date)


def _actors(record: Any, mapping: dict[str, str] | None) -> set[str]:
    ids = set(record.actors)
    for s in getattr(record, "signatories", ()):
        ids.add(s.person)
    if mapping is None:
        return ids
    return {mapping[a] for a in ids if a in mapping}


def matches(cand: Any, cur: Any, mapping: dict[str, str]) -> bool:
    if cand.type != cur.type:
        return False
    if cand.type == "document":
        return cand.number is not None and cand.number == cur.number and _date_ok(cand, cur)
    if cand.type == "claim":
        return bool(cand.value == cur.value and cand.counted == cur.counted)
    want = _actors(cur, None)
    have = _actors(cand, mapping)
    return len(want & have) >= min(2, len(want)) and _date_ok(cand, cur)


def _undated(record: Any) -> Any:
    field = {"partnership": "established", "agreement": "signed"}.get(record.type, "date")
    return attrs.evolve(record, **{field: None}) if hasattr(record, field) else record


def score(cands: list[Any], curated: list[Any], mapping: dict[str, str]) -> Counter[str]:
    tally: Counter[str] = Counter()
    used: set[int] = set()
    for cur in curated:
        tally[f"{cur.type}:gold"] += 1
        for i, cand in enumerate(cands):
            if i not in used and matches(cand, cur, mapping):
                used.add(i)
                tally[f"{cur.type}:hit"] += 1
                tally.update(slot_tally(cand, cur, mapping))
                break
    for i, cand in enumerate(cands):
        tally[f"{cand.type}:cand"] += 1
        if getattr(cand, "date", None) is not None and cand.type in TYPES[:3]:
            tally["dated"] += 1
            # a dated candidate that would match a curated record but for its date
            if i not in used and any(matches(_undated(cand), cur, mapping) for cur in curated) \
                    and not any(matches(cand, cur, mapping) for cur in curated):
                tally["wrong date"] += 1
    return tally


def _records(ds: Dataset) -> list[Any]:
    return [*ds.partnerships, *ds.agreements, *ds.events, *ds.documents, *ds.claims]


def articles(devset: str | None) -> list[tuple[str, str, str, Dataset, Any]]:
    out = []
    if devset:
        folder = Path(devset)
        for meta_path in sorted(folder.glob("*.json")):
            meta = json.loads(meta_path.read_text("utf-8"))
            text = (folder / meta["text"]).read_text("utf-8")
            out.append((meta_path.stem, meta["lang"], text, load(folder / meta["records"]),
                        meta.get("published")))
        return out
    for txt in sorted((ROOT / "seeds").glob("[0-9]*.txt")):
        curated = load(txt.with_suffix(".jsonl"))
        published = None
        for s in curated.sources:
            if s.published is not None:
                published = s.published
        out.append((txt.stem, SEED_LANGS[txt.name[:3]], txt.read_text("utf-8"), curated,
                    published))
    return out


def _line(name: str, tally: Counter[str], types: tuple[str, ...]) -> str:
    gold = sum(tally[f"{t}:gold"] for t in types)
    hit = sum(tally[f"{t}:hit"] for t in types)
    cand = sum(tally[f"{t}:cand"] for t in types)
    r = hit / gold if gold else float("nan")
    p = hit / cand if cand else float("nan")
    return (f"{name:<14} recall {hit:>3}/{gold:<3} = {r:6.1%}   "
            f"precision {hit:>3}/{cand:<3} = {p:6.1%}")


def run(devset: str | None) -> None:
    arts = articles(devset)
    for setting in ("without known", "known = curated actors"):
        total: Counter[str] = Counter()
        by_lang: dict[str, Counter[str]] = {}
        for _name, lang, text, curated, published in arts:
            known = Dataset(actors=curated.actors) if setting.startswith("known") else None
            x = extract(text, lang=lang, published=published, known=known)
            mapping = actor_map(x, curated)
            tally = score(_records(x.dataset), _records(curated), mapping)
            total += tally
            by_lang.setdefault(lang, Counter()).update(tally)
        print(f"== {'development set' if devset else 'seeds'}, {setting}")
        for t in (*TYPES, "claim"):
            print("  " + _line(t, total, (t,)))
        print("  " + _line("ALL FOUR", total, TYPES))
        print(f"  dated candidates whose date no matching curated record allows: "
              f"{total['wrong date']} of {total['dated']}")
        for lang in sorted(by_lang):
            t = by_lang[lang]
            per_type = "  ".join(f"{k[:4]} {t[f'{k}:hit']}/{t[f'{k}:gold']}/{t[f'{k}:cand']}"
                                 for k in TYPES)
            print("  " + _line(f"[{lang}]", t, TYPES) + f"   (hit/curated/candidates: {per_type})")
        print("\n".join(slot_lines(total)))


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--devset", metavar="DIR", help="score a development set instead")
    run(parser.parse_args(argv).devset)


if __name__ == "__main__":
    main(sys.argv[1:])
