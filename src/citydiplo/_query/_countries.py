"""Country names to ISO codes for query arguments and importers.

Uses citydiplo's country resolver (``citydiplo._geo``) when it is available, else an exact
pycountry look-up (code, name or official name; no fuzzy matching). A name that cannot be
resolved is an error: it is never guessed.
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import Any

from citydiplo._errors import CitydiploError, UnknownNameError
from citydiplo._model._checks import country_codes

__all__ = ["country_code"]


@cache
def _resolver() -> Any:
    try:
        geo = importlib.import_module("citydiplo._geo")
    except ImportError:
        return None
    return getattr(geo, "resolve_country", None)


def _code_of(result: object) -> str | None:
    if isinstance(result, str):
        return result
    for attr in ("alpha_2", "code", "country"):
        value = getattr(result, attr, None)
        if isinstance(value, str):
            return value
    return None


def country_code(text: str) -> str:
    """The ISO 3166-1 alpha-2 code of a country given by code or name.

    Raises:
        UnknownNameError: no country has that name (the message quotes it).
        AmbiguousNameError: the resolver finds several ("Guinea"...).

    >>> country_code("KR"), country_code("Viet Nam")
    ('KR', 'VN')
    """
    text = text.strip()
    if text.upper() in country_codes() and len(text) == 2:
        return text.upper()
    resolve = _resolver()
    if resolve is not None:
        try:
            code = _code_of(resolve(text))
        except CitydiploError:
            raise
        except LookupError:
            code = None
        if code is not None:
            return code
        raise UnknownNameError(f"{text!r} is not a country name this library knows", name=text)
    import pycountry

    try:
        country = pycountry.countries.lookup(text)
    except LookupError:
        raise UnknownNameError(
            f"{text!r} is not a country name this library knows", name=text
        ) from None
    return str(country.alpha_2)
