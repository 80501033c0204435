"""Recall rules of the seventh round: places read from lists they share with found places
(``_extract/_coordinated``) -- literal positive and negative cases."""

from __future__ import annotations

import pytest

from citydiplo import extract


def _places(x: object) -> list[tuple[str, str | None]]:
    return [(m.text, m.actor) for m in x.mentions if m.kind == "place"]  # type: ignore[attr-defined]


def _parties(x: object) -> list[tuple[str, list[str]]]:
    return [(r.type, sorted(r.actors)) for r in x.records]  # type: ignore[attr-defined]


# --- lists of places -------------------------------------------------------------------


def test_en_list_items_beside_a_found_place_are_places() -> None:
    x = extract("The municipalities of Gorizia, Nova Gorica, Klagenfurt and Zalaegerszeg "
                "signed a friendship agreement on 18 September 2014.", lang="en")
    assert [t for t, _ in _places(x)] == ["Gorizia", "Nova Gorica", "Klagenfurt",
                                          "Zalaegerszeg"]
    assert ("agreement", ["city-gorizia", "city-klagenfurtamworthersee", "city-novagorica",
                          "city-zalaegerszeg"]) in _parties(x)


def test_en_a_learned_name_named_again_is_the_same_place() -> None:
    x = extract("Mayors of Klagenfurt and Zalaegerszeg met in May. Later, the city of "
                "Zalaegerszeg hosted a sister city festival. A festival opened in Zalaegerszeg's "
                "square.", lang="en")
    assert [a for t, a in _places(x) if "Zalaegerszeg" in t] == ["city-zalaegerszeg"] * 3


def test_en_partner_list_gives_one_partnership_each() -> None:
    x = extract("Gwangju City in Korea has 10 partner cities, including Zibo in China, and "
                "domestic cities such as Donghae, Goheung, Taebaek, Boeun, and Andong.",
                lang="en")
    partners = [actors for t, actors in _parties(x) if t == "partnership"]
    for city in ("goheung", "boeun", "andong"):
        assert sorted(["city-gwangju", f"city-{city}"]) in partners


def test_en_apposition_is_no_list() -> None:
    x = extract("Mayor Kim of Suwon met the Mayor of Cincinnati, Mark Mallory, and signed "
                "a sister city agreement.", lang="en")
    assert "Mark Mallory" not in [t for t, _ in _places(x)]


def test_en_sentence_first_word_is_no_list_item() -> None:
    x = extract("However, Klagenfurt and Zalaegerszeg signed a friendship agreement.",
                lang="en")
    assert "However" not in [t for t, _ in _places(x)]


def test_en_list_with_a_person_is_no_list_of_places() -> None:
    x = extract("Mayor Kim Min-su, Klagenfurt and Zalaegerszeg signed an agreement.",
                lang="en")
    assert "Zalaegerszeg" not in [t for t, _ in _places(x)]


def test_ru_items_share_the_case_of_the_found_place() -> None:
    x = extract("Мэры Краснодара и Сухума подтвердили побратимские связи между городами. "
                "Договор о побратимстве между Краснодаром и Сухумом был заключен 10 лет "
                "назад.", lang="ru")
    assert [a for t, a in _places(x) if t.startswith("Сухум")] == ["city-сухум"] * 2
    assert ("partnership", ["city-krasnodar", "city-сухум"]) in _parties(x)


def test_ru_another_case_is_no_place() -> None:
    x = extract("Мэр Краснодара и Иван Петров подписали соглашение.", lang="ru")
    assert "Иван Петров" not in [t for t, _ in _places(x)]


@pytest.mark.parametrize(("lang", "text", "first"), [
    ("vi", "Thành phố Huế và Cộng hòa Séc ký kết thỏa thuận hợp tác.", "Huế"),
    ("ko", "수원시와 하노이, 그리고 다낭은 자매결연을 맺었다.", "수원시"),
    ("zh", "苏州市和威尼斯、布鲁日签署友好城市协议。", "苏州市"),
    ("ja", "京都市とボストン、パリが姉妹都市協定を締結した。", "京都市"),
    ("hi", "दिल्ली और सियोल तथा डेलवारे ने समझौते पर हस्ताक्षर किए।", "दिल्ली"),
    ("gu", "અમદાવાદ અને કોબે તથા ડેલવેરે કરાર પર હસ્તાક્ષર કર્યા.", "અમદાવાદ"),
    ("he", "חיפה ובת ים וקריית ים חתמו על הסכם.", "חיפה"),
    ("fa", "تهران و دوشنبه و آنکارا تفاهم‌نامه امضا کردند.", "تهران"),
    ("en", "Klagenfurt, Gorizia and Zalaegerszeg signed an agreement.", "Klagenfurt"),
])
def test_only_cased_languages_with_coordinators_learn_places_from_lists(
        lang: str, text: str, first: str) -> None:
    """Without capitals (or, in Vietnamese, with capitals on every word of a title as well
    as of a name) a list shows no name's edges: the rule reads nothing there."""
    from citydiplo._extract._coordinated import coordinated_places
    from citydiplo._extract._cues import cues
    from citydiplo._extract._mention import Mention

    found = Mention(kind="place", start=0, end=len(first), text=first, actor="city-x",
                    actor_type="city", geonames=1)
    got = coordinated_places([found], text, cues(lang), [], [], lang)
    if lang == "en":
        assert [m.text for m in got] == ["Klagenfurt", "Gorizia", "Zalaegerszeg"]
    else:
        assert got == [found]
