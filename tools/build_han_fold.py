"""Build ``src/citydiplo/data/han_fold.json``: each Han character folded to one form, so that
a name written in Traditional Chinese ("蘇澳鎮"), Simplified Chinese ("苏澳镇") or with
Japanese shinjitai ("花蓮県") gets one match key.

Source: OpenCC's character tables as the ``opencc-python-reimplemented`` package ships them
(``opencc/dictionary/TSCharacters.txt``, Traditional -> Simplified, and
``JPVariants.txt``, Traditional -> Japanese shinjitai; OpenCC, Apache License 2.0). Rules:

* a Traditional character folds to OpenCC's first Simplified candidate ("乾" -> "干");
* a Japanese shinjitai form folds as its Traditional form does, when exactly one Traditional
  character has that shinjitai form ("県" <- "縣" -> "县"; "弁", the form of three, is kept);
* only one character to one character (so spans are kept), and the fold is closed: folding
  a folded character changes nothing.

Run: ``python tools/build_han_fold.py`` (with ``opencc-python-reimplemented`` installed; the
``test`` extra has it), then rebuild the place extras and the gazetteer, whose keys it folds.
"""

from __future__ import annotations

import json
import os
import tempfile
from importlib import metadata, resources
from pathlib import Path

PACKAGE = "opencc-python-reimplemented"
OUTPUT = Path(__file__).resolve().parent.parent / "src" / "citydiplo" / "data" / "han_fold.json"


def _table(name: str) -> list[tuple[str, list[str]]]:
    text = resources.files("opencc").joinpath("dictionary", name).read_text("utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip():
            source, targets = line.split("\t")
            rows.append((source, targets.split(" ")))
    return rows


def han_fold() -> dict[str, str]:
    """The folding table, derived from the installed OpenCC tables (see the module doc)."""
    simplified = {t: s[0] for t, s in _table("TSCharacters.txt") if len(t) == 1 and len(s[0]) == 1}
    traditional_of: dict[str, set[str]] = {}
    for t, variants in _table("JPVariants.txt"):
        for v in variants:
            if len(t) == 1 and len(v) == 1 and v != t:
                traditional_of.setdefault(v, set()).add(t)
    fold = {t: s for t, s in simplified.items() if t != s}
    for v, ts in traditional_of.items():
        if len(ts) == 1 and v not in simplified:
            (t,) = ts
            fold[v] = simplified.get(t, t)
    changed = True
    while changed:  # close the fold: a target that itself folds is followed
        changed = False
        for ch, target in fold.items():
            if target in fold and fold[target] != target:
                fold[ch] = fold[target]
                changed = True
    return {ch: target for ch, target in sorted(fold.items()) if ch != target}


def main() -> None:
    data = {
        "_source": (
            f"OpenCC TSCharacters.txt and JPVariants.txt as shipped by {PACKAGE} "
            f"{metadata.version(PACKAGE)} (OpenCC, Apache License 2.0); built by "
            "tools/build_han_fold.py, do not edit"
        ),
        "fold": han_fold(),
    }
    text = json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n"
    fd, tmp = tempfile.mkstemp(dir=OUTPUT.parent, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.chmod(tmp, 0o644)
    os.replace(tmp, OUTPUT)
    print(f"{len(data['fold'])} characters -> {OUTPUT}")


if __name__ == "__main__":
    main()
