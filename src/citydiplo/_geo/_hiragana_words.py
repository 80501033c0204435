"""A name in hiragana read inside a longer hiragana word (a check ``find_places`` runs on the
mentions its scan read).

GeoNames gives many Japanese cities their reading in hiragana ("みと" for 水戸, Mito), and a
few cities write their own name so ("さいたま", "つくば", "いわき"). Hiragana words run on
without spaces, so such a reading lies inside ordinary words: "すっかりおなじみとなった"
(which has become familiar) holds "みと". A name in hiragana after a hiragana letter that
ends no particle (の, は, が, を, に, で, へ, と, も, や, か, ね, よ, ど, and ら/り of から and
より) starts inside the word before it and reads no place; after a particle ("東京から
つくばへ"), a kanji, punctuation or the start of the text, it starts a word of its own.
Likewise a name in hiragana followed by a hiragana letter that starts no particle
nor copula (の, は, が, を, に, で, へ, と, も, や, か, よ, だ, ね, ば; ま of まで,
な of など, し of しか, さ of さん, こ of こそ, く of くらい) ends inside a longer
word: "さがみ" (the reading of 相模, Sagami) holds "さが" (Saga).
"""

from __future__ import annotations

from typing import TypeVar

from citydiplo._geo._guard_types import Mention

__all__ = ["outside_hiragana_words"]

M = TypeVar("M", bound=Mention)

_PARTICLE_ENDS = frozenset("のはがをにでへともやかねよどらり")
_PARTICLE_STARTS = frozenset("のはがをにでへともやかまよなだねしさばこく")


def _hiragana(ch: str) -> bool:
    return "\u3041" <= ch <= "\u309f"


def _inside_word(m: Mention, text: str) -> bool:
    if not all(_hiragana(ch) for ch in m.text):
        return False
    before = text[m.start - 1 : m.start]
    if _hiragana(before) and before not in _PARTICLE_ENDS:
        return True
    after = text[m.end : m.end + 1]
    return _hiragana(after) and after not in _PARTICLE_STARTS


def outside_hiragana_words(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the hiragana names that start or end inside a word (see above).

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("すっかりおなじみとなった新幹線", lang="ja")]
    []
    >>> [m.text for m in find_places("東京からつくばへ向かう。いわきの海", lang="ja")]
    ['東京', 'つくば', 'いわき']
    >>> [m.text for m in find_places("日本のあかし明石、さがみ相模はら原", lang="ja")]
    ['日本', '明石']
    """
    if not mentions or lang not in (None, "ja"):
        return mentions
    return [m for m in mentions if not _inside_word(m, text)]
