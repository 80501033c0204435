"""Foreign cities written in Hebrew or Persian letters that GeoNames lacks in those scripts.

Hebrew and Persian news spell a foreign city by its sounds ("שנחאי", Shanghai; "בייג'ין",
Beijing; "آستاراخان", Astrakhan), and GeoNames holds such spellings only for some cities.
Both scripts write consonants and leave most vowels out (or write them with letters that are
also consonants: ו, י, و, ی), so a name is compared by its *consonant skeleton*: each letter
mapped to a class of sounds the two writings share (``_HEBREW``, ``_PERSIAN``; Latin
digraphs first, ``_LATIN``), vowels, vowel letters and a final "-ה"/"-ه" dropped, doubled
classes and "ng" written as "n" merged. The Latin side is the GeoNames name of each city of
:data:`FLOOR` people or more outside the countries that write the script (from the
gazetteer). A word reads as a city only when its skeleton is the skeleton of exactly one
such city (or of one at least :data:`DOMINANCE` times as populous as every other), the
skeleton is long (:data:`LONG` classes) or a generic word for a city stands by it ("העיר",
"شهر"; short skeletons are those of ordinary words: "השנה", the year, spells Heshan;
"خارجه", foreign, Karaj), and the text names the city's country strongly (the caller
checks).

The precision of this reading is measured on GeoNames' own Hebrew and Arabic-script names of
the same cities by ``bench/bench_place_scripts.py``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citydiplo._geo._cues import Cues
    from citydiplo._geo._places import Place
    from citydiplo._geo._translit import Read

__all__ = [
    "CUED",
    "DOMINANCE",
    "FLOOR",
    "HOME",
    "LONG",
    "MIN_SKELETON",
    "SCRIPTS",
    "city_rows",
    "semitic_at",
    "skeleton",
]

FLOOR = 200_000  # a city read by its skeleton: this big at least
SCRIPTS = frozenset({"HEBREW", "ARABIC"})
# the countries whose cities GeoNames names in the script: none is read by its skeleton
HOME = {"HEBREW": frozenset({"IL", "PS"}), "ARABIC": frozenset({"IR", "AF", "TJ"})}
DOMINANCE = 20  # a city this many times as populous as every other of its skeleton wins
MIN_SKELETON = 3  # classes: "פוטו" (P T) names too many places to read
# skeletons this long read bare; shorter ones, down to CUED, only with a generic word ("העיר
# שנחאי"): of the frequent Hebrew and Persian words (wordfreq, Zipf >= 2.5) that read as a
# city, the short skeletons are ordinary words ("השנה", "خارجه", "בתוכנית"), the long ones
# the cities themselves ("שטוקהולם", "پورتلند")
LONG = 6
CUED = 4

# letter -> class; "" drops the letter (a vowel, or a letter that also writes a vowel)
_HEBREW = {
    **dict.fromkeys("אוייע", ""),
    "ב": "B", "ג": "G", "ד": "D", "ה": "H", "ז": "Z", "ח": "H", "ט": "T", "כ": "K",
    "ך": "K", "ל": "L", "מ": "M", "ם": "M", "נ": "N", "ן": "N", "ס": "S", "פ": "P",
    "ף": "P", "צ": "C", "ץ": "C", "ק": "K", "ר": "R", "ש": "S", "ת": "T",
}  # fmt: skip
_GERESH = {"ג": "J", "ז": "J", "צ": "C", "ד": "D", "ת": "T"}  # "ג'": j, "צ'": ch
_PERSIAN = {
    **dict.fromkeys("اآأإوؤیيئىءع", ""),
    "ب": "B", "پ": "P", "ت": "T", "ث": "S", "ج": "J", "چ": "C", "ح": "H", "خ": "K",
    "د": "D", "ذ": "Z", "ر": "R", "ز": "Z", "ژ": "J", "س": "S", "ش": "S", "ص": "S",
    "ض": "Z", "ط": "T", "ظ": "Z", "غ": "G", "ف": "P", "ق": "K", "ک": "K", "ك": "K",
    "گ": "G", "ل": "L", "م": "M", "ن": "N", "ه": "H", "ة": "H",
}  # fmt: skip
_LATIN = [
    ("tsch", "C"), ("dzh", "J"), ("sch", "S"), ("tch", "C"), ("ch", "C"), ("sh", "S"),
    ("zh", "J"), ("kh", "K"), ("gh", "G"), ("ph", "P"), ("th", "T"), ("ts", "C"),
    ("tz", "C"), ("dj", "J"), ("ck", "K"), ("qu", "K"), ("sz", "S"), ("cz", "C"),
    ("ng", "N"), ("b", "B"), ("c", "K"), ("d", "D"), ("f", "P"), ("g", "G"), ("h", "H"), ("j", "J"),
    ("k", "K"), ("l", "L"), ("m", "M"), ("n", "N"), ("p", "P"), ("q", "C"), ("r", "R"),
    ("s", "S"), ("t", "T"), ("v", "B"), ("w", ""), ("x", "S"), ("z", "Z"),
]  # fmt: skip
_LATIN_RE = re.compile("|".join(re.escape(k) for k, _ in _LATIN))
_LATIN_MAP = dict(_LATIN)


def _tidy(classes: str) -> str:
    """Doubles merged, "ng" as "n"."""
    return re.sub(r"(.)\1+", r"\1", classes.replace("NG", "N"))


def skeleton(word: str, *, persian: bool = False) -> str:
    """The consonant skeleton of a Hebrew, Persian or Latin name (empty for other scripts).

    >>> skeleton("שנחאי"), skeleton("Shanghai")
    ('SNH', 'SNH')
    >>> skeleton("בייג'ין"), skeleton("Beijing")
    ('BJN', 'BJN')
    >>> skeleton("آستاراخان", persian=True), skeleton("Astrakhan", persian=True)
    ('STRKN', 'STRKN')
    """
    out: list[str] = []
    letters = word.replace("\u2019", "'").replace("\u05f3", "'")
    k = 0
    while k < len(letters):
        ch = letters[k]
        if ch in "הه" and (k + 1 == len(letters) or not letters[k + 1].isalpha()):
            pass  # a final "-ה", "-ه" writes a vowel ("מוסקבה", Moskva)
        elif ch in _HEBREW:
            if letters[k + 1 : k + 2] == "'" and ch in _GERESH:
                out.append(_GERESH[ch])
                k += 2
                continue
            out.append(_HEBREW[ch])
        elif ch in _PERSIAN:
            out.append(_PERSIAN[ch])
        elif ch.isascii() and ch.isalpha():
            match = _LATIN_RE.match(letters.lower(), k)
            if match is not None:
                sound = _LATIN_MAP[match.group()]
                if persian and match.group() == "v":
                    sound = ""  # Persian writes v with the vowel letter و
                out.append(sound)
                k = match.end()
                continue
        elif unicodedata.category(ch)[0] == "L":
            return ""  # another script
        k += 1
    return _tidy("".join(out))


def _latin(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


@cache
def _index(persian: bool) -> dict[str, tuple[int, ...]]:
    """skeleton -> the gazetteer rows of the foreign cities of :data:`FLOOR` people or more
    whose GeoNames name has it (rows come from the most populous down)."""
    from citydiplo._geo._gazetteer import gazetteer

    gz = gazetteer()
    index: dict[str, list[int]] = {}
    home = HOME["ARABIC" if persian else "HEBREW"]
    row = 0
    while row < gz.rows and gz.populations[row] >= FLOOR:
        _, name, country, *_ = gz.fields(row)
        name = _latin(name)
        if name.isascii() and country not in home:
            shape = skeleton(name, persian=persian)
            if len(shape) >= MIN_SKELETON:
                index.setdefault(shape, []).append(row)
        row += 1
    return {shape: tuple(rows) for shape, rows in index.items()}


def city_rows(word: str, *, persian: bool) -> tuple[int, ...]:
    """The gazetteer rows of the big cities whose GeoNames name has the skeleton of
    ``word``: one row when one city has it or is :data:`DOMINANCE` times as populous as
    every other ("שנחאי": Shanghai, not Sanhe), several when none is guessed.

    >>> from citydiplo._geo._gazetteer import gazetteer
    >>> [gazetteer().city(row).name for row in city_rows("שנחאי", persian=False)]
    ['Shanghai']
    """
    return _rows(skeleton(word, persian=persian), persian)


@lru_cache(maxsize=65536)
def _rows(shape: str, persian: bool) -> tuple[int, ...]:
    if len(shape) < MIN_SKELETON:
        return ()
    rows = _index(persian).get(shape, ())
    if len(rows) > 1:
        from citydiplo._geo._gazetteer import gazetteer

        sizes = gazetteer().populations
        if sizes[rows[0]] >= DOMINANCE * sizes[rows[1]]:
            return rows[:1]
    return rows


@lru_cache(maxsize=65536)
def _reading(word: str, persian: bool) -> tuple[int, int] | None:
    """(the row of the one city ``word`` reads as by its skeleton, the skeleton's size), or
    ``None``: no city, several, or a skeleton too short to read even with a generic word."""
    shape = skeleton(word, persian=persian)
    if len(shape) < CUED:
        return None
    rows = _rows(shape, persian)
    return (rows[0], len(shape)) if len(rows) == 1 else None


_GERESH_LETTERS = frozenset("גזצץדת")  # the fold writes "ג'" as "ג " (a space)


def _words(folded: str, i: int) -> list[tuple[str, int]]:
    """(the word at ``folded[i:]``, its end): with a geresh the fold made a space ("ביג
    ין", בייג'ין) first, then as written."""
    space = folded.find(" ", i)
    end = len(folded) if space < 0 else space
    word = folded[i:end]
    found = [(word, end)]
    if word[-1:] in _GERESH_LETTERS and end + 1 < len(folded) and folded[end + 1] != " ":
        after = folded.find(" ", end + 1)
        stop = len(folded) if after < 0 else after
        found.insert(0, (word + "'" + folded[end + 1 : stop], stop))
    return found


def semitic_at(
    folded: str, i: int, cues: Cues, read: Callable[[int, int, str, str, Cues], Read]
) -> tuple[Place, int] | None:
    """A foreign city written in Hebrew or Persian letters at ``folded[i:]`` that the
    gazetteer lacks in that script, read by its consonant skeleton (:func:`city_rows`):
    one city of :data:`FLOOR` people or more, read in context as ``find_places`` reads its
    GeoNames name (``read``), or nothing. The caller keeps it only beside a strong mention
    of the city's country."""
    persian = folded[i] >= "\u0600"  # Arabic letters come after Hebrew ones
    space = folded.find(" ", i)
    if 0 <= space < i + CUED and folded[space - 1] not in _GERESH_LETTERS:
        return None  # too few letters for a skeleton of CUED classes
    for word, j in _words(folded, i):
        found = _reading(word, persian)
        if found is not None:
            return _read_city(folded, i, j, word, found, cues, read)
    return None


def _read_city(
    folded: str,
    i: int,
    j: int,
    word: str,
    found: tuple[int, int],
    cues: Cues,
    read: Callable[[int, int, str, str, Cues], Read],
) -> tuple[Place, int] | None:
    from citydiplo._geo._cues import cue_kinds
    from citydiplo._geo._gazetteer import gazetteer
    from citydiplo._geo._places import PlaceKind, subdivision_place
    from citydiplo._geo._translit import places_read
    from citydiplo._normalize import match_key

    gz = gazetteer()
    row, size = found
    if gz.postings(word) is not None:
        return None  # a name the gazetteer holds: read (or held back) as written
    kinds = cue_kinds(folded, i, j, "", cues)
    region = _region_of_capital(row) if PlaceKind.SUBDIVISION in kinds else None
    if size < LONG and PlaceKind.CITY not in kinds and region is None:
        return None  # short skeletons are shared by ordinary words: "השנה" (Heshan)
    places = places_read((match_key(gz.fields(row)[1]),), read, (i, j, "", cues))
    if len(places) != 1:
        return None
    place = next(iter(places.values()))
    if region is not None and place.subdivision == region:
        return subdivision_place(region, place.text), j  # "استان ولگاگراد": the oblast
    if place.kind is not PlaceKind.CITY or place.geonames_id != gz.geonames_ids[row]:
        return None  # the GeoNames name reads as another place here
    return place, j


def _region_of_capital(row: int) -> str | None:
    """The subdivision of the gazetteer city in ``row`` when it bears the city's name (a
    Russian oblast named after its capital: Volgograd, "Volgogradskaya oblast'"; Astrakhan),
    the city having :data:`FLOOR` people or more, else ``None``: a word for a province
    before the city's name ("استان ولگاگراد") names that subdivision."""
    from citydiplo._geo._gazetteer import gazetteer
    from citydiplo._geo._hierarchy import subdivision_name
    from citydiplo._normalize import match_key

    _, name, _, code, _, _, population = gazetteer().fields(row)
    if code is None or population < FLOOR:
        return None
    stem = match_key(name)[:-2]
    region = match_key(subdivision_name(code) or "")
    return code if len(stem) >= MIN_SKELETON + 2 and region.startswith(stem) else None
