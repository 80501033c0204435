"""The candidate names at a word start, kept per word: the same as read from the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from citydiplo import find_places
from citydiplo._geo._cues import merged_cues
from citydiplo._geo._evidence import script
from citydiplo._geo._fold import folded_with_offsets
from citydiplo._geo._word_keys import _read, candidates

# words around names: place names of one and several words, parts of them, nasals
# ("इंदौर" / "इन्दौर"), candrabindu ("गाँधीनगर"), "kyo" spellings, particles, ordinary words
_WORDS = {
    "hi": [
        "नई",
        "दिल्ली",
        "में",
        "के",
        "की",
        "का",
        "से",
        "इंदौर",
        "इन्दौर",
        "गाँधीनगर",
        "गांधीनगर",
        "टोकियो",
        "टोक्यो",
        "सूरत",
        "अहमदाबाद",
        "उत्तर",
        "प्रदेश",
        "और",
        "संबंध",
        "अंतरराष्ट्रीय",
        "शहर",
        "जापान",
        "कोबे",
        "ने",
        "कहा",
    ],
    "gu": [
        "નવી",
        "દિલ્હી",
        "માં",
        "ના",
        "ની",
        "નો",
        "ઇંદોર",
        "ઇન્દોર",
        "ગાંધીનગર",
        "ટોકિયો",
        "ટોકિયામાં",
        "કોબે",
        "સુરત",
        "અમદાવાદ",
        "ઉત્તર",
        "પ્રદેશ",
        "અને",
        "સંબંધ",
        "શહેર",
        "જાપાન",
        "રાજ્ય",
    ],
    "en": [
        "the",
        "hague",
        "new",
        "york",
        "little",
        "rock",
        "of",
        "in",
        "to",
        "city",
        "mayor",
        "visited",
        "gyeonggi",
        "do",
        "kyungsangbuk",
        "los",
        "angeles",
        "san",
        "jose",
    ],
    "vi": [
        "ha",
        "noi",
        "thanh",
        "pho",
        "ho",
        "chi",
        "minh",
        "tinh",
        "bac",
        "ninh",
        "va",
        "da",
        "nang",
        "huyen",
    ],
    "he": [
        "תל",
        "אביב",
        "יפו",
        "ירושלים",
        "ב",
        "ה",
        "על",
        "את",
        "ראש",
        "העיר",
        "סיאול",
        "ניו",
        "יורק",
    ],
    "fa": [
        "تهران",
        "استان",
        "خوزستان",
        "آذربایجان",
        "غربی",
        "و",
        "به",
        "با",
        "این",
        "شهر",
        "اذربایجانغربی",
    ],
    "ru": ["нижний", "новгород", "москва", "в", "и", "санкт", "петербург", "город"],
}


def _windows(lang: str) -> st.SearchStrategy[str]:
    words = _WORDS[lang]
    return st.lists(st.sampled_from(words), min_size=1, max_size=6).map(" ".join)


def _check(window: str, lang: str) -> None:
    folded = folded_with_offsets(window)[0]
    first = script(folded[0])
    cues = merged_cues(lang)
    assert candidates(folded, first, cues) == _read(folded, first, cues)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(sorted(_WORDS)).flatmap(lambda g: st.tuples(st.just(g), _windows(g))))
def test_kept_candidates_are_those_read_from_the_text(case: tuple[str, str]) -> None:
    lang, window = case
    _check(window, lang)
    _check(window, lang)  # the second time from what was kept


def test_a_name_of_two_words_is_found_after_its_first_word_alone() -> None:
    cues = merged_cues("hi")
    assert candidates("नई", "DEVANAGARI", cues)[0] == ()
    assert "नई दिल्ली" in candidates("नई दिल्ली में", "DEVANAGARI", cues)[0]
    assert candidates("सूरत में", "DEVANAGARI", cues)[0] == ("सूरत",)


def test_places_are_found_the_same_way_whatever_word_was_seen_first() -> None:
    for text in ("नई बात", "नई दिल्ली में बैठक", "नई बात"):
        names = [m.text for m in find_places(text, lang="hi")]
        assert names == (["नई दिल्ली"] if "दिल्ली" in text else [])


def test_hebrew_doubled_yod_is_folded_once_and_keeps_its_offsets() -> None:
    folded, starts, ends = folded_with_offsets("ביירות ודיין")
    assert folded == "בירות ודין"
    assert (starts[1], ends[1]) == (1, 3)  # the kept yod covers both
    assert folded_with_offsets("יין")[0] == "יין"  # no letter before the pair: kept
