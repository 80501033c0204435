"""Chinese names of Russia's krais written with the short form of their generic word (a
respelling :func:`._foreign.spelled_otherwise` offers ``find_places``).

A krai (край) is "边疆区" in the Chinese names CLDR and GeoNames give ("堪察加边疆区",
Kamchatka Krai; "滨海边疆区", Primorsky Krai), and Chinese news often shortens the generic
word to "边区": "俄罗斯堪察加边区州长" (the governor of Kamchatka Krai). A name written with
"边区" is read as the name written with "边疆区" when the gazetteer holds that one; the
name's span is the text's own ("堪察加边区").
"""

from __future__ import annotations

from citydiplo._normalize import match_key

__all__ = ["krai_prefixes"]

SHORT, FULL = "边区", "边疆区"
_LONGEST = 12  # characters of a krai's name before its generic word, at most


def krai_prefixes(window: str) -> list[tuple[str, int]]:
    """The names at the start of the folded ``window`` written with "边区", as (the key of
    the name with "边疆区", the name's length in ``window``).

    >>> krai_prefixes("堪察加边区州长索洛多夫")
    [('堪察加边疆区', 5)]
    >>> krai_prefixes("边区"), krai_prefixes("东京")
    ([], [])
    """
    at = window.find(SHORT, 1, _LONGEST + len(SHORT))
    if at < 0:
        return []
    return [(match_key(window[:at] + FULL), at + len(SHORT))]
