"""What a file that is not a dataset looks like, to say so in one line.

Given a CSV file, the JSON Lines loader would report every line as invalid JSON: thousands
of problems that hide the one thing to say. The first bytes of the file tell what it is.
"""

from __future__ import annotations

import re

__all__ = ["line_end_hint", "looks_like", "not_text"]

_SPACE = re.compile(rb"\s*")
#: A carriage return that ends no CR LF pair and is not the file's last byte.
_LONE_CR = re.compile(rb"\r(?=[^\n])")

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"PAR1", "this looks like a Parquet file; read it with pandas or pyarrow"),
    (b"PK\x03\x04", "this looks like a ZIP archive (an .xlsx or .ods workbook?); save it as CSV"),
    (b"\x1f\x8b", "this looks like gzip-compressed data; decompress it first"),
    (b"%PDF", "this looks like a PDF document"),
    (b"\xef\xbb\xbf", ""),  # a UTF-8 byte order mark: look past it
    # UTF-32 first: its little-endian mark starts with UTF-16's
    (b"\xff\xfe\x00\x00", "this is UTF-32 text; save it as UTF-8"),
    (b"\x00\x00\xfe\xff", "this is UTF-32 text; save it as UTF-8"),
    (b"\xff\xfe", "this is UTF-16 text (Windows \"Unicode\"); save it as UTF-8"),
    (b"\xfe\xff", "this is UTF-16 text; save it as UTF-8"),
    # no mark, but every other byte is zero around the first bracket
    (b"{\x00", "this is UTF-16 text; save it as UTF-8"),
    (b"\x00{", "this is UTF-16 text; save it as UTF-8"),
    (b"[\x00", "this is UTF-16 text; save it as UTF-8"),
    (b"\x00[", "this is UTF-16 text; save it as UTF-8"),
)
_PAIRS_HINT = "to import city pairs use `citydiplo import pairs` (citydiplo.import_pairs)"


def not_text(data: bytes) -> str | None:
    """What ``data`` is when it is no UTF-8 text at all (UTF-16 or UTF-32, with a byte
    order mark or with every other byte zero; an archive, a PDF), else ``None``.

    >>> print(not_text(b"\\xff\\xfecity1"))
    this is UTF-16 text (Windows "Unicode"); save it as UTF-8
    >>> print(not_text("city1,country1".encode("utf-16-le")))
    this is UTF-16 text; save it as UTF-8
    >>> not_text(b"city1,country1,city2,country2") is None
    True
    """
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what or None
    head = data[:64]
    zeros = [i for i, byte in enumerate(head) if byte == 0]
    if len(zeros) >= 4 and len({i % 2 for i in zeros}) == 1 and len(zeros) * 2 >= len(head) - 1:
        return "this is UTF-16 text; save it as UTF-8"
    return None


def looks_like(data: bytes) -> str | None:
    """What ``data`` looks like when it is plainly not JSON, else ``None``.

    >>> print(looks_like(b"city1,country1,city2,country2\\nHanam,South Korea,Little Rock,USA"))
    this looks like CSV; to import city pairs use `citydiplo import pairs` (citydiplo.import_pairs)
    >>> looks_like(b'{"type": "city", "id": "hanam", "name": "Hanam"}') is None
    True
    """
    start = 0
    for magic, what in _MAGIC:
        if data.startswith(magic):
            if what:
                return what
            start = len(magic)
    start = _SPACE.match(data, start).end()  # type: ignore[union-attr]
    head = data[start : start + 1]
    if not head or head in b"{[":
        return None
    if head == b"<":
        return "this looks like HTML or XML, not JSON"
    end = data.find(b"\n", start, start + (1 << 16))
    first = data[start : end if end >= 0 else start + (1 << 16)]
    for separator, what in ((b"\t", "tab-separated values"), (b";", "CSV"), (b",", "CSV")):
        if first.count(separator) >= 1 and not first.rstrip().endswith((b"}", b"]")):
            return f"this looks like {what}; {_PAIRS_HINT}"
    return None


def line_end_hint(data: bytes) -> str | None:
    """What to say when the lines of ``data`` end with a carriage return alone (CR, as
    classic Mac OS and some exports write them): JSON Lines are split at LF, so such a file
    reads as one long line and every record after the first as "content after document".
    ``None`` when no line ends so.

    >>> print(line_end_hint(b'{"id": "a"}\\r{"id": "b"}\\r'))
    its lines end with a carriage return (CR) alone, as classic Mac OS wrote them, and JSON Lines needs LF or CR LF line ends: save it with those
    >>> line_end_hint(b'{"id": "a"}\\r\\n{"id": "b"}\\r\\n') is None
    True
    """  # noqa: E501
    if _LONE_CR.search(data) is None:
        return None
    return (
        "its lines end with a carriage return (CR) alone, as classic Mac OS wrote them, and "
        "JSON Lines needs LF or CR LF line ends: save it with those"
    )
