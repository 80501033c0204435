"""A big city's one-word name opening a sentence is read without a cue word
(``citydiplo._geo._opening``); words and persons' names opening a sentence are not."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citydiplo import find_places

# (text, lang, the names read)
CASES = [
    ("Paris hosts it.", "en", ["Paris"]),
    ("Busan signed an MOU with Little Rock.", "en", ["Busan", "Little Rock"]),
    ("Seoul said on Monday.", "en", ["Seoul"]),
    ("Tokyo and Osaka signed it.", "en", ["Tokyo", "Osaka"]),
    ("Москва подписала соглашение.", "ru", ["Москва"]),
    # a word or a small place's name opening a sentence stays held back
    ("Nice to meet you.", "en", []),
    ("Reading is fun.", "en", []),
    ("Mobile phones are cheap.", "en", []),
    ("Jackson said no.", "en", []),
    ("Phoenix rises.", "en", []),
    # an adjective made of the name: the Voronezh governor (gorcom36.ru headline)
    ("Воронежский губернатор отправился в приграничный район", "ru", []),
    # a capitalised word, a possessive or a comma after the name keep it held back
    ("Houston Chronicle reported it.", "en", []),
    ("Paris's mayor spoke.", "en", []),
    ("Paris, the capital, hosts it.", "en", []),
    # a pronoun of a person in the sentence: a person called by name, not the city
    ("Sydney said she would come.", "en", []),
    ("Dallas said his team won.", "en", []),
    ("Seoul said its history matters.", "en", ["Seoul"]),  # "its", and "his" inside a word
    ("Paris hosts it. She came.", "en", ["Paris"]),  # the pronoun of another sentence
]


@pytest.mark.parametrize(("text", "lang", "names"), CASES)
def test_opening_name(text: str, lang: str, names: list[str]) -> None:
    assert [m.text for m in find_places(text, lang=lang)] == names


def test_surname_elsewhere_keeps_it_a_person() -> None:
    from citydiplo._geo._opening import _beside_capital

    text = "Mayor Lima Barreto spoke. Lima said the plan works."
    assert _beside_capital(text, 26, 30)
    assert not _beside_capital("Lima said the plan works.", 0, 4)


def _beside_capital_by_scan(text: str, start: int, end: int) -> bool:
    """The rule read literally: every other place where the text writes the name, and the
    word just before it and just after it (an independent, slow reading)."""
    name = text[start:end]
    for at in range(len(text) - len(name) + 1):
        if at == start or not text.startswith(name, at):
            continue
        after = at + len(name)
        if (at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_")) or (
            after < len(text) and (text[after].isalnum() or text[after] == "_")
        ):
            continue  # inside a longer word
        before = text[:at]
        if before.endswith(" "):
            before = before[:-1]
            before = before[:-1] if before.endswith(".") else before
            word = ""
            while before and before[-1].isalpha():
                word, before = before[-1] + word, before[:-1]
            if word[:1].isupper():
                return True
        if text[after : after + 1] == " " and text[after + 1 : after + 2].isupper():
            return True
    return False


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Lima", "Xi'an", "Mayor", "Dr.", "said", "lima", "Омск", "мэр", "2", "_"]),
        max_size=9,
    ),
    st.lists(st.sampled_from([" ", "  ", ". ", ", ", "", "-"]), min_size=9, max_size=9),
    st.integers(0, 8),
)
def test_beside_capital_agrees_with_a_literal_reading(
    words: list[str], gaps: list[str], pick: int
) -> None:
    from citydiplo._geo._opening import _beside_capital

    text, spans = "", []
    for word, gap in zip(words, gaps, strict=False):
        spans.append((len(text), len(text) + len(word)))
        text += word + gap
    spans = [(s, e) for s, e in spans if text[s].isalpha()]  # a name: a word, not "2"
    if spans:
        start, end = spans[pick % len(spans)]
        assert _beside_capital(text, start, end) == _beside_capital_by_scan(text, start, end)


@pytest.mark.parametrize(
    "unit",
    [
        "Seoul said it. Mayor Seoul Kim spoke. ",  # the name beside a capital, again and again
        "Seoul said it. Xi'an said it. Busan hosts it. ",  # read at every sentence's start
    ],
)
def test_opening_rule_takes_linear_time(unit: str) -> None:
    import time

    def cost(size: int) -> float:
        text = unit * (size // len(unit))
        find_places(text, lang="en")  # warm
        start = time.perf_counter()
        find_places(text, lang="en")
        return time.perf_counter() - start

    small, large = cost(5_000), cost(50_000)
    assert large / small < 25, (small, large)
