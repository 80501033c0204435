"""Hanam City's timeline from the seed articles, as text and (optionally) as a plot.

Usage:
    python examples/hanam_timeline.py                 # print the timeline
    python examples/hanam_timeline.py --plot out.png  # also draw it (needs matplotlib)

The Hanam article exists in Gujarati and in Hebrew; each line says how many sources tell
the record, and records the articles do not date are listed last.
"""

from __future__ import annotations

import argparse
from collections import Counter

import citydiplo as cd


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plot", metavar="PNG", help="also draw the timeline to this file")
    args = parser.parse_args()

    seeds = cd.load_seeds()
    hanam = seeds.resolve("Hanam", country="KR")
    timeline = seeds.timeline(hanam.id)
    print(f"{hanam.name} ({hanam.country}, {hanam.subdivision})\n")
    print(timeline)

    languages = {s.id: s.language for s in seeds.sources}
    print("\nquotes per language, by record:")
    for entry in [*timeline.entries, *timeline.undated]:
        quotes = Counter(languages[c.source] for c in entry.record.citations)
        said = ", ".join(f"{lang} x{n}" for lang, n in sorted(quotes.items()))
        print(f"  {entry.record.id:28} {said}")

    if args.plot:
        import matplotlib

        matplotlib.use("Agg")
        ax = timeline.plot()
        ax.set_title(f"{hanam.name}: dated records in the seed articles")
        ax.figure.savefig(args.plot, bbox_inches="tight")
        print(f"\nplot written to {args.plot}")


if __name__ == "__main__":
    main()
