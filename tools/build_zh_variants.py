"""Build the traditional-script forms of the Chinese cue words
(``src/citydiplo/_extract/data/zh.variants.json``) from the hand-written simplified ones.

Source: OpenCC (Open Chinese Convert, Apache-2.0, https://github.com/BYVoid/OpenCC), through
the pure-Python ``opencc-purepy`` package, with its ``s2t`` (OpenCC standard), ``s2tw``
(Taiwan) and ``s2hk`` (Hong Kong) conversions. The package is needed only to run this tool,
not by the library: the output is a plain JSON object, simplified word -> its other forms
(sorted), for every word of ``data/zh.json`` that has one.

    pip install opencc-purepy
    python tools/build_zh_variants.py

Deterministic: the same ``zh.json`` and OpenCC tables give the same bytes; the file is written
atomically.
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
    from opencc_purepy import OpenCC  # the tool's own requirement, not the library's

    converters = [OpenCC(config) for config in ("s2t", "s2tw", "s2hk")]
    data = json.loads((DATA / "zh.json").read_text("utf-8"))
    words = sorted({w for k, v in data.items() if k not in SKIP for w in _words(v)})
    out: dict[str, list[str]] = {}
    for word in words:
        forms = sorted({c.convert(word) for c in converters} - {word})
        if forms:
            out[word] = forms
    return out


def main() -> None:
    table = build()
    payload = {
        "source": "Traditional forms of the words of zh.json by OpenCC (Apache-2.0) s2t, s2tw "
                  "and s2hk, built by tools/build_zh_variants.py; not hand-written.",
        "variants": table,
    }
    text = json.dumps(payload, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    target = DATA / "zh.variants.json"
    fd, tmp = tempfile.mkstemp(dir=DATA, prefix=".zh.variants.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, target)
    print(f"{len(table)} words with other forms -> {target}")


if __name__ == "__main__":
    main()
