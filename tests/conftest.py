"""Shared test settings: hypothesis profiles and the `slow` marker.

Hypothesis profiles, chosen with the environment variable HYPOTHESIS_PROFILE:

    ci        (default) a modest number of examples per property, for every run
    thorough  20,000 examples per property (the robustness issue's bar), e.g.
              HYPOTHESIS_PROFILE=thorough .venv/bin/pytest tests/test_properties.py

Tests marked `slow` (full-size pathological inputs, the whole bulk corpus in
every encoding) run only with PRPARSE_SLOW=1 or when selected with `-m slow`.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

_RELAXED = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]

settings.register_profile("ci", max_examples=60, deadline=None, suppress_health_check=_RELAXED)
settings.register_profile(
    "thorough",
    max_examples=20_000,
    deadline=None,
    suppress_health_check=_RELAXED,
    print_blob=True,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "slow: full-size inputs; run with PRPARSE_SLOW=1 or -m slow"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if os.environ.get("PRPARSE_SLOW") or "slow" in (config.getoption("markexpr") or ""):
        return
    skip = pytest.mark.skip(reason="full size: set PRPARSE_SLOW=1 or select -m slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
