"""Families of faults found by the blind set 19b (``bench/places_news_blind19b.json``: real
news in Russian, Hindi, Gujarati, Hebrew and Persian), each with the guards that keep the
right readings. Expected values are written from the languages and the places themselves."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citydiplo import find_places
from citydiplo._geo._indic import _town_keys, latin_spellings


def _read(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.place.country, m.place.subdivision) for m in find_places(text, lang=lang)]


# -- a word ending in a bare consonant is spelled without the inherent vowel at its end ------


def test_patan_is_never_patna() -> None:
    # https://atalsamachar.com/forecast-gujarat-warning-issued-for-these-districts-of-the/cid15068285.htm
    text = "બનાસકાંઠા, અમદાવાદ, પાટણ, ગાંધીનગર ,આણંદ, ખેડા, સાબરકાંઠા, મહીસાગર"
    assert all(sub != "IN-BR" for _, _, sub in _read(text, "gu"))
    assert _town_keys("પાટણ", ("IN",)) == ("patan",)


@pytest.mark.parametrize(
    ("word", "key"),
    [("નવસારી", "navsari"), ("ગાંધીધામ", "gandhidham"), ("पटना", "patna"), ("केरल", "kerala")],
)
def test_town_keys_keep_the_signed_and_the_only_spellings(word: str, key: str) -> None:
    # a signed last vowel ("पटना") is spelled; "केरल" has no spelling without the final "a"
    assert key in _town_keys(word, ("IN",))


_CONSONANTS = "કખગઘચજટડણતદધનપબભમયરલવશસહ"
_SIGNS = ["", "ા", "િ", "ી", "ુ", "ૂ", "ે", "ો", "ં"]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_CONSONANTS), st.sampled_from(_SIGNS)), min_size=2, max_size=4
    )
)
def test_no_final_vowel_beside_its_bare_spelling(letters: list[tuple[str, str]]) -> None:
    # the law: when a spelling without the inherent final vowel names a town, no spelling
    # that only adds that vowel is kept
    word = "".join(c + s for c, s in letters[:-1]) + letters[-1][0]
    keys = _town_keys(word, ("IN",))
    spelled = set(latin_spellings(word))
    bare = [k for k in keys if not (k.endswith("a") and k[:-1] in spelled)]
    assert not bare or keys == tuple(bare)


# -- a subdivision's name used for the mountain range it is named after ------------------


@pytest.mark.parametrize(
    "text",
    [
        # https://khabardooni.com/weather/22136
        "بارش پراکنده در استانهای ساحلی خزر، ارتفاعات البرز مرکزی و شرقی انتظار میرود.",
        "مناطق مرتفع البرز و جزایر نزدیک به تنگه هرمز نیز تحت تأثیر این سامانه قرار خواهند گرفت.",
        # https://www.ilna.ir/ (fa_c2 of the set)
        "شرق فارس، ارتفاعات البرز مرکزی و شرقی بارش رخ می دهد.",
        "دامنه‌های جنوبی البرز بارش",
    ],
)
def test_the_alborz_range_is_no_alborz_province(text: str) -> None:
    assert all(sub != "IR-30" for _, _, sub in _read(text, "fa"))


@pytest.mark.parametrize(
    "text", ["استاندار البرز گفت", "در استان البرز", "استانهای قزوین، البرز، مرکزی و تهران"]
)
def test_alborz_province_is_still_read(text: str) -> None:
    assert ("IR", "IR-30") in {(c, s) for _, c, s in _read(text, "fa")}


def test_the_altai_range_and_the_altai_republic() -> None:
    assert _read("В горах Алтая и в Республике Алтай", "ru") == [
        ("Республике Алтай", "RU", "RU-AL")
    ]


# -- regions listed as adjectives under one plural generic word ---------------------------


def test_regions_listed_under_krai_and_oblast() -> None:
    # https://sport.sopka.ru/event/2024/10/2897
    text = (
        "более 150 спортсменов из Москвы, республик Бурятия, Дагестан, Северная Осетия, "
        "Чеченской республики, Хабаровского, Ставропольского, Приморского, Краснодарского, "
        "Красноярского краёв, Амурской, Еврейской автономной и Сахалинской областей."
    )
    subs = [s for _, _, s in _read(text, "ru")]
    for code in ("RU-KHA", "RU-STA", "RU-PRI", "RU-KDA", "RU-KYA", "RU-AMU", "RU-SAK"):
        assert code in subs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "в Курской, Белгородской и Брянской областях",
            [("Курской", "RU-KRS"), ("Белгородской", "RU-BEL"), ("Брянской областях", "RU-BRY")],
        ),
        (
            "жители Курской и Белгородской областей",
            [("Курской", "RU-KRS"), ("Белгородской областей", "RU-BEL")],
        ),
        (
            "Хабаровскому и Приморскому краям",
            [("Хабаровскому", "RU-KHA"), ("Приморскому краям", "RU-PRI")],
        ),
    ],
)
def test_listed_regions(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, s) for t, _, s in _read(text, "ru")] == expected


@pytest.mark.parametrize(
    "text",
    ["в нескольких областях", "Московской и соседних областей", "в обеих областях и краях"],
)
def test_no_list_of_regions_no_region(text: str) -> None:
    assert [s for _, _, s in _read(text, "ru")] in ([], ["RU-MOS"])


_OBLASTS = [
    "Курской",
    "Белгородской",
    "Брянской",
    "Тверской",
    "Омской",
    "Томской",
    "Иркутской",
    "Амурской",
    "Самарской",
    "Ростовской",
    "Воронежской",
    "Липецкой",
]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_OBLASTS), min_size=2, max_size=4, unique=True))
def test_a_list_reads_as_its_items_written_in_full(adjectives: list[str]) -> None:
    # the law: "A, B и C областей" names the regions "A области", "B области", "C области" name
    text = ", ".join(adjectives[:-1]) + " и " + adjectives[-1] + " областей"
    listed = [s for _, _, s in _read(text, "ru")]
    alone = [_read(f"в {a} области и в Москве", "ru")[0][2] for a in adjectives]
    assert listed == alone


# -- Indian towns listed beside towns of their state ---------------------------------------


def test_towns_listed_in_a_hindi_weather_warning() -> None:
    # https://www.nextmedia.co.in/2020/06/vedar-alart-yoopee-ke-14-jilon--DWEyx.html
    text = (
        "मौसम विभाग के लखनऊ केंद्र के पूर्वानुमान के मुताबिक, अगले तीन घंटे में कानपुर, "
        "फर्रुखाबाद, हरदोई, सीतापुर, बाराबंकी, गोंडा, बहराइच, श्रावस्ती, गोरखपुर, आजमगढ़"
    )
    read = {t: s for t, _, s in _read(text, "hi")}
    assert read["गोंडा"] == "IN-UP"
    assert read["बहराइच"] == "IN-UP"


def test_a_town_listed_in_gujarati_with_its_postposition() -> None:
    # https://www.gujaratfirst.com/videos/rain-forecast-heavy-rain-forecast-in-gujarat/224787
    text = (
        "Rain Forecast : ગુજરાતમાં ભારે વરસાદની આગાહી. "
        "આવતીકાલે અરવલ્લી, પંચમહાલ, દાહોદ, મહીસાગરમાં ભારે વરસાદની આગાહી કરવામાં આવી છે."
    )
    assert ("દાહોદ", "IN", "IN-GJ") in _read(text, "gu")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("गोंडा के किसान परेशान", "गोंडा"),  # no list, no generic word: a frequent word
        ("पटना, गोंडा और गया", "गोंडा"),  # listed beside towns of Bihar: no Gonda there
        ("लखनऊ में बारिश हुई गोंडा", "गोंडा"),  # beside a town, but no list separator
    ],
)
def test_a_town_outside_a_list_of_its_state_stays_unread(text: str, word: str) -> None:
    assert word not in [t for t, _, _ in _read(text, "hi")]


_UP = ["लखनऊ", "गोरखपुर", "देवरिया", "कुशीनगर", "बहराइच", "गोंडा", "वाराणसी", "कानपुर"]


@settings(max_examples=30, deadline=None)
@given(st.permutations(_UP), st.integers(min_value=3, max_value=len(_UP)))
def test_a_list_of_one_states_towns_reads_that_state_only(towns: list[str], n: int) -> None:
    # the law: a town read from a list lies in the state of the town it is listed beside
    text = ", ".join(towns[:n]) + " में भारी बारिश"
    assert {s for _, _, s in _read(text, "hi")} <= {"IN-UP"}


# -- a news agency named by a word and the country; a team named after its region ----------


@pytest.mark.parametrize(
    "text",
    [
        # http://www.aftabir.com/news/article/view/2016/01/21/1114012
        "به گزارش خبرگزاری دانشجویان ایران(ایسنا)، منطقه آذربایجانشرقی",
        "به گزارش خبرگزاری کار ایران از تبریز",
    ],
)
def test_an_agency_named_after_the_country_is_no_country(text: str) -> None:
    assert "IR" not in [s or c for _, c, s in _read(text, "fa")]


def test_a_regions_team_is_no_region() -> None:
    # https://sport.sopka.ru/event/2024/10/2897
    text = "главный тренер сборной Дагестана, спортсмены из Дагестана и Москвы"
    # the region after "из" stays read (the scan's span is the stem "Дагестан")
    assert [s for _, _, s in _read(text, "ru")] == ["RU-DA", "RU-MOW"]
    assert [t for t, _, _ in _read("тренер сборной Дагестана и Москвы", "ru")] == ["Москвы"]


def test_the_aravalli_range_and_the_aravalli_district() -> None:
    assert _read("ગુજરાતમાં અરવલ્લી પર્વતમાળા પર વરસાદ", "gu") == [("ગુજરાત", "IN", "IN-GJ")]
    assert ("અરવલ્લી", "IN", "IN-GJ") in _read("ગુજરાતમાં અરવલ્લી જિલ્લામાં વરસાદ", "gu")


# -- Persian provinces listed after one plural generic word -------------------------------


def test_fars_listed_after_the_plural_of_province() -> None:
    # https://khabardooni.com/weather/22136
    text = (
        "دوشنبه نیز در استانهای فارس، بوشهر، هرمزگان و غرب کرمان رگبار و رعد و برق همراه با "
        "وزش باد شدید موقت"
    )
    assert _read(text, "fa")[:2] == [("فارس", "IR", "IR-07"), ("بوشهر", "IR", "IR-18")]


@pytest.mark.parametrize(
    "text", ["زبان فارس و ادبیات", "جزایر واقع در مرکز خلیج فارس", "استانها و فارس زبانان"]
)
def test_fars_outside_a_list_of_provinces_stays_unread(text: str) -> None:
    assert "IR-07" not in [s for _, _, s in _read(text, "fa")]


_PROVINCES = ["فارس", "بوشهر", "هرمزگان", "خوزستان", "اصفهان", "یزد", "گیلان", "مازندران"]


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(_PROVINCES), min_size=2, max_size=5, unique=True))
def test_a_listed_province_reads_as_after_the_singular(names: list[str]) -> None:
    # the law: "استان‌های A، B و C" names what "استان A", "استان B", "استان C" name
    text = "در استان‌های " + "، ".join(names[:-1]) + " و " + names[-1] + " بارش"
    listed = [s for _, _, s in _read(text, "fa")]
    alone = [_read(f"استان {n}", "fa")[0][2] for n in names]
    assert listed == alone
