"""Look-ups of the place scan kept per word or per pair of characters: the same answers as
read from the text (a Chinese or Japanese position, an Indian town's spellings, the other
nasal spelling of the next three words)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from citydiplo import find_places
from citydiplo._geo._anusvara import nasal_prefixes
from citydiplo._geo._brahmic import _names, nasal_parallel
from citydiplo._geo._cues import merged_cues
from citydiplo._geo._extra import extras
from citydiplo._geo._fold import folded_with_offsets
from citydiplo._geo._gazetteer import gazetteer
from citydiplo._geo._indic import _tries, _word_tries

# characters of Chinese and Japanese place names and of the words around them
_HAN = list("上海市大阪横浜東京北京成都省县区的和了与签署协议友好城市代表团访问韩国日本中国")
_KANA = list("とのはにでがをアイスランドロングビーチ・ー")
_GU = [
    "ભારતના",
    "ગુજરાત",
    "રાજ્યના",
    "ગાંધીધામ",
    "શહેરમાં",
    "નડિયાદ",
    "સભા",
    "અને",
    "હામામાત્સુ",
    "જાપાનના",
    "સુરત",
    "ઇંદોર",
    "માં",
    "ના",
    "શહેર",
    "ઉદ્યોગ",
]
_HI = [
    "भारत",
    "के",
    "इंदौर",
    "इन्दौर",
    "महापौर",
    "ने",
    "कहा",
    "हामामात्सु",
    "शहर",
    "में",
    "जापान",
    "संबंध",
    "गांधीनगर",
    "चंडीगढ",
    "चण्डीगढ",
    "और",
    "सूरत",
]


def test_chinese_and_japanese_positions_literal() -> None:
    gz = gazetteer()
    assert gz.prefixes("上海市和大阪", unspaced=True) == ["上海", "上海市"]
    assert gz.prefixes("的的的", unspaced=True) == []
    assert [m.text for m in find_places("上海市和大阪市签署了协议", lang="zh")] == [
        "上海市",
        "大阪市",
    ]
    assert [m.text for m in find_places("横浜市と大阪", lang="ja")] == ["横浜市", "大阪"]
    assert find_places("的的的", lang="zh") == ()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_HAN + _KANA), min_size=1, max_size=12))
def test_chinese_and_japanese_positions_as_read(chars: list[str]) -> None:
    text = "".join(chars)
    for trie, found in ((gazetteer()._trie, gazetteer()), (extras()._keys, extras())):
        for i in range(len(text)):
            # the pair test lets through every position some key starts at
            assert found.prefixes(text[i:], unspaced=True) == trie.prefixes(text[i:])


def test_indian_towns_literal() -> None:
    got = find_places("ભારતના ગુજરાત રાજ્યના ગાંધીધામ શહેરમાં ઉદ્યોગ", lang="gu")
    assert [(m.text, m.place.country) for m in got][-1] == ("ગાંધીધામ", "IN")
    got = find_places("ભારતના ગુજરાતના નડિયાદ શહેરમાં સભા", lang="gu")
    assert [(m.text, m.place.country) for m in got][-1] == ("નડિયાદ", "IN")
    got = find_places("जापान के हामामात्सु शहर में", lang="hi")
    assert [(m.text, m.place.name) for m in got] == [("जापान", None), ("हामामात्सु", "Hamamatsu")]
    assert [m.text for m in find_places("સભા અને ઉદ્યોગ", lang="gu")] == []


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_GU + _HI), min_size=1, max_size=6), st.sampled_from(["gu", "hi"]))
def test_indian_town_tries_kept_per_word(words: list[str], lang: str) -> None:
    folded = folded_with_offsets(" ".join(words))[0]
    cues = merged_cues(lang)
    i = 0
    while i < len(folded):
        space = folded.find(" ", i)
        stop = len(folded) if space < 0 else space
        assert _tries(folded[i:stop], cues) == _word_tries(folded, i, cues)
        i = stop + 1


def test_nasal_spellings_literal() -> None:
    assert nasal_parallel("इंदौर के महापौर") == ["इंदौर"]
    assert nasal_parallel("संबंध और") == []
    assert [m.place.name for m in find_places("कोबे और इन्दौर", lang="hi")] == ["Kobe", "Indore"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_GU + _HI), min_size=1, max_size=6))
def test_nasal_spellings_of_three_words(words: list[str]) -> None:
    text = " ".join(words)
    for i in [0, *(k + 1 for k, ch in enumerate(text) if ch == " ")]:
        window = text[i:]
        assert nasal_parallel(window) == nasal_prefixes(window, _names)
        assert nasal_parallel(window) == nasal_parallel(window)  # kept, then read again


def test_generic_document_numbers_literal() -> None:
    from citydiplo._docnums import find_document_numbers

    def found(text: str) -> list[str]:
        return [m.text for m in find_document_numbers(text)]

    assert found("Decision No. 12/2024 of the city") == ["Decision No. 12/2024"]
    assert found("Resolution number 45 was adopted") == ["Resolution number 45"]
    assert found("see No.7 and № 8") == ["No.7", "№ 8"]
    assert found("Plan # 9 of the city") == ["Plan # 9"]
    assert found("no number here, 5 cities") == []
    assert found("Nothing 2024") == []


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Decision",
                "plan",
                "No",
                "no",
                "No.",
                "NO.",
                "number",
                "NUMBER",
                "#",
                "№",
                " ",
                "  ",
                "\u00a0",
                "12",
                "7/2024",
                "x",
                ".",
                "law",
                "Nô",
                "số",
                "5",
            ]
        ),
        max_size=10,
    )
)
def test_generic_document_numbers_need_their_word(parts: list[str]) -> None:
    from citydiplo._docnums import _GENERIC_NEEDS, _generic

    text = "".join(parts)
    for match in _generic().finditer(text):
        assert _GENERIC_NEEDS.search(text, match.start(), match.end()) is not None


_ABBREVIATION_TEXT = st.lists(
    st.sampled_from(
        [
            "Dr",
            "dr",
            "St",
            "no",
            "Mr",
            "a.m",
            "p.m",
            "U.S",
            "г",
            "ул",
            "проф",
            "ش",
            "ص",
            ".",
            ". ",
            " ",
            "\n",
            "5",
            " (",
            ":12",
            "-",
            "?",
            ",",
            "I ",
            "x",
            "{",
            "}",
            "|",
            "(",
        ]
    ),
    max_size=14,
)


@settings(max_examples=500, deadline=None)
@given(
    _ABBREVIATION_TEXT,
    st.sampled_from(["Dr", "St", "a.m", "г", "ул", "ش", " Dr", "a(m", "a|m", "no", "u.s"]),
)
def test_period_after_an_abbreviation_as_pysbd_writes_it(parts: list[str], abbr: str) -> None:
    import re

    from citydiplo._extract._abbreviations import _period_after

    text = " " + "".join(parts)
    for before in (rf"\s{abbr}", rf"\A{abbr}", rf"^{abbr}", abbr, rf"\s{re.escape(abbr)}"):
        for after in ("", r"(?=(\s\d|\s+\())", r"(?=(\s|:\d+))"):
            try:
                theirs = re.compile(rf"(?<={before})\." + after)
            except re.error:
                theirs = None
            try:
                ours = re.compile(_period_after(before) + after)
            except re.error:
                ours = None
            assert (theirs is None) == (ours is None)  # an error where pysbd has one
            if theirs is not None and ours is not None:
                assert ours.sub("∯", text) == theirs.sub("∯", text)


def test_period_after_literal() -> None:
    from citydiplo._extract._abbreviations import _period_after

    assert _period_after(r"\sDr") == r"\.(?<=\sDr\.)"
    assert _period_after(r"\sa(m") == r"(?<=\sa(m)\."  # as pysbd writes it, error and all
    assert _period_after(r"\sa|m") == r"(?<=\sa|m)\."


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from([*"aB é,.  \n\tЖжשׁ中、ÉàSeoul-'\"", "\u200c"])))
def test_fold_by_table_as_letter_by_letter(text: str) -> None:
    from citydiplo._geo._fold import _folded, _folded_slowly

    assert _folded(text) == _folded_slowly(text)


def test_fold_literal() -> None:
    from citydiplo._geo._fold import folded_with_offsets

    folded, starts, ends = folded_with_offsets("  Hà Nội,  Seoul")
    assert folded == "ha noi seoul"
    assert (starts[0], ends[0]) == (2, 3)
    assert (starts[-1], ends[-1]) == (15, 16)
