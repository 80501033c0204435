"""The words news writes around place names, one data file per language.

``data/cues/<lang>.json`` has this shape (every word is compared by its match key):

* ``before`` / ``after``: ``{"city": [...], "subdivision": [...], "country": [...]}``, generic
  words written as separate words before or after a name ("thành phố Đà Lạt", "город
  Казань", "Gyeonggi Province", "리옹 시"); they tell the kind of place;
* ``attached_after``: the same, written on the name without a space ("成都市", "부산시");
* ``attached_before``: prefixes written on any word (Hebrew "בסיאול"), or their grammar
  as slots (``_proclitics.py``: "ולמרסיי");
* ``particles``: grammatical endings that may follow a name in the same word (Korean
  "부산에서", Gujarati "સિઓલમાં");
* ``ordinary_words``: place names that are also common words or given names in the
  language ("Nice", "Bar", "Anh"): in running text they are read as places only with a cue;
  ``data/ordinary_words.json`` (built by ``tools/build_ordinary_words.py`` from wordfreq
  and stopwordsiso) adds the language's frequent words that name small places ("और"),
  and lists as *weak* those that name bigger ones (read only beside a strong mention of
  the same country); ``data/namesake_words.json`` (``tools/build_namesake_words.py``, from
  wordfreq) adds as weak the frequent words that name a big foreign place whose fame does not
  explain their frequency (Korean "연대", "solidarity", is Yantai; "파리" stays Paris);
* ``person_titles``: words that introduce a person ("Mr", "ông"): a name after one is no place
  (in Chinese, offices written on the name: "市長千葉健司");
* ``cased``: whether the script writes proper names with a capital;
* ``inflections`` (optional): case endings, ``{"last": [[text ending, name ending], ...],
  "first": [...], "bare": [...]}``: a name's last word, an adjectival word, a last word with no
  ending after an adjective's (Russian "Москве", "Минеральных Вод"; see ``_inflect.py``);
* ``romanized_after``: generic words after a name in Latin letters ("Siheung-si",
  "Oita-shi"): the gazetteer build also indexes city names without them.
* ``offices`` (optional): words written after a name's attached generic word that make it
  the name of the place's office, head or people (Korean "부산시장", the mayor of Busan;
  "충주시청", "부여군수", "경기도지사"), a particle allowed after them ("서울시장은");
* ``intermediate_levels`` (optional): generic words ending the name of a level between a
  place and a place inside it, written between the two (Japanese "郡", district:
  "北海道茅部郡森町" is the town Mori in Hokkaido);
* ``district_words`` (optional): generic words of a city's district ("District", "区", "구"):
  a village of a few thousand people named with one is a homonym, not the district;
* ``syllable_names`` (optional): every syllable of a name is written with a capital
  (Vietnamese): a name followed by another capitalised syllable is cut short;
* ``idioms``, ``honorifics`` (optional): see ``_idioms.py`` and ``_honorifics.py``.
* ``person_pronouns`` (optional): pronouns that stand only for a person, never a city
  ("she", "his"); see ``_opening.py``.

Adding a language is adding a file; ``tests/test_places.py`` checks every file's shape.
"""

from __future__ import annotations

from functools import cache

from attrs import frozen

from citydiplo._geo._accents import accented_words
from citydiplo._geo._data import LANGUAGES, load_json
from citydiplo._geo._evidence import LOOKBACK, script
from citydiplo._geo._home_countries import home_countries, official_countries
from citydiplo._geo._kana import ends_inside_katakana_word
from citydiplo._geo._languages import available, check_lang
from citydiplo._geo._places import PlaceKind
from citydiplo._geo._proclitics import prefix_sequences
from citydiplo._normalize import match_key

__all__ = [
    "CUE_LANGUAGES",
    "Cues",
    "cue_kinds",
    "cues",
    "is_cue_before",
    "merged_cues",
    "office_after",
    "region_words",
    "tail_cue",
    "word_ends",
    "word_tail",
]

CUE_LANGUAGES: tuple[str, ...] = ("en", *LANGUAGES)
_UNSPACED = frozenset({"CJK", "HIRAGANA", "KATAKANA", "KATAKANA-HIRAGANA"})  # "ー" is of both
KINDS = ("city", "subdivision", "country")


@frozen(eq=False)
class Cues:
    """The cue words of one language (or of several, merged), as match keys.

    Made only by :func:`cues` and :func:`merged_cues`, which keep one per language: compared
    and hashed by identity, a hash computed in C (a ``Cues`` keys the caches looked up at
    every word of a text)."""

    before: tuple[tuple[str, str], ...]  # (key, kind), longest first
    after: tuple[tuple[str, str], ...]
    attached_after: tuple[tuple[str, str], ...]
    attached_before: tuple[str, ...]
    particles: tuple[str, ...]
    ordinary_words: frozenset[str]
    person_titles: frozenset[str]
    cased: bool
    weak_words: frozenset[str] = frozenset()
    inflect_first: tuple[tuple[str, str], ...] = ()  # (text ending, name ending)
    inflect_last: tuple[tuple[str, str], ...] = ()
    inflect_bare: tuple[tuple[str, str], ...] = ()  # (adjective's text ending, name ending)
    # Japanese: a bare name glued to the ideograph after it is in a longer word ("石川勝行市長")
    ideograph_compounds: bool = False
    intermediate_levels: tuple[str, ...] = ()
    offices: tuple[str, ...] = ()
    # countries mostly speaking the language (CLDR): a city there in its script, cued ("四万十市")
    home: frozenset[str] = frozenset()
    # the countries where the language is official (CLDR): their regions' bare names are read
    # from CLDR's names with a generic word (Persian "خوزستان", CLDR's "استان خوزستان")
    official: frozenset[str] = frozenset()
    # generic words of a city's district ("District", "区", "구"): no village is one
    district_words: tuple[str, ...] = ()
    # the before/after cue words written with accents, as written (NFC, case-folded): a word
    # that folds to one of them but is written otherwise is no cue (Vietnamese "quán",
    # "shop", is no "quận", district; see ``_spelled.py``)
    spelled: frozenset[str] = frozenset()
    # Vietnamese: every syllable of a name is capitalised, so a name followed by another
    # capitalised syllable is cut short ("Sủng Tả" is no "Sủng"; see ``_syllables.py``)
    syllable_names: bool = False
    honorifics: frozenset[str] = frozenset()  # after a person's name ("さん"), as written
    person_pronouns: frozenset[str] = frozenset()  # "she", "his": never a city (_opening)


def _pairs(table: dict[str, list[str]]) -> list[tuple[str, str]]:
    pairs = {(match_key(word), kind) for kind in KINDS for word in table.get(kind, [])}
    return [p for p in pairs if p[0]]


def _longest_first(pairs: list[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(set(pairs), key=lambda p: (-len(p[0]), p)))


def _words(words: list[str]) -> tuple[str, ...]:
    return tuple(sorted({match_key(w) for w in words if match_key(w)}, key=lambda w: (-len(w), w)))


@cache
def cues(lang: str) -> Cues:
    """The cues of one language (an empty set for a language without a file)."""
    if lang not in available():
        return Cues((), (), (), (), (), frozenset(), frozenset(), cased=False)
    data = load_json(f"cues/{lang}.json")
    frequent = load_json("ordinary_words.json")
    namesakes = load_json("namesake_words.json")
    return Cues(
        before=_longest_first(_pairs(data["before"])),
        after=_longest_first(_pairs(data["after"])),
        attached_after=_longest_first(_pairs(data["attached_after"])),
        attached_before=_words(prefix_sequences(data["attached_before"])),
        particles=_words(data["particles"]),
        ordinary_words=frozenset(
            match_key(w) for w in (*data["ordinary_words"], *frequent["words"].get(lang, ()))
        ),
        person_titles=frozenset(match_key(w) for w in data["person_titles"]),
        cased=bool(data["cased"]),
        weak_words=frozenset(
            match_key(w)
            for w in (*frequent["weak"].get(lang, ()), *namesakes["weak"].get(lang, ()))
        ),
        inflect_first=_endings(data.get("inflections", {}).get("first", [])),
        inflect_last=_endings(data.get("inflections", {}).get("last", [])),
        inflect_bare=_endings(data.get("inflections", {}).get("bare", [])),
        ideograph_compounds=bool(data.get("ideograph_compounds", False)),
        intermediate_levels=_words(data.get("intermediate_levels", [])),
        offices=_words(data.get("offices", [])),
        home=home_countries(lang),
        official=official_countries(lang),
        district_words=_words(data.get("district_words", [])),
        spelled=accented_words(data),
        syllable_names=bool(data.get("syllable_names", False)),
        honorifics=frozenset(data.get("honorifics", [])),
        person_pronouns=frozenset(match_key(w) for w in data.get("person_pronouns", [])),
    )


def _endings(pairs: list[list[str]]) -> tuple[tuple[str, str], ...]:
    return tuple(dict.fromkeys((match_key(a), match_key(b)) for a, b in pairs))


@cache
def merged_cues(lang: str | None) -> Cues:
    """The cues of ``lang``, or of every language with a file when ``lang`` is ``None``."""
    check_lang(None, lang)
    if lang is not None:
        return cues(lang)
    every = [cues(code) for code in available()]
    return Cues(
        before=_longest_first([p for c in every for p in c.before]),
        after=_longest_first([p for c in every for p in c.after]),
        attached_after=_longest_first([p for c in every for p in c.attached_after]),
        attached_before=tuple(
            sorted({w for c in every for w in c.attached_before}, key=lambda w: (-len(w), w))
        ),
        particles=tuple(
            sorted({w for c in every for w in c.particles}, key=lambda w: (-len(w), w))
        ),
        ordinary_words=frozenset(w for c in every for w in c.ordinary_words),
        person_titles=frozenset(w for c in every for w in c.person_titles),
        cased=False,
        weak_words=frozenset(w for c in every for w in c.weak_words),
        inflect_first=tuple(dict.fromkeys(p for c in every for p in c.inflect_first)),
        inflect_last=tuple(dict.fromkeys(p for c in every for p in c.inflect_last)),
        inflect_bare=tuple(dict.fromkeys(p for c in every for p in c.inflect_bare)),
        intermediate_levels=tuple(
            sorted({w for c in every for w in c.intermediate_levels}, key=lambda w: (-len(w), w))
        ),
        offices=tuple(sorted({w for c in every for w in c.offices}, key=lambda w: (-len(w), w))),
        spelled=frozenset(w for c in every for w in c.spelled),
        honorifics=frozenset(w for c in every for w in c.honorifics),
        person_pronouns=frozenset(w for c in every for w in c.person_pronouns),
    )


@cache
def _maps(cues: Cues) -> tuple[dict[str, frozenset[PlaceKind]], ...]:
    """The cue words by text (before, after, attached -> kinds): one look-up per word."""
    maps = []
    for table in (cues.before, cues.after, cues.attached_after):
        by_word: dict[str, set[PlaceKind]] = {}
        glued = cues.particles if table is cues.after else ()  # Indic: "જિલ્લાના", "શહેરમાં"
        for word, kind in table:
            for form in (word, *(word + p for p in glued if "\u0900" <= word[:1] <= "\u0aff")):
                by_word.setdefault(form, set()).add(PlaceKind(kind))
        maps.append({w: frozenset(k) for w, k in by_word.items()})
    return tuple(maps)


@cache
def _longest(cues: Cues) -> tuple[int, int, int]:
    """The most words of a before/after cue, and the longest attached cue."""
    words = max((w.count(" ") + 1 for w, _ in (*cues.before, *cues.after)), default=0)
    attached = max((len(w) for w, _ in cues.attached_after), default=0)
    return words, attached, max((len(p) for p in cues.particles), default=0)


def word_tail(folded: str, i: int, j: int, cues: Cues) -> str | None:
    """What follows the name in its word ("" at a boundary), or ``None`` if that may not."""
    n = len(folded)
    if j == n or folded[j] == " ":
        return ""
    attached = _maps(cues)[2]
    longest = _longest(cues)[1]
    if script(folded[j - 1]) in _UNSPACED:
        if ends_inside_katakana_word(folded, i, j):
            return None  # "タイン" (Thanh) holds no "タイ" (Thailand)
        # no word ends in Chinese or Japanese: a generic word right after the name is its
        # cue ("万象省": the province, not the city)
        for k in range(min(longest, n - j), 0, -1):
            if folded[j : j + k] in attached:
                return folded[j : j + k]
        return ""
    end = folded.find(" ", j)
    rest = folded[j : n if end < 0 else end]
    if len(rest) > 12:
        return None
    particles = _particles(cues)
    if rest in particles or rest in attached:
        return rest
    if _office(rest, cues, 1 if any(folded.endswith(w, i, j) for w in attached) else 2):
        return rest  # "하남시장": the name with its generic word, then an office; "경북지사"
    for k in range(1, min(longest, len(rest)) + 1):  # "부산시에서": generic word, particle
        if rest[:k] in attached and (rest[k:] in particles or _office(rest[k:], cues)):
            return rest
    return None


@cache
def _tails(cues: Cues) -> frozenset[str]:
    """Every text :func:`word_tail` may accept after a name in its word (a superset)."""
    particles = _particles(cues)
    attached = [w for w, _ in cues.attached_after]
    offices = [*cues.offices, *(o + p for o in cues.offices for p in particles)]
    return frozenset(
        {*particles, *attached, *offices}
        | {a + p for a in attached for p in particles}
        | {a + o for a in attached for o in offices}
    )


def word_ends(folded: str, i: int, end: int, cues: Cues) -> list[int]:
    """The ends ``j`` (``end`` down to ``i + 2``) at which a name starting at ``i`` may end
    in its word: the word's end, or before a particle or generic word written on it (a
    quick filter; :func:`word_tail` decides)."""
    space = folded.find(" ", i)
    stop = len(folded) if space < 0 else space
    tails = _tails(cues)
    low = max(i + 1, stop - _longest_tail(cues) - 1)  # no tail is longer: a long word costs
    return [j for j in range(end, low, -1) if j == stop or folded[j:stop] in tails]  # no more


@cache
def _longest_tail(cues: Cues) -> int:
    return max(map(len, _tails(cues)), default=0)


def district_named(folded: str, i: int, j: int, tail: str, cues: Cues) -> bool:
    """Whether the name ``folded[i:j]`` is written as a city's district: a district word
    ends it, is written on it, or follows it ("丰台区", "Fengtai District", "강남구")."""
    name = folded[i:j]
    return any(
        name.endswith(w) or tail.startswith(w) or folded.startswith(" " + w, j)
        for w in cues.district_words
    )


def office_after(text: str, end: int, lang: str) -> bool:
    """Whether the word ending a place name at ``end`` goes on with an office word
    ("하남시장은": the mayor of Hanam city), by the cue words of ``lang``."""
    c = cues(lang)
    if not c.offices:
        return False
    stop = end
    while stop < len(text) and text[stop].isalnum():
        stop += 1
    rest = match_key(text[end:stop])
    return bool(rest) and _office(rest, c)


def _office(rest: str, cues: Cues, least: int = 1) -> bool:
    """Whether ``rest``, after a name's attached generic word, is an office word, alone or
    with a particle ("부산시장은": 시 + 장 + 은); an office of ``least`` letters or more (two
    right after a bare name: "경북지사", the governor of North Gyeongsang)."""
    particles = _particles(cues)
    return any(
        rest.startswith(office) and (rest == office or rest[len(office) :] in particles)
        for office in cues.offices
        if len(office) >= least
    )


@cache
def _particles(cues: Cues) -> frozenset[str]:
    return frozenset(cues.particles)


def cue_kinds(folded: str, i: int, j: int, tail: str, cues: Cues) -> frozenset[PlaceKind]:
    """The kinds the generic words around ``folded[i:j]`` tell (empty when there are none)."""
    before_map, after_map, attached = _maps(cues)
    most, longest, _ = _longest(cues)
    kinds: set[PlaceKind] = set()
    # the last one, two... words of the LOOKBACK characters before the name, the first ones
    # of those after it (each run of words sliced from the text, not split and joined)
    low = max(0, i - LOOKBACK)
    if i > low and folded[i - 1] == " ":
        end = at = i - 1
        for _ in range(most):
            space = folded.rfind(" ", low, at)
            kinds.update(before_map.get(folded[space + 1 if space >= 0 else low : end], ()))
            if space < 0:
                break
            at = space
    if folded[j : j + 1] == " ":
        high = j + LOOKBACK
        at = j + 1
        for _ in range(most):
            space = folded.find(" ", at, high)
            kinds.update(after_map.get(folded[j + 1 : space if space >= 0 else high], ()))
            if space < 0:
                break
            at = space + 1
    name = folded[i:j]
    # "부산시" (a generic word after the name) or "云南省" (one in the name itself)
    for k in range(1, min(longest, len(tail)) + 1):
        kinds.update(attached.get(tail[:k], ()))
    for k in range(1, min(longest, len(name) - 1) + 1):
        kinds.update(attached.get(name[-k:], ()))
    return frozenset(kinds)


def tail_cue(tail: str, cues: Cues) -> frozenset[PlaceKind]:
    """The kinds a generic word written on the name tells ("市" in "卡加延市": a city)."""
    attached = _maps(cues)[2]
    longest = _longest(cues)[1]
    kinds: set[PlaceKind] = set()
    for k in range(1, min(longest, len(tail)) + 1):
        kinds.update(attached.get(tail[:k], ()))
    return frozenset(kinds)


@cache
def region_words(cues: Cues) -> tuple[str, ...]:
    """The generic words written before a subdivision's name ("استان", "область")."""
    return tuple(w for w, kind in cues.before if kind == "subdivision")


def is_cue_before(word: str, cues: Cues) -> bool:
    """Whether the folded ``word`` is one of the cue words written before a name."""
    return word in _maps(cues)[0]
