"""The JSON Schema (draft 2020-12) of `Release.to_dict()`, made from the dataclasses.

`json_schema()` returns the schema shipped with the package
(`release.schema.json`); `generate()` builds it afresh from `_model`: the
field types give the JSON types, the class and field docstrings the
descriptions. A test checks that the two agree; after changing the model,
write the file anew with

    PYTHONPATH=src python -m prparse._schema > src/prparse/release.schema.json
"""

from __future__ import annotations

import ast
import dataclasses
import datetime as _dt
import inspect
import json
import types
import typing
from enum import Enum
from typing import Any

from . import _model

SCHEMA_FILE = "release.schema.json"
DRAFT = "https://json-schema.org/draft/2020-12/schema"
_PRIMITIVES: dict[type, str] = {str: "string", int: "integer", bool: "boolean"}


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that every `Release.to_dict()` satisfies."""
    from importlib import resources

    text = resources.files(__package__ or "prparse").joinpath(SCHEMA_FILE).read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def generate() -> dict[str, Any]:
    """The schema of `Release.to_dict()`, built from the model's dataclasses and docstrings."""
    docs = _field_docstrings()
    definitions: dict[str, Any] = {}
    root = _object_schema(_model.Release, docs, definitions)
    definitions.pop("Release")
    return {
        "$schema": DRAFT,
        "title": "Release",
        **root,
        "$defs": dict(sorted(definitions.items())),
    }


def _object_schema(
    cls: type, docs: dict[tuple[str, str], str], definitions: dict[str, Any]
) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    fields = [f for f in dataclasses.fields(cls) if _model.in_dict(f)]
    properties = {}
    for field in fields:
        schema = _type_schema(hints[field.name], docs, definitions)
        doc = docs.get((cls.__name__, field.name))
        properties[field.name] = {**schema, "description": doc} if doc else schema
    definitions[cls.__name__] = {
        "type": "object",
        "description": _docstring(cls),
        "properties": properties,
        "required": [field.name for field in fields],  # to_dict() writes every field
        "additionalProperties": False,
    }
    return definitions[cls.__name__]  # type: ignore[no-any-return]


def _type_schema(
    hint: Any, docs: dict[tuple[str, str], str], definitions: dict[str, Any]
) -> dict[str, Any]:
    args = typing.get_args(hint)
    if typing.get_origin(hint) in (types.UnionType, typing.Union):
        arms = [_type_schema(a, docs, definitions) for a in args if a is not type(None)]
        if len(arms) == 1 and set(arms[0]) == {"type"}:
            return {"type": [arms[0]["type"], "null"]}
        return {"anyOf": [*arms, {"type": "null"}]}
    if typing.get_origin(hint) is tuple:
        return {"type": "array", "items": _type_schema(args[0], docs, definitions)}
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        if hint.__name__ not in definitions:
            _object_schema(hint, docs, definitions)
        return {"$ref": f"#/$defs/{hint.__name__}"}
    if isinstance(hint, type) and issubclass(hint, Enum):
        definitions[hint.__name__] = {
            "type": "string",
            "description": _docstring(hint),
            "enum": [member.value for member in hint],
        }
        return {"$ref": f"#/$defs/{hint.__name__}"}
    if hint is _dt.date:
        return {"type": "string", "format": "date"}
    return {"type": _PRIMITIVES[hint]}


def _docstring(cls: type) -> str:
    return " ".join((inspect.getdoc(cls) or "").split())


def _field_docstrings() -> dict[tuple[str, str], str]:
    """(class, field) -> the docstring written under the field in `_model`'s source."""
    tree = ast.parse(inspect.getsource(_model))
    found: dict[tuple[str, str], str] = {}
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        for field, after in zip(node.body, node.body[1:], strict=False):
            if (
                isinstance(field, ast.AnnAssign)
                and isinstance(field.target, ast.Name)
                and isinstance(after, ast.Expr)
                and isinstance(after.value, ast.Constant)
                and isinstance(after.value.value, str)
            ):
                found[node.name, field.target.id] = " ".join(after.value.value.split())
    return found


def missing_docstrings() -> list[str]:
    """`Class.field` for each dataclass field of the model without a docstring."""
    docs = _field_docstrings()
    classes = [c for c in vars(_model).values() if dataclasses.is_dataclass(c)]
    return [
        f"{c.__name__}.{f.name}"
        for c in classes
        if isinstance(c, type)
        for f in dataclasses.fields(c)
        if (c.__name__, f.name) not in docs
    ]


if __name__ == "__main__":
    print(json.dumps(generate(), indent=2, ensure_ascii=False))
