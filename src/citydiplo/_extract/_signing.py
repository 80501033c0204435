"""Which signing word an agreement is signed by: :func:`signing_cue`.

A sentence may tell a tie's founding and an agreement's signing, each with its own verb and
date: "原州市與合肥市于2002年6月20日締結友好城市關系以來,分別于2007年11月28日…簽訂加強交流協議"
(since the two cities *concluded* their friendship on 20 June 2002, they *signed*
agreements on 28 November 2007 …). The agreement is signed by the signing word in the
clause that holds the agreement word, and its date is attached from there (same clause
first, :func:`citydiplo._extract._sentence.attach_date`); the sentence's first signing word
counts only when no clause holds both.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from citydiplo._extract._cues import cues
from citydiplo._extract._mention import Mention
from citydiplo._extract._scan import Hit
from citydiplo._extract._sentence import Sentence, clause_of

__all__ = ["not_speakers", "owner", "signing_cue"]


def signing_cue(s: Sentence, signing: Sequence[Hit], agreements: Sequence[Hit]) -> Hit:
    """The signing hit of ``signing`` whose clause holds an agreement hit, else the first.

    >>> from types import SimpleNamespace as S
    >>> s = S(start=0, end=20, clauses=((0, 10), (10, 20)))
    >>> found, signed = Hit(2, 4, "signing", ""), Hit(12, 14, "signing", "")
    >>> signing_cue(s, [found, signed], [Hit(15, 17, "agreement", "cooperation")]) is signed
    True
    >>> signing_cue(s, [found, signed], [Hit(5, 7, "agreement", "cooperation")]) is found
    True
    """
    for h in signing:
        c0, c1 = clause_of(s, h.start)
        if any(c0 <= a.start < c1 for a in agreements):
            return h
    return signing[0]


def owner(p: Mention, ordered: list[Mention], starts: list[int], text: str,
          links: tuple[str, ...], lang: str = "") -> str | None:
    """The party right after the person when only an owner link stands between them ("Mayor
    Kim of Suwon"), or one of the language's ``titles_after`` alone ("امید خوشناو فرماندار
    اربیل": Omed Khoshnaw, governor of Erbil -- a name the register knows ends before its
    title), else the nearest one before ("수원시장 김민수"), else the nearest after -- but not
    one after a conjunction or a list mark that closes the person's item ("松沢知事と陳政高…
    遼寧省長": Governor Matsuzawa *and* Chen Zhenggao, Governor of Liaoning -- the place
    after is the next person's): then ``""``, no side at all (not the sentence's first party,
    the side taken when none is found).

    >>> from citydiplo import Dataset, extract
    >>> from citydiplo._model import City, Person
    >>> t = "قرارداد را امید خوشناو فرماندار اربیل و جان کوپر شهردار نشویل امضا کردند."
    >>> known = Dataset(actors=[Person(id="p-o", name="امید خوشناو"),
    ...                         Person(id="p-j", name="جان کوپر")])
    >>> [sorted((s.person, s.on_behalf_of) for s in a.signatories)
    ...  for a in extract(t, lang="fa", known=known).dataset.agreements]
    [[('p-j', 'city-nashville'), ('p-o', 'city-erbil')]]
    >>> t = "会議では、松沢知事と陳政高遼寧省長、金文洙京畿道知事が覚書に署名した。"
    >>> [a.signatories for a in extract(t, lang="ja").dataset.agreements]
    [()]
    """
    at = bisect.bisect_left(starts, p.end)
    after = ordered[at] if at < len(ordered) else None
    if after is not None and (text[p.end:after.start] in links or (lang and text[
            p.end:after.start].strip() in cues(lang).get("titles_after", ()))):
        return after.actor
    before = [m for m in ordered[max(0, at - 2):at] if m.end <= p.start]
    if before:
        return before[-1].actor
    if after is not None and lang and _next_item(text[p.end:after.start], lang):
        return ""
    return after.actor if after is not None else None


_LIST = (",", "、", "،", "，", ";")


def _next_item(gap: str, lang: str) -> bool:
    """Whether ``gap``, the text after a person, opens the next item of a list: it starts
    with a list mark or one of the language's conjunctions (not a hyphen or a middle dot,
    which join the parts of one name)."""
    rest = gap.lstrip()
    words = [w for w in cues(lang)["conjunctions"] if w.isalpha()]
    if rest.startswith(_LIST):
        return True
    if cues(lang)["script"]["boundary"] == "word":
        first = rest.split(maxsplit=1)[0].lower() if rest.split() else ""
        return first in words
    return rest.startswith(tuple(words))


def not_speakers(s: Sentence, text: str, lang: str) -> list[Mention]:
    """The people of ``s`` who may have signed: each person it names, but one whose name
    stands right after or right before one of the language's ``said`` verbs ("…, отметил
    Дмитрий Александрович": noted Dmitry Alexandrovich), who speaks of the agreement.

    >>> from citydiplo import extract
    >>> t = "Дружба скреплена соглашением между Казанью и Хэйхэ, отметил мэр Иван Петров."
    >>> [len(a.signatories) for a in extract(t, lang="ru").dataset.agreements]
    [0]
    >>> t = "Соглашение между Казанью и Хэйхэ подписал мэр Иван Петров."
    >>> [len(a.signatories) for a in extract(t, lang="ru").dataset.agreements]
    [1]
    """
    said = tuple(w.lower() for w in cues(lang).get("said", ())) if lang else ()
    out = []
    for m in s.entities:
        if m.actor_type != "person" or not m.actor:
            continue
        before = text[max(s.start, m.start - 30):m.start].rstrip().lower()
        after = text[m.end:min(s.end, m.end + 30)].lstrip().lower()
        if said and (before.endswith(said) or after.startswith(said)):
            continue
        out.append(m)
    return out
