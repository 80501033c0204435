"""Measure what ``Evidence.score`` reports: the share of candidates that match a curated
record, per band (record type and slot coverage), on curated articles; write the table.

    python bench/calibrate_extract_score.py DIR [DIR ...] [--seeds] [--write]

Each DIR is a development set as read by ``bench_extract_seeds.py --devset``; ``--seeds``
adds the five seed articles. Candidates come from ``extract`` without a register; a
candidate *matches* when the bench's one-to-one matching pairs it with a curated record.
A band's score is (matched + 1) / (candidates + 2) (Laplace's rule: a band with no
candidates scores 0.5); ``--write`` writes the table to
``src/citydiplo/_extract/data/calibration.json`` (atomically), naming the sets it was
measured on.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from bench_extract_seeds import _records, actor_map, articles, matches  # bench/, beside this

from citydiplo import extract

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "src" / "citydiplo" / "_extract" / "data" / "calibration.json"


def tally(sets: list[str | None]) -> tuple[Counter[str], Counter[str], int]:
    cands: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    n = 0
    for devset in sets:
        for _name, lang, text, curated, published in articles(devset):
            n += 1
            x = extract(text, lang=lang, published=published)
            mapping = actor_map(x, curated)
            found = _records(x.dataset)
            used: set[int] = set()
            for cur in _records(curated):
                for i, cand in enumerate(found):
                    if i not in used and matches(cand, cur, mapping):
                        used.add(i)
                        break
            for i, cand in enumerate(found):
                band = f"{cand.type}:{x.evidence[cand.id].coverage:.2f}"
                cands[band] += 1
                hits[band] += i in used
    return cands, hits, n


def main(argv: list[str]) -> None:
    sets: list[str | None] = [a for a in argv if not a.startswith("--")]
    if "--seeds" in argv:
        sets.insert(0, None)
    cands, hits, n = tally(sets)
    bands: dict[str, Any] = {}
    for band in sorted(cands):
        score = round((hits[band] + 1) / (cands[band] + 2), 2)
        bands[band] = {"score": score, "matched": hits[band], "candidates": cands[band]}
        print(f"{band:<22} {hits[band]:>3}/{cands[band]:<3} -> {score:.2f}")
    total_c, total_h = sum(cands.values()), sum(hits.values())
    print(f"all                    {total_h:>3}/{total_c:<3}")
    if "--write" in argv:
        names = ["seeds" if s is None else Path(s).name for s in sets]
        table = {
            "source": (f"bench/calibrate_extract_score.py on {n} curated articles "
                       f"({', '.join(names)}), without a register"),
            "default": round((total_h + 1) / (total_c + 2), 2),
            "bands": bands,
        }
        fd, tmp = tempfile.mkstemp(dir=TABLE.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(table, f, ensure_ascii=False, indent=1, sort_keys=True)
            f.write("\n")
        os.replace(tmp, TABLE)


if __name__ == "__main__":
    main(sys.argv[1:])
