"""Fuzz ``citydiplo.parse_edtf``: any text either parses or raises ``DateParseError``.

A value that parses must print as EDTF text that parses back to the same value, and its
bounds must be ordered. See ``fuzz/README.md`` for how to run it.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from citydiplo import DateParseError, parse_edtf


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    text = fdp.ConsumeUnicodeNoSurrogates(64) if fdp.ConsumeBool() else data.decode("latin-1")
    try:
        value = parse_edtf(text)
    except DateParseError:
        return
    again = parse_edtf(str(value))
    if again != value:
        raise AssertionError(f"{text!r} -> {value!r} -> {str(value)!r} -> {again!r}")
    if value.earliest() > value.latest():
        raise AssertionError(f"{text!r}: earliest {value.earliest()} > latest {value.latest()}")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
