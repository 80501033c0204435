"""Names that are no parties (``citydiplo._extract._noparty``): literal cases.

Each positive case gives a draft person or place on main 953ab96 (a common word beside a
place marker, a country word with a prefix letter, a cue word or a place's office read as a
name); each negative case is the same construction with a real name, which stays.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest

from citydiplo import extract


def _names(text: str, lang: str) -> list[str]:
    x = extract(text, lang=lang)
    return [m.text for m in x.mentions if m.kind in ("place", "person", "organization")]


# a common word beside a place marker (languages written without capitals)
COMMON = [
    ("he", "משלחת מהעיר הגרמנית הגיעה לחיפה.", "העיר הגרמנית"),  # the German city
    ("he", "בישיבת המועצה הצביעו מועצת העיר בעד חתימת ברית ערים תאומות עם ליון.", "העיר בעד"),
    ("fa", "تبریز شهر بسیار زیبایی برای گردشگران است.", "شهر بسیار"),  # a very ... city
    ("fa", "ادغام استان قدیمی کوانگ نام و شهر قدیمی دانانگ انجام شد.", "شهر قدیمی"),  # old
    ("hi", "महापौर ने कहा कि इस बड़े शहर में विकास हुआ।", "बड़े शहर"),  # a big city
    ("gu", "અમદાવાદ શહેરના મેયરે કહ્યું કે કોઈ શહેર સાથે કરાર થયો નથી.", "કોઈ શહેર"),  # any city
    ("gu", "અમદાવાદ ઉપર શહેર સાથે કોબે સાથે સિસ્ટર સિટી કરાર થયો.", "ઉપર શહેર"),  # above
]

# a country word with a prefix letter beside a place marker
COUNTRY = [
    ("he", "ראש העיר ביקר בעיר בגרמניה וחתם על הסכם עם ליון.", "בעיר בגרמניה"),  # in Germany
]

# a cue word or a place's office read as a person
OFFICE = [
    ("zh", "长春市代表团参加东北亚城市市长论坛。", "亚城市市长"),  # the mayors' forum
    ("ja", "24日 舞鶴市長表敬訪問、市内視察。", "表敬訪"),  # courtesy visit
    ("ko", "군산시장은 세계 문화도시 시장 회의에 참석했다.", "문화도시 시장"),  # culture cities
]

# the same constructions with real names: kept
KEPT = [
    ("he", "משלחת מהעיר וירצבורג הגיעה לחיפה.", "העיר וירצבורג"),
    ("he", "משלחת מהעיר אילת הגיעה לחיפה.", "העיר אילת"),  # Eilat is also a frequent word
    ("fa", "هیئتی از شهر کربلا به مشهد آمد.", "شهر کربلا"),
    ("hi", "वाराणसी शहर के महापौर ने काठमांडू का दौरा किया।", "वाराणसी"),
    ("gu", "અમદાવાદ શહેરના મેયરે કોબે શહેરની મુલાકાત લીધી.", "કોબે"),
    ("zh", "长春市市长王宏会见了乌兰巴托市代表团。", "王宏"),
    ("ja", "亳州市の劉健市長と四万十市長が会談した。", "劉健市長"),
    ("ko", "문동신 군산시장이 옌타이시를 방문했다.", "문동신"),
    ("en", "Mayor Kim Min-su of Suwon City visited Hue City in May 2024.", "Mayor Kim Min-su"),
    ("ru", "Мэр Хабаровска Сергей Кравчук встретился с делегацией Фуюаня.", "Хабаровск"),
    ("vi", "Đoàn Hội nghị thành phố Huế thăm Đà Nẵng.", "thành phố Huế"),
]


@pytest.mark.parametrize(("lang", "text", "junk"), COMMON + COUNTRY + OFFICE)
def test_a_word_beside_a_marker_or_title_is_no_name(lang: str, text: str, junk: str) -> None:
    assert junk not in _names(text, lang)


@pytest.mark.parametrize(("lang", "text", "name"), KEPT)
def test_a_real_name_in_the_same_construction_stays(lang: str, text: str, name: str) -> None:
    assert name in _names(text, lang)


def test_no_record_is_built_on_a_country_word() -> None:
    x = extract("ראש העיר ביקר בעיר בגרמניה וחתם על הסכם עם ליון.", lang="he")
    assert not [r for r in x.records if any("בגרמניה" in a for a in r.actors)]


def test_the_common_words_name_no_place_of_the_gazetteer() -> None:
    from citydiplo._geo._places import candidates

    raw = resources.files("citydiplo._extract").joinpath("data/common_words.json").read_text(
        encoding="utf-8")
    data = json.loads(raw)
    assert "wordfreq" in data["_source"]
    for lang in ("he", "fa", "hi", "gu"):
        words = data["words"][lang]
        assert words == sorted(words) and len(words) > 100
        # literal spot checks, from outside the list: places and frequent words
        for place in {"he": ["אילת", "חיפה"], "fa": ["کربلا", "مشهد"], "hi": ["दिल्ली"],
                      "gu": ["અમદાવાદ"]}[lang]:
            assert place not in words
        for word in words[:: max(1, len(words) // 50)]:
            assert not candidates(word)
