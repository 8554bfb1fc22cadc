"""The pipeline's copy of a release with its source (`_with_source`) is the one
`dataclasses.replace` makes."""

from __future__ import annotations

import dataclasses

import prparse
from prparse._model import Release
from prparse._pipeline import _with_source

_RELEASE = (
    "# Acme Unveils the Picker X\n\n"
    "BOSTON, Dec. 3, 2024 /PRNewswire/ -- Acme Robotics today announced the Picker X.\n\n"
    "About Acme\n\nAcme makes robots.\n"
)


def test_a_release_is_made_by_its_init_alone() -> None:
    """What lets its slots be copied: no `__post_init__`, every field set by `__init__`."""
    assert not hasattr(Release, "__post_init__")
    assert all(field.init for field in dataclasses.fields(Release))


def test_the_copy_is_the_replaced_release() -> None:
    release = prparse.parse(_RELEASE)
    copy = _with_source(release, "other")
    expected = dataclasses.replace(release, source="other")
    for field in dataclasses.fields(Release):
        assert getattr(copy, field.name) == getattr(expected, field.name), field.name
    assert type(copy) is Release and copy == expected and release.source == _RELEASE
