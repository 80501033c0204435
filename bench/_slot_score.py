"""Per-slot counts for ``bench_extract_seeds``: of the candidates matched to a curated
record, how many fill each slot right, wrong, or leave it empty where the curated record has
it. Slots: ``place`` (mapped through the actor map), ``venue`` (same text, case and spaces
aside), ``fields`` (each field counted: right when curated, wrong when not, missed when only
curated), ``signatories`` (each curated signatory: right when the candidate names the same
person for the same party, wrong when another party, missed when absent) and ``issuer``."""

from __future__ import annotations

from collections import Counter
from typing import Any

SLOTS = ("place", "venue", "fields", "signatories", "issuer")


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def slot_tally(cand: Any, cur: Any, mapping: dict[str, str]) -> Counter[str]:
    t: Counter[str] = Counter()
    for name in ("place", "issuer"):
        want, have = getattr(cur, name, None), getattr(cand, name, None)
        if have is not None:
            t[f"{name}:{'right' if mapping.get(have) == want else 'wrong'}"] += 1
        elif want is not None:
            t[f"{name}:missed"] += 1
    want_v, have_v = getattr(cur, "venue", None), getattr(cand, "venue", None)
    if have_v is not None:
        t[f"venue:{'right' if want_v and _norm(have_v) == _norm(want_v) else 'wrong'}"] += 1
    elif want_v is not None:
        t["venue:missed"] += 1
    want_f = {str(f) for f in cur.fields}
    have_f = {str(f) for f in cand.fields}
    t["fields:right"] += len(want_f & have_f)
    t["fields:wrong"] += len(have_f - want_f)
    t["fields:missed"] += len(want_f - have_f)
    have_s = {(mapping.get(s.person or ""), mapping.get(s.on_behalf_of))
              for s in getattr(cand, "signatories", ())}
    for s in getattr(cur, "signatories", ()):
        if (s.person, s.on_behalf_of) in have_s:
            t["signatories:right"] += 1
        elif any(p == s.person for p, _ in have_s):
            t["signatories:wrong"] += 1
        else:
            t["signatories:missed"] += 1
    return t


def slot_lines(tally: Counter[str]) -> list[str]:
    return [f"  slot {name:<12} right {tally[name + ':right']:>3}   wrong "
            f"{tally[name + ':wrong']:>3}   missed {tally[name + ':missed']:>3}"
            for name in SLOTS]
