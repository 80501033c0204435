"""Shortcuts of extraction's literal scan, of pysbd's abbreviation step and of the retold
check: the same answers as the long way round."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

# words of the abbreviation lists (ASCII, Cyrillic, with a period inside), look-alikes that
# lower to ASCII (the Kelvin sign, the dotted capital I), Persian and Hindi words before a
# period (the periods the tails of ASCII letters do not read)
_WORDS = ["Dr", "dr", "No", "St", "a", "etc", "U.S", "i.e", "y.e", "\u212a", "ſt", "İ", "Kim",
          "г", "ул", "гг", "тыс", "تهران", "شهر", "नगर", "市", "Mr"]


def _present_by_search(text: str, lang: type) -> list[str]:
    """Every abbreviation of the list looked for in the whole text (the long way round)."""
    from citydiplo._extract._abbreviations import _before_a_period, _kinds

    lowered = text.lower()
    stripped, plain, sizes = _kinds(lang)
    tails = set()
    odd: list[int] = []
    for at, ch in enumerate(text):
        if ch != ".":
            continue
        for size in sizes:
            if size <= at:
                tail = text[at - size : at]
                if tail.isascii():
                    tails.add(tail.lower())
                elif at not in odd[-1:]:
                    odd.append(at)
    return [
        s
        for s, ascii_letters in zip(stripped, plain, strict=True)
        if (
            (s in tails or (bool(odd) and s in lowered and _before_a_period(text, s, odd)))
            if ascii_letters
            else s in lowered
        )
    ]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_WORDS), st.sampled_from(["", ".", ". ", " ", ".\n", ","])),
        max_size=12,
    ),
    st.sampled_from(["en", "ru", "fa", "hi", "zh", "ja"]),
)
def test_abbreviations_present_as_by_searching_the_whole_text(
    pieces: list[tuple[str, str]], lang: str
) -> None:
    import pysbd.languages

    from citydiplo._extract._abbreviations import _present

    line = "".join(w + (sep or " ") for w, sep in pieces)
    language = pysbd.languages.LANGUAGE_CODES[lang]
    assert _present(line, language) == _present_by_search(line, language)


def test_abbreviations_present_literal_cases() -> None:
    import pysbd.languages

    from citydiplo._extract._abbreviations import _present

    fa = pysbd.languages.LANGUAGE_CODES["fa"]
    # Persian letters before the periods, an English abbreviation in the line: it is read
    line = "شهردار تهران با Dr. Kim دیدار کرد. سفر ادامه دارد."
    assert _present(line, fa) == _present_by_search(line, fa)
    assert "dr" in _present(line, fa)
    # no ASCII letter in the line: no abbreviation of ASCII letters
    assert _present("شهردار تهران دیدار کرد.", fa) == []
    ru = pysbd.languages.LANGUAGE_CODES["ru"]
    line = "В 2024 г. мэр посетил ул. Ленина."
    assert {"г", "ул"} <= set(_present(line, ru)) and _present(line, ru) == _present_by_search(
        line, ru)


_LEXICON_WORDS = ["sister", "sister city", "si", "s", "mou", "mo", "visit", "visitor", "市",
                  "市长", "友好城市", "友好", "Rome", "romeo"]


def _scan_one_by_one(entries: list[tuple[str, str, str]], folded: str,
                     word_start: bool) -> list[tuple[int, int, str, str]]:
    """Leftmost-longest matches per family, every entry tried at every start."""
    from citydiplo._extract._scan import Lexicon, fold_case

    lex = Lexicon(entries, word_start=word_start)
    keys = sorted({(fold_case(s), f, v) for s, f, v in entries if fold_case(s).strip()},
                  key=lambda e: (-min(len(e[0]), 3), -len(e[0]), e))
    best: dict[str, list[tuple[int, int, str, str]]] = {}
    for i in lex._starts(folded):
        seen: set[str] = set()
        for key, family, value in keys:
            if family in seen or not folded.startswith(key, i):
                continue
            end = i + len(key)
            if (word_start and key[-1].isalnum() and end < len(folded)
                    and folded[end].isalnum() and family.startswith("name")):
                continue
            seen.add(family)
            hits = best.setdefault(family, [])
            if hits and hits[-1][1] > i:
                continue
            hits.append((i, end, family, value))
    return sorted((h for hs in best.values() for h in hs), key=lambda h: (h[0], -h[1], h[2], h[3]))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(_LEXICON_WORDS),
                       st.sampled_from(["event", "name_city", "partnership"])),
             min_size=1, max_size=8),
    st.lists(st.sampled_from([*_LEXICON_WORDS, " ", "的", "a", "s"]), max_size=10).map(" ".join),
    st.booleans(),
)
def test_lexicon_scan_as_trying_every_entry(words: list[tuple[str, str]], text: str,
                                            word_start: bool) -> None:
    from citydiplo._extract._scan import Lexicon, fold_case

    entries = [(w, f, w.upper()) for w, f in words]
    folded = fold_case(text)
    got = [(h.start, h.end, h.family, h.value)
           for h in Lexicon(entries, word_start=word_start).scan(folded)]
    assert got == _scan_one_by_one(entries, folded, word_start)


@pytest.mark.parametrize(
    ("text", "before", "after", "expected"),
    [
        ("The mayor thanked this delegation.", ("this", "This"), (), True),
        ("The mayor thanked a delegation.", ("this",), (), False),
        ("chuyến thăm này đã", (), ("này",), True),
        ("chuyến thăm nàyz", (), ("này",), False),
        ("该代表团访问", ("该",), (), True),
    ],
)
def test_next_to_a_marker_literal_cases(text: str, before: tuple[str, ...],
                                        after: tuple[str, ...], expected: bool) -> None:
    from citydiplo._extract._retold import _next_to

    cue = {"delegation": "delegation", "thăm": "thăm", "代表团": "代表团"}
    word = next(w for w in cue if w in text)
    start = text.index(word)
    boundary = not text.startswith("该")
    assert _next_to(start, start + len(word), 0, len(text), text, before, after, boundary,
                    ()) is expected
