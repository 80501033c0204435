"""Cases from real news in ten languages (bench/extract_devset20): the families of wrong
records they stand for, each shown in several wordings."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citydiplo import extract
from citydiplo._extract._coordinated import _multilateral


def _ties(text: str, lang: str) -> list[list[str]]:
    return sorted(sorted(r.actors) for r in extract(text, lang=lang).records
                  if r.type == "partnership")


# -- a list of three places pairs no two of them unless the tie is said to be among all --
# https://arzuw.news/en/?p=30462 : "The signing of documents on the establishment of
# twinning relations between the cities of Arkadag, Kazan and Telavi took place at the City
# Hall of Arkadag." (Arkadag's ties with Kazan and with Telavi; Kazan and Telavi no pair)

@pytest.mark.parametrize("text", [
    "The signing of documents on the establishment of twinning relations between the cities "
    "of Arkadag, Kazan and Telavi took place at the City Hall of Arkadag.",
    "Twinning relations between the cities of Arkadag, Kazan and Telavi were set up.",
    "Sister city relations between Arkadag, Kazan and Telavi were set up.",
])
def test_the_last_two_of_a_list_are_no_pair(text: str) -> None:
    assert ["city-kazan", "city-telavi"] not in _ties(text, "en")


@pytest.mark.parametrize(("lang", "text", "pair"), [
    ("en", "A three-way twinning between Yazd, Isfahan and Tabriz was proposed.",
     ["city-isfahan", "city-tabriz"]),
    ("fa", "خواهرخواندگی سه جانبه بین یزد، اصفهان و تبریز پیشنهاد شد.",
     ["city-isfahan", "city-tabriz"]),
])
def test_a_multilateral_tie_keeps_its_joined_pair(lang: str, text: str,
                                                   pair: list[str]) -> None:
    """Negatives: a word of a tie among three stands before the list."""
    assert pair in _ties(text, lang)


_NAME = st.text(alphabet="abcdefgh", min_size=3, max_size=8)


@settings(max_examples=60, deadline=None)
@given(_NAME, st.sampled_from(["", "three-way ", "trilateral ", "سه جانبه ", "三方"]))
def test_multilateral_reads_only_the_words_before_the_list(noun: str, word: str) -> None:
    """Law: the list is multilateral exactly when one of the words stands before it, and
    never because of what follows it."""
    head = f"a {word}{noun} of "
    text = head + "A, B and C, a trilateral one"
    assert _multilateral(text, len(head)) == bool(word)


# -- a place named with a locative postposition is where an agreement was signed ----------
# https://jantaserishta.com/world/governor-and-representatives-of-yamanashi-prefecture-of-
# japan-visited-taj-mahal-3723933 : "उत्तर प्रदेश के मुख्यमंत्री योगी आदित्यनाथ ने सोमवार को
# लखनऊ में जापान के यामानाशी प्रान्त के साथ समझौता ज्ञापन (एमओयू) पर हस्ताक्षर किए।"

@pytest.mark.parametrize("text", [
    "यामानाशी के राज्यपाल ने आगरा का दौरा किया। उत्तर प्रदेश के मुख्यमंत्री योगी आदित्यनाथ ने "
    "सोमवार को लखनऊ में जापान के यामानाशी प्रान्त के साथ समझौता ज्ञापन (एमओयू) पर हस्ताक्षर किए।",
    "उत्तर प्रदेश ने लखनऊ में यामानाशी प्रान्त के साथ समझौता ज्ञापन पर हस्ताक्षर किए।",
    "यामानाशी के राज्यपाल आए। उन्होंने लखनऊ में समझौता ज्ञापन पर हस्ताक्षर किए।",
])
def test_the_place_of_signing_is_no_party(text: str) -> None:
    parties = [sorted(r.actors) for r in extract(text, lang="hi").records
               if r.type == "agreement"]
    assert all("city-lucknow" not in p for p in parties)


def test_a_place_named_as_a_side_stays_a_party() -> None:
    """Negative: no locative postposition after either side."""
    t = "लखनऊ ने आगरा के साथ समझौता ज्ञापन पर हस्ताक्षर किए।"
    assert [sorted(r.actors) for r in extract(t, lang="hi").records
            if r.type == "agreement"] == [["city-agra", "city-lucknow"]]


# -- a day is never part of a person's name ----------------------------------------------
# https://www.imna.ir/news/928302 : "سید امین مرتضوی ... با بیان اینکه روز یکشنبه هفته گذشته
# میزبان سفیر کره جنوبی بودند" (last Sunday they hosted the ambassador of South Korea)

@pytest.mark.parametrize("text", [
    "سید امین مرتضوی در گفتوگو با خبرنگار با بیان اینکه روز یکشنبه هفته گذشته میزبان سفیر "
    "کره جنوبی بودند، اظهار کرد: این دیدار اهمیت زیادی داشت.",
    "شهرداری اصفهان روز یکشنبه هفته گذشته میزبان سفیر کره جنوبی بود.",
])
def test_a_name_holding_a_date_is_no_person(text: str) -> None:
    x = extract(text, lang="fa", published="2025-05-10")
    dates = [(m.start, m.end) for m in x.mentions if m.kind == "date"]
    people = [m for m in x.mentions if m.kind == "person"]
    assert dates and not any(m.start <= a and b <= m.end for m in people for a, b in dates)


def test_a_person_beside_a_date_stays() -> None:
    """Negative: the date stands outside the name."""
    t = "کاظم جلالی سفیر ایران روز یکشنبه هفته گذشته وارد مسکو شد."
    x = extract(t, lang="fa", published="2025-05-10")
    assert "کاظم جلالی" in [m.name for m in x.mentions if m.kind == "person"]


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 20), st.integers(1, 10), st.integers(0, 30), st.integers(1, 10))
def test_dateless_people_drops_only_a_name_around_a_whole_date(
        p0: int, plen: int, d0: int, dlen: int) -> None:
    """Law: a draft person is dropped exactly when a date lies wholly inside it."""
    from citydiplo._extract._mention import Mention, draft_id
    from citydiplo._extract._outside import dateless_people

    p = Mention(kind="person", start=p0, end=p0 + plen, text="x",
                actor=draft_id("person", "ab"), actor_type="person", name="ab")
    d = Mention(kind="date", start=d0, end=d0 + dlen, text="y")
    inside = p.start <= d.start and d.end <= p.end
    assert dateless_people([p], [d]) == ([] if inside else [p])
