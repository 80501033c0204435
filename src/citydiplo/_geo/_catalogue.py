"""A country name that CLDR gives one country is that country, whatever pycountry adds.

The gazetteer indexes country names from CLDR (via Babel) and from pycountry's translation
catalogues, and some catalogues hold errors: pycountry's Persian catalogue names Eritrea
"فلسطین" too (CLDR: Palestine only), its Gujarati one South Korea "દક્ષિણ આફ્રિકા" (South
Africa). Where the index gives a key several countries, the country resolver, which reads
CLDR before the catalogues, decides: when it names one of them alone, the others are
dropped; when it finds the key ambiguous, all stay.
"""

from __future__ import annotations

from citydiplo._errors import AmbiguousNameError
from citydiplo._geo._gazetteer import Postings

__all__ = ["one_country"]


def one_country(found: Postings, key: str) -> Postings:
    """``found`` with only the country the resolver gives ``key``, when it gives one of
    ``found.countries``.

    >>> one_country(Postings(("ER", "PS"), ()), "فلسطین").countries
    ('PS',)
    >>> one_country(Postings(("CD", "CG"), ()), "congo").countries
    ('CD', 'CG')
    """
    if len(found.countries) < 2:
        return found
    from citydiplo._geo._countries import find_country

    try:
        code = find_country(key)
    except AmbiguousNameError:
        return found
    if code is None or code not in found.countries:
        return found
    return found._replace(countries=(code,))
