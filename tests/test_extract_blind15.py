"""Families of faults found by the round-15 development set (bench/extract_devset15).

Each case is written from the meaning of the sentence, not from what the code returns.
"""

from __future__ import annotations

import pytest

from citydiplo import extract


def _ties(text: str, lang: str) -> list[list[str]]:
    x = extract(text, lang=lang)
    names = {a.id: a.name for a in x.dataset.actors}
    return sorted(sorted(names[p] for p in r.parties) for r in x.dataset.partnerships)


# -- "X is the twin city of Y": the word for "the city" inside the cue is no anaphor -------
# The article's most-named city (Wuhan, Varanasi, Surat) is no side of a tie between two
# other cities that the sentence names itself.


@pytest.mark.parametrize(
    ("text", "lang", "tie"),
    [
        (
            "ווהאן היא עיר גדולה בסין. בווהאן יש נמל גדול. תל אביב היא העיר התאומה של בייג'ינג.",
            "he",
            ["Beijing", "Tel Aviv"],
        ),
        (
            "वाराणसी एक प्राचीन शहर है। वाराणसी में गंगा है। अहमदाबाद कोबे का जुड़वा शहर है।",
            "hi",
            ["Ahmedabad", "Kobe"],
        ),
        (
            "સુરત એક મોટું શહેર છે. સુરતમાં હીરા ઉદ્યોગ છે. અમદાવાદ કોબેનું ભગિની શહેર છે.",
            "gu",
            ["Ahmedabad", "Kobe"],
        ),
    ],
)
def test_a_tie_between_two_named_cities_leaves_the_main_city_out(
    text: str, lang: str, tie: list[str]
) -> None:
    assert _ties(text, lang) == [tie]


@pytest.mark.parametrize(
    ("text", "lang", "tie"),
    [
        (
            "ווהאן היא עיר גדולה בסין. בווהאן יש נמל גדול. ראש העיר ביקר בבייג'ינג, העיר התאומה.",
            "he",
            ["Beijing", "Wuhan"],
        ),
        (
            "वाराणसी एक प्राचीन शहर है। वाराणसी में गंगा है। महापौर ने जुड़वा शहर काठमांडू का दौरा किया।",
            "hi",
            ["Kathmandu", "Varanasi"],
        ),
    ],
)
def test_a_twin_city_named_alone_is_still_the_main_citys_partner(
    text: str, lang: str, tie: list[str]
) -> None:
    assert _ties(text, lang) == [tie]


# -- a signed friendship or sister-city agreement between two cities founds their tie -------


def _records(text: str, lang: str, published: str | None = None) -> list[tuple[str, list[str]]]:
    x = extract(text, lang=lang, published=published)
    names = {a.id: a.name for a in x.dataset.actors}
    return sorted(
        (r.type, sorted(names[p] for p in r.parties))
        for r in x.records
        if r.type in ("partnership", "agreement")
    )


@pytest.mark.parametrize(
    ("text", "lang", "published", "pair"),
    [
        (
            "10月20日下午,承德市與韓國慶州市簽署友好交流協議書。",
            "zh",
            "2015-10-21",
            ["Chengde", "Gyeongju"],
        ),
        (
            "Мэр Петах-Тиквы и мэр Леваллуа-Перре подписали соглашение о дружбе и сотрудничестве.",
            "ru",
            None,
            ["Levallois-Perret", "Petaẖ Tiqva"],
        ),
    ],
)
def test_a_signed_friendship_agreement_founds_the_tie(
    text: str, lang: str, published: str | None, pair: list[str]
) -> None:
    assert _records(text, lang, published) == [("agreement", pair), ("partnership", pair)]


def test_the_tie_takes_the_signing_day() -> None:
    x = extract(
        "10月20日下午,承德市與韓國慶州市簽署友好交流協議書。", lang="zh", published="2015-10-21"
    )
    assert [str(p.established) for p in x.dataset.partnerships] == ["2015-10-20"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # two councils' agreement: no tie of the two cities
        ("2018年には京都市会と台南市議会との間で友好交流協定を締結。", "ja"),
        # a memorandum founds no tie
        ("Suwon and Hue signed a memorandum of understanding on 12 May 2023.", "en"),
    ],
)
def test_no_tie_from_a_council_agreement_or_a_memorandum(text: str, lang: str) -> None:
    assert [t for t, _ in _records(text, lang)] == ["agreement"]


# -- "after concluding the agreement ...": the agreement already told, not a second one -----


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "پیمان خواهرخواندگی بین شهرهای همدان و تبریز منعقد خواهد شد. ظرفیت های بسیاری در"
            " این دو شهر وجود دارد تا پس از انعقاد تفاهم خواهرخواندگی مورد استفاده قرار گیرد.",
            "fa",
        ),
        (
            "Suwon and Hue signed a memorandum of understanding on 12 May 2023. After signing"
            " the memorandum of understanding, the two mayors toured the old town of Hue.",
            "en",
        ),
        (
            "Казань и Иркутск подписали соглашение о сотрудничестве. После подписания"
            " соглашения мэры посетили выставку в Казани.",
            "ru",
        ),
    ],
)
def test_an_agreement_named_after_its_signing_is_the_one_told(text: str, lang: str) -> None:
    assert [r.type for r in extract(text, lang=lang).records if r.type == "agreement"] == [
        "agreement"
    ]


# -- Korean (SOV) roles: the place nearest before the verb is the one visited --------------


def _roles(text: str, lang: str) -> list[list[tuple[str, str]]]:
    x = extract(text, lang=lang)
    names = {a.id: a.name for a in x.dataset.actors}
    return [
        sorted((names[p.actor], p.role.value) for p in e.participants) for e in x.dataset.events
    ]


def test_the_reporting_city_named_first_is_the_host_it_says_was_visited() -> None:
    text = (
        "파주시는 1일, 파주시의 국외 자매도시인 일본 사세보시 대표단이 파주시를 방문했다고 밝혔다."
    )
    assert _roles(text, "ko") == [[("Paju-si", "host"), ("Sasebo", "visitor")]]


def test_the_city_written_before_the_word_delegation_owns_it() -> None:
    text = (
        "사세보시 대표단은 사세보시가 관광도시인 만큼 파주시의 문화관광 조성사업에 많은 관심을"
        " 보였으며, 임진각 평화 곤돌라를 시찰하는 시간을 가졌다."
    )
    assert _roles(text, "ko") == [[("Paju-si", "host"), ("Sasebo", "delegate")]]


def test_a_city_that_visits_another_stays_the_visitor() -> None:
    assert _roles("군산시는 웨이하이시를 방문했다.", "ko") == [
        [("Gunsan", "visitor"), ("Weihai", "host")]
    ]
