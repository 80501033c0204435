"""Fuzz ``citydiplo.loads``: any bytes either load or raise a citydiplo error.

A dataset that loads must also survive the round trip ``loads(dumps(ds)) == ds`` and
``validate(ds)`` must report, never raise. See ``fuzz/README.md`` for how to run it.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import citydiplo
    from citydiplo import CitydiploError


def test_one_input(data: bytes) -> None:
    for fmt in (None, "jsonl", "json"):
        try:
            dataset = citydiplo.loads(data, format=fmt, max_line_bytes=1 << 16)
        except CitydiploError:
            continue
        again = citydiplo.loads(citydiplo.dumps(dataset))
        if again != dataset:
            raise AssertionError(f"round trip changed the dataset: {dataset!r} -> {again!r}")
        report = citydiplo.validate(dataset)
        if report.filter(code="CD000"):
            raise AssertionError(f"a validation rule failed:\n{report}")
        str(report)
        report.to_json()


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
