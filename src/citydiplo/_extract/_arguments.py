"""What :func:`citydiplo.extract` refuses before reading an article."""

from __future__ import annotations

import datetime
from typing import Any

from citydiplo._dataset import Dataset
from citydiplo._errors import ArgumentValueError, check_args
from citydiplo._model import Source
from citydiplo.dates import PartialDate

__all__ = ["check_arguments"]


def check_arguments(text: Any, published: Any, source: Any, known: Any) -> None:
    """Refuse arguments of the wrong type (``ArgumentTypeError``), a text no UTF-8 file can
    hold, and a source holding another text than the article (``ArgumentValueError``).

    >>> try:
    ...     check_arguments("Suwon", None, Source(id="s", text="Hue"), None)
    ... except ValueError as error:
    ...     print(str(error)[:49])
    extract(): source 's' holds another text than the
    """
    check_args("extract", text=(text, str), published=(
        published, (PartialDate, datetime.date, str, type(None))),
        source=(source, (Source, type(None))), known=(known, (Dataset, type(None))))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ArgumentValueError(
            f"extract(): the text holds {text[exc.start]!r} at character {exc.start} "
            f"(...{text[max(0, exc.start - 20):exc.start]!r}), a lone surrogate that no UTF-8 "
            "text can hold; expected a text read from a file as UTF-8") from None
    if source is not None and source.text is not None and source.text != text:
        raise ArgumentValueError(
            f"extract(): source {source.id!r} holds another text than the one given "
            f"({source.text[:40]!r}... against {text[:40]!r}...); expected the article's own "
            "text, or a source without text (every quote is cited from the text)")
