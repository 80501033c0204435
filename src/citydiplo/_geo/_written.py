"""What the way a name is written says about it, for ``find_places`` (:func:`written`).

* Cue words as written: a word that folds to an accented cue word is that cue only when it
  is written with the cue's accents (Vietnamese "quán", shop, folds to "quận", district);
  :func:`citydiplo._geo._cues.cue_kinds` compares folded words, :func:`spelled_kinds` reads
  the words around a name again as written, for a language whose cue words carry accents
  (``Cues.spelled``).
* Names in a language that writes every syllable of a name with a capital (Vietnamese:
  "Bằng Tường", "Thành phố Hồ Chí Minh"; ``Cues.syllable_names``) are never read from part
  of a longer one (:func:`cut_short`): a syllable written in lower case is no part of a
  name ("Lào tại", Laos at, is no village "Laotai"), and a one-syllable name followed by
  another capitalised syllable is the start of a longer name the gazetteer lacks ("thành
  phố Sùng Tả", Chongzuo, is no "Sùng", a village "Sung" of Heilongjiang). A country is the
  exception: its one-syllable name is often followed by a person's name ("Đại sứ CHDCND
  Lào Thongsavanh Phomvihane"), and so is an abbreviation ("UBND TPHCM Trần Thị Diệu
  Thúy"), and a foreign name written without Vietnamese accents ("thành phố Seoul Oh
  Se-hoon").
* Hyphenated compound names in Cyrillic ("Петропавловск-Камчатский", "Южно-Сахалинск"):
  a name read from the first part of such a compound is not the compound's place
  (:func:`hyphen_continues`): "в Петропавловске-Камчатском" (Kamchatka) is no Petropavl,
  Kazakhstan, whose Russian name is "Петропавловск". The whole compound, inflected in both
  its parts, is read by :func:`citydiplo._geo._inflect.readings`.
* A country's name in Cyrillic after a capitalised word is the country, and so is a
  subdivision named with its generic word (:func:`institution_country`): Russian
  capitalises the institution or region before it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from citydiplo._geo._clause import cue_after_comma
from citydiplo._geo._cues import Cues, tail_cue
from citydiplo._geo._evidence import LOOKBACK, generic_words, script
from citydiplo._geo._function import function_word
from citydiplo._geo._places import Place, PlaceKind, candidates
from citydiplo._geo._spelled import spans_punctuation
from citydiplo._geo._which_in import located_after
from citydiplo._normalize import match_key

__all__ = ["cut_short", "hyphen_continues", "institution_country", "spelled_kinds", "written"]


def written(
    text: str, span: tuple[int, int], key: str, tail: str, cues: Cues, cue: frozenset[PlaceKind]
) -> tuple[frozenset[PlaceKind], bool]:
    """The cue kinds of the name ``text[span[0]:span[1]]`` (match key ``key``, ``tail`` the
    rest of its word) as written, and whether the name is cut short (part of a longer name:
    :func:`cut_short`, :func:`hyphen_continues`); ``cue`` is what the folded words told.

    >>> from citydiplo._geo._cues import cues
    >>> written("Đại sứ quán Lào", (12, 15), "lao", "", cues("vi"), frozenset({PlaceKind.CITY}))
    (frozenset(), False)
    """
    start, end = span
    if spans_punctuation(text[start:end]):
        return cue, True  # "Sở: Kế hoạch" is no Söke
    if not tail and "\uac00" <= text[start] <= "\ud7a3" and key in cues.particles:
        return cue, True  # "(9월 18~22일)에도": a particle standing alone is no Edo
    cue = cue_after_comma(text, span, key, tail, cues, cue)  # "tỉnh, Văn phòng"
    if cue and function_word(key):
        cue = frozenset()  # "प्रांत और": the generic word is the previous name's
    if not cue and "\u05d0" <= text[start] <= "\u05ea":  # a Hebrew letter
        cue = located_after(text, end, key)  # "אומן שבאוקראינה": Uman, Ukraine
    latin = script(text[start]) == "LATIN"
    near = text[max(0, start - LOOKBACK) : end + LOOKBACK]
    if cue and cues.spelled and latin and not near.isascii():  # no accent, nothing to compare
        cue = spelled_kinds(text, start, end, key, tail, cues)
    if cues.syllable_names and latin and cut_short(text, start, end, key):
        return cue, True
    cyrillic = script(text[start]) == "CYRILLIC"
    compound = cyrillic and hyphen_continues(text, end) and not candidates(key).countries
    person = cyrillic and surname_after_name(text, start, key, end)
    return cue, compound or person or (not cue and sandwiched(text, start, end, key, cues))


def _tail_named(parts: list[str]) -> bool:
    """Whether the words after the last one written small name a place by themselves."""
    small = max(k for k, w in enumerate(parts) if w[:1].isalpha() and not w[:1].isupper())
    tail = match_key(" ".join(parts[small + 1 :]))
    found = candidates(tail) if tail else None
    return found is not None and bool(found.subdivisions or found.own or found.alternate)


_ADJECTIVE = re.compile(r"(?:ск|цк)(?:ая|ой|ую|ий|ого|ом|ое|им)$")
_NAME_BEFORE = re.compile(r"(?:^|[\s(«\"])([А-ЯЁ][а-яё]{2,}) $")
_REGION_AFTER = re.compile(r" (?:област|кра[йяеюи]|округ|автономн)")  # "области", "краем"


def surname_after_name(text: str, start: int, key: str, end: int | None = None) -> bool:
    """Whether a region's bare adjective ("Киевская" for Kyiv oblast, without "область")
    follows a capitalised word of three letters or more: a person's surname after a given
    name, even where the given name opens the sentence. The adjective ending at ``end`` and
    followed by a region's generic word is no bare one: "Губернатор Ленинградской области"
    (the governor of Leningrad oblast) names the region.

    >>> surname_after_name("Анна Киевская выступила", 5, "киевская")
    True
    >>> surname_after_name("Москва и Киевская область", 9, "киевская")
    False
    >>> surname_after_name("В Киевской", 2, "киевской")
    False
    >>> surname_after_name("Глава Ленинградской области", 6, "ленинградская", 19)
    False
    """
    if " " in key or not _ADJECTIVE.search(key):
        return False
    if end is not None and _REGION_AFTER.match(text, end):
        return False
    return _NAME_BEFORE.search(text[max(0, start - LOOKBACK) : start]) is not None


_WORD = re.compile(r"[^\W\d_]+")


@cache
def _tables(cues: Cues) -> tuple[dict[str, frozenset[PlaceKind]], ...]:
    tables = []
    for pairs in (cues.before, cues.after):
        by_word: dict[str, set[PlaceKind]] = {}
        for word, kind in pairs:
            by_word.setdefault(word, set()).add(PlaceKind(kind))
        tables.append({w: frozenset(k) for w, k in by_word.items()})
    return tuple(tables)


@cache
def _accented_keys(cues: Cues) -> frozenset[str]:
    return frozenset(match_key(w) for w in cues.spelled)


def _kinds(
    written: str, table: dict[str, frozenset[PlaceKind]], cues: Cues
) -> frozenset[PlaceKind]:
    """The kinds the words ``written`` tell as a cue: none when they fold to an accented cue
    word but are written with other accents."""
    written = unicodedata.normalize("NFC", written).casefold()
    key = match_key(written)
    kinds = table.get(key, frozenset())
    if kinds and written not in cues.spelled and key in _accented_keys(cues):
        return frozenset()
    return kinds


def spelled_kinds(
    text: str, start: int, end: int, name: str, tail: str, cues: Cues
) -> frozenset[PlaceKind]:
    """The kinds the cue words around ``text[start:end]`` tell, the words before and after
    it compared as written; ``name`` and ``tail`` are the folded name and what follows it in
    its word (their attached generic words count as :func:`cue_kinds` counts them).

    >>> from citydiplo._geo._cues import cues
    >>> sorted(k.value for k in spelled_kinds("quận Ba Đình", 5, 12, "ba dinh", "", cues("vi")))
    ['city']
    >>> spelled_kinds("Đại sứ quán Lào tại", 12, 19, "lao tai", "", cues("vi"))
    frozenset()
    """
    before_table, after_table = _tables(cues)
    kinds: set[PlaceKind] = set()
    if start > 0 and not text[start - 1].isalnum():  # "thành phố Huế", "TP.Yongin"
        before = _WORD.findall(text[max(0, start - LOOKBACK) : start])
        for k in range(1, min(4, len(before)) + 1):
            kinds |= _kinds(" ".join(before[-k:]), before_table, cues)
    if end < len(text) and not text[end].isalnum():
        after = _WORD.findall(text[end : end + LOOKBACK])
        for k in range(1, min(4, len(after)) + 1):
            kinds |= _kinds(" ".join(after[:k]), after_table, cues)
    kinds |= tail_cue(tail, cues)
    attached = {w: PlaceKind(kind) for w, kind in cues.attached_after}
    for k in range(1, len(name)):
        if name[-k:] in attached:
            kinds.add(attached[name[-k:]])
    return frozenset(kinds)


def cut_short(text: str, start: int, end: int, key: str) -> bool:
    """Whether the name ``text[start:end]`` (match key ``key``) is part of a longer name:
    a syllable written small belongs to no name, but a country's or a region's formal name
    capitalises its first syllable only ("Cộng hòa nhân dân Trung Hoa", the People's Republic
    of China; "Khu tự trị dân tộc Choang", the Guangxi Zhuang Autonomous Region). A region's
    name whose capitalised end names a place by itself is a generic word and that name
    ("Thành phố Hồ Chí Minh": the city is read after its level word, as before).

    >>> cut_short("thành phố Sùng Tả (Quảng Tây)", 10, 14, "sung")
    True
    >>> cut_short("nước Cộng hòa nhân dân Trung Hoa tại", 5, 32, "cong hoa nhan dan trung hoa")
    False
    >>> cut_short("tại Khu tự trị Tây Tạng", 4, 23, "khu tu tri tay tang")
    False
    >>> cut_short("Đại sứ quán Lào tại Việt Nam", 12, 19, "lao tai")
    True
    >>> cut_short("thành phố Bằng Tường (Quảng Tây)", 10, 20, "bang tuong")
    False
    >>> cut_short("Đại sứ CHDCND Lào Thongsavanh", 14, 17, "lao")
    False
    >>> cut_short("UBND TPHCM Trần Thị Diệu Thúy", 5, 10, "tphcm")
    False
    >>> cut_short("thành phố Daejeon Cho Won-Hwui", 10, 17, "daejeon")
    False
    >>> cut_short("tỉnh Sa-la-van (Lào)", 5, 14, "sa la van")
    False
    """
    words = text[start:end].replace("-", " ").split()
    spaced = text[start:end].split()  # "Sa-la-van": one name, its syllables joined
    parts = spaced if len(spaced) == 1 else words
    if any(w[:1].isalpha() and not w[:1].isupper() for w in parts):
        found = candidates(key)
        region = found.subdivisions and "(" not in text[start:end]  # "Choang (Quảng Tây"
        formal = found.countries or (region and not _tail_named(parts))
        return not (parts[0][:1].isupper() and len(parts) > 2 and formal)
    if len(words) != 1 or text[end : end + 1] != " " or not text[end + 1 : end + 2].isupper():
        return False
    if len(words[0]) > 1 and words[0].isupper():
        return False  # an abbreviation is a whole name: "UBND TPHCM Trần Thị Diệu Thúy"
    if words[0].isascii():
        return False  # a foreign name, no syllable: "thành phố Daejeon Cho Won-Hwui"
    return not candidates(key).countries


def hyphen_continues(text: str, end: int) -> bool:
    """Whether the word holding ``text[:end]`` goes on, after its case ending, with a hyphen
    and more letters.

    >>> hyphen_continues("в Петропавловске-Камчатском", 15)
    True
    >>> hyphen_continues("в Петропавловске, Камчатка", 15)
    False
    """
    k = end
    while k < len(text) and text[k].isalpha():
        k += 1
    return text[k : k + 1] in ("-", "\u2011") and text[k + 1 : k + 2].isalpha()


def institution_country(span: str, key: str) -> bool:
    """Whether ``span`` (match key, or dictionary form, ``key``) is a country's name in
    Cyrillic, or a subdivision's name with its generic word or of one word that no city
    bears, which Russian writes after the capitalised name of an institution, office or
    region ("Посольства России", "Дальнего Востока Российской Федерации", "Правительством
    Оренбургской области", "Главу Якутии"): read there although a capitalised word precedes
    it.

    >>> institution_country("России", "россия"), institution_country("Москвы", "москва")
    (True, False)
    >>> institution_country("Оренбургской области", "оренбургская область")
    True
    >>> institution_country("Якутии", "якутия")
    True
    """
    from citydiplo._geo._decide import decide
    from citydiplo._geo._evidence import generic_tail

    if script(span[:1] or " ") != "CYRILLIC":
        return False
    if decide(key, frozenset({PlaceKind.COUNTRY}), span, False) is not None:
        return True
    subdivision = decide(key, frozenset({PlaceKind.SUBDIVISION}), span, False)
    return subdivision is not None and (generic_tail(key) or _region_name(key, subdivision))


def _region_name(key: str, place: Place) -> bool:
    """Whether ``key`` is a one-word name of subdivision ``place`` that no city bears
    ("якутия", Yakutia): such a name after a capitalised word is the region of an office
    ("Главу Якутии"); a region's bare adjective after a given name is a surname, which
    :func:`surname_after_name` tells first ("Анна Киевская")."""
    return " " not in key and not candidates(key).cities and place.kind is PlaceKind.SUBDIVISION


_OPENING_WORD = re.compile(r"(?:^|[.!?\n]\s*)[\"“(]?([A-Z][a-z]+) $")
_NEXT_WORD = re.compile(r" ([A-Z][\w'’-]*)")
# English words that open a sentence before a name and are never a person's name
_FUNCTION_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "in",
        "at",
        "on",
        "from",
        "for",
        "to",
        "by",
        "with",
        "of",
        "as",
        "and",
        "but",
        "or",
        "its",
        "our",
        "their",
        "his",
        "her",
        "both",
        "all",
        "each",
        "every",
        "some",
        "no",
        "new",
        "former",
    ]
)


def sandwiched(text: str, start: int, end: int, key: str, cues: Cues) -> bool:
    """Whether the one-word Latin name ``text[start:end]`` lies between a capitalised word
    that opens the sentence (not an English function word: "The Busan Metropolitan
    Government") and another capitalised word, neither a cue word nor a title: the middle of
    a person's name ("Nguyen Van Anh said" holds no Van, Turkey), whose first word escapes
    the rule for names glued to a capitalised word only by opening the sentence.

    >>> from citydiplo._geo._cues import cues
    >>> sandwiched("Nguyen Van Anh said", 7, 10, "van", cues("en"))
    True
    >>> sandwiched("Today Busan Mayor Park said", 6, 11, "busan", cues("en"))
    False
    >>> sandwiched("The Busan Metropolitan Government", 4, 9, "busan", cues("en"))
    False
    """
    if " " in key or script(text[start]) != "LATIN":
        return False
    opening = _OPENING_WORD.search(text[max(0, start - LOOKBACK) : start])
    if opening is None or opening.group(1).casefold() in _FUNCTION_WORDS:
        return False
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return False
    word = match_key(after.group(1))
    return not (
        word in cues.person_titles
        or word in generic_words()
        or any(word == w for w, _ in (*cues.after, *cues.before))
    )
