"""Vietnamese tone and vowel marks tell names apart (used by ``find_places``).

The gazetteer's keys fold accents away, so "Quản Bạ" (a district of Hà Giang) has the key of
"Quận Ba" (District 3 of Ho Chi Minh City), "Yên Hoa" (a commune of Tuyên Quang) that of
"Yên Hòa" (Hanoi) and "Gia Rai" (a people) that of "Giá Rai" (Bạc Liêu). A text written
with Vietnamese marks writes every syllable's marks, none included: a Vietnamese city whose
own name (GeoNames', with its marks) is not the text's words, marks and all, is another
place. The old and new placements of a tone mark ("Hoà", "Hòa") are one spelling. So is a
country: "Y" (as in "Y tế", health) is not "Ý" (Italy).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import TypeVar

from citydiplo._geo._guard_types import Mention
from citydiplo._geo._places import Place, PlaceKind

__all__ = ["marks_agree", "marks_name_another", "written_with_marks"]

M = TypeVar("M", bound=Mention)
VIETNAM = "VN"
_MARKED = frozenset("ăâđêôơưĂÂĐÊÔƠƯ")  # letters only Vietnamese writes among the ten
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")  # grave, acute, tilde, hook, dot below
_OLD_TONE = re.compile(r"(o|u)([\u0300\u0301\u0303\u0309\u0323])(a|e|y)")  # "hoà" -> "hòa"
MIN_MARKED = 3
_MARKED_RE = re.compile("[" + "".join(sorted(_MARKED)) + "]")


def written_with_marks(text: str) -> bool:
    """Whether ``text`` is Vietnamese written with its marks (at least :data:`MIN_MARKED`
    letters only Vietnamese writes).

    >>> written_with_marks("Hà Giang đón hơn 243.000 lượt du khách"), written_with_marks("Ha Noi")
    (True, False)
    """
    return len(_MARKED_RE.findall(text, 0, len(text))) >= MIN_MARKED


def _spelling(name: str) -> str:
    """A name's letters and marks, case, hyphens and tone placement aside."""
    text = unicodedata.normalize("NFD", name.replace("Ð", "Đ").replace("ð", "đ")).casefold()
    text = _OLD_TONE.sub(lambda m: m.group(1) + m.group(3) + m.group(2), text)
    text = unicodedata.normalize("NFC", text)
    return " ".join(re.sub(r"[-‐–]", " ", text).split())


def marks_agree(span: str, name: str) -> bool:
    """Whether the words ``span`` end the place's own name ``name``, marks and all (when
    they are the end of that name at all: a name read through an alternate name is not
    checked).

    >>> marks_agree("Quản Bạ", "Quận Ba"), marks_agree("Yên Hoa", "Yên Hòa")
    (False, False)
    >>> marks_agree("Đồng Văn", "Thị Trấn Đồng Văn"), marks_agree("Hoà Bình", "Hòa Bình")
    (True, True)
    >>> marks_agree("Quảng Nam", "Điện Bàn")
    True
    """
    written, own = _spelling(span), _spelling(name)
    if not _folded(own).endswith(_folded(written)):
        return True  # read through another of its names, whose marks are not known here
    return own == written or own.endswith(" " + written)


def marks_name_another(span: str, key: str, place: Place) -> bool:
    """Whether ``span``, written with Vietnamese marks, is none of the spellings of the
    Vietnamese province ``place`` but the own name of another place with those very marks:
    "Phù Yên" (a district of Sơn La) is no "Phú Yên" province, whose key it shares.

    >>> from citydiplo import parse_place
    >>> province = parse_place("Phú Yên", lang="vi")
    >>> marks_name_another("Phù Yên", "phu yen", province)
    True
    >>> marks_name_another("Phú Yên", "phu yen", province)
    False
    """
    if place.country != VIETNAM or place.kind is not PlaceKind.SUBDIVISION or span.isascii():
        return False
    from citydiplo._geo._candidates import candidates
    from citydiplo._geo._gazetteer import gazetteer
    from citydiplo._geo._spelled import spellings_of

    written = _spelling(span)
    own = {_spelling(n) for n in (place.name or "", *spellings_of(place.subdivision))}
    if written in own:
        return False
    found = candidates(key)
    rows = (*found.own, *found.alternate)
    return any(_spelling(gazetteer().name(row)) == written for row in rows)


def _folded(spelling: str) -> str:
    """A spelling without its marks ("quận ba" -> "quan ba")."""
    bare = unicodedata.normalize("NFD", spelling.replace("đ", "d"))
    return "".join(ch for ch in bare if not unicodedata.combining(ch))


@cache
def _vietnamese_names(code: str) -> frozenset[str]:
    """The names of country ``code`` in Vietnamese (pycountry's catalogue and CLDR), as
    :func:`_spelling` writes them."""
    import pycountry

    from citydiplo._geo._data import babel_territories, gettext_names

    names: set[str] = set()
    country = pycountry.countries.get(alpha_2=code)
    if country is not None:
        names.update(gettext_names("iso3166-1", "vi", country.name))
    for table in babel_territories("vi"):
        names.update(n for c, n in table.items() if c == code)
    return frozenset(_spelling(n) for n in names)


def _unmarked_country(span: str, code: str | None) -> bool:
    """Whether ``span`` writes a Vietnamese name of country ``code`` without its marks, and
    is none of its names itself: "Y" (as in "Y tế", health) for "Ý" (Italy)."""
    names = _vietnamese_names(code or "")
    written = _spelling(span)
    return written not in names and any(_folded(n) == written for n in names)


def with_agreeing_marks(mentions: list[M], text: str) -> list[M]:
    """``mentions`` without the Vietnamese cities whose marks the text contradicts, nor the
    countries whose Vietnamese name the text writes without its marks ("Y tế" is no Italy,
    "Ý")."""
    marked = [
        m
        for m in mentions
        if m.place.country == VIETNAM
        and m.place.kind is PlaceKind.CITY
        and m.place.name
        and not m.place.name.isascii()
    ]
    countries = [m for m in mentions if m.place.kind is PlaceKind.COUNTRY and m.text.isascii()]
    if not (marked or countries) or not written_with_marks(text):
        return mentions
    wrong = {id(m) for m in marked if not marks_agree(m.text, m.place.name or "")}
    wrong |= {id(m) for m in countries if _unmarked_country(m.text, m.place.country)}
    return [m for m in mentions if id(m) not in wrong]
