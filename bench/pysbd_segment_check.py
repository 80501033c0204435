"""pysbd's processing with citydiplo's abbreviation step (``_extract/_abbreviations.py``)
against pysbd's own, piece by piece (not a test; run from the repository root).

    PYTHONPATH=src python bench/pysbd_segment_check.py [en,ru,...]

Every text of the seeds, the extraction devsets, ``bench/texts/`` and the date cases, whole,
cut at random, flattened, padded, upper- and lower-cased, and line by line: the list of
sentences pysbd's processor gives must be the same. Prints the count of pieces that differ.
"""

import glob
import json
import random
import sys
from pathlib import Path

import pysbd

from citydiplo._extract._segment import PYSBD_LANGUAGES, _pysbd

texts = []
for f in (
    glob.glob("seeds/*.txt")
    + glob.glob("bench/extract_devset*/*.txt")
    + glob.glob("bench/texts/**/*.txt", recursive=True)
):
    texts.append(Path(f).read_text("utf-8"))
for f in glob.glob("bench/date_*cases.jsonl") + glob.glob("tests/data/*.jsonl"):
    for line in Path(f).read_text("utf-8").splitlines():
        try:
            d = json.loads(line)
        except Exception:
            continue
        if isinstance(d, dict):
            for k in ("text", "sentence", "input"):
                if isinstance(d.get(k), str):
                    texts.append(d[k])
print(len(texts), "texts", flush=True)
rng = random.Random(1)
n = bad = 0
langs = sys.argv[1].split(",") if len(sys.argv) > 1 else sorted(PYSBD_LANGUAGES)
for lang in langs:
    ref = pysbd.Segmenter(language=lang, clean=False, char_span=False)
    assert ref.language_module is not _pysbd(lang).language_module
    for t in texts:
        pieces = [
            t,
            t[: rng.randrange(len(t) + 1)],
            t.replace("\n", " "),
            "  " + t + " \t ",
            t.upper(),
            t.lower(),
        ]
        for line in t.splitlines():
            if line.strip():
                pieces.append(line)
        for piece in pieces:
            n += 1
            a = _pysbd(lang).processor(piece).process()
            b = ref.processor(piece).process()
            if a != b:
                bad += 1
                if bad < 5:
                    print(lang, repr(piece[:100]), a[:3], b[:3])
    print(lang, n, "pieces,", bad, "differ", flush=True)
