"""Vietnamese official document numbers, and generic numbered references.

Party documents are numbered ``<number>-<TYPE>/<ISSUER>`` (``59-NQ/TW``: resolution of the
Central Committee; ``334-KH/TU``: plan of a city party committee); state documents
``<number>/<TYPE>-<ISSUER>`` (``239/KH-UBND``: plan of a People's Committee), with the year
when the type requires it (``239/2024/NĐ-CP``). Translations render them in other scripts:
the Hindi news spells the letters' names (``334-केएच/टीयू``), the Persian news uses Persian
digits (``۵۹-NQ/TW``); both are read back to the official Latin form. Type codes, issuers and
the letter names live in ``citydiplo/data/docnums.json``.
"""

from __future__ import annotations

import bisect
import enum
import itertools
import json
import re
import unicodedata
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

import attrs

from citydiplo._errors import ArgumentTypeError, ParseError
from citydiplo._model import DocumentKind, InvalidModelError
from citydiplo._normalize import clean

__all__ = [
    "DocumentNumber",
    "DocumentNumberMention",
    "DocumentStyle",
    "find_document_numbers",
    "parse_document_number",
]

_DIGIT = "0-9\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u0ae6-\u0aef"
# the first digit, then no word character, slash, dot or hyphen before it (a look-behind
# over both: a pattern that opens with a class is searched for it in C, one that opens with
# a look-behind is tried at every position)
_NUM = rf"[{_DIGIT}](?<![\w/.\-\u2010\u2011\u2013][{_DIGIT}])[{_DIGIT}]{{0,5}}"
# A code is a run of Latin letters and digits, or a run of Devanagari letters (no digits,
# no danda): the Hindi spelling of Latin letter names.
_CODE = r"(?:[A-Za-zĐđ][A-Za-zĐđ0-9]*|[\u0900-\u0963\u0970-\u097f]+)"
_HYPHEN = "[-\u2010\u2011\u2013]"
_RIGHT = r"(?![\w/\-\u0900-\u097f])"
_PARTY = re.compile(
    rf"(?P<num>{_NUM}){_HYPHEN}(?P<type>{_CODE})/(?P<issuer>{_CODE}){_RIGHT}"
)
_STATE = re.compile(
    rf"(?P<num>{_NUM})/(?:(?P<year>[{_DIGIT}]{{4}})/)?"
    rf"(?P<type>{_CODE}){_HYPHEN}(?P<issuer>{_CODE}){_RIGHT}"
)
_GENERIC_NEEDS = re.compile(r"(?i:no\.?|number|#|№)\s*[0-9]")  # in every _generic() match
# a bare "No." right after a possessive or an article ranks what follows: "Korea's No. 1
# Agricultural City", "the No. 2 port"
_RANK = re.compile(r"(?:['’]s|(?<![\w])(?i:the|a|its|their|our))\s+$")
_ISSUER = re.compile(r"[A-ZĐ][A-ZĐ0-9]{0,11}")
_NUMBER = re.compile(r"[0-9]{1,6}")


class DocumentStyle(enum.Enum):
    """How a document is numbered."""

    PARTY = "party"  # 59-NQ/TW
    STATE = "state"  # 239/KH-UBND, 239/2024/NĐ-CP
    GENERIC = "generic"  # Resolution No. 59, No. 12/2024


@cache
def _data() -> Any:
    text = resources.files("citydiplo").joinpath("data", "docnums.json").read_text("utf-8")
    return json.loads(text)


def _fold(code: str) -> str:
    return code.replace("Đ", "D").replace("đ", "d")


@cache
def _types() -> dict[str, str]:
    """Type code with D for Đ -> the official type code."""
    return {_fold(code): code for code in _data()["types"]}


@cache
def _issuers() -> dict[str, str]:
    return {_fold(code): code for code in _data()["issuers"]}


@cache
def _letters() -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str]]:
    """Letter name -> Latin letter, a pattern for one name, one for a whole spelled code.

    Names are tried longest first and never reconsidered (atomic group, possessive
    repetition), so reading a code takes time linear in its length.
    """
    table: Mapping[str, str] = _data()["devanagari_letters"]
    latin = {_devanagari_key(name): letter for name, letter in table.items()}
    names = "|".join(re.escape(n) for n in sorted(latin, key=lambda n: (-len(n), n)))
    return latin, re.compile(f"(?>{names})"), re.compile(f"(?>{names})*+")


def _devanagari_key(text: str) -> str:
    return unicodedata.normalize("NFC", text).replace("\u093c", "")


def _latin(code: str) -> str | None:
    """A code in Latin letters: Devanagari letter names spelled back, else ``None``."""
    if not ("\u0900" <= code[0] <= "\u097f"):
        return code
    text = _devanagari_key(code)
    latin, one, spelled = _letters()
    if spelled.fullmatch(text) is None:
        return None
    # the whole text is letter names; reading them one after the other gives the same split
    return "".join(latin[m.group()] for m in one.finditer(text))


def _ascii_digits(text: str) -> str:
    return "".join(str(unicodedata.digit(ch)) if ch.isdigit() else ch for ch in text)


def _type_code(code: str | None) -> str | None:
    return None if code is None else _types().get(_fold(code))


def _issuer_code(code: str | None) -> str | None:
    if code is None:
        return None
    known = _issuers().get(_fold(code))
    if known is not None:
        return known
    return code if _ISSUER.fullmatch(code) else None


def _check(instance: DocumentNumber, attribute: attrs.Attribute[Any], value: Any) -> None:
    del attribute, value
    style, what = instance.style, repr(instance.number)
    if not isinstance(instance.number, str) or not _NUMBER.fullmatch(instance.number):
        raise InvalidModelError(f"number must be 1-6 ASCII digits, got {what}", field="number")
    if instance.year is not None and not 1000 <= instance.year <= 9999:
        raise InvalidModelError(f"year must have four digits, got {instance.year!r}", field="year")
    if style is DocumentStyle.GENERIC:
        if instance.type_code is not None or instance.issuer_code is not None:
            raise InvalidModelError(
                "a generic reference has no type or issuer code", field="type_code"
            )
        return
    if instance.title is not None:
        raise InvalidModelError(f"a {style.value} document number has no title", field="title")
    if instance.type_code is None or _type_code(instance.type_code) != instance.type_code:
        raise InvalidModelError(
            f"unknown document type code {instance.type_code!r}", field="type_code"
        )
    if instance.issuer_code is None or _issuer_code(instance.issuer_code) != instance.issuer_code:
        raise InvalidModelError(
            f"not an issuer code: {instance.issuer_code!r}", field="issuer_code"
        )
    if style is DocumentStyle.PARTY and instance.year is not None:
        raise InvalidModelError("party document numbers carry no year", field="year")


@attrs.frozen(kw_only=True)
class DocumentNumber:
    """An official document number: ``59-NQ/TW``, ``239/KH-UBND``, ``15/2025/QĐ-UBND``.

    ``number`` keeps the digits as written (leading zeros matter in ``01/2024/NĐ-CP``);
    ``str()`` gives the official Latin form and :func:`parse_document_number` reads it back.
    """

    number: str = attrs.field(validator=_check)
    style: DocumentStyle
    type_code: str | None = None
    issuer_code: str | None = None
    year: int | None = None
    title: str | None = None  # generic references only: "Resolution" in "Resolution No. 59"

    @property
    def kind(self) -> str | None:
        """What the document is ("resolution", "plan", "notice"...), from the data table."""
        if self.type_code is not None:
            kind: str = _data()["types"][self.type_code]["kind"]
            return kind
        if self.title is not None:
            found: str | None = _data()["generic_kinds"].get(self.title)
            return found
        return None

    @property
    def document_kind(self) -> DocumentKind:
        """:attr:`kind` in the model's vocabulary (``OTHER`` for kinds it does not have)."""
        if self.kind is None:
            return DocumentKind.OTHER
        try:
            return DocumentKind(self.kind)
        except ValueError:
            return DocumentKind.OTHER

    def __str__(self) -> str:
        if self.style is DocumentStyle.PARTY:
            return f"{self.number}-{self.type_code}/{self.issuer_code}"
        year = "" if self.year is None else f"/{self.year}"
        if self.style is DocumentStyle.STATE:
            return f"{self.number}{year}/{self.type_code}-{self.issuer_code}"
        title = "" if self.title is None else f"{self.title} "
        return f"{title}No. {self.number}{year}"


@attrs.frozen(kw_only=True)
class DocumentNumberMention:
    """A document number found in a text: where (``start``/``end``), as written, and read."""

    start: int
    end: int
    text: str
    value: DocumentNumber


def _build(match: re.Match[str], style: DocumentStyle) -> DocumentNumber | None:
    """The number a party or state match denotes, or ``None`` when its codes are unknown."""
    raw_type, raw_issuer = _latin(match["type"]), _latin(match["issuer"])
    type_code = _type_code(raw_type)
    issuer = _issuer_code(raw_issuer)
    if type_code is None or issuer is None:
        return None
    year = match.groupdict().get("year")
    return DocumentNumber(
        number=_ascii_digits(match["num"]),
        style=style,
        type_code=type_code,
        issuer_code=issuer,
        year=None if year is None else int(_ascii_digits(year)),
    )


@cache
def _generic() -> re.Pattern[str]:
    titles: Mapping[str, str] = _data()["generic_titles"]
    alternatives = "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True))
    return re.compile(
        rf"(?:(?<![\w])(?P<title>(?i:{alternatives}))\s+(?i:no\.?|number|#)|(?<![\w.])No\.|№)"
        r"\s*(?P<num>[0-9]{1,6})(?:/(?P<year>[0-9]{4}))?(?![\w/\-])"
    )


def _build_generic(match: re.Match[str]) -> DocumentNumber:
    title = match["title"]
    titles: Mapping[str, str] = _data()["generic_titles"]
    return DocumentNumber(
        number=match["num"],
        style=DocumentStyle.GENERIC,
        year=None if match["year"] is None else int(match["year"]),
        title=None if title is None else titles[" ".join(title.lower().split())],
    )


def find_document_numbers(text: str) -> list[DocumentNumberMention]:
    """Every document number in ``text``, in order, with its span in the original text.

    Numbers with unknown type codes are skipped; so are plain numbers, year ranges
    ("2025-2030"), dates and amounts.

    >>> [str(m.value) for m in find_document_numbers("योजना संख्या 334-केएच/टीयू को लागू")]
    ['334-KH/TU']
    >>> find_document_numbers("قطعنامه شماره ۵۹-NQ/TW مورخ")[0].value.number
    '59'

    A bare "No." after a possessive or an article is a rank, not a number:

    >>> find_document_numbers("Yeongdong-gun is Korea’s No. 1 Agricultural City")
    []
    """
    if not isinstance(text, str):
        raise ArgumentTypeError(
            f"find_document_numbers() takes a str, not {type(text).__name__}: {text!r:.80}"
        )
    found: list[DocumentNumberMention] = []
    for pattern, style in ((_PARTY, DocumentStyle.PARTY), (_STATE, DocumentStyle.STATE)):
        for match in pattern.finditer(text):
            value = _build(match, style)
            if value is not None:
                found.append(_mention(match, value))
    found.sort(key=lambda m: (m.start, m.end))
    # a generic reference inside a coded number is part of it: skip it. Spans taken so far,
    # by start, with the furthest end among those starting earlier (one bisection a match)
    starts = [m.start for m in found]
    reach = list(itertools.accumulate((m.end for m in found), max))
    generic: list[DocumentNumberMention] = []
    # (every generic reference holds "no", "number", "#" or "№" and then its digits: a text
    # without them is not searched for the titles at every position)
    for match in _generic().finditer(text) if _GENERIC_NEEDS.search(text) else ():
        start, end = match.span()
        if _RANK.search(text, max(0, start - 12), start) and match["title"] is None \
                and match["year"] is None:
            continue  # "Korea's No. 1 city", "the No. 2 port": a rank, no document
        before = bisect.bisect_left(starts, end)  # the taken spans that start before its end
        if before == 0 or reach[before - 1] <= start:
            generic.append(_mention(match, _build_generic(match)))
    return sorted([*found, *generic], key=lambda m: m.start)


def _mention(match: re.Match[str], value: DocumentNumber) -> DocumentNumberMention:
    return DocumentNumberMention(
        start=match.start(), end=match.end(), text=match.group(), value=value
    )


def parse_document_number(text: str) -> DocumentNumber:
    """Read one document number: ``59-NQ/TW``, ``239/KH-UBND``, ``334-केएच/टीयू``, ``No. 12``.

    A leading "No.", "số", "संख्या" or "شماره" is allowed; D for Đ is accepted.

    Raises:
        ParseError: the text is not exactly one document number (the message quotes it).

    >>> str(parse_document_number("239/केएच-यूबीएनडी")), str(parse_document_number("15/2025/QD-UBND"))
    ('239/KH-UBND', '15/2025/QĐ-UBND')
    >>> parse_document_number("59-NQ/TW").kind
    'resolution'
    """
    if not isinstance(text, str):
        raise ArgumentTypeError(f"a document number must be a str, not {type(text).__name__}")
    cleaned = clean(text)
    for prefix in sorted(_data()["prefixes"], key=len, reverse=True):
        if cleaned.startswith(prefix + " "):
            candidate = cleaned[len(prefix) + 1 :]
            if _PARTY.fullmatch(candidate) or _STATE.fullmatch(candidate):
                cleaned = candidate
                break
    for pattern, style in ((_PARTY, DocumentStyle.PARTY), (_STATE, DocumentStyle.STATE)):
        match = pattern.fullmatch(cleaned)
        if match is not None:
            value = _build(match, style)
            if value is None:
                raise ParseError(f"unknown document type or issuer code in {text!r}", text=text)
            return value
    match = _generic().fullmatch(cleaned)
    if match is not None:
        return _build_generic(match)
    raise ParseError(
        f"not a document number: {text!r} (expected e.g. '59-NQ/TW', '239/KH-UBND', "
        "'15/2025/QĐ-UBND' or 'Resolution No. 59')",
        text=text,
    )
