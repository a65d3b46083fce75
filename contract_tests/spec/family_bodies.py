"""Request bodies for any model family, drawn from the family's schema in openapi.yaml.

Written for the tests, from the spec alone: this module reads each field's JSON Schema
(types, enums, bounds, lengths, items) and draws values inside it and at and past each edge.
It shares no code with the overlay's rules engine, so the property test that compares the
two verdicts is not our code on both sides.

`bodies(family)` draws a body whose fields each take a value valid for the field alone (so
that the cross-field rules, `if`/`then` and `not`, are met or broken by chance), then up to
three changes: a value at or past an edge, a field of another family, a missing required
field, another family's model id, or an unknown field.
"""

from __future__ import annotations

import functools
from typing import Any

from hypothesis import strategies as st

from contract_tests.spec_document import load_spec, resolve

GOOD_URLS = [
    "https://cdn.example.com/a.jpg",
    "http://cdn.example.com/b.png",
    "https://cdn.example.com/path?query=1#frag",
    "https://h/" + "p" * 2038,
]
BAD_URLS = [
    "",
    "https://",
    "ftp://cdn.example.com/a.jpg",
    "cdn.example.com/a.jpg",
    "https://cdn.example.com/a b.jpg",
    "https://h/" + "p" * 2039,
]
NOT_STRINGS: list[Any] = [None, 0, 1.5, True, [], {}]
WRONG_TYPES: list[Any] = [None, True, False, 0, -1, 1.5, "1", "", [], {}, ["x"]]


@functools.cache
def families() -> dict[str, dict[str, Any]]:
    """Each family's name -> its request schema, in the spec's `oneOf` order."""
    schemas = load_spec()["components"]["schemas"]
    found = {}
    for branch in schemas["VideoGenerationRequest"]["oneOf"]:
        schema = resolve(branch)
        found[schema["x-apimart-family"]] = schema
    return found


def models(family: str) -> list[str]:
    found: list[str] = families()[family]["properties"]["model"]["enum"]
    return found


def all_models() -> list[str]:
    return [model for family in families() for model in models(family)]


def _merged(node: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in node:
        siblings = {key: value for key, value in node.items() if key != "$ref"}
        return {**_merged(resolve({"$ref": node["$ref"]})), **siblings}
    return node


def _is_url(schema: dict[str, Any]) -> bool:
    return str(schema.get("pattern", "")).startswith("^https?://")


def valid(node: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Values the field's own schema accepts (the cross-field rules aside)."""
    schema = _merged(node)
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        values = schema["enum"]
        floats = [float(v) for v in values if type(v) is int]
        return st.sampled_from(values + floats)
    if "anyOf" in schema:
        return st.one_of(*(valid(option) for option in schema["anyOf"]))
    kind = schema.get("type")
    if kind == "string":
        if _is_url(schema):
            return st.sampled_from(GOOD_URLS)
        if "pattern" in schema:
            return st.from_regex(schema["pattern"], fullmatch=True).filter(
                lambda text: _length_ok(text, schema)
            )
        low = schema.get("minLength", 0)
        high = schema.get("maxLength")
        lengths = sorted({low, low + 1, *(() if high is None else (high - 1, high))} - {-1})
        lengths = [n for n in lengths if n >= low and (high is None or n <= high)]
        return st.builds(lambda n, c: c * n, st.sampled_from(lengths), st.sampled_from("xé"))
    if kind in ("integer", "number"):
        low, high = schema.get("minimum"), schema.get("maximum")
        ints = st.integers(
            None if low is None else int(low), None if high is None else int(high)
        ).filter(lambda n: _exclusive_ok(n, schema))
        edges = [v for v in (low, high) if v is not None]
        if kind == "number":
            return st.one_of(ints, st.sampled_from(edges or [0.5]))
        return st.one_of(ints, st.sampled_from([float(v) for v in edges] or [0.0]))
    if kind == "boolean":
        return st.booleans()
    if kind == "array":
        items = schema.get("items", {})
        low = schema.get("minItems", 0)
        high = schema.get("maxItems", low + 3)
        return st.lists(valid(items), min_size=low, max_size=min(high, low + 3))
    if kind == "object":
        properties = schema.get("properties", {})
        required = set(schema.get("required", ()))
        return st.fixed_dictionaries(
            {key: valid(sub) for key, sub in properties.items() if key in required},
            optional={key: valid(sub) for key, sub in properties.items() if key not in required},
        )
    return st.sampled_from(["x", 1, True])


def _length_ok(text: str, schema: dict[str, Any]) -> bool:
    return bool(schema.get("minLength", 0) <= len(text) <= schema.get("maxLength", len(text)))


def _exclusive_ok(number: int, schema: dict[str, Any]) -> bool:
    low, high = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    return (low is None or number > low) and (high is None or number < high)


def edges(node: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Values at and past each edge of the field's schema, and values of the wrong type."""
    schema = _merged(node)
    found: list[Any] = list(WRONG_TYPES)
    if "enum" in schema or "const" in schema:
        values = schema.get("enum", [schema.get("const")])
        for value in values:
            if isinstance(value, str):
                found += [value.upper(), value.lower(), value + " ", value[:-1]]
            elif type(value) is int:
                found += [value + 1, value - 1, str(value), value + 0.5]
            elif isinstance(value, bool):
                found += [int(value), str(value).lower()]
    kind = schema.get("type")
    if kind in ("integer", "number"):
        for bound in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
            if bound in schema:
                value = schema[bound]
                found += [value - 1, value, value + 1, value + 0.5, float(value)]
        found += [1e20, -(2**63)]
    if kind == "string":
        if "maxLength" in schema:
            found += ["x" * (schema["maxLength"] + 1), "é" * (schema["maxLength"] + 1)]
        if "minLength" in schema and schema["minLength"] > 0:
            found += ["x" * (schema["minLength"] - 1)]
        if _is_url(schema):
            found += BAD_URLS
    if kind == "array":
        items = schema.get("items", {})
        high = schema.get("maxItems")
        item = st.one_of(valid(items), edges(items)) if items else st.just("x")
        too_many = (
            [] if high is None else [st.lists(valid(items), min_size=high + 1, max_size=high + 1)]
        )
        return st.one_of(
            st.sampled_from(found),
            st.lists(item, max_size=(high or 2) + 1),
            *too_many,
        )
    if kind == "object":
        properties = schema.get("properties", {})
        return st.one_of(
            st.sampled_from(found),
            st.fixed_dictionaries(
                {}, optional={k: st.one_of(valid(v), edges(v)) for k, v in properties.items()}
            ),
            st.fixed_dictionaries({"unknown": st.just(1)}),
        )
    return st.sampled_from(found)


def _fields(family: str) -> dict[str, dict[str, Any]]:
    properties: dict[str, dict[str, Any]] = families()[family]["properties"]
    return {name: node for name, node in properties.items() if name != "model"}


@functools.cache
def _valid_of(family: str, name: str) -> st.SearchStrategy[Any]:
    return valid(_fields(family)[name])


@functools.cache
def _edges_of(family: str, name: str) -> st.SearchStrategy[Any]:
    return edges(_fields(family)[name])


@functools.cache
def _start(family: str) -> st.SearchStrategy[dict[str, Any]]:
    """Bodies whose fields are each valid alone (built once per family: strategies are
    costly to build, cheap to draw from)."""
    fields = _fields(family)
    required = set(families()[family].get("required", ()))
    return st.fixed_dictionaries(
        {"model": st.sampled_from(models(family))}
        | {name: _valid_of(family, name) for name in fields if name in required},
        optional={name: _valid_of(family, name) for name in fields if name not in required},
    )


@st.composite
def bodies(draw: st.DrawFn, family: str) -> Any:
    """A body for `family`: each field valid alone, then up to three changes."""
    if draw(st.integers(0, 60)) == 0:
        return draw(st.sampled_from([None, [], "x", 1, {}]))
    fields = _fields(family)
    required = set(families()[family].get("required", ()))
    body: dict[str, Any] = draw(_start(family))
    others = [name for name in families() if name != family]
    for _ in range(draw(st.integers(0, 3))):
        change = draw(
            st.sampled_from(["edge", "edge", "edge", "foreign", "drop", "model", "unknown"])
        )
        if change == "edge" and fields:
            name = draw(st.sampled_from(sorted(fields)))
            body[name] = draw(_edges_of(family, name))
        elif change == "foreign" and others:
            other = draw(st.sampled_from(others))
            foreign = _fields(other)
            if foreign:
                name = draw(st.sampled_from(sorted(foreign)))
                body[name] = draw(_valid_of(other, name))
        elif change == "drop":
            body.pop(draw(st.sampled_from(sorted({"model", *required}))), None)
        elif change == "model":
            body["model"] = draw(
                st.sampled_from([*all_models(), "", "WAN2.7", "unknown-model", 2.7, None])
            )
        elif change == "unknown":
            body[draw(st.sampled_from(["Model", "negativ_prompt", "durations", "x"]))] = 1
    return body
