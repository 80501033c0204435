"""Shortcuts of the respelling readers of the place scan: the same answers as the long way
round (whether a key starts with a prefix kept per prefix; the Hebrew and Brahmic respelling
readers given the words they read rather than the rest of the text)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from citydiplo import find_places
from citydiplo._geo import _foreign
from citydiplo._geo._cues import merged_cues
from citydiplo._geo._extra import extras
from citydiplo._geo._gazetteer import gazetteer
from citydiplo._geo._geresh import geresh_prefixes
from citydiplo._geo._key_starts import starts_a_key
from citydiplo._geo._matres import matres_prefixes
from citydiplo._geo._places import Place
from citydiplo._geo._vowel_length import length_variants

# letters of Hebrew names (San Diego, Nanjing, Tianjin...) and of Hindi/Gujarati ones
_HEBREW = list("סן דיאגוינג'צטלבקרהמשת ")
_BRAHMIC = list("शिझूओकाइंडियाપ્રીફેક્ચરશિઝુઓકાઇન્ડીયા ")
# words of names written otherwise and of ordinary words, so that random texts hold names
_WORDS = [
    *[
        "סן",
        "דייגו",
        "דיאגו",
        "נאנג",
        "ינג",
        "נאנג'ינג",
        "שבסין",
        "ראש",
        "העיר",
        "אמון",
        "רב",
        "טיאנג",
        "ין",
    ],
    *["શિઝૂઓકા", "પ્રીફેક્ચર", "ઇન્ડીયા", "જાપાન", "शिझूओका", "इंडीया", "जापान"],
]
_NAMES = ["סן דיגו", "נאנגינג", "שיזואוקה", "शिझुओका", "ઇન્ડિયા", "new york", "шанхай"]


def _slow(prefix: str) -> bool:
    return bool(gazetteer().keys_with_prefix(prefix, limit=1)) or extras().starts_a_key(prefix)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(_NAMES),
    st.integers(min_value=0, max_value=9),
    st.text(alphabet=[*_HEBREW, *_BRAHMIC, *"abcnew yorkшанхай"], max_size=3),
)
def test_a_kept_prefix_answer_is_the_tries_answer(name: str, cut: int, more: str) -> None:
    prefix = name[:cut] + more
    assert starts_a_key(prefix) == _slow(prefix)
    assert starts_a_key(prefix) == _slow(prefix)  # asked again: kept, still the same


def test_kept_prefix_literal_cases() -> None:
    assert starts_a_key("סן דיג")  # San Diego, in Hebrew
    assert starts_a_key("शिझुओ")  # Shizuoka, in Hindi
    assert starts_a_key("new yor")
    assert not starts_a_key("qqqzx")
    assert not starts_a_key("סן דיגוזז")


def _asked(folded: str, i: int, lang: str, *, slow: bool) -> list[tuple[int, str]]:
    """The keys the Hebrew and vowel-length readers hand to ``read`` at ``folded[i]``, each
    reader given the rest of the text (``slow``, as before) or the words it reads."""
    asked: list[tuple[int, str]] = []

    def noted(i: int, j: int, key: str, tail: str, cues: object) -> tuple[Place, bool] | None:
        asked.append((j, key))
        return None

    cues = merged_cues(lang)
    if slow:
        rest = folded[i:]
        hebrew = [*geresh_prefixes(rest), *matres_prefixes(rest, cues.home)]
        _foreign._first_read(hebrew, folded, i, cues, noted)
        _foreign._first_read(length_variants(rest, cues.home), folded, i, cues, noted)
    else:
        _foreign._respelled_hebrew(folded, i, cues, noted)
        _foreign._other_length(folded, i, cues, noted)
    return asked


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6), st.data())
def test_readers_given_their_words_read_as_given_the_rest_of_the_text(
    words: list[str], data: st.DataObject
) -> None:
    text = " ".join(words)
    i = data.draw(st.integers(min_value=0, max_value=len(text) - 1))
    for lang in ("he", "hi", "gu"):
        assert _asked(text, i, lang, slow=False) == _asked(text, i, lang, slow=True)


def test_readers_literal_cases() -> None:
    text = "ראש העיר סן דייגו ביקר"
    assert _asked(text, 9, "he", slow=False) == [(17, "סן דיגו")]  # San Diego
    assert _asked("עיר נאנג ינג שבסין", 4, "he", slow=False) == [(12, "נאנגינג")]  # Nanjing
    assert _asked("જાપાનના શિઝૂઓકા પ્રીફેક્ચર", 8, "gu", slow=False) == [(15, "શિઝુઓકા")]
    assert _asked(text, 0, "he", slow=False) == []


def test_respelled_names_are_still_read() -> None:
    def names(text: str, lang: str) -> list[tuple[str, str]]:
        return [(m.text, m.place.country) for m in find_places(text, lang=lang)]

    assert ("סן דייגו", "US") in names("ראש העיר סן דייגו ביקר בארצות הברית.", "he")
    assert ("נאנג'ינג", "CN") in names("משלחת מנאנג'ינג שבסין הגיעה לתל אביב.", "he")
    assert names("אמון רב בין הערים.", "he") == []  # "trust" is no Amman
    assert ("શિઝૂઓકા", "JP") in names("જાપાનના શિઝૂઓકા પ્રીફેક્ચરના ગવર્નર ગુજરાત આવ્યા.", "gu")
    assert ("ઇન્ડીયા", "IN") not in names("પૂરી રોટલી ખાધી.", "gu")


_SPACED = [
    *["함께", "서울에서", "부산", "시즈오카", "안양시", "한국", "의", "톈진"],
    *["מנאנג'ינג", "תל", "אביב", "ירושלים", "של", "את", "ראש"],
    *["tehran", "تهران", "استان", "the", "hague", "new", "york"],
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SPACED), min_size=1, max_size=5), st.integers(0, 4))
def test_a_word_no_key_opens_has_the_candidates_read_from_the_text(
    words: list[str], at: int
) -> None:
    from citydiplo._geo import _word_keys
    from citydiplo._geo._evidence import script

    window = " ".join(words[min(at, len(words) - 1) :])
    first = script(window[0])
    for lang in ("ko", "he", "fa", "en"):
        cues = merged_cues(lang)
        assert _word_keys.candidates(window, first, cues) == _word_keys._read(window, first, cues)


def test_a_word_no_key_opens_literal_cases() -> None:
    from citydiplo._geo import _word_keys

    ko = merged_cues("ko")
    assert _word_keys._entry("함께", "HANGUL", ko) is _word_keys._NONE  # "together"
    assert _word_keys.candidates("함께 서울에서", "HANGUL", ko) == ((), ())
    assert _word_keys._entry("서울에서", "HANGUL", ko) is not _word_keys._NONE
    assert "서울" in _word_keys.candidates("서울에서 만나", "HANGUL", ko)[0]  # Seoul
    assert [m.text for m in find_places("함께 서울에서 만났다.", lang="ko")] == ["서울"]
