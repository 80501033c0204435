"""A Sino-Vietnamese name read as a place in a Han-writing country the text never names (a
check ``find_places`` runs on the mentions its scan read).

Vietnamese names Chinese, Japanese and Korean places by the Sino-Vietnamese reading of their
characters, and Vietnamese places are named by the same syllables: "Lệ Thủy" is a district
of Quảng Bình and the reading of 丽水 (Lishui, Zhejiang), "Sơn Tây" a town of Hà Nội and a
district of Quảng Ngãi as well as the reading of 山西 (Shanxi). A Vietnamese text about such
a place abroad says where it is: it names the country ("Trung Quốc", read or not), a big
city of it, a province with its level word ("tỉnh Chiết Giang") or a name written as at
home, or it names a town with its province ("thành phố Đông Hưng, Quảng Tây"). So when
every place read in one of those countries is a town (under
:data:`~citydiplo._geo._han_straddle.BIG`) or a province without its level word, each named
with Vietnamese marks, none of them is read: the text names no place of that country.
"""

from __future__ import annotations

from typing import TypeVar

from citydiplo._geo._guard_types import Mention
from citydiplo._geo._han_straddle import BIG
from citydiplo._geo._hierarchy import related
from citydiplo._geo._places import PlaceKind

__all__ = ["outside_unsupported_sino_viet"]

M = TypeVar("M", bound=Mention)

_HAN_COUNTRIES = frozenset({"CN", "TW", "HK", "MO", "JP", "KR", "KP"})
_PROVINCE_WORDS = (
    "tỉnh ",
    "Tỉnh ",
    "tỉnh ủy ",
    "Tỉnh ủy ",
    "Tỉnh uỷ ",
    "khu tự trị ",
    "Khu tự trị ",
)
# the countries' Vietnamese names: written in the text, they place its names even where the
# scan leaves them unread (no language given)
_COUNTRY_NAMES = {
    "CN": ("Trung Quốc", "Trung Hoa"),
    "TW": ("Đài Loan",),
    "HK": ("Hồng Kông",),
    "MO": ("Ma Cao",),
    "JP": ("Nhật Bản",),
    "KR": ("Hàn Quốc",),
    "KP": ("Triều Tiên",),
}


def _marked(span: str) -> bool:
    """Whether ``span`` is Latin writing with a mark (a Vietnamese spelling, not "Busan")."""
    latin = all(
        ch.isascii() or "\u00c0" <= ch < "\u0250" or "\u1e00" <= ch <= "\u1eff" for ch in span
    )
    return latin and not span.isascii()


def _weak(m: Mention, text: str) -> bool:
    """Whether ``m`` is a Sino-Vietnamese reading that cannot place itself (see above)."""
    place = m.place
    if not _marked(m.text):
        return False
    if place.kind is PlaceKind.CITY:
        return (place.population or 0) < BIG
    if place.kind is PlaceKind.SUBDIVISION:
        before = text[max(0, m.start - 12) : m.start]
        return not before.endswith(_PROVINCE_WORDS)
    return False


def _consistent(members: list[M]) -> bool:
    """Whether a town of ``members`` lies in a province of ``members``: "thành phố Đông
    Hưng, Quảng Tây" places itself (Dongxing, Guangxi), "Lệ Thủy ... Sơn Tây" does not."""
    provinces = [m.place.subdivision for m in members if m.place.kind is PlaceKind.SUBDIVISION]
    return any(
        m.place.kind is PlaceKind.CITY
        and m.place.subdivision is not None
        and any(p is not None and related(m.place.subdivision, p) for p in provinces)
        for m in members
    )


def outside_unsupported_sino_viet(mentions: list[M], text: str, lang: str | None) -> list[M]:
    """``mentions`` without the Sino-Vietnamese readings of places in a country the text
    names no place of (see above).

    >>> from citydiplo import find_places
    >>> [m.text for m in find_places("huyện Lệ Thủy, tỉnh Quảng Bình", lang="vi")]
    ['Quảng Bình']
    >>> [m.text for m in find_places("thành phố Lệ Thủy, tỉnh Chiết Giang (Trung Quốc)", lang="vi")]
    ['Lệ Thủy', 'Chiết Giang', 'Trung Quốc']
    """
    if not mentions or lang not in (None, "vi"):
        return mentions
    unsupported: set[str] = set()
    for country in sorted({m.place.country for m in mentions} & _HAN_COUNTRIES):
        if any(name in text for name in _COUNTRY_NAMES[country]):
            continue
        members = [m for m in mentions if m.place.country == country]
        if all(_weak(m, text) for m in members) and not _consistent(members):
            unsupported.add(country)
    if not unsupported:
        return mentions
    return [m for m in mentions if m.place.country not in unsupported]
