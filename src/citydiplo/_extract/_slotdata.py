"""Per-language slot data (``data/slots/<lang>.json``): the words that fill a record's slots.

One file per language, beside the cue files. The shape (checked by :func:`check_slot_data`,
and by a test on every shipped file):

``lang``, ``source`` (str); ``locative_before`` / ``locative_after`` (lists of str: the
words that mark a place as where something happened, written before it -- " in ", " tại ",
"在", " ב" -- or after it -- "에서", "で", " में", "માં"; a leading space means "at a word
start"); ``source_markers`` (the locative words that also mean "from": not read as a place
for a visit or a delegation); ``venue_nouns`` (words that end a venue's name: "hall",
"회관", "酒店"; empty where no rule reads a venue); ``venue_order`` ("name_first": the
name stands before the noun, "Hanam Arts Center", "北京饭店"; "noun_first": after it,
"khách sạn Metropole"; "none"); ``venue_links`` (small words allowed inside a venue's name in cased
scripts: "and", "of"); ``field_markers`` (words that make a sentence speak of fields of
cooperation: "cooperation", "분야", "领域"); ``fields`` (object: a field of the model's
:class:`~citydiplo.Field` vocabulary -> its words); ``term_years`` / ``term_months``
(patterns with ``{n}``, a number in digits or one of ``numbers``: "for {n} years",
"{n}년간", "期限{n}年"); ``numbers`` (object: number word -> value, may be empty);
``issue_verbs`` (a document's issuing verb: "issued", "ban hành", "印发"); ``issuer_links``
(the words between a document's number and its issuer after it: " of ", " của ");
``issuer_links_before`` (the genitive words after an issuer written before the document:
" की " in "सिटी पार्टी कमेटी की योजना संख्या ...", "의 ", "的"; may be empty);
``name_ends`` (words that end a name read after a title in unspaced scripts: "率" in
"市长王伟率团"; may be empty); ``events`` (object: ``signing`` (a signing ceremony),
``merger``, and the lifecycle kinds ``renewal``, ``extension``, ``suspension``,
``termination`` -> their words).
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

from citydiplo._extract._cues import LANGUAGES, CueDataError, cues
from citydiplo._extract._scan import Lexicon
from citydiplo._model import Field

__all__ = ["STEP_KINDS", "check_slot_data", "slot_data", "slot_lexicon", "term_pattern"]

STEP_KINDS = ("signing", "merger", "renewal", "extension", "suspension", "termination")
_LISTS = ("locative_before", "locative_after", "source_markers", "venue_nouns", "venue_links",
          "field_markers", "term_years", "term_months", "issue_verbs", "issuer_links",
          "issuer_links_before", "name_ends")
_FIELDS = frozenset(f.value for f in Field)


def _words(value: object, where: str, problems: list[str]) -> None:
    if not isinstance(value, list) or not all(isinstance(w, str) and w for w in value):
        problems.append(f"{where}: expected a list of non-empty strings, got {value!r:.60}")


def check_slot_data(data: Any) -> list[str]:
    """Every way ``data`` departs from the documented shape (empty: it conforms).

    >>> check_slot_data({"lang": "xx", "source": "s"})[:2]
    ['$.locative_before: expected a list of non-empty strings, got None', \
'$.locative_after: expected a list of non-empty strings, got None']
    >>> check_slot_data(slot_data("en"))
    []
    """
    if not isinstance(data, dict):
        return ["$: expected an object"]
    problems: list[str] = []
    for key in ("lang", "source"):
        if not isinstance(data.get(key), str) or not data.get(key):
            problems.append(f"$.{key}: missing")
    for key in _LISTS:
        if data.get(key) != []:
            _words(data.get(key), f"$.{key}", problems)
    for key in ("term_years", "term_months"):
        for p in data.get(key) or []:
            if isinstance(p, str) and p.count("{n}") != 1:
                problems.append(f"$.{key}: {p!r} must hold '{{n}}' once")
    if data.get("venue_order") not in ("name_first", "noun_first", "none"):
        problems.append("$.venue_order: expected 'name_first', 'noun_first' or 'none'")
    numbers = data.get("numbers")
    if not isinstance(numbers, dict) or not all(
        isinstance(k, str) and k and isinstance(v, int) and v > 0 for k, v in numbers.items()
    ):
        problems.append("$.numbers: expected an object of words -> positive ints")
    for key, allowed in (("fields", _FIELDS), ("events", frozenset(STEP_KINDS))):
        table = data.get(key)
        if not isinstance(table, dict):
            problems.append(f"$.{key}: missing")
            continue
        for kind, words in sorted(table.items()):
            if kind not in allowed:
                problems.append(f"$.{key}.{kind}: unknown (expected one of {sorted(allowed)})")
            else:
                _words(words, f"$.{key}.{kind}", problems)
    return problems


@cache
def slot_data(lang: str) -> dict[str, Any]:
    """The slot data of ``lang``, checked (cached).

    Raises:
        CueDataError: ``lang`` has no file, or its file breaks the documented shape.
    """
    if lang not in LANGUAGES:
        raise CueDataError(
            f"language {lang!r} has no slot data; expected one of {', '.join(LANGUAGES)}")
    folder = resources.files("citydiplo._extract").joinpath("data").joinpath("slots")
    data = json.loads(folder.joinpath(f"{lang}.json").read_text("utf-8"))
    problems = check_slot_data(data)
    if problems:
        raise CueDataError(f"data/slots/{lang}.json: " + "; ".join(problems))
    return dict(data)


@cache
def slot_lexicon(lang: str) -> Lexicon:
    """The slot words of ``lang``: families ``field`` (value: the field), ``field_marker``,
    ``venue``, ``issue_verb`` and ``step`` (value: the event kind)."""
    data = slot_data(lang)
    entries: list[tuple[str, str, str]] = []
    for kind, words in sorted(data["fields"].items()):
        entries += [(w, "field", kind) for w in words]
    for kind, words in sorted(data["events"].items()):
        entries += [(w, "step", kind) for w in words]
    entries += [(w, "field_marker", "") for w in data["field_markers"]]
    entries += [(w, "venue", "") for w in data["venue_nouns"]]
    entries += [(w, "issue_verb", "") for w in data["issue_verbs"]]
    script = cues(lang)["script"]
    return Lexicon(entries, word_start=script["boundary"] == "word", prefixes=script["prefixes"])


@cache
def term_pattern(lang: str) -> re.Pattern[str] | None:
    """One pattern for every term phrase of ``lang``; group ``y<i>`` / ``m<i>`` holds the
    number of years / months (digits in any script, or a number word)."""
    data = slot_data(lang)
    unspaced = cues(lang)["script"]["boundary"] == "none"
    words = sorted(data["numbers"], key=lambda w: (-len(w), w))
    number = "|".join([r"\d{1,3}", *(re.escape(w) for w in words)])
    alts = []
    for unit, key in (("y", "term_years"), ("m", "term_months")):
        for i, p in enumerate(sorted(data[key], key=lambda p: (-len(p), p))):
            head, tail = p.split("{n}")
            # a number starts a word ("{n}-year"); in unspaced scripts, any non-digit will do
            edge = "" if head else r"(?<!\d)" if unspaced else r"(?<!\w)"
            alts.append(f"{re.escape(head)}{edge}(?P<{unit}{i}>{number}){re.escape(tail)}")
    if not alts:
        return None
    return re.compile("|".join(alts), re.IGNORECASE)
