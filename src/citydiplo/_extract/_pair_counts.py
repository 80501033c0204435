""""The 2 cities" is the pair the article is about, not a count of partners.

"to strengthen the friendship and cooperation between the 2 cities" names the two sides of
the tie with a digit where the language's pair phrase has a word ("the two cities", "hai
thành phố", "두 도시", "два города"): it counts nothing the city has. Rule: a count claim of
the value 2 whose words, with the word before them, spell one of the language's
``pair_anaphora`` phrases once its word for two is written as the digit ("the two cities" →
"the 2 cities") is dropped (and listed in ``Extraction.skipped``). Only phrases with a word
before the number count: "2 thành phố" alone may count partners ("kết nghĩa với 2 thành phố
của Nhật Bản": with two Japanese cities).
"""

from __future__ import annotations

from citydiplo._extract._sentence import Candidate, Sentence

__all__ = ["without_pair_counts"]

# the words for two that the pair phrases of the cue files use
_TWO = ("two", "hai", "두", "два", "двух", "दो", "બે", "שתי", "שני", "دو")


def _as_digit(phrase: str) -> str | None:
    words = phrase.split()
    if not any(w in _TWO for w in words[1:]):
        return None  # "hai thành phố", "두 도시" alone may count partners: "với 2 thành phố"
    return " ".join("2" if w in _TWO else w for w in words)


def without_pair_counts(cands: list[Candidate], text: str, pairs: tuple[str, ...],
                        skipped: list[tuple[Sentence, str]]) -> list[Candidate]:
    """``cands`` without the counts that name the article's pair (module docstring).

    >>> from citydiplo import extract
    >>> t = "Mayor Jeong came to Dumaguete City to strengthen ties between the 2 cities."
    >>> [r.type for r in extract(t, lang="en").records if r.type == "claim"]
    []
    """
    spelled = tuple(p.lower() for p in (_as_digit(x) for x in pairs) if p)
    if not spelled:
        return cands
    out = []
    for c in cands:
        if c.type == "claim" and c.value == 2 and c.mentions:
            m = c.mentions[0]
            near = " ".join(text[max(c.sentence.start, m.start - 16):m.end].lower().split())
            if any(near.endswith(p) and (len(near) == len(p) or not near[-len(p) - 1].isalnum())
                   for p in spelled):
                skipped.append((c.sentence, "a count of two that names the article's pair"))
                continue
        out.append(c)
    return out
