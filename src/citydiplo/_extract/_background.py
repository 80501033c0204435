"""A city's list of the partners it already has is no news of new ties.

"한편, 고성군은 서울 강북구, 부산 영도구, 경기 성남시 … 5개 자치단체와 … 자매결연을 맺고
있다" (meanwhile, Goseong has sister ties with five districts …), "The city also has sister
cities in Lyon, Porto and Kobe", "目前，该市已与…等12个城市结为友好城市": a sentence that
recalls background and lists the partners a city has is no report of those ties being made.

Rule: the partnership candidates of one sentence are dropped (and listed in
``Extraction.skipped``) when the sentence gives three or more of them (a list, not a pair),
none of them has a date (a date says when one was made: "since 1976"), and the sentence opens
with one of the language's background words (``opening`` in ``data/background.json``:
"한편", "Meanwhile", "Напомним", "گفتنی است") or holds, before its cue, one of the phrases
that state a tie a city already has (``phrase``: "also has", "맺고 있다", "已与"), or names
the partners as who the guests of its event are: the partnership word stands right before one
of the language's nouns for the guests (``guests``: "会见了蒂尔堡市、…、布法罗市等友好城市代表团",
"자매도시 대표단", "sister city delegations") -- the article reports the meeting, and the ties
are what the guests already are to the city. A sentence
that lists partners as the article's news (a list with no such word, or a dated one) keeps
them. An undated agreement read from a sentence so dropped goes with its ties: "ל-X יש
הסכמי ערים תאומות עם A, B, C" (X has twin-city agreements with A, B and C) recalls the
agreements X has, not one signed now. Events are not judged here.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from citydiplo._extract._sentence import Candidate, Sentence

__all__ = ["without_background_lists"]

_LIST = 3  # partners in one sentence that make a list


@cache
def _words(lang: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    raw = resources.files("citydiplo._extract").joinpath("data/background.json").read_text(
        encoding="utf-8")
    data = json.loads(raw)
    return (tuple(w.casefold() for w in data["opening"].get(lang, ())),
            tuple(w.casefold() for w in data["phrase"].get(lang, ())),
            tuple(w.casefold() for w in data.get("guests", {}).get(lang, ())))


def _guests(group: list[Candidate], text: str, lang: str) -> bool:
    """Whether a partnership word of the list qualifies the guests of the sentence: one of
    the language's ``guests`` nouns follows the cue at once ("友好城市代表团")."""
    nouns = _words(lang)[2]
    return any(text[c.cue.end:c.cue.end + 24].lstrip(" の").casefold().startswith(nouns)
               for c in group) if nouns else False


def _background(s: Sentence, cue_start: int, text: str, lang: str) -> bool:
    opening, phrases, _ = _words(lang)
    head = text[s.start:s.end].lstrip(" \t\n\"'“«(").casefold()
    if any(head.startswith(w) and not head[len(w):len(w) + 1].isalnum() for w in opening):
        return True
    sentence = text[s.start:s.end].casefold()
    return any(w in sentence for w in phrases)


def without_background_lists(cands: list[Candidate], text: str, lang: str,
                             skipped: list[tuple[Sentence, str]]) -> list[Candidate]:
    """``cands`` without a background list of a city's partners (module docstring).

    >>> from citydiplo import extract
    >>> t = ("Suwon and Hue signed a friendship agreement on 5 May 2024. "
    ...      "Meanwhile, Suwon has sister cities in Hanoi, Kobe and Lyon.")
    >>> sorted((r.type, r.parties) for r in extract(t, lang="en").records)
    [('agreement', ('city-hue', 'city-suwon')), ('partnership', ('city-hue', 'city-suwon'))]
    >>> t = t.replace("Meanwhile, ", "In June 2024 ")
    >>> len([r for r in extract(t, lang="en").records if r.type == "partnership"])
    4
    """
    ties: dict[int, list[Candidate]] = {}
    for c in cands:
        if c.type == "partnership":
            ties.setdefault(c.sentence.start, []).append(c)
    dropped: set[int] = set()
    for start, group in sorted(ties.items()):
        if len(group) >= _LIST and all(c.date is None for c in group) and (_background(
                group[0].sentence, group[0].cue.start, text, lang) or _guests(group, text, lang)):
            dropped.add(start)
            skipped.append((group[0].sentence, "a city's list of the partners it already has"))
    return [c for c in cands if c.sentence.start not in dropped
            or not (c.type == "partnership" or (c.type == "agreement" and c.date is None))]
