"""A country's adjective or a possessive word beside a place marker is no city's name.

In scripts without capitals the word beside a place marker is read as the city's name
("העיר X", "X શહેર"). Where that word is the adjective of a country -- Hebrew "העיר
ההולנדית" (the Dutch city), "העיר היפנית", "העיר האוקראינית"; Gujarati "જાપાની શહેર" (a
Japanese city) -- or a possessive word ("העיר התאומה שלה", *its* twin city), it names no
city, and a draft city "ההולנדית" or "שלה" is silently wrong. The language's cue data say
how such words are made:

- ``adjective_endings``: the endings that make an adjective of a country's name (Hebrew
  "ית", "אית", "י", "ים", "יות"; Gujarati "ી"), and ``country_endings``: what a country's
  name may end with where the adjective drops it (Hebrew "ה", "יה", "ו", "לנד", "סטן":
  "רוסית" from "רוסיה", "ההודית" from "הודו", "הפינית" from "פינלנד"), with
  ``final_letters`` (a letter and its final form: "יפנית" from "יפן"). A word, or the word
  without a prefix letter, whose stem so rebuilt is a country of the gazetteer is such an
  adjective;
- ``possessive_words``: "שלה", "שלו", "שלנו" (hers, his, ours).

>>> from citydiplo._extract._cues import cues
>>> [country_adjective(w, cues("he")) for w in ("ההולנדית", "היפנית", "הרוסית", "חיפה")]
[True, True, True, False]
>>> country_adjective("જાપાની", cues("gu")), country_adjective("અમદાવાદ", cues("gu"))
(True, False)
"""

from __future__ import annotations

from functools import cache
from typing import Any

from citydiplo._normalize import match_key

__all__ = ["country_adjective", "no_city_word"]


@cache
def _is_country(key: str) -> bool:
    from citydiplo._geo._places import candidates

    return bool(key) and bool(candidates(key).countries)


def country_adjective(word: str, data: dict[str, Any]) -> bool:
    """Whether ``word`` (or it without one prefix letter) is the adjective of a country."""
    endings = tuple(data.get("adjective_endings", ()))
    if not endings:
        return False
    tails = ("", *data.get("country_endings", ()))
    finals: dict[str, str] = dict(data.get("final_letters", {}))
    forms = [word] + [
        word[1:] for p in data["script"]["prefixes"] if word.startswith(p) and len(word) > 3
    ]
    for form in forms:
        for e in endings:
            stem = form[: len(form) - len(e)]
            if not form.endswith(e) or len(stem) < 2:
                continue
            stems = [stem] + ([stem[:-1] + finals[stem[-1]]] if stem[-1] in finals else [])
            if any(_is_country(match_key(s + t)) for s in stems for t in tails):
                return True
    return False


def no_city_word(word: str, data: dict[str, Any]) -> bool:
    """Whether ``word``, read beside a place marker as a city's name, is a country's
    adjective or a possessive word (module docstring)."""
    if word.lower() in {w.lower() for w in data.get("possessive_words", ())}:
        return True
    return country_adjective(word, data)
