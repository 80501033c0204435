"""Build the Arabic-letter forms of the Persian cue words
(``src/citydiplo/_extract/data/fa.variants.json``) from the hand-written ones.

Persian text is often typed with the Arabic letters yeh (U+064A) and kaf (U+0643) in place
of the Persian yeh (U+06CC) and keheh (U+06A9): Arabic keyboard layouts and the older
Windows-1256 code page have no Persian forms (The Unicode Standard, chapter 9, "Arabic";
the same pairs ``citydiplo._normalize`` folds for matching names). A cue written "بازدید"
is then "بازديد" in the article. For every word of ``data/fa.json`` that has one of the two
Persian letters, this lists its forms with the Arabic yeh, with the Arabic kaf, and with
both (``citydiplo._extract._cues`` adds each form to every list its word is in).

    python tools/build_fa_variants.py

Deterministic: the same ``fa.json`` gives the same bytes; the file is written atomically.
No package is needed.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent.parent / "src" / "citydiplo" / "_extract" / "data"
SKIP = ("lang", "source", "script")
YEH = str.maketrans({"ی": "ي"})
KAF = str.maketrans({"ک": "ك"})


def _words(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from _words(v)
    elif isinstance(value, dict):
        for v in value.values():
            yield from _words(v)


def build() -> dict[str, list[str]]:
    data = json.loads((DATA / "fa.json").read_text("utf-8"))
    words = sorted({w for k, v in data.items() if k not in SKIP for w in _words(v)})
    out: dict[str, list[str]] = {}
    for word in words:
        forms = sorted(
            {word.translate(YEH), word.translate(KAF), word.translate(YEH).translate(KAF)} - {word}
        )
        if forms:
            out[word] = forms
    return out


def main() -> None:
    payload = {
        "source": "Arabic-letter forms (yeh U+064A, kaf U+0643 for U+06CC, U+06A9; The Unicode "
        "Standard, ch. 9) of the words of fa.json, built by "
        "tools/build_fa_variants.py; not hand-written.",
        "variants": build(),
    }
    text = json.dumps(payload, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    fd, tmp = tempfile.mkstemp(dir=DATA, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, DATA / "fa.variants.json")


if __name__ == "__main__":
    main()
