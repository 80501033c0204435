"""Speed paths that must give the answers of the plain ones: pysbd's abbreviation step with
patterns compiled once (against pysbd's own processor), date folding that collapses spacing
without a per-character loop (against the per-character fold), and the cue scan's skip of
positions where no entry begins (against a naive scan written here)."""

from __future__ import annotations

import pysbd  # type: ignore[import-untyped]
import pytest
from hypothesis import given
from hypothesis import strategies as st

from citydiplo._extract._scan import Lexicon, fold_case
from citydiplo._extract._segment import PYSBD_LANGUAGES, _pysbd, sentences
from citydiplo._text._numerals import _fold_slow, _fold_table, fold

_TEXTS = {
    "en": [
        "Dr. Kim met Mr. Lee at 9 a.m. in the U.S. capital. They signed the MOU.",
        "The delegation (led by Gov. Park) arrived on Jan. 5. No. 12 was signed. p. 4 says so.",
        "Sen. Smith, Prof. Jones and Capt. Brown visited St. Paul, Minn., in Sept. 2024.",
        "It is art. 5 of the pact. The U.S.A. and the U.K. agreed. I.V. fluids were sent.",
    ],
    "ru": [
        "Делегация г. Москвы прибыла в г. Казань 5 мая. Мэр встретил гостей.",
        "Проф. Иванов и акад. Петров подписали соглашение в 2024 г. Стороны довольны.",
        "Адрес: ул. Ленина, д. 5, кв. 12. Тел. 123-45-67. Руб. и долл. приняты.",
    ],
    "fa": [
        "شهردار تهران با هیئت همراه وارد شد. دو طرف تفاهم‌نامه امضا کردند.",
        "د. احمدی و م. رضایی در جلسه حضور داشتند. قرارداد امضا شد؟ بله!",
    ],
    "hi": [
        "डॉ. शर्मा ने महापौर से मुलाकात की। दोनों शहरों ने समझौता किया। Mr. Lee भी थे।",
    ],
    "ja": [
        "市長は5月に訪問した。姉妹都市協定を締結した。Dr. Kim も出席した。",
    ],
    "zh": [
        "市长率团访问了该市。双方签署了友好城市协议。Mr. Smith 出席。",
    ],
}


@pytest.mark.parametrize(
    ("lang", "text"), [(lang, t) for lang, texts in sorted(_TEXTS.items()) for t in texts]
)
def test_abbreviation_step_matches_pysbd(lang: str, text: str) -> None:
    own = pysbd.Segmenter(language=lang, clean=False, char_span=False)
    for piece in (text, text.upper(), text.lower(), "  " + text + " \t "):
        assert _pysbd(lang).processor(piece).process() == own.processor(piece).process()


def test_the_segmenter_keeps_its_abbreviations() -> None:
    text = "Dr. Kim met Mr. Lee in St. Paul. They signed the MOU."
    assert [text[s:e] for s, e, _ in sentences(text, "en")] == [
        "Dr. Kim met Mr. Lee in St. Paul.",
        "They signed the MOU.",
    ]
    assert frozenset({"en", "fa", "hi", "ja", "ru", "zh"}) == PYSBD_LANGUAGES


_SPACED = st.text(
    alphabet=st.sampled_from(list("  \n\tab AÉéz12٣۴५कゃ年月日二〇十—-\u0301\u0308\u200c")),
    max_size=40,
)


@given(_SPACED)
def test_fold_collapses_spacing_as_the_character_loop(text: str) -> None:
    folded, where = _fold_table(text)
    slow, slow_where = _fold_slow(text)
    if "十" not in text and "二" not in text and "〇" not in text:
        assert folded == slow
        assert list(where) == slow_where
    assert fold(text)[0] == folded


@pytest.mark.parametrize(
    ("text", "folded", "where"),
    [
        ("  a  b ", "a b ", [2, 3, 5, 6, 7]),
        ("a\n\nb", "a b", [0, 1, 3, 4]),
        ("   ", "", [3]),
        ("x", "x", [0, 1]),
    ],
)
def test_fold_collapse_literal(text: str, folded: str, where: list[int]) -> None:
    got, got_where = _fold_table(text)
    assert got == folded
    assert list(got_where) == where


def _naive(entries: list[tuple[str, str, str]], folded: str) -> set[tuple[int, str, str]]:
    """Every (start, family, key) an entry could match at a word start, any length."""
    return {
        (i, fam, key)
        for i in range(len(folded))
        for key, fam, _ in entries
        if folded.startswith(key, i) and (i == 0 or not folded[i - 1].isalnum())
    }


@given(st.text(alphabet=st.sampled_from(list("ab cd,x")), max_size=30))
def test_scan_skip_loses_no_match(text: str) -> None:
    entries = [("a", "one", "1"), ("ab", "two", "2"), ("abc", "three", "3"), ("cd x", "four", "4")]
    lex = Lexicon(entries, word_start=True)
    folded = fold_case(text)
    found = {(h.start, h.family, folded[h.start : h.end]) for h in lex.scan(folded)}
    # every hit is a real match; a family with any match at the first word start is found
    assert found <= _naive(entries, folded)
    first = {fam for i, fam, _ in _naive(entries, folded) if i == 0}
    assert first <= {fam for i, fam, _ in found if i == 0}
