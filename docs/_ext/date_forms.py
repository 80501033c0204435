"""Write docs/concepts/date-forms.md: the date forms read in each language, from the data.

Run ``python docs/_ext/date_forms.py`` after changing a language's data file
(``src/citydiplo/_text/data/<lang>.json``) or upgrading Babel or num2words;
``tests/test_text_dates_news.py`` fails while the page and the data disagree.
"""

from __future__ import annotations

import sys
from pathlib import Path

from citydiplo._text._cldr import UNITS, relative_fields, weekday_names
from citydiplo._text._lexicon import LANGUAGES, load_data, month_names
from citydiplo._text._vocab import vocabulary

PAGE = Path(__file__).resolve().parent.parent / "concepts" / "date-forms.md"

_NAMES = {
    "en": "English", "ko": "Korean", "vi": "Vietnamese", "zh": "Chinese", "ja": "Japanese",
    "ru": "Russian", "hi": "Hindi", "gu": "Gujarati", "he": "Hebrew", "fa": "Persian",
}  # fmt: skip

_ORDER = {
    "dmy": "day first (1-12-2011 is 1 December)",
    "dmy_or_mdy": "either; read when one number is over 12, else ambiguous",
    "ymd": "year first; a day-month pair is read when one number is over 12",
    "mdy": "month first",
}

_INTRO = """\
# Date forms by language

<!-- Written by docs/_ext/date_forms.py from the language data; do not edit. -->

What [`parse_date`][citydiplo.parse_date] and [`find_dates`][citydiplo.find_dates] read in
each language, counted from the data they use: CLDR through Babel (month and weekday names,
relative-time words and patterns), `num2words` (number words) and the language's
`src/citydiplo/_text/data/<lang>.json` (everything else, with its source named there).
Examples are the first entries in sorted order. Relative forms need `ref`, the publication
date; the rules are in [Partial dates and EDTF](dates.md#from-free-text).
"""


def _examples(items: object, n: int = 3) -> str:
    words = sorted(str(i) for i in items)  # type: ignore[attr-defined]
    shown = ", ".join(f"`{w}`" for w in words[:n])
    return f"{len(words)}: {shown}" if words else "—"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def render() -> str:
    """The page's text for the installed data."""
    lines = [_INTRO]
    for lang in LANGUAGES:
        data = load_data(lang)
        v = vocabulary((lang,))
        rel = relative_fields(lang)
        phrases = sorted(p for unit in rel.values() for p in (*unit.offsets, *unit.fixed))
        counted = sorted(p for u in UNITS for p in (*rel[u].past, *rel[u].future))
        extra = sorted(
            p
            for directions in data.get("relative_patterns", {}).values()
            for patterns in directions.values()
            for p in patterns
        )
        wide = [n for n, (_, is_wide) in weekday_names(lang).items() if is_wide]
        rows = [
            ("month names (CLDR and aliases)", _examples(month_names(lang))),
            ("weekday names (CLDR wide; short ones only beside a date)", _examples(wide)),
            ("relative phrases (CLDR)", _examples(phrases)),
            ("relative phrases (data)", _examples(data.get("relative_phrases", {}))),
            ("counted spans (CLDR)", _examples(counted)),
            ("counted spans (data)", _examples(extra)),
            ("spans from an earlier date", _examples(
                p for ps in data.get("later_patterns", {}).values() for p in ps
            )),
            ("number words for counts", _examples(v.counts)),
            ("number words for days", _examples(v.days)),
            ("day alone (with ref)", "yes" if data.get("day_only") else "no"),
            ("words joining a span of days", _examples(data.get("day_range_connectors", []))),
            ("numeric dates", _ORDER[data.get("numeric_order", "dmy")]),
            ("words that make a number a count", _examples(data.get("counters", []))),
            ("anniversaries (anniversary_base)", _examples(data.get("anniversary_patterns", []))),
        ]
        lines += ["", f"## {_NAMES[lang]} (`{lang}`)", "", "| form | read |", "|---|---|"]
        lines += [f"| {what} | {_cell(how)} |" for what, how in rows]
    return "\n".join(lines) + "\n"


def main() -> int:
    PAGE.write_text(render(), "utf-8")
    print(f"wrote {PAGE}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
