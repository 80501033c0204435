"""Reading an article file: UTF-8 text, a byte order mark no part of it."""

from __future__ import annotations

from typing import Any

from citydiplo._errors import CitydiploError

__all__ = ["ArticleEncodingError", "read_article"]


class ArticleEncodingError(CitydiploError, UnicodeDecodeError):
    """An article file that is not UTF-8 text; the message names the file and the byte.
    Catch it as ``UnicodeDecodeError`` (a ``ValueError``) or as ``CitydiploError``."""

    def __init__(self, name: str, error: UnicodeDecodeError) -> None:
        super().__init__(error.encoding, error.object, error.start, error.end, error.reason)
        self.name = name

    def __reduce__(self) -> tuple[Any, ...]:  # raised in a worker process, read in another
        cause = UnicodeDecodeError(self.encoding, self.object, self.start, self.end, self.reason)
        return (type(self), (self.name, cause))

    def __str__(self) -> str:
        byte = self.object[self.start : self.start + 1]
        return (f"{self.name}: not UTF-8 text ({self.reason}: {bytes(byte)!r} at byte "
                f"{self.start}); expected an article saved as UTF-8")


def read_article(path: Any) -> str:
    """The text of the article file at ``path`` (a ``Path`` or an fsspec ``UPath``).

    >>> import pathlib, tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     good, bad = pathlib.Path(tmp, "good.txt"), pathlib.Path(tmp, "bad.txt")
    ...     _ = good.write_bytes(b"\\xef\\xbb\\xbfSuwon"), bad.write_bytes(b"Hu\\xe9")
    ...     print(repr(read_article(good)))
    ...     try:
    ...         read_article(bad)
    ...     except UnicodeDecodeError as error:
    ...         print(str(error).replace(tmp, "...").split(";")[0])
    'Suwon'
    .../bad.txt: not UTF-8 text (unexpected end of data: b'\\xe9' at byte 2)
    """
    data = path.read_bytes()
    try:
        return str(data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise ArticleEncodingError(str(path), error) from None
