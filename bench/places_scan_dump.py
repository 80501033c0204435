"""Dump ``find_places`` over a wide set of texts, as JSON Lines (a safety net for speed work).

    python bench/places_scan_dump.py OUT.jsonl
    PYTHONPATH=/tmp/base/src python bench/places_scan_dump.py /tmp/base.jsonl && cmp ...

Wider than ``extract_dump.py``'s place lines: every text of ``bench/texts/``, every seed
text, every ``bench/extract_devset*`` article, every sentence of the date corpora
(``bench/date_*cases.jsonl``, all ten languages, with many names that are no places), each
read with its language and with none. A line holds the mentions' spans, texts and places,
so two trees that dump the same lines scan the same.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from citydiplo import find_places

ROOT = Path(__file__).resolve().parent.parent
_SEED_LANGS = {"000": "gu", "001": "he", "002": "hi", "003": "en", "004": "fa"}


def texts() -> list[tuple[str, str, str | None]]:
    """(tag, text, lang) of every text dumped, in a fixed order."""
    out: list[tuple[str, str, str | None]] = []
    for path in sorted((ROOT / "bench" / "texts").rglob("*.txt")):
        lang = path.stem.split("_")[0]
        out.append((str(path.relative_to(ROOT)), path.read_text("utf-8"), lang))
    for path in sorted((ROOT / "seeds").glob("[0-9]*.txt")):
        out.append((path.name, path.read_text("utf-8"), _SEED_LANGS.get(path.name[:3])))
    for meta_path in sorted(ROOT.glob("bench/extract_devset*/*.json")):
        meta = json.loads(meta_path.read_text("utf-8"))
        text = (meta_path.parent / meta["text"]).read_text("utf-8")
        out.append((str(meta_path.relative_to(ROOT)), text, meta["lang"]))
    for path in sorted(ROOT.glob("bench/date_*cases.jsonl")):
        for k, line in enumerate(path.read_text("utf-8").splitlines()):
            case = json.loads(line)
            out.append((f"{path.name}:{k}", case["text"], case.get("lang")))
    return out


def main(out_path: str) -> None:
    with open(out_path, "w", encoding="utf-8") as out:
        for tag, text, lang in texts():
            for as_lang in dict.fromkeys([lang, None]):
                found = [
                    [m.start, m.end, m.text, repr(m.place)] for m in find_places(text, lang=as_lang)
                ]
                line = {"tag": tag, "lang": as_lang, "found": found}
                out.write(json.dumps(line, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
