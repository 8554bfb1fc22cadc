"""Fixtures known to miss a field of their gold, and why (read by test_fixtures)."""

KNOWN_MISSES: dict[str, dict[str, str]] = {}
