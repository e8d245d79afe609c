"""The JSON Schema of ``Document.to_dict()``, shipped in the package, and field diagnosis.

The one source is ``docs/schema/document.schema.json`` (the docs publish it at
``schema/document.schema.json``); ``pressparse/document.schema.json`` is a
symbolic link to it, so the wheel, an editable install and a source checkout
all read the same file and the two can never drift apart.
"""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import Iterator, Mapping
from importlib import resources
from typing import Any

__all__ = ["json_schema", "locate_error"]

_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict, Mapping), "array": (list, tuple), "string": (str,),
    "integer": (int,), "number": (int, float), "boolean": (bool,), "null": (type(None),),
}


@functools.cache
def _schema_text() -> str:
    return resources.files("pressparse").joinpath("document.schema.json").read_text("utf-8")


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that every ``Document.to_dict()`` satisfies.

    Returns:
        A fresh copy of the schema as a dict; changing it changes nothing here.
    """
    return copy.deepcopy(_parsed())


@functools.cache
def _parsed() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_schema_text())
    return data


def locate_error(data: object, definition: str | None = None, *,
                 exc: BaseException | None = None) -> tuple[str, str] | None:
    """Where ``data`` breaks the schema's shape, as (field path, reason), or ``None``.

    Only what makes ``from_dict`` fail is looked for: required keys, types,
    enumerations, recursively through ``properties``, ``items``, ``$ref``,
    ``oneOf`` and ``anyOf``.
    Used to explain a failure, not to validate every document: given the
    exception ``from_dict`` raised, the problem that explains it is preferred
    (a ``KeyError`` names the missing key), since ``from_dict`` tolerates some
    keys the schema requires.

    Args:
        data: A document's data, or one item of it.
        definition: The ``$defs`` entry ``data`` should match; ``None`` for a document.
        exc: The exception that the data caused, if any.
    """
    root = _parsed()
    schema = root if definition is None else root.get("$defs", {}).get(definition, {})
    found = list(_walk(data, schema, root, ""))
    if not found:
        return None
    if isinstance(exc, KeyError) and exc.args:
        key = str(exc.args[0])
        for field, reason in found:
            if reason == "missing" and (field == key or field.endswith(f".{key}")):
                return field, reason
    if not isinstance(exc, KeyError):
        for field, reason in found:
            if reason != "missing":
                return field, reason
    return found[0]


def _walk(data: object, schema: Mapping[str, Any], root: Mapping[str, Any], path: str
          ) -> Iterator[tuple[str, str]]:
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/"):
        schema = root.get("$defs", {}).get(ref.removeprefix("#/$defs/"), {})
    where = path or "(the document)"
    for key in ("oneOf", "anyOf"):
        branches = schema.get(key)
        if isinstance(branches, list) and branches:
            found = [list(_walk(data, branch, root, path)) for branch in branches]
            if not all(found):
                return  # some branch fits
            # Report the branch of the right type: its problem is inside the value.
            inside = [errors for errors in found if errors[0][0] != where]
            yield from (inside or found)[0]
            return
    expected = schema.get("type")
    if expected is not None:
        names = [expected] if isinstance(expected, str) else list(expected)
        ok = any(isinstance(data, _TYPES.get(name, ())) and not (
            name in ("integer", "number") and isinstance(data, bool)) for name in names)
        if not ok:
            yield where, f"expected {' or '.join(names)}, got {_json_type(data)}"
            return
    if "enum" in schema and data not in schema["enum"]:
        allowed = ", ".join(json.dumps(v) for v in schema["enum"])
        yield where, f"{json.dumps(data, default=str)} is not one of {allowed}"
    if isinstance(data, Mapping):
        for key in schema.get("required", ()):
            if key not in data:
                yield _join(path, key), "missing"
        for key, sub in schema.get("properties", {}).items():
            if key in data:
                yield from _walk(data[key], sub, root, _join(path, key))
    elif isinstance(data, list | tuple) and isinstance(schema.get("items"), Mapping):
        for index, item in enumerate(data):
            yield from _walk(item, schema["items"], root, f"{path}[{index}]")


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _json_type(value: object) -> str:
    for name, types in _TYPES.items():
        if isinstance(value, types) and not (name in ("integer", "number")
                                             and isinstance(value, bool)):
            return name
    return type(value).__name__
