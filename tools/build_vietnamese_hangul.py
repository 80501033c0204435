"""Build ``src/citydiplo/_geo/data/vietnamese_hangul.json``: Vietnamese places by the Hangul
spelling Korean news writes them in.

Korean news writes a Vietnamese place by the Vietnamese table of the Korean loanword
spelling rules ("년짝현", Nhơn Trạch; "붕따우시", Vũng Tàu), which GeoNames mostly lacks.
This table maps each Hangul spelling (``citydiplo._geo._viet_hangul.hangul_spellings``, from
``data/viet_hangul.json``) to the gazetteer keys of the places it writes: every city of
Vietnam by its GeoNames name (without a leading generic word such as "Thành Phố") and every
Vietnamese subdivision by its ISO 3166-2 name (pycountry). ``find_places`` reads such a
spelling back only with a generic word written on it, in a text that names Vietnam
strongly, and only when one Vietnamese place answers
(``citydiplo._geo._viet_hangul.vietnamese_in_hangul_at``).

Run: ``python tools/build_vietnamese_hangul.py`` (after ``build_gazetteer.py``).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from citydiplo._geo._gazetteer import gazetteer  # noqa: E402
from citydiplo._geo._viet_hangul import VIETNAM, hangul_spellings  # noqa: E402
from citydiplo._normalize import match_key  # noqa: E402

TARGET = ROOT / "src" / "citydiplo" / "_geo" / "data" / "vietnamese_hangul.json"
# generic words Vietnamese writes before a place's own name (GeoNames keeps some of them)
LEADING = ("thành phố ", "thị xã ", "thị trấn ", "xã ", "huyện ", "quận ", "phường ", "tỉnh ")


def table() -> dict[str, list[str]]:
    """Hangul spelling -> the gazetteer keys of the Vietnamese places it writes (sorted)."""
    import pycountry

    gz = gazetteer()
    names: set[str] = set()
    for row in gz.in_country(range(len(gz.populations)), VIETNAM):
        name = gz.fields(row)[1]
        for word in LEADING:
            if name.lower().startswith(word):
                name = name[len(word) :]
        names.add(name)
    names |= {s.name for s in pycountry.subdivisions if s.country_code == VIETNAM}
    found: dict[str, set[str]] = {}
    for name in sorted(names):
        key = match_key(name)
        if gz.postings(key) is None:
            continue
        for spelling in hangul_spellings(name):
            if len(spelling.replace(" ", "")) >= 2:
                found.setdefault(spelling, set()).add(key)
    return {spelling: sorted(keys) for spelling, keys in sorted(found.items())}


def main() -> None:
    data = {
        "_about": (
            "Vietnamese places by their Hangul spelling (Korean loanword spelling rules, "
            "data/viet_hangul.json): spelling -> the gazetteer keys of the cities of Vietnam "
            "(GeoNames names) and Vietnamese subdivisions (ISO 3166-2 names, pycountry) it "
            "writes. Built by tools/build_vietnamese_hangul.py from the gazetteer."
        ),
        "spellings": table(),
    }
    text = json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n"
    fd, tmp = tempfile.mkstemp(dir=TARGET.parent, suffix=".tmp")
    os.chmod(tmp, 0o644)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)
    os.replace(tmp, TARGET)
    print(f"{len(data['spellings'])} spellings -> {TARGET}")


if __name__ == "__main__":
    main()
