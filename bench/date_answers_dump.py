"""Dump every answer of ``parse_date`` and ``find_dates`` over the date corpora and the article
texts of the benches, to check that a faster engine answers alike (not a test).

Run: ``python bench/date_answers_dump.py OUT.txt`` on two trees (``PYTHONPATH`` chooses the
tree), then ``cmp`` the two files: they must be byte-identical.

Texts: every case of ``bench/date_*cases.jsonl`` and ``tests/data/*.jsonl`` (its text, its
language), each without ``ref`` and with the case's ``ref`` when it has one, each with its
language given and with the language guessed from the script; and every article text of
``bench/extract_devset*/`` and ``bench/texts/*/`` through ``find_dates``, with the language
of its file name. For each: the value or the error's class and message of ``parse_date`` (for
the short texts), and the ``repr`` of every mention of ``find_dates`` (start, end, text,
value, lang, relative, resolution, anchor, anchor_span).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

from citydiplo import PartialDate, find_dates, parse_date
from citydiplo._errors import CitydiploError

ROOT = Path(__file__).resolve().parent.parent
ARTICLE_REF = PartialDate("2024-03-15")


def _cases() -> Iterator[tuple[str, str, str | None]]:
    paths = sorted((ROOT / "bench").glob("date_*cases.jsonl"))
    paths += sorted((ROOT / "tests" / "data").glob("*.jsonl"))
    for path in paths:
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                yield case["text"], case["lang"], case.get("ref")


def _articles() -> Iterator[tuple[str, str]]:
    paths = sorted((ROOT / "bench").glob("extract_devset*/*.txt"))
    paths += sorted((ROOT / "bench" / "texts").glob("*/*.txt"))
    for path in paths:
        lang = path.name.split("_", 1)[0]
        if len(lang) == 2:
            yield path.read_text("utf-8"), lang


def _parse(text: str, lang: str | None, ref: PartialDate | None) -> str:
    try:
        value = parse_date(text, lang=lang, ref=ref)
        return f"{type(value).__name__} {value}"
    except CitydiploError as exc:
        return f"!{type(exc).__name__} {exc}"
    except Exception as exc:  # a crash is an answer too: it must not change either
        return f"!!{type(exc).__name__} {exc}"


def _find(text: str, lang: str | None, ref: PartialDate | None) -> str:
    try:
        return repr(find_dates(text, lang=lang, ref=ref))
    except CitydiploError as exc:
        return f"!{type(exc).__name__} {exc}"
    except Exception as exc:
        return f"!!{type(exc).__name__} {exc}"


def main() -> None:
    lines: list[str] = []
    seen: set[tuple[str, str, str | None]] = set()
    for text, lang, ref in _cases():
        if (text, lang, ref) in seen:
            continue
        seen.add((text, lang, ref))
        refs = [None] if not ref else [None, PartialDate(ref)]
        for r in refs:
            for given in (lang, None):
                head = json.dumps([text, given, str(r) if r else None], ensure_ascii=False)
                lines.append(f"{head}\tP {_parse(text, given, r)}")
                lines.append(f"{head}\tF {_find(text, given, r)}")
    for text, lang in _articles():
        for r in (None, ARTICLE_REF):
            head = json.dumps([text[:60], lang, str(r) if r else None], ensure_ascii=False)
            lines.append(f"{head}\tF {_find(text, lang, r)}")
    Path(sys.argv[1]).write_text("\n".join(lines) + "\n", "utf-8")
    print(f"{len(lines)} lines written to {sys.argv[1]}")


if __name__ == "__main__":
    main()
