"""`Block`'s own `__init__` (each slot set by its descriptor) makes the block the dataclass's
generated one would: the same parameters and defaults, a frozen, slotted, hashable record."""

from __future__ import annotations

import dataclasses
import inspect
import pickle

import pytest

from prparse._blocks import Block, Hint


def test_the_init_takes_the_fields_in_order_with_their_defaults() -> None:
    parameters = list(inspect.signature(Block).parameters.values())
    fields = dataclasses.fields(Block)
    assert [p.name for p in parameters] == [f.name for f in fields]
    for parameter, field in zip(parameters, fields, strict=True):
        missing = field.default is dataclasses.MISSING
        expected = inspect.Parameter.empty if missing else field.default
        assert parameter.default == expected, field.name


def test_every_field_is_set_as_given() -> None:
    values = {
        "text": "Acme", "start": 3, "end": 9, "hint": Hint.HEADING, "lines": ("Acme",),
        "urls": ("https://acme.example/",), "level": 2, "link_chars": 4, "gap_before": False,
    }
    block = Block(**values)  # type: ignore[arg-type]
    assert dataclasses.asdict(block) == values
    assert Block(*values.values()) == block  # type: ignore[arg-type]
    assert dataclasses.replace(block, text="Acme Corp.").text == "Acme Corp."


def test_the_block_stays_frozen_slotted_and_hashable() -> None:
    block = Block("Acme", 0, 4)
    with pytest.raises(dataclasses.FrozenInstanceError):
        block.text = "Other"  # type: ignore[misc]
    assert not hasattr(block, "__dict__")
    assert hash(block) == hash(Block("Acme", 0, 4))
    assert pickle.loads(pickle.dumps(block)) == block
    assert block.hint is Hint.PARAGRAPH and block.gap_before


def test_slot_init_refuses_what_it_cannot_write_slot_by_slot() -> None:
    from prparse._slots import slot_init

    @dataclasses.dataclass(frozen=True, slots=True)
    class Made:
        items: tuple[str, ...] = dataclasses.field(default_factory=tuple)

    @dataclasses.dataclass(frozen=True, slots=True)
    class Mixed:
        first: str
        second: str = dataclasses.field(default="", kw_only=True)

    for record in (Made, Mixed):
        with pytest.raises(TypeError):
            slot_init(record)
