"""``lang`` of the date functions: a supported code, checked before any fast path.

A text that is EDTF already ("2024") used to be read before ``lang`` was looked at, so
``parse_date("2024", lang="xx")`` answered while ``find_dates`` refused the same language.
"""

from __future__ import annotations

import pytest

import citydiplo as cd

LANGS = ("en", "ko", "vi", "zh", "ja", "ru", "hi", "gu", "he", "fa")


@pytest.mark.parametrize("lang", ["xx", "EN", "english", "", "kr"])
@pytest.mark.parametrize("text", ["2024", "2024-05-06", "6 May 2024"])
def test_an_unknown_language_is_refused_quoting_it(lang: str, text: str) -> None:
    for call in (cd.parse_date, cd.find_dates):
        with pytest.raises(cd.DateParseError, match=f"language {lang!r} is not supported"):
            call(text, lang=lang)


@pytest.mark.parametrize("lang", [5, ["en"], b"en"])
def test_a_language_that_is_no_str_is_a_type_error(lang: object) -> None:
    for call in (cd.parse_date, cd.find_dates):
        with pytest.raises(cd.ArgumentTypeError, match="must be a language code"):
            call("2024", lang=lang)  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", [None, *LANGS])
def test_every_supported_language_reads_an_edtf_year(lang: str | None) -> None:
    assert str(cd.parse_date("2024", lang=lang)) == "2024"
