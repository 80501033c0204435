"""``find_places``: the places mentioned in running text, with their exact spans.

The text is folded character by character to the gazetteer's match keys (case, accents and
punctuation ignored, each folded character remembering where it came from), then scanned
once: at each word start (each character in Chinese and Japanese, which write no spaces)
the trie gives every name that starts there, and the longest one that passes the rules
below is taken; the scan resumes after it (names are at most ``max_key_length`` long).

A wrong place is worse than a missed one, so a name is read as a place only when:

* a city with its qualifier ("Toledo, Ohio") is read as :func:`parse_place` reads the pair;
* it ends at a word boundary, or before a particle or generic word written on it
  ("부산에서", "成都市", "સિઓલમાં") — and in Hebrew it may start after a prefix letter;
* in scripts with capitals, it starts with one ("nice weather" is no place), is not glued
  to the capitalised word before it ("Nguyễn Văn Anh", "Mr Hanam") nor introduced by a
  person's title ("Mr", "ông") unless a title and a name follow it ("President Los Angeles
  Mayor Antonio"); a one-word place opening a sentence needs a cue word (but :mod:`._opening`);
* an ordinary word of the language (``data/cues/<lang>.json``) needs a cue word ("nước Anh");
* a one-word city or country name written with accents and without a cue word is one of the
  place's own names, accents included (Vietnamese "Chủ" is not the town Chũ, "Bí" Belgium);
* a city without a cue word has at least :data:`MIN_POPULATION` inhabitants
  (:data:`MIN_POPULATION_CJK` in unspaced Chinese/Japanese text): "the town of Bar";
* the candidates are not ambiguous in the context (:func:`parse_place`'s rules), and a
  generic word of some language ("City", "Province") is no place;
* a *weak* mention (:func:`citydiplo._geo._evidence.weak`: e.g. a subdivision or a small city
  without a cue word) stands only beside a strong mention of the same country ("Arkansas"
  beside "Little Rock") or weak mentions of :data:`WEAK_QUORUM` different places of that
  country; a short alternate name in Latin letters ("The") never does.
"""

from __future__ import annotations

from functools import partial

from attrs import frozen

from citydiplo._errors import check_args
from citydiplo._geo._after_scan import completed
from citydiplo._geo._bracketed import drop_elsewhere
from citydiplo._geo._context import (
    BARE,
    PENDING,
    REFUTED,
    ambiguous_places,
    country_after_its_place,
    named_with_generic,
    qualified_city,
    resolve_pending,
    supported,
)
from citydiplo._geo._country_glued import MIN_POPULATION, MIN_POPULATION_CJK, unspaced_floor
from citydiplo._geo._cue_groups import attached_by_first, bare_names
from citydiplo._geo._cues import (
    Cues,
    cue_kinds,
    district_named,
    is_cue_before,
    merged_cues,
    tail_cue,
    word_tail,
)
from citydiplo._geo._dateline import LOOKBACK, SENTENCE_END, opens_sentence
from citydiplo._geo._decide import ALL_KINDS, country_before_its_place, decide, namesake_city
from citydiplo._geo._evidence import (
    STRONG_POPULATION,
    accents_agree,
    generic_tail,
    generic_words,
    home_subdivision,
    own_spelling,
    previous_word,
    script,
    weak,
    whole_word,
)
from citydiplo._geo._extra import extras
from citydiplo._geo._fold import folded_with_offsets
from citydiplo._geo._foreign import SCRIPTS, foreign_at
from citydiplo._geo._foreign_alone import stands_alone
from citydiplo._geo._gazetteer import gazetteer
from citydiplo._geo._guards import guarded
from citydiplo._geo._hanja_countries import with_hanja_countries
from citydiplo._geo._hebrew_article import article_elided
from citydiplo._geo._held import HELD, dateline, held_back, read_elsewhere
from citydiplo._geo._idioms import outside_idioms
from citydiplo._geo._indic_districts import districts_named
from citydiplo._geo._inflect import readings
from citydiplo._geo._jurisdiction import before_titled_person, named_as_person
from citydiplo._geo._kana import inside_katakana_word
from citydiplo._geo._keyless import past_keyless
from citydiplo._geo._listed import Container, contained_at, container_after
from citydiplo._geo._places import Place, PlaceKind
from citydiplo._geo._settle import settled
from citydiplo._geo._surrogates import scan_around
from citydiplo._geo._titles import after_title
from citydiplo._geo._translit import KOREA, korean_names
from citydiplo._geo._word_keys import candidates, no_key_at
from citydiplo._geo._written import institution_country, written
from citydiplo._normalize import match_key

__all__ = ["MIN_POPULATION", "MIN_POPULATION_CJK", "STRONG_POPULATION", "WEAK_QUORUM",
           "PlaceMention", "find_places"]

WEAK_QUORUM = 3
_COUNTRY = PlaceKind.COUNTRY  # a country with a generic word on it: "中国省区市", "중국시장"
_CITY = PlaceKind.CITY


@frozen(kw_only=True)
class PlaceMention:
    """A place named in a text: ``text[start:end]`` names ``place``."""

    start: int
    end: int
    text: str
    place: Place


_UNSPACED = frozenset({"CJK", "HIRAGANA", "KATAKANA"})
_CASED = frozenset({"LATIN", "CYRILLIC", "GREEK"})


def find_places(text: str, *, lang: str | None = None) -> tuple[PlaceMention, ...]:
    """Every place (country, subdivision, city) named in ``text``, in text order.

    Args:
        text: running text in any of the ten languages.
        lang: its language, whose cue words and ordinary words are used (all if ``None``).

    >>> [(m.text, m.place.kind.value, m.place.country) for m in find_places(
    ...     "The mayor of Hanam visited Little Rock, Arkansas.", lang="en")]
    [('Hanam', 'city', 'KR'), ('Little Rock', 'city', 'US'), ('Arkansas', 'subdivision', 'US')]
    >>> [m.text for m in find_places("Nice weather on the island, said the bar owner.")]
    []
    """
    check_args("find_places", text=(text, str))
    token, refuted, bare, held = PENDING.set([]), REFUTED.set(set()), BARE.set([]), HELD.set([])
    try:
        found = with_hanja_countries(scan_around(_find, text, lang), text, lang, PlaceMention)
    finally:
        HELD.reset(held)
        BARE.reset(bare)
        REFUTED.reset(refuted)
        PENDING.reset(token)
    return completed(found, text, lang, PlaceMention, find_places)  # "Курской и ... областей"


def _find(text: str, lang: str | None) -> tuple[PlaceMention, ...]:
    cues = merged_cues(lang)
    gz = gazetteer()
    folded, starts, ends = folded_with_offsets(text)
    limit = max(gz.max_key_length, extras().max_key_length)
    n = len(folded)
    found: list[tuple[PlaceMention, bool]] = []
    strict: set[int] = set()  # where a name needs a strong mention of its country itself
    container: Container | None = None  # the subdivision a list of names lies in
    # without Chinese or Japanese, names start only after a space: jump from word to word
    spaced = not any(script(ch) in _UNSPACED for ch in set(folded))
    reader = partial(_read, text, folded, starts, ends)
    i = 0
    while i < n:
        ch = folded[i]
        unspaced = not spaced and script(ch) in _UNSPACED
        if ch == " " or not (i == 0 or folded[i - 1] == " " or unspaced):
            if spaced and ch != " ":
                space = folded.find(" ", i)
                i = n if space < 0 else space
            i += 1
            continue
        keyless = unspaced and no_key_at(folded, i)  # most characters of Chinese, Japanese
        mention = None if keyless else _mention_at(text, folded, starts, ends, i, cues, limit)
        if mention is None and not unspaced:
            for prefix in attached_by_first(cues).get(ch, ()):  # Hebrew "בסיאול"
                if folded.startswith(prefix, i) and i + len(prefix) < n:
                    at = (text, folded, starts, ends, i + len(prefix), cues, limit)
                    mention = _mention_at(*at) or article_elided(prefix, *at, _mention_at)
                    if mention is not None:
                        break
        lower = cues.cased and not text[starts[i]].isupper()
        if cues.inflect_last and not unspaced and not lower:  # "Москве", "Ханты-Мансийском ..."
            for key, j in readings(folded, i, cues, None if mention is None else mention[1]):
                read = _read(text, folded, starts, ends, i, j, key, "", cues)
                if read is not None:
                    mention = (_named(text, starts, ends, i, read[0], j), j, read[1])
                    break
        if mention is None and not lower and script(ch) in SCRIPTS:  # "고베", "Сюйчжоу"
            foreign = foreign_at(folded, i, cues, reader)
            if foreign is not None:  # stands only beside a strong mention of its country,
                alone = stands_alone(folded, *foreign, cues)  # or a home town cued: "ભરૂચ જિલ્લાના"
                mention = (_named(text, starts, ends, *foreign), foreign[2], not alone)
                strict.update(() if alone else (starts[foreign[0]],))
        if mention is None and container is not None and not unspaced:
            inside = contained_at(text, folded, starts, ends, i, cues, container)
            if inside is not None:  # "충남 논산·청양"
                mention = (_named(text, starts, ends, i, *inside), inside[1], container[2])
        if mention is None:
            i = past_keyless(folded, starts, i, n) if unspaced else i + 1
            continue
        found.append((mention[0], mention[2]))
        m = mention[0]
        container = container_after(text, container, m.place, m.start, m.end, mention[2])
        i = mention[1]
    if not spaced and any(m.place.country == KOREA and not needs for m, needs in found):
        found = drop_elsewhere(text, found, cues.intermediate_levels, lang)  # "韓国・東海市"
        taken = [(m.start, m.end) for m, needs in found if not needs]  # weak ones give way
        for i, j, place in korean_names(folded, starts, taken, cues, reader):  # "安養市"
            korean = _named(text, starts, ends, i, place, j)
            found = [f for f in found if f[0].end <= korean.start or korean.end <= f[0].start]
            found.append((korean, True))
            strict.add(starts[i])
        found.sort(key=lambda item: item[0].start)
    found = drop_elsewhere(text, found, cues.intermediate_levels, lang)
    kept = supported(found, lambda m: (m.start, m.end, m.place), strict, WEAK_QUORUM)
    floors = (MIN_POPULATION, MIN_POPULATION_CJK)  # a name inside unspaced text: the second
    sure = guarded(kept, text, lang)  # what may decide: "डॉ. रवि कोटा" names no Rajasthan
    decided = resolve_pending(text, kept, lambda m: (m.start, m.end, m.place), floors, sure)
    generic = [w for w, _ in (*cues.attached_after, *cues.after)]  # "宿迁" beside "宿迁市"
    decided += named_with_generic(text, kept, lambda m: (m.start, m.end, m.place), generic)
    decided += read_elsewhere(text, kept) + districts_named(text, kept, lang)  # "蔚山商工会議所"
    new = [PlaceMention(start=s, end=e, text=text[s:e], place=p) for s, e, p in decided]
    idiomatic = outside_idioms(kept + new, folded, starts, ends, lang)  # "ארץ ישראל": no State
    same = not new and len(idiomatic) == len(kept)  # the mentions ``sure`` checked: its answer
    kept = sure if same else guarded(idiomatic, text, lang)  # "Jinjiang Small Hall", "中国語"
    refuted = REFUTED.get()
    if refuted:
        kept = [m for m in kept if match_key(m.text) not in refuted]
    make = lambda s, e, p: PlaceMention(start=s, end=e, text=text[s:e], place=p)  # noqa: E731
    return tuple(settled(sorted(kept, key=lambda m: m.start), text, make))


def _named(
    text: str, starts: list[int], ends: list[int], i: int, place: Place, j: int
) -> PlaceMention:
    """The mention of ``place`` by the folded characters ``i`` to ``j``."""
    start, end = starts[i], ends[j - 1]
    return PlaceMention(start=start, end=end, text=text[start:end], place=place)


def _mention_at(
    text: str,
    folded: str,
    starts: list[int],
    ends: list[int],
    i: int,
    cues: Cues,
    limit: int,
) -> tuple[PlaceMention, int, bool] | None:
    first = script(folded[i])
    if first in _CASED and not text[starts[i]].isupper():
        return None  # every name read here starts with this letter, and needs a capital
    if first == "KATAKANA" and inside_katakana_word(text, folded, starts, i):
        return None  # "アドバイス" (advice) holds no "ドバイ", "トゥアティエン=フエ省" no "フエ省"
    window = folded[i : i + limit]
    unspaced = first in _UNSPACED
    # the gazetteer's keys, CLDR subdivision names, GeoNames districts, "કોબે" as "कोबे"...
    keys, sized = candidates(window, first, cues)
    if cues.official and not unspaced and window[:1] in bare_names(cues):  # "استان خوزستان"
        bare = bare_names(cues)[window[:1]]
        sized = (*sized, *((name, len(b)) for b, name in bare if window.startswith(b)))
    pending = PENDING.get() if sized else None
    for key, size in sorted(sized, key=lambda pair: pair[1], reverse=True):
        j = i + size
        tail = word_tail(folded, i, j, cues)
        if tail is None:
            continue
        if unspaced and country_before_its_place(key, keys):
            continue  # "中国上海" (an alternate name of Shanghai): China, then Shanghai
        waiting = len(pending) if pending is not None else 0
        read = _read(text, folded, starts, ends, i, j, key, tail, cues)
        if read is not None:
            return _named(text, starts, ends, i, read[0], j), j, read[1]
        if pending is not None and len(pending) > waiting:
            # the name was left ambiguous: no shorter name is read inside it ("huyện Nghi
            # Xuân" is no "Nghi", Nghi Sơn)
            return None
    return None


def _read(
    text: str,
    folded: str,
    starts: list[int],
    ends: list[int],
    i: int,
    j: int,
    key: str,
    tail: str,
    cues: Cues,
) -> tuple[Place, bool] | None:
    start, end = starts[i], ends[j - 1]
    span = text[start:end]
    cue, cut = written(text, (start, end), key, tail, cues, cue_kinds(folded, i, j, tail, cues))
    if cut:  # "Sùng Tả" is no "Sùng", "Петропавловске-Камчатском" no Petropavl
        return None
    cased, short = script(folded[i]) in _CASED, 5 if script(folded[i]) == "LATIN" else 4
    unspaced = script(folded[i]) in _UNSPACED
    previous, at = ("", start) if unspaced else previous_word(text, start)
    titled = cased and before_titled_person(text, end, cues.person_titles)  # "Paris Mayor X"
    if named_as_person(match_key(previous), titled, text, end, cues):  # "Mr Paris", "高市さん"
        return None
    if unspaced and after_title(folded, i, j, cues.person_titles):  # "省长苏树林": _titles
        return None  # "栗原市長千葉健司": Mayor Chiba, not Chiba prefecture
    opening = False  # the first word of a sentence: capitalised whatever it is
    city_cue = cue <= {PlaceKind.CITY}  # also "the city of Concord, California"
    qualified = qualified_city(text, span, end, MIN_POPULATION) if cased and city_cue else None
    if cased:
        if not span[:1].isupper():
            return None
        sentence_start = opens_sentence(text, start, end)  # a dateline does not
        glued = (
            previous[:1].isupper()
            and previous[-1:].isalpha()
            and not SENTENCE_END.search(text, max(0, at - LOOKBACK), at)
            and not (len(span) > 1 and span.isupper() and span.isalpha())  # "Посольства КНР"
            and not (len(previous) > 1 and previous.isupper())  # "Chủ tịch QH Lào"
        )
        if glued and not (cue or qualified or titled) and not institution_country(span, key):
            word_before = match_key(previous)
            if not is_cue_before(word_before, cues) and not country_after_its_place(
                word_before, key, previous
            ):
                return None
        opening = sentence_start and not cue and " " not in key and (cues.cased or not cues.home)
        opening = opening and not dateline(text, start, end)  # "HELENA — Gov. Steve Bullock"
    if qualified is not None:
        return qualified, False  # "Toledo, Ohio": the qualifier decides, and is evidence
    word = key if unspaced else whole_word(folded, i, j)  # "באן": the word, prefix and all
    ordinary = key in cues.ordinary_words or word in cues.ordinary_words
    if (ordinary or key in generic_words()) and not cue:
        home = decide(key, ALL_KINDS, span, False) if cues.home else None
        if home is None or not home_subdivision(home, key, cues.home):
            return None  # "बिहार" stays Bihar in Hindi, frequent and the name of a village
    before_capital = text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()
    if cased and cue and ordinary and before_capital:
        # an ordinary word glued to the capitalised word after it begins a longer name the
        # gazetteer lacks: "tỉnh Bắc Kyungsang" is no province "Bắc" (Norte)
        return None
    place = decide(key, cue or ALL_KINDS, span, bool(cue), cues.home)
    first_cue = cue
    if place is None and cue and not ordinary and key not in generic_words():
        # the generic word is the name's own ending ("广州" ends with "州") or ends the
        # name before it ("Lai Châu (Việt Nam)"): read without it
        cue = frozenset()
        place = decide(key, ALL_KINDS, span, False, cues.home)
        written_on = tail_cue(tail, cues)
        if place is not None and written_on and place.kind not in (*written_on, _COUNTRY):
            # a generic word written on the name rules out the other kinds: "长野市" is the
            # city of Nagano prefecture named Nagano, "卡加延市" no province Cagayan
            place = namesake_city(place, span)
    if place is None:
        pending = PENDING.get()
        if pending is not None and not opening:  # decided later by the text's other places
            choices = ambiguous_places(key, first_cue or ALL_KINDS)
            if choices:
                pending.append((start, end, choices, bool(first_cue)))
        return None
    agree = accents_agree(span, key, place, cues.person_titles, cues.home)  # "Chủ", "Bà Hà"
    if not cue and not agree:  # a subdivision's own spellings: _spelled.subdivision_spelled
        return None
    if (
        unspaced
        and len(key) == 2
        and place.kind is PlaceKind.CITY
        and not place.population
        and tail_cue(key[1], cues)
    ):
        # one character and a generic word, of a place of unknown size: a determiner
        # ("两市", both cities; "本市", this city), not the village that bears it
        return None
    named = place.kind is PlaceKind.SUBDIVISION or (
        place.kind is PlaceKind.CITY and place.population is None
    )
    if named and not cue and generic_tail(key):
        # a subdivision or district named with its generic word: "Московская область",
        # "Boeun-gun", "보은군"
        cue = frozenset({place.kind})
    if place.kind is PlaceKind.CITY and not cue:
        floor = unspaced_floor(text, start, place, cues.home) if unspaced else MIN_POPULATION
        if (place.population or 0) < floor:
            bare = BARE.get()
            if bare is not None:  # read if the text names it with a generic word elsewhere
                bare.append((key, start, end))
            return None
    if (
        place.kind is PlaceKind.CITY
        and 0 < (place.population or 0) < MIN_POPULATION
        and district_named(folded, i, j, tail, cues)
    ):
        # a city's district is no village: "Fengtai District" (Beijing) is no Fengtai, Tianjin
        if (refuted := REFUTED.get()) is not None:
            refuted.add(key)
        return None
    if place.kind is _CITY and cased and len(key) < short and not own_spelling(place, key, span):
        return None  # "The" is an alternate name of Teresina, "Zhao [Ning]" one of Zhaodong
    if held_back(text, (start, end), place, bool(cue), cues, opening):
        return None  # "石川勝行市長", "Nice to meet you": unless the text reads it elsewhere
    frequent = not cue and (key in cues.weak_words or word in cues.weak_words)
    return place, frequent or weak(place, key, bool(cue), cues.home)
