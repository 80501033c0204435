"""Build ``data/extras/indexed_keys.json``: the match keys that both the gazetteer and the
extra names hold.

:func:`citydiplo._geo._candidates.candidates` widens a key's gazetteer postings with the
extra names only for the keys the extra names hold. A key the gazetteer holds is one of
these few thousand (of the gazetteer's 885,000) or is not in the extra names at all, so a
set of them answers that test without a second trie look-up per name. The file records the
number of keys of each trie it was built from; a process whose tries differ from that
ignores the file and reads the extra names' trie itself (never a stale answer), and
``tests/test_extras_overlap.py`` fails until this script is run again.

Run after ``tools/build_gazetteer.py`` or ``tools/build_place_extras.py``:
``python tools/build_extras_overlap.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))

from _tool_io import write_json  # noqa: E402

from citydiplo._geo._extra_keys import OUTPUT, overlap  # noqa: E402


def main() -> None:
    write_json(ROOT / "src" / OUTPUT, overlap(), indent=0)


if __name__ == "__main__":
    main()
