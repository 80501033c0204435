"""parse_date's cost on this tree against another revision's, case by case in one process (not
a test).

Run: ``python bench/date_interleaved_ab.py BASE_SRC [corpus ...]`` where ``BASE_SRC`` is the
``src`` directory of the other revision (``git archive a97e1039 | tar -x -C /tmp/base``, then
``/tmp/base/src``); corpora are the names of ``bench_parse_date.py`` (default: outside).

The other revision's package is copied to a temporary directory under another name
(``citydiplo_base``), so that both trees are imported side by side. Each case is then parsed
by the two in turn, ``ROUNDS`` times (the order alternating), and each side keeps its best CPU
time per case; the sums over the corpus give the µs per case and the ratio. On a machine that
other work shares, ``bench_date_ab.py``'s rounds of whole corpora see the load change between
them (its per-language ratios swing by tens of percent); here both sides of a case are timed
within microseconds of each other. Both must answer alike on every case (checked first).
"""

from __future__ import annotations

import importlib
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROUNDS = 15  # tries of each case on each side
CALLS = 2  # parses per timed try


def _copy_as_base(src: Path, into: Path) -> None:
    """``src/citydiplo`` copied into ``into`` as the package ``citydiplo_base``."""
    target = into / "citydiplo_base"
    shutil.copytree(src / "citydiplo", target)
    word = re.compile(r"\bcitydiplo\b")
    for path in target.rglob("*.py"):
        text = path.read_text("utf-8")
        path.write_text(word.sub("citydiplo_base", text), "utf-8")


def _parser(module: Any, error: type[Exception]) -> Any:
    def parse(text: str, lang: str, ref: Any) -> str:
        try:
            return str(module.parse_date(text, lang=lang, ref=ref))
        except error as exc:
            return f"!{type(exc).__name__} {exc}"

    return parse


def main() -> None:
    base_src, names = Path(sys.argv[1]), sys.argv[2:] or ["outside"]
    sys.path.insert(0, str(HERE))
    with tempfile.TemporaryDirectory() as tmp:
        _copy_as_base(base_src, Path(tmp))
        sys.path.insert(0, tmp)
        import bench_parse_date as bench
        import citydiplo_base  # type: ignore[import-not-found]

        import citydiplo
        from citydiplo._errors import CitydiploError

        base_error = importlib.import_module("citydiplo_base._errors").CitydiploError
        print(f"this tree: {Path(citydiplo.__file__).parent}; base: {base_src}")
        parse_this = _parser(citydiplo, CitydiploError)
        parse_base = _parser(citydiplo_base, base_error)
        clock = time.process_time
        for name in names:
            cases = []
            for case in bench.load(bench.CORPORA[name]):
                ref = case["ref"]
                refs = (
                    (citydiplo_base.PartialDate(ref), citydiplo.PartialDate(ref))
                    if ref
                    else (
                        None,
                        None,
                    )
                )
                cases.append((case["text"], case["lang"], *refs))
            for text, lang, ref_base, ref_this in cases:  # (also loads each language)
                if parse_base(text, lang, ref_base) != parse_this(text, lang, ref_this):
                    print(f"  differs: {text!r} ({lang})")
            total = {"base": 0.0, "this": 0.0}
            for text, lang, ref_base, ref_this in cases:
                best = {"base": float("inf"), "this": float("inf")}
                for r in range(ROUNDS):
                    order = ("base", "this") if r % 2 else ("this", "base")
                    for side in order:
                        parse, ref = (
                            (parse_base, ref_base) if side == "base" else (parse_this, ref_this)
                        )
                        start = clock()
                        for _ in range(CALLS):
                            parse(text, lang, ref)
                        best[side] = min(best[side], clock() - start)
                for side in total:
                    total[side] += best[side] / CALLS
            n = len(cases)
            print(
                f"{name:10} {n:4} cases  base {total['base'] / n * 1e6:6.1f} µs  "
                f"this {total['this'] / n * 1e6:6.1f} µs  speedup "
                f"{total['base'] / total['this']:.3f}x",
                flush=True,
            )


if __name__ == "__main__":
    main()
