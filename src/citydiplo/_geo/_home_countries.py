"""The countries of a language: where it is official and spoken by most (CLDR's territory
languages, via Babel), which tell the home of a text's places."""

from __future__ import annotations

__all__ = ["HOME_SHARE", "home_countries", "official_countries"]

HOME_SHARE = 1.0


def home_countries(lang: str) -> frozenset[str]:
    """The countries where ``lang`` is official (:func:`official_countries`): "ja" ->
    {"JP"}, "fa" -> {"AF", "IR"}; none for a language that other countries make official in
    another script (CLDR's "zh_Hant" in Taiwan): there the text's language does not tell its
    country (a village of Fujian named like a Taiwanese town must not read as one)."""
    from babel.core import get_global

    found = official_countries(lang)
    for country, languages in get_global("territory_languages").items():
        for code, info in languages.items():
            variant = code.startswith(lang + "_") and info.get("official_status")
            if variant and country not in found:
                return frozenset()
    return found


def official_countries(lang: str) -> frozenset[str]:
    """The countries where ``lang`` is official and spoken by :data:`HOME_SHARE` % of the
    people or more, by CLDR's territory languages (via Babel); none for English."""
    from babel.core import get_global

    if lang == "en":
        return frozenset()
    spoken = get_global("territory_languages")
    found = set()
    for country, languages in spoken.items():
        info = languages.get(lang)
        if not info or not info.get("official_status"):
            continue
        share = info.get("population_percent", 0)
        if isinstance(share, float | int) and share >= HOME_SHARE and len(country) == 2:
            found.add(country)
    return frozenset(found)
