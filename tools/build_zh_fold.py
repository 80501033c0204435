"""Build the one-for-one traditional -> simplified character fold of Chinese text
(``src/citydiplo/_extract/data/zh.fold.json``), read before the cue scan so that a text that
mixes the two scripts ("友好城市關系": traditional 關, simplified 系) meets the simplified cue
words.

Source: OpenCC (Open Chinese Convert, Apache-2.0, https://github.com/BYVoid/OpenCC), its
character table ``TSCharacters.txt`` (traditional character -> its simplified forms), as
shipped in the ``opencc-python-reimplemented`` package. The package is needed only to run
this tool, not by the library.

Kept: each traditional character with exactly one simplified form, itself one character (so
that the fold keeps the text's length and every span). Left out: a character whose row also
lists itself ("著 -> 着 著", "於 -> 于 於", "乾 -> 干 乾"): it is also written in simplified
text with a meaning of its own, and folding it would read a word the writer did not write.

    pip install opencc-python-reimplemented
    python tools/build_zh_fold.py

Deterministic: the same table gives the same bytes; the file is written atomically.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "src" / "citydiplo" / "_extract" / "data"


def build(table: str) -> dict[str, str]:
    """Traditional character -> its one simplified character, from the rows of ``table``
    (``TSCharacters.txt``: a character, a tab, its forms separated by spaces).

    >>> build("關\\t关\\n於\\t于 於\\n乾\\t干 乾\\n")
    {'關': '关'}
    """
    out: dict[str, str] = {}
    for line in table.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, _, forms = line.partition("\t")
        choices = forms.split()
        if len(key) == 1 and len(choices) == 1 and len(choices[0]) == 1 \
                and choices[0] != key:
            out[key] = choices[0]
    return dict(sorted(out.items()))


def main() -> None:
    import opencc  # the tool's own requirement, not the library's

    path = Path(opencc.__file__).resolve().parent / "dictionary" / "TSCharacters.txt"
    table = build(path.read_text("utf-8"))
    payload = {
        "source": "OpenCC (Apache-2.0) TSCharacters.txt, the traditional characters with one "
                  "simplified form, one character each, built by tools/build_zh_fold.py; not "
                  "hand-written.",
        "traditional": "".join(table),
        "simplified": "".join(table.values()),
    }
    text = json.dumps(payload, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    target = DATA / "zh.fold.json"
    fd, tmp = tempfile.mkstemp(dir=DATA, prefix=".zh.fold.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, target)
    print(f"{len(table)} characters -> {target}")


if __name__ == "__main__":
    main()
