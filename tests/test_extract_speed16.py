"""Shortcuts of the place scan: the same answers as the long way round (readers of foreign
names skipped at a Hangul or Cyrillic word where they can read nothing, runs of Chinese and
Japanese characters where no name starts crossed at once)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from hypothesis import given, settings
from hypothesis import strategies as st

from citydiplo import find_places
from citydiplo._extract._scan import Lexicon, fold_case
from citydiplo._geo import _find, _geresh, _glued, _matres
from citydiplo._geo._context import after_pending
from citydiplo._geo._cues import merged_cues
from citydiplo._geo._fold import folded_with_offsets
from citydiplo._geo._hangul_gate import hangul_may_read, pinyin_may_read
from citydiplo._geo._pinyin import chinese_at
from citydiplo._geo._places import Place
from citydiplo._geo._translit import chinese_in_hangul_at, japanese_in_hangul_at

# syllables of Korean words, of Japanese and Chinese names written in Hangul, generic words
# and particles, so that random words hold names, parts of names and names with endings
_HANGUL = list("시즈오카현톈진지주안휘성산동고베오사카나라서울부산에서를은는의다한국중일본년짝")
_CYRILLIC = list("сюйчжоуцзяньдалвгородепровинциикита")


def _asked(
    reader: object, folded: str, i: int, lang: str
) -> bool:  # whether ``reader`` reads a key in context at ``folded[i]``
    asked: list[int] = []

    def noted(i: int, j: int, key: str, tail: str, cues: object) -> tuple[Place, bool] | None:
        asked.append(j)
        return None

    reader(folded, i, merged_cues(lang), noted)  # type: ignore[operator]
    return bool(asked)


_WORDS = st.lists(st.text(alphabet=_HANGUL, min_size=1, max_size=7), min_size=1, max_size=4)


@settings(max_examples=300, deadline=None)
@given(_WORDS, st.integers(min_value=0, max_value=3))
def test_a_hangul_word_the_gate_skips_is_read_by_no_reader(words: list[str], at: int) -> None:
    folded = " ".join(words)
    i = sum(len(w) + 1 for w in words[: min(at, len(words) - 1)])
    cues = merged_cues("ko")
    if not hangul_may_read(folded, i, cues):
        assert not _asked(japanese_in_hangul_at, folded, i, "ko")
        assert not _asked(chinese_in_hangul_at, folded, i, "ko")
    if not pinyin_may_read(folded, i, cues, "HANGUL"):
        assert not _asked(chinese_at, folded, i, "ko")


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.text(alphabet=_CYRILLIC, min_size=1, max_size=9), min_size=1, max_size=4),
    st.integers(min_value=0, max_value=3),
)
def test_a_cyrillic_word_the_gate_skips_is_read_by_no_reader(words: list[str], at: int) -> None:
    folded = " ".join(words)
    i = sum(len(w) + 1 for w in words[: min(at, len(words) - 1)])
    if not pinyin_may_read(folded, i, merged_cues("ru"), "CYRILLIC"):
        assert not _asked(chinese_at, folded, i, "ru")


def test_the_gate_literal_cases() -> None:
    ko, ru = merged_cues("ko"), merged_cues("ru")
    folded = folded_with_offsets("일본 시즈오카현에서 중국 지주시를 톈진시와 함께")[0]
    assert hangul_may_read(folded, folded.index("시즈오카"), ko)  # Shizuoka
    assert hangul_may_read(folded, folded.index("지주시"), ko)  # 池州市
    assert pinyin_may_read(folded, folded.index("톈진"), ko, "HANGUL")  # Tianjin
    assert not hangul_may_read(folded, folded.index("함께"), ko)  # together
    assert not pinyin_may_read(folded, folded.index("함께"), ko, "HANGUL")
    assert not pinyin_may_read(folded, 0, ko, "LATIN")  # no table for that script
    folded = folded_with_offsets("в городе Сюйчжоу провинции Цзянсу")[0]
    assert pinyin_may_read(folded, folded.index("сюичжоу"), ru, "CYRILLIC")  # Xuzhou
    assert not pinyin_may_read(folded, folded.index("городе"), ru, "CYRILLIC")


def test_names_in_hangul_and_cyrillic_are_still_read() -> None:
    got = [m.text for m in find_places("일본 시즈오카현에서 열린 회의", lang="ko")]
    assert got == ["일본", "시즈오카"]  # Shizuoka (Japan)
    got = [m.text for m in find_places("중국 안휘성 지주시를 방문했다", lang="ko")]
    assert got == ["중국", "안휘성", "지주시"]
    got = [m.text for m in find_places("중국 톈진시와 협약을 맺었다", lang="ko")]
    assert got == ["중국", "톈진시"]
    got = [m.text for m in find_places("Делегация Китая из города Сюйчжоу", lang="ru")]
    assert got == ["Китая", "Сюйчжоу"]  # China, Xuzhou


@contextmanager
def _one_step_at_a_time() -> Iterator[None]:
    """The scan as before: each character where no key starts crossed by ``after_pending``."""
    fast = _find.past_keyless
    _find.past_keyless = lambda folded, starts, i, n: after_pending(starts, i, n)
    try:
        yield
    finally:
        _find.past_keyless = fast


_HAN = list("上海市大阪横浜東京北京成都省县区的和了与签署协议友好城市代表团访问韩国日本中国萩蔚山")
_KANA = list("とのはにでがをアイスランドロングビーチ・ー")


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=_HAN + _KANA + [" ", "，", "。", "a", "B"], min_size=1, max_size=30))
def test_crossing_keyless_characters_at_once_reads_the_same(text: str) -> None:
    for lang in ("zh", "ja"):
        fast = find_places(text, lang=lang)
        with _one_step_at_a_time():
            slow = find_places(text, lang=lang)
        assert fast == slow


def test_places_of_unspaced_text_are_still_read() -> None:
    got = [(m.text, m.place.country) for m in find_places("据报道称东京和大阪签署协议", lang="zh")]
    assert got == [("东京", "JP"), ("大阪", "JP")]


_ARABIC = list("اذربایجانغربیخراسانرضویتهراناستانفارسدیداکر")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=_ARABIC, min_size=1, max_size=14), min_size=1, max_size=5))
def test_a_glued_compound_is_looked_for_only_where_one_can_begin(words: list[str]) -> None:
    window = " ".join(words)
    chunk = _glued._CHUNK.match(window)
    slow = [] if chunk is None else list(_glued._glued(chunk.group()))
    assert _glued.glued_prefixes(window) == slow


def test_glued_compounds_literal_cases() -> None:
    assert _glued.glued_prefixes("اذربایجانغربی دیدار کرد") == [("اذربایجان غربی", 13)]
    assert _glued.glued_prefixes("خراسانرضوی") == [("خراسان رضوی", 10)]
    assert _glued.glued_prefixes("دیدار اذربایجانغربی") == []  # not at the window's start
    got = [m.text for m in find_places("استاندار آذربایجان‌غربی در تهران گفت", lang="fa")]
    assert "آذربایجان‌غربی" in got and "تهران" in got


def _starts_as_before(lexicon: Lexicon, folded: str) -> list[int]:
    """Every word start (every position without ``word_start``), then the entries' test."""
    if not lexicon._word_start:
        starts = list(range(len(folded)))
    else:
        starts = []
        for m in re.finditer(r"(?<![\w\u200c\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0670"
                             r"\u0900-\u0dff])\w", folded):
            starts.append(m.start())
            if folded[m.start()] in lexicon._prefixes and m.start() + 1 < len(folded):
                starts.append(m.start() + 1)
    return [i for i in starts if folded[i : i + 2] in lexicon._heads or folded[i] in lexicon._ones]


_ENTRIES = [
    ("sister city", "partnership", "sister"), ("mou", "agreement", "mou"), ("市", "name", "x"),
    ("友好城市", "partnership", "friend"), ("-a", "name", "dash"), ("ב", "name", "b"),
    ("וב", "name", "vb"), ("é", "name", "e"), ("«", "quote", "q"),
]
_LEXICONS = [
    Lexicon(_ENTRIES, word_start=True),
    Lexicon(_ENTRIES, word_start=False),
    Lexicon(_ENTRIES, word_start=True, prefixes=["ו", "ל"]),
    Lexicon([], word_start=True),
]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=list("sister city mou市友好城-aébוול«\u05b0\u0301 ,."), max_size=40))
def test_a_lexicon_looks_where_it_looked_before(text: str) -> None:
    folded = fold_case(text)
    for lexicon in _LEXICONS:
        assert lexicon._starts(folded) == _starts_as_before(lexicon, folded)


def test_a_lexicon_literal_cases() -> None:
    lexicon = _LEXICONS[0]
    got = [(h.start, h.end, h.value) for h in lexicon.scan("a sister city mou; mouse")]
    assert got == [(2, 13, "sister"), (14, 17, "mou"), (19, 22, "mou")]  # a cue, not a name
    got = [(h.start, h.end, h.value) for h in _LEXICONS[1].scan("两市结为友好城市")]
    assert got == [(1, 2, "x"), (4, 8, "friend"), (7, 8, "x")]  # per family


_HEBREW = list("סן דיאגו דייגו תל אביב ניו יורק לוס אנג'לס בוירושלים")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=_HEBREW, min_size=1, max_size=8), min_size=1, max_size=4))
def test_other_vowel_letters_are_tried_only_where_a_longer_name_can_begin(
    words: list[str],
) -> None:
    window = " ".join(words)
    chunk = _matres._CHUNK.match(window)
    for home in (frozenset({"IL"}), frozenset({"US"})):
        slow = [] if chunk is None else list(_matres._respelled(chunk.group(), home))
        assert _matres.matres_prefixes(window, home) == slow


def test_other_vowel_letters_literal_cases() -> None:
    il = frozenset({"IL"})
    assert _matres.matres_prefixes("סן דיאגו ארה ב", il) == [("סן דיגו", 8)]  # San Diego
    assert _matres.matres_prefixes("סן דייגו", il) == [("סן דיגו", 8)]
    assert _matres.matres_prefixes("סן", il) == []  # one word: no name of two read here
    assert _matres.matres_prefixes("אמון רב", il) == []  # "trust" is no Amman


_GERESH_TEXT = list("נאנג ינג\u05f3'צ'נגדו בייג ין שבסין ת ע ח ז")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=_GERESH_TEXT, min_size=1, max_size=8), min_size=1, max_size=4))
def test_a_geresh_is_respelled_only_where_a_name_can_run_through_it(words: list[str]) -> None:
    window = " ".join(words)
    chunk = _geresh._CHUNK.match(window)
    slow = [] if chunk is None else list(_geresh._respelled(chunk.group()))
    assert _geresh.geresh_prefixes(window) == slow


def test_geresh_literal_cases() -> None:
    assert _geresh.geresh_prefixes("נאנג ינג שבסין") == [("נאנגינג", 8)]  # Nanjing
    assert _geresh.geresh_prefixes("נאנג\u05f3ינג") == [("נאנגינג", 8)]
    assert _geresh.geresh_prefixes("שבת שלום") == []  # a mark-like space, no name through it
