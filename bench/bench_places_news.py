r"""Accuracy of ``find_places`` on real city-diplomacy news in ten languages (not a test).

Every set is an annotation file of real passages (each with its URL), every place mention
annotated by hand with its country and ISO 3166-2 subdivision. ``CITYDIPLO_PLACES_CASES``
names the file (default ``bench/places_news_blind11a.json``) and ``CITYDIPLO_PLACES_DEVSET``
the directory of its passage texts, as ``<id>.txt`` (default: ``bench/texts/`` and the file's
name with ``places_news_`` read as ``places_``, so ``bench/texts/places_blind11a``). From set
11 on every text is committed there, with its URL in the annotation file and a licence note.
The texts of the earlier files (``places_news_devset.json``, ``places_news_blind.json``,
``places_news_blind5.json`` ... ``places_news_blind10b.json``) were kept outside the
repository and are lost: their annotations stay as a record of those rounds.
A mention annotated with ``"country": null`` must stay unresolved (a reading context cannot
decide): found, it is *wrong*; not found, it is *right*. A Latin-script span inside a
longer word ("Japan" in "Japanese") is not an occurrence.

Each annotated occurrence is one mention. A mention is *right* when a found place overlaps
it with the same country and an accepted subdivision (none for a country), *partial* when
the country is right but the subdivision is unknown (``None``), *wrong* when the country or
subdivision differs, and *missed* when nothing overlaps it. A found place that overlaps no
annotated mention is *extra* (listed, to be judged: a place the annotation left out, or a
wrong answer).

The baseline is the same code at another revision (``--baseline REV``, default
``origin/main`` or ``main``), exported with ``git archive`` and run in a subprocess in the
same run, so both columns come from one machine state.

    CITYDIPLO_PLACES_DEVSET=bench/texts/places_blind11a \
    CITYDIPLO_PLACES_CASES=bench/places_news_blind11a.json \
    python bench/bench_places_news.py [--baseline REV] [--show]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
from pathlib import Path
from typing import Any

from _revision import run_at  # (bench/ is the script's own directory)

ROOT = Path(__file__).resolve().parents[1]
CASES = Path(os.environ.get("CITYDIPLO_PLACES_CASES", ROOT / "bench" / "places_news_blind11a.json"))
TEXTS = Path(
    os.environ.get(
        "CITYDIPLO_PLACES_DEVSET",
        ROOT / "bench" / "texts" / CASES.stem.replace("places_news_", "places_"),
    )
)


def _latin(char: str) -> bool:
    return char.isalpha() and char < "\u0250"


def _inside_word(text: str, start: int, end: int) -> bool:
    """A Latin-script span glued to more Latin letters ("Japan" in "Japanese") is no mention.

    Other scripts glue particles and case endings to names (부산시와, בגרמניה, Челябинска),
    so there an occurrence inside a longer word still counts.
    """
    before = start > 0 and _latin(text[start - 1]) and _latin(text[start])
    after = end < len(text) and _latin(text[end]) and _latin(text[end - 1])
    return before or after


def occurrences(text: str, mentions: list[dict[str, Any]]) -> list[tuple[int, int, dict[str, Any]]]:
    """Every occurrence of every annotated span, longest spans first, never overlapping."""
    taken = [False] * len(text)
    found = []
    for m in sorted(mentions, key=lambda m: -len(m["span"])):
        start = text.find(m["span"])
        while start >= 0:
            end = start + len(m["span"])
            if not any(taken[start:end]) and not _inside_word(text, start, end):
                found.append((start, end, m))
                for k in range(start, end):
                    taken[k] = True
            start = text.find(m["span"], start + 1)
    return sorted(found, key=lambda f: f[0])


def judge(case: dict[str, Any], text: str, found: list[dict[str, Any]]) -> dict[str, Any]:
    counts = {"mentions": 0, "right": 0, "partial": 0, "wrong": 0, "missed": 0, "extra": 0}
    notes = []
    used = set()
    for start, end, m in occurrences(text, case["mentions"]):
        counts["mentions"] += 1
        hits = [i for i, f in enumerate(found) if f["start"] < end and start < f["end"]]
        used.update(hits)
        if not hits:
            if m["country"] is None:
                counts["right"] += 1  # left unresolved, as annotated
                continue
            counts["missed"] += 1
            notes.append(f"missed {m['span']}")
            continue
        place = found[hits[0]]
        accepted = m["subdivision"]
        if m["country"] is None:
            verdict = "wrong"  # annotated as a reading context cannot decide
        elif place["country"] != m["country"]:
            verdict = "wrong"
        elif accepted is None:
            verdict = (
                "right" if place["kind"] == "country" or place["subdivision"] is None else "wrong"
            )
        elif place["subdivision"] in accepted:
            verdict = "right"
        elif place["subdivision"] is None:
            verdict = "partial"
        else:
            verdict = "wrong"
        counts[verdict] += 1
        if verdict != "right":
            notes.append(f"{verdict} {m['span']}: {place['describe']}")
    for i, f in enumerate(found):
        if i not in used:
            counts["extra"] += 1
            notes.append(f"extra {f['text']}: {f['describe']}")
    return {"counts": counts, "notes": notes}


def run_here() -> dict[str, Any]:
    """Find the places of every passage with the citydiplo on ``sys.path``."""
    from citydiplo import find_places

    cases = json.loads(CASES.read_text("utf-8"))["cases"]
    out = {}
    for case in cases:
        path = TEXTS / f"{case['id']}.txt"
        if not path.exists():
            continue
        text = path.read_text("utf-8")
        found = [
            {
                "start": m.start,
                "end": m.end,
                "text": m.text,
                "country": m.place.country,
                "subdivision": m.place.subdivision,
                "kind": m.place.kind.value,
                "describe": m.place.describe(),
            }
            for m in find_places(text, lang=case["lang"])
        ]
        out[case["id"]] = judge(case, text, found)
    return out


def totals(results: dict[str, Any]) -> dict[str, dict[str, int]]:
    by_lang: dict[str, dict[str, int]] = {}
    for key, r in results.items():
        lang = key.split("_")[0]
        row = by_lang.setdefault(lang, dict.fromkeys(r["counts"], 0))
        for name, value in r["counts"].items():
            row[name] += value
    return by_lang


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--baseline", default=None)
    parser.add_argument("--show", action="store_true", help="list every non-right mention")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.json:
        print(json.dumps(run_here()))
        return
    revision = args.baseline
    if revision is None:
        for candidate in ("origin/main", "main"):
            ok = subprocess.run(
                ["git", "-C", str(ROOT), "rev-parse", "--verify", "-q", candidate],
                capture_output=True,
            )
            if ok.returncode == 0:
                revision = candidate
                break
    now = run_here()
    before = run_at(revision, __file__) if revision else {}
    after_t, before_t = totals(now), totals(before)
    print(f"{len(now)} passages; baseline: {revision or 'none'}")
    print("lang  mentions | right partial wrong missed extra", end="")
    print(" | baseline: right partial wrong missed extra")
    grand = {"now": dict.fromkeys(("mentions", "right", "partial", "wrong", "missed", "extra"), 0)}
    grand["before"] = dict(grand["now"])
    for lang in sorted(after_t):
        a, b = after_t[lang], before_t.get(lang, dict.fromkeys(after_t[lang], 0))
        for name in grand["now"]:
            grand["now"][name] += a[name]
            grand["before"][name] += b[name]
        print(
            f"{lang:4} {a['mentions']:9} | {a['right']:5} {a['partial']:7} {a['wrong']:5} "
            f"{a['missed']:6} {a['extra']:5} | {b['right']:15} {b['partial']:7} {b['wrong']:5} "
            f"{b['missed']:6} {b['extra']:5}"
        )
    a, b = grand["now"], grand["before"]
    share = a["right"] / a["mentions"] if a["mentions"] else 0.0
    base = b["right"] / b["mentions"] if b["mentions"] else 0.0
    print(
        f"all  {a['mentions']:9} | {a['right']:5} {a['partial']:7} {a['wrong']:5} "
        f"{a['missed']:6} {a['extra']:5} | {b['right']:15} {b['partial']:7} {b['wrong']:5} "
        f"{b['missed']:6} {b['extra']:5}"
    )
    print(f"right country and subdivision: {share:.1%} (baseline {base:.1%})")
    if args.show:
        for key in sorted(now):
            for note in now[key]["notes"]:
                print(f"  {key}: {note}")


if __name__ == "__main__":
    main()
