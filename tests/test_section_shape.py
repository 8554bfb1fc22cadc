"""`Section`'s own `__init__` (each slot set by its descriptor) makes the section the
dataclass's generated one would: the same keyword-only parameters, a frozen, slotted,
hashable record that `replace`, pickle and `from_dict` make alike."""

from __future__ import annotations

import dataclasses
import inspect
import pickle

import pytest

from prparse._model import Section, SectionKind


def test_the_init_takes_the_fields_by_keyword_in_order() -> None:
    parameters = list(inspect.signature(Section).parameters.values())
    assert [p.name for p in parameters] == [f.name for f in dataclasses.fields(Section)]
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in parameters)
    assert all(p.default is inspect.Parameter.empty for p in parameters)
    with pytest.raises(TypeError):
        Section(SectionKind.BODY, "Acme", 0, 4)  # type: ignore[misc]


def test_every_field_is_set_as_given() -> None:
    values = {"kind": SectionKind.CONTACT, "text": "Jane Doe", "start": 3, "end": 11}
    section = Section(**values)  # type: ignore[arg-type]
    assert dataclasses.asdict(section) == values
    assert dataclasses.replace(section, text="Jane").text == "Jane"
    assert Section.from_dict(section.to_dict()) == section


def test_the_section_stays_frozen_slotted_and_hashable() -> None:
    section = Section(kind=SectionKind.BODY, text="Acme", start=0, end=4)
    with pytest.raises(dataclasses.FrozenInstanceError):
        section.text = "Other"  # type: ignore[misc]
    assert not hasattr(section, "__dict__")
    assert hash(section) == hash(Section(kind=SectionKind.BODY, text="Acme", start=0, end=4))
    assert pickle.loads(pickle.dumps(section)) == section
    assert repr(section).startswith("Section(kind=")
