"""Vietnamese places written in Hangul, which GeoNames mostly lacks (used by ``find_places``).

Korean news writes Vietnamese names by the Vietnamese table of the Korean loanword spelling
rules (``data/viet_hangul.json``): "년짝현" is Nhơn Trạch district, "붕따우시" Vũng Tàu,
"꽝남성" Quảng Nam province. Each Vietnamese place the gazetteer knows (a city of Vietnam
by its GeoNames name, without a leading generic word such as "Thành Phố"; a province by its
ISO 3166-2 name) is written in Hangul by that table, syllable by syllable, with the
spellings news also uses beside it ("anh" as 안 and 아인): ``data/vietnamese_hangul.json``,
built by ``tools/build_vietnamese_hangul.py``.

A reading found this way is never a guess: the Hangul word must carry a generic word
(시, 성, 현, 군, 구: city, province, district), name exactly one place, in Vietnam, and the
text must name Vietnam by a strong mention of its own (``find_places`` checks the last).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache, lru_cache
from itertools import product

from citydiplo._geo._cues import Cues, word_tail
from citydiplo._geo._data import load_json
from citydiplo._geo._places import Place
from citydiplo._geo._translit import Read, places_read

__all__ = ["VIETNAM", "hangul_spellings", "vietnamese_in_hangul_at"]

VIETNAM = "VN"
_CHO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_JUNG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_JONG = ("", "ㄱ", "", "", "ㄴ", "", "", "ㄷ", "ㄹ", "", "", "", "", "", "", "", "ㅁ", "ㅂ")
_JONG_INDEX = {j: k for k, j in enumerate(_JONG) if j} | {"ㅅ": 19, "ㅇ": 21}
_VOWEL_LETTERS = frozenset("aăâeêioôơuưy")
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")  # grave, acute, tilde, hook, dot below
_MAX_SPELLINGS = 16
_HANGUL_RUN = re.compile("[\uac00-\ud7a3]+")  # Hangul syllables
_KEPT_RUN = 48  # a longer run of syllables is read each time, not kept


@cache
def _table() -> dict[str, object]:
    data: dict[str, object] = load_json("viet_hangul.json")
    return data


def _toneless(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.lower())
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))


def _block(initial: str, vowel: str, final: str = "") -> str:
    code = (_CHO.index(initial) * 21 + _JUNG.index(vowel)) * 28 + _JONG_INDEX.get(final, 0)
    return chr(0xAC00 + code)


def _syllable(word: str) -> tuple[str, ...]:
    """The Hangul spellings of one Vietnamese syllable, or ``()`` when it is none."""
    table = _table()
    initials: dict[str, str] = table["initials"]  # type: ignore[assignment]
    vowels: dict[str, list[str]] = table["vowels"]  # type: ignore[assignment]
    finals: dict[str, list[str]] = table["finals"]  # type: ignore[assignment]
    w_vowels: dict[str, str] = table["w_vowels"]  # type: ignore[assignment]
    y_vowels: dict[str, str] = table["y_vowels"]  # type: ignore[assignment]
    syllable = _toneless(word)
    initial = next(
        (i for i in sorted(initials, key=len, reverse=True) if syllable.startswith(i)), ""
    )
    rest = syllable[len(initial) :]
    if initial == "gi" and not any(c in _VOWEL_LETTERS for c in rest):
        initial, rest = "g", syllable[1:]  # "gìn": g and the vowel i
    final = next((f for f in sorted(finals, key=len, reverse=True) if rest.endswith(f)), "")
    nucleus = rest[: len(rest) - len(final)]
    if not nucleus or any(c not in _VOWEL_LETTERS for c in nucleus):
        return ()
    if initial == "qu":
        jungs = [w_vowels[nucleus]] if nucleus in w_vowels else ["ㅜ", *vowels.get(nucleus, ())]
    else:
        jungs = list(vowels.get(nucleus, ()))
    if not jungs or (initial == "qu" and len(jungs) == 1 and nucleus not in w_vowels):
        return ()
    if initial == "nh":
        jungs[0] = y_vowels[jungs[0]]

    syllabic: dict[str, str] = table["syllabic_initials"]  # type: ignore[assignment]
    before = syllabic.get(initial, "")  # "nguyễn": 응 then 우옌
    first = "ㅇ" if before else initials[initial]

    def written(jong: str) -> str:
        return before + "".join(
            _block(first if k == 0 else "ㅇ", v, jong if k == len(jungs) - 1 else "")
            for k, v in enumerate(jungs)
        )

    if not final:
        return (written(""),)
    spellings = []
    for option in finals[final]:
        if len(option) == 1:
            spellings.append(written(option))
        elif jungs[-1] != "ㅣ":  # "anh" as 아인; "inh" is 인 only
            spellings.append(written("") + _block("ㅇ", "ㅣ", option[-1]))
    return tuple(spellings)


def hangul_spellings(name: str) -> tuple[str, ...]:
    """The Hangul spellings of a Vietnamese name, syllables written together; ``()`` when a
    syllable is none or the name has too many spellings.

    >>> hangul_spellings("Nhơn Trạch")
    ('년짝', '년짜익')
    >>> hangul_spellings("Vũng Tàu"), hangul_spellings("Quảng Nam")
    (('붕따우',), ('꽝남',))
    >>> hangul_spellings("Bình Dương"), hangul_spellings("Seoul")
    (('빈즈엉',), ())
    >>> hangul_spellings("Bà Rịa - Vũng Tàu")
    ('바리아붕따우', '바리아 붕따우')
    """
    groups = [g.split() for g in name.split("-")]  # "Bà Rịa - Vũng Tàu": two parts
    parts = [_syllable(w) for group in groups for w in group]
    if not parts or not all(parts):
        return ()
    count = 1
    for part in parts:
        count *= len(part)
    if count > _MAX_SPELLINGS:
        return ()
    joined = ["".join(p) for p in product(*parts)]
    if len(groups) < 2:
        return tuple(joined)
    sizes = [len(group) for group in groups]
    spaced = []
    for spelling in product(*parts):  # the parts of a hyphenated name, a space between
        words, k = [], 0
        for size in sizes:
            words.append("".join(spelling[k : k + size]))
            k += size
        spaced.append(" ".join(w for w in words if w))
    return tuple(dict.fromkeys([*joined, *spaced]))


@cache
def _places() -> dict[str, tuple[str, ...]]:
    """Hangul spelling -> the gazetteer keys of the Vietnamese places it writes (built by
    ``tools/build_vietnamese_hangul.py``)."""
    spellings: dict[str, list[str]] = load_json("vietnamese_hangul.json")["spellings"]
    return {h: tuple(keys) for h, keys in spellings.items()}


@cache
def _longest_key() -> int:
    return max(map(len, _places()), default=0)


def _run_end(folded: str, i: int) -> int:
    """The end of the Hangul syllables from ``i`` on (one C-level match)."""
    found = _HANGUL_RUN.match(folded, i) if i < len(folded) else None
    return i if found is None else found.end()


@lru_cache(maxsize=1 << 16)
def _ends(run: str) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """:func:`_read_ends`, kept per run of syllables (most read nothing)."""
    return _read_ends(run)


def _read_ends(run: str) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """Where a Vietnamese name with its generic word on it may end in the Hangul ``run``
    (before the generic word), longest first, with the keys the name before it writes."""
    table = _places()
    generic: dict[str, str] = _table()["generic"]  # type: ignore[assignment]
    found = []  # no key is longer than the longest: a long run costs no more
    for j in range(min(len(run) - 1, _longest_key()), 1, -1):
        if run[j] not in generic:
            continue  # (the character first: most are no generic word)
        keys = table.get(run[:j])
        if keys:
            found.append((j, keys))
    return tuple(found)


def vietnamese_in_hangul_at(
    folded: str, i: int, cues: Cues, read: Callable[[int, int, str, str, Cues], Read]
) -> tuple[Place, int] | None:
    """A Vietnamese place written in Hangul with its generic word on it ("년짝현", Nhơn
    Trạch): one place in Vietnam, or nothing.

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("베트남 동나이성 년짝현을 방문했다", lang="ko")]
    ['베트남', '동나이', '년짝']
    """
    end = _run_end(folded, i)
    if folded[end : end + 1] == " " and _run_end(folded, end + 1) > end + 1:
        end = _run_end(folded, end + 1)  # "바리아 붕따우성": a hyphenated name's two parts
    generic: dict[str, str] = _table()["generic"]  # type: ignore[assignment]
    run = folded[i:end]
    for size, keys in _ends(run) if len(run) <= _KEPT_RUN else _read_ends(run):
        j = i + size
        tail = word_tail(folded, i, j, cues)
        if tail is None:
            continue
        tail = generic[tail[0]] + tail[1:]  # "년짝현": a huyện, ranked as a county (군)
        places = places_read(keys, read, (i, j, tail, cues))
        if len(places) != 1:
            return None
        place = next(iter(places.values()))
        return (place, j) if place.country == VIETNAM else None
    return None
