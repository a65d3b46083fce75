"""Each family's documented examples, and the `generate` flags that say them, from the spec.

Written from the spec (the family schemas of `VideoGenerationRequest`, their `examples`)
and the documented cases of `family_cases`, not from the CLI's code: a field's flag is its
name with dashes (`aspect_ratio` -> `--aspect-ratio`), a boolean is `--x` or `--no-x`, an
array gives its flag once per item, and any other value is its JSON text (a text value as
it is). A new family in the spec is covered by every test that uses this module.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from contract_tests.spec.family_bodies import families, models
from contract_tests.spec.family_cases import CASES
from contract_tests.spec_document import resolve

URL_PREFIXES = ("http://", "https://")


def schema_of(name: str) -> dict[str, Any]:
    """The family's request schema, as the spec writes it."""
    return families()[name]


def field_schema(name: str, field: str) -> dict[str, Any]:
    """A field's schema with its `$ref` followed (siblings win)."""
    node: dict[str, Any] = schema_of(name)["properties"][field]
    if "$ref" in node:
        siblings = {key: value for key, value in node.items() if key != "$ref"}
        return {**resolve({"$ref": node["$ref"]}), **siblings}
    return node


def fields_of(name: str) -> dict[str, Any]:
    found: dict[str, Any] = schema_of(name)["properties"]
    return found


def examples() -> list[Any]:
    """`pytest.param(family, body)` for every example of every family, in the spec's order."""
    found = []
    for name, schema in families().items():
        for index, body in enumerate(schema.get("examples", [])):
            found.append(pytest.param(name, body, id=f"{name}-{index}"))
    return found


def valid_cases() -> list[Any]:
    """`pytest.param(family, body)`: every family's examples, then the documented valid bodies
    of `family_cases` (each once)."""
    found = examples()
    seen = [param.values[1] for param in found]
    for name, cases in CASES.items():
        for index, body in enumerate(cases["valid"]):
            if body not in seen:
                found.append(pytest.param(name, body, id=f"{name}-case-{index}"))
    return found


def invalid_cases() -> list[Any]:
    """`pytest.param(family, body, field)`: each body a family's page refuses, and the field
    the error must name (`family_cases`)."""
    return [
        pytest.param(name, body, field, id=f"{name}-{index}-{field}")
        for name, cases in CASES.items()
        for index, (body, field) in enumerate(cases["invalid"])
    ]


def first_models() -> list[Any]:
    """`pytest.param(family, model)`: each family with its first model id."""
    return [pytest.param(name, models(name)[0], id=name) for name in families()]


def flag(field: str) -> str:
    return "--" + field.replace("_", "-")


def text(value: object) -> str:
    return value if isinstance(value, str) else json.dumps(value)


TYPES: dict[str, Any] = {
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
    "array": list,
    "object": dict,
}


def of_type(value: object, kind: object) -> bool:
    """Whether `value` is of the JSON type `kind` (any value when the schema names none)."""
    if not isinstance(kind, str) or kind not in TYPES:
        return True
    if isinstance(value, bool) and kind in ("integer", "number"):
        return False
    return isinstance(value, TYPES[kind])


def flags_for(name: str, body: dict[str, Any]) -> list[str]:
    """The `generate` words that give `body` (the model first). A field the family does not
    have, or a value not of its field's type, goes as `--field NAME=JSON` (a text field
    takes text there: a non-text value for it cannot be said, and the test is skipped)."""
    words = ["--model", body["model"]]
    for field, value in body.items():
        if field == "model":
            continue
        kind = field_schema(name, field).get("type") if field in fields_of(name) else None
        if field not in fields_of(name) or not of_type(value, kind):
            if kind == "string":
                pytest.skip(f"no flag gives the text field {field} a {type(value).__name__}")
            words += ["--field", f"{field}={json.dumps(value)}"]
        elif kind == "boolean":
            words.append(flag(field) if value else "--no-" + flag(field)[2:])
        elif kind == "array" and not value:  # no repeat of a flag says "an empty list"
            words += ["--field", f"{field}=[]"]
        elif kind == "array":
            words += [f"{flag(field)}={text(item)}" for item in value]
        else:
            words.append(f"{flag(field)}={text(value)}")
    return words


def image_fields(name: str) -> list[str]:
    """The fields the spec marks as taking images."""
    return [
        field
        for field in schema_of(name)["properties"]
        if field_schema(name, field).get("x-apimart-media") == "image"
    ]


def with_local_image(name: str, body: dict[str, Any], path: str) -> dict[str, Any] | None:
    """`body` with every image URL that stands alone or in a list of the family's image
    fields replaced by `path`; None when the body has none."""
    changed = dict(body)
    for field in image_fields(name):
        value = body.get(field)
        if isinstance(value, str) and value.startswith(URL_PREFIXES):
            changed[field] = path
        elif isinstance(value, list) and all(isinstance(item, str) for item in value):
            changed[field] = [path for _ in value]
    return None if changed == body else changed


def image_examples(path: str) -> list[Any]:
    """`pytest.param(family, body)` for each example that names an image, the image
    replaced by `path` (a local file)."""
    found = []
    for param in examples():
        name, body = param.values
        local = with_local_image(name, body, path)
        if local is not None:
            found.append(pytest.param(name, local, id=param.id))
    return found
