"""Write docs/concepts/validation-codes.md from ``citydiplo.rules()``.

Run ``python docs/_ext/validation_codes.py`` after adding or changing a built-in rule;
``tests/test_docs.py`` fails while the page and the rules disagree.
"""

from __future__ import annotations

import inspect
import sys
from pathlib import Path

import citydiplo

PAGE = Path(__file__).resolve().parent.parent / "concepts" / "validation-codes.md"

_AREAS = {
    "CD1": "References and ids",
    "CD2": "Dates",
    "CD3": "Signatories",
    "CD4": "Geography",
    "CD5": "Citations",
    "CD6": "Claimed counts",
    "CD7": "Coverage",
}

_INTRO = """\
# Validation codes

<!-- Written by docs/_ext/validation_codes.py from citydiplo.rules(); do not edit. -->

[`validate`][citydiplo.validate] checks the consistency of a dataset across records and
returns a [`Report`][citydiplo.Report] of findings; it never raises on bad data. Each
finding has a stable code from the table below, a severity, the path of the record
(`$.partnerships[0].parties[1]`) and a message.

- **error**: the data contradicts itself;
- **warning**: it is probably wrong or incomplete;
- **info**: worth knowing, often fine.

Run a subset with `validate(ds, rules=["CD2"])` (a code prefix runs every rule under it);
add your own rules with [`rule`][citydiplo.rule].
"""


def render() -> str:
    """The page's text for the rules of the installed citydiplo."""
    rules = citydiplo.rules()
    lines = [_INTRO, "| code | severity | what it finds |", "|---|---|---|"]
    for r in rules:
        summary = r.summary.replace("|", "\\|")
        lines.append(f"| [{r.code}](#{r.code.lower()}) | {r.severity.value} | {summary} |")
    area = None
    for r in rules:
        if r.code[:3] != area:
            area = r.code[:3]
            lines += ["", f"## {_AREAS.get(area, area)}"]
        body = inspect.cleandoc(r.description)
        lines += ["", f"### {r.code}", "", f"*{r.severity.value}*. {body}"]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    PAGE.write_text(render(), encoding="utf-8")
    sys.stdout.write(f"wrote {PAGE}\n")
