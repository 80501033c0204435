r"""How many of the dates whole real articles state ``find_dates`` finds (not a test).

A set is a directory of real articles in the ten languages (the registered sets are
``SETS``: ``bench/date_articles18``, ``bench/date_articles19``, ``bench/date_articles21a``
and ``bench/date_articles22a``, each scored in turn; name other directories on the command line,
or one in ``CITYDIPLO_DATE_ARTICLES``), each ``<id>.txt``
(the text, verbatim) beside ``<id>.json``: ``lang``, ``url``, ``published`` (the
publication date the page gives, or null), ``licence`` and ``dates``, every date
expression of the text in text order, each ``{"span", "start", "value"}`` with ``value``
the EDTF text at the precision the text states, or null for a look-alike that must stay
unread (counts, durations, document, section and phone numbers, lunar or sexagenary
years, street names, times of day).

``find_dates(text, lang=lang, ref=published)`` runs on each whole text. An annotated date
is *found* when a mention overlapping its span has the same value; *partial* when no
mention has it but one reads the same month and day without a year (``XXXX-MM-DD``: the
year is stated elsewhere in the article, which the finder does not borrow across
sentences); *wrong* when an overlapping mention has another value; *missed* otherwise. A
look-alike (value null) that a mention overlaps is *read* (a wrong answer); otherwise it is
*unread*. A mention that overlaps no annotation is an *extra*, listed for judgement (a
date the annotation left out, or a wrong answer).

The baseline is the same code at another revision (``--baseline REV``), exported with
``git archive`` and run in a subprocess in the same run, so both columns come from one
machine state.

    python bench/bench_find_dates_articles.py [SET_DIR ...] [--baseline REV] [--show]
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

from _revision import run_at  # (bench/ is the script's own directory)

ROOT = Path(__file__).resolve().parents[1]
# the whole-article sets, each annotated by hand before any run (bench/CURATED_BEFORE_RUN.txt)
SETS = (
    ROOT / "bench" / "date_articles18",
    ROOT / "bench" / "date_articles19",
    ROOT / "bench" / "date_articles21a",
    ROOT / "bench" / "date_articles22a",
)
_CHOSEN = os.environ.get("CITYDIPLO_DATE_ARTICLES")
COUNTS = ("dates", "found", "partial", "wrong", "missed", "traps", "read", "extra")


def _norm(value: str) -> str:
    """The EDTF text in the library's own spelling, when the library reads it."""
    from citydiplo import parse_edtf

    try:
        return str(parse_edtf(value))
    except Exception:  # a form this revision cannot read stays as written
        return value


def _yearless_match(annotated: str, got: str) -> bool:
    """``got`` is the annotated day without its year (``XXXX-MM-DD``, or a range of them)."""
    parts_a, parts_g = annotated.split("/"), got.split("/")
    if len(parts_a) != len(parts_g):
        return False
    return all(
        g.startswith("XXXX-") and len(a) == 10 and a[4:] == g[4:]
        for a, g in zip(parts_a, parts_g, strict=True)
    )


def judge(meta: dict[str, Any], found: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts and notes for one article; ``found`` are its mentions (start, end, text, value)."""
    counts = dict.fromkeys(COUNTS, 0)
    notes: list[str] = []
    used: set[int] = set()
    for ann in meta["dates"]:
        start, end = ann["start"], ann["start"] + len(ann["span"])
        over = [i for i, m in enumerate(found) if m["start"] < end and start < m["end"]]
        used.update(over)
        values = [found[i]["value"] for i in over]
        if ann["value"] is None:
            counts["traps"] += 1
            if over:
                counts["read"] += 1
                notes.append(f"READ trap {ann['span']!r} as {values}")
            continue
        counts["dates"] += 1
        want = _norm(ann["value"])
        if want in values:
            counts["found"] += 1
        elif any(_yearless_match(want, v) for v in values):
            counts["partial"] += 1
            notes.append(f"partial {ann['span']!r}: {values} (want {want})")
        elif values:
            counts["wrong"] += 1
            notes.append(f"WRONG {ann['span']!r}: {values} (want {want})")
        else:
            counts["missed"] += 1
            notes.append(f"missed {ann['span']!r} (want {want})")
    for i, m in enumerate(found):
        if i not in used:
            counts["extra"] += 1
            notes.append(f"extra {m['text']!r} -> {m['value']}")
    return {"counts": counts, "notes": notes}


def run_here(articles: Path) -> dict[str, Any]:
    """Every article of the set ``articles`` judged with the library importable from this
    process."""
    from citydiplo import find_dates

    out: dict[str, Any] = {}
    for path in sorted(articles.glob("*.json")):
        meta = json.loads(path.read_text(encoding="utf-8"))
        text = path.with_suffix(".txt").read_text(encoding="utf-8")
        found = [
            {"start": m.start, "end": m.end, "text": m.text, "value": str(m.value)}
            for m in find_dates(text, lang=meta["lang"], ref=meta["published"])
        ]
        out[path.stem] = judge(meta, found)
    return out


def totals(results: dict[str, Any]) -> dict[str, dict[str, int]]:
    """Counts summed per language (the article id's prefix)."""
    by_lang: dict[str, dict[str, int]] = {}
    for key, r in results.items():
        row = by_lang.setdefault(key.split("_")[0], dict.fromkeys(COUNTS, 0))
        for name, value in r["counts"].items():
            row[name] += value
    return by_lang


def _row(label: str, a: dict[str, int], b: dict[str, int] | None) -> str:
    line = f"{label:4} " + " ".join(f"{a[n]:>{max(len(n), 4)}}" for n in COUNTS)
    if b is not None:
        share = b["found"] / b["dates"] if b["dates"] else 0.0
        line += f" | base found {b['found']:3} wrong {b['wrong']:2} read {b['read']:2}"
        line += f" ({share:.1%})"
    return line


def _report(articles: Path, baseline: str | None, show: bool) -> None:
    now = run_here(articles)
    before = run_at(baseline, __file__, str(articles)) if baseline else None
    after_t = totals(now)
    before_t = totals(before) if before is not None else None
    print(f"{len(now)} articles in {articles.name}; baseline: {baseline or 'none'}")
    print("lang " + " ".join(f"{n:>{max(len(n), 4)}}" for n in COUNTS))
    grand = dict.fromkeys(COUNTS, 0)
    grand_b = dict.fromkeys(COUNTS, 0)
    for lang in sorted(after_t):
        b = before_t.get(lang, dict.fromkeys(COUNTS, 0)) if before_t is not None else None
        for name in COUNTS:
            grand[name] += after_t[lang][name]
            grand_b[name] += b[name] if b is not None else 0
        print(_row(lang, after_t[lang], b))
    print(_row("all", grand, grand_b if before_t is not None else None))
    share = grand["found"] / grand["dates"] if grand["dates"] else 0.0
    print(
        f"found at the stated precision: {share:.1%}; wrong {grand['wrong']}, "
        f"traps read {grand['read']}, partial {grand['partial']}, extras {grand['extra']}"
    )
    if show:
        for key in sorted(now):
            for note in now[key]["notes"]:
                print(f"  {key}: {note}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sets", nargs="*", help="set directories (default: every set of SETS)")
    parser.add_argument("--baseline", default=None, help="a revision to run alongside")
    parser.add_argument("--show", action="store_true", help="list every mention not found")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    chosen = [Path(s) for s in args.sets] or ([Path(_CHOSEN)] if _CHOSEN else list(SETS))
    if args.json:
        print(json.dumps(run_here(chosen[0])))
        return
    for i, articles in enumerate(chosen):
        if i:
            print()
        _report(articles.resolve(), args.baseline, args.show)


if __name__ == "__main__":
    main()
