"""Provenance: where a statement comes from (Source) and the words that make it (Citation)."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs
from attrs import field, frozen

from citydiplo._model._checks import (
    InvalidModelError,
    check_id,
    check_optional_id,
    check_optional_text,
    check_quote,
    typed,
)
from citydiplo._model._display import Summarised
from citydiplo.dates import DateRange, PartialDate

__all__ = ["Citation", "Source"]


def _check_span(instance: Citation, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if (
        not isinstance(value, tuple)
        or len(value) != 2
        or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        or not 0 <= value[0] <= value[1]
    ):
        raise InvalidModelError(
            f"Citation.span: {value!r} is not a character span (expected [start, end] "
            "with 0 <= start <= end)",
            field="span",
        )


def _span(value: object) -> object:
    return tuple(value) if isinstance(value, list) else value


@frozen(kw_only=True, field_transformer=typed, repr=False)
class Source(Summarised):
    """A document that reports something: a news article, a register, a web page.

    Args:
        id: stable identifier used by citations.
        url, title, publisher, author: what a bibliography would list.
        language: ISO 639-1 code of the text (``"gu"``, ``"he"``...).
        published: publication date, at whatever precision is known; relative dates in the
            text ("February this year") are resolved against it. A ``DateRange`` is a window
            when only bounds are known: an article reporting August 2024 events was
            published in ``2024-08/..`` (on or after August 2024).
        translation_of: id of the source this one translates, if any.
        text: the full text, when available (citations are checked against it).

    >>> Source(id="asiae-gwangju", language="en", published=PartialDate("2025-06-12")).published
    PartialDate("2025-06-12")
    """

    type: ClassVar[str] = "source"

    id: str = field(validator=check_id)
    url: str | None = None
    title: str | None = field(default=None, validator=check_optional_text)
    publisher: str | None = field(default=None, validator=check_optional_text)
    author: str | None = field(default=None, validator=check_optional_text)
    language: str | None = None
    published: PartialDate | DateRange | None = None
    translation_of: str | None = field(default=None, validator=check_optional_id)
    text: str | None = field(default=None, repr=False)


@frozen(kw_only=True, order=True, field_transformer=typed)
class Citation:
    """The words of one source that support a record.

    Args:
        source: id of the ``Source``.
        quote: the supporting words, verbatim and in the source's original language.
        span: optional ``(start, end)`` character offsets of the quote in the source text.

    >>> Citation(source="s1", quote="2003년 자매결연").quote
    '2003년 자매결연'
    """

    source: str = field(validator=check_id)
    quote: str = field(validator=check_quote)
    span: tuple[int, int] | None = field(default=None, converter=_span, validator=_check_span)
