"""Build ``src/citydiplo/_geo/data/country_short_names.json``: the short and variant forms of
country names that CLDR holds and Babel does not expose.

CLDR writes, beside each territory's name, an ``alt="short"`` form ("UK", Persian "عربستان"
for Saudi Arabia, Hindi "यू॰के॰", Russian "США") and an ``alt="variant"`` form ("Ivory
Coast", "East Timor"); Babel's ``Locale.territories`` keeps only the main name, so news that
writes the short form found no country. This tool reads them from the CLDR main files
(``common/main/<lang>.xml``; CLDR 41 as Debian's ``unicode-cldr-core`` package installs it
under ``/usr/share/unicode/cldr``: ``apt-get install unicode-cldr-core``) for the ten
languages, keeping approved and contributed names of the countries pycountry lists (not
"UN", "EU" or "EZ"), and drops a name CLDR gives two countries.

Run: ``python tools/build_country_short_names.py [--cldr DIR]``, then
``python tools/build_gazetteer.py`` (the gazetteer indexes these names).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "src" / "citydiplo" / "_geo" / "data" / "country_short_names.json"
CLDR_DIR = Path("/usr/share/unicode/cldr/common/main")
CLDR_VERSION = "41 (Debian unicode-cldr-core 41-0.1)"
LANGUAGES = ("en", "ko", "vi", "zh", "ja", "ru", "hi", "gu", "he", "fa")
ALTERNATIVES = ("short", "variant")


def table(cldr: Path = CLDR_DIR) -> dict[str, dict[str, list[str]]]:
    """language -> alpha-2 code -> CLDR's short and variant names of that country."""
    import pycountry

    valid = {c.alpha_2 for c in pycountry.countries}
    found: dict[str, dict[str, list[str]]] = {}
    for lang in LANGUAGES:
        names: dict[str, set[str]] = {}
        for element in ET.parse(cldr / f"{lang}.xml").getroot().iter("territory"):
            code, text = element.get("type", ""), (element.text or "").strip()
            if element.get("alt") not in ALTERNATIVES or code not in valid or not text:
                continue
            if element.get("draft") not in (None, "contributed", "approved"):
                continue
            names.setdefault(text, set()).add(code)
        by_code: dict[str, list[str]] = {}
        for text, codes in sorted(names.items()):
            if len(codes) == 1:
                by_code.setdefault(codes.pop(), []).append(text)
        found[lang] = dict(sorted(by_code.items()))
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cldr", type=Path, default=CLDR_DIR)
    args = parser.parse_args(argv)
    data = {
        "_about": (
            "Short and variant country names (alt='short', alt='variant') from the Unicode "
            f"CLDR {CLDR_VERSION} main files, which Babel does not expose; built by "
            "tools/build_country_short_names.py, do not edit. Unicode licence."
        ),
        "names": table(args.cldr),
    }
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    fd, tmp = tempfile.mkstemp(dir=TARGET.parent, prefix=TARGET.name, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, TARGET)


if __name__ == "__main__":
    main(sys.argv[1:])
