"""The built-in rules, one module per theme; codes are grouped by hundreds:

CD1xx ids and references, CD2xx dates, CD3xx signatories, CD4xx geography, CD5xx citations,
CD6xx count claims, CD7xx the network of records, CD8xx lifecycles, offices and memberships.
Codes are stable: a rule that is dropped leaves its code unused.
"""

from __future__ import annotations

from functools import cache

from citydiplo._validate._registry import Rule

__all__ = ["builtin_rules"]


@cache
def builtin_rules() -> tuple[Rule, ...]:
    """Every built-in rule, sorted by code."""
    from citydiplo._validate._rules import (
        _citations,
        _counts,
        _dates,
        _geo,
        _lifecycle,
        _network,
        _people,
        _refs,
    )

    modules = (_refs, _dates, _people, _geo, _citations, _counts, _network, _lifecycle)
    found = [v for m in modules for v in vars(m).values() if isinstance(v, Rule)]
    return tuple(sorted(found, key=lambda r: r.code))
