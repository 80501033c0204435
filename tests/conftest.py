"""Shared pytest configuration: hypothesis profiles chosen by HYPOTHESIS_PROFILE."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("default", max_examples=200, deadline=None)
settings.register_profile(
    "ci",
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    # the gate is reproducible: the same examples in every run (search wider with
    # HYPOTHESIS_PROFILE=thorough, which draws new ones)
    derandomize=True,
)
settings.register_profile("thorough", max_examples=2000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The tests marked ``slow`` first (in their order), so that on several workers they run
    beside the rest instead of after it; the others keep theirs."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)
