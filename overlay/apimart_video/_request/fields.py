"""One field at a time: the checks every family's fields get from the spec's keywords.

A field's schema comes from `spec_values.FAMILIES` (written by `make generate`, `$ref`s
followed); this module turns each keyword into a check and a message that names the field,
the value and the rule. The writer of `spec_values` refuses a keyword this module does not
check, so a field can never say more in the spec than it does here.

JSON semantics are followed to the letter so that the verdicts agree with JSON Schema: an
array is a `list`, an integer is an `int` that is not a `bool` (or a float with no fraction),
a number is an `int` or `float` that is not a `bool`, equality treats `1` and `1.0` as one
value but never `True` and `1`, and a string's length counts code points.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from apimart_video._types import MISSING, Violation

__all__ = ["describe_range", "field_violations", "json_equal", "plain"]


def is_integer(value: object) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())


def is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


_TYPES: dict[str, Callable[[object], bool]] = {
    "string": lambda value: isinstance(value, str),
    "integer": is_integer,
    "number": is_number,
    "boolean": lambda value: isinstance(value, bool),
    "array": lambda value: isinstance(value, list),
    "object": lambda value: isinstance(value, Mapping),
    "null": lambda value: value is None,
}


def _is_type(kind: str, value: object) -> bool:
    check: Callable[[object], bool] = _TYPES[kind]
    return check(value)


_TYPE_WORDS = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "true or false (a bool)",
    "array": "a list",
    "object": "an object (a mapping)",
    "null": "null",
}


def json_equal(left: object, right: object) -> bool:
    """Equality as JSON Schema's `enum` and `const` see it."""
    if isinstance(left, bool) or isinstance(right, bool):
        return isinstance(left, bool) and isinstance(right, bool) and left == right
    if is_number(left) and is_number(right):
        return left == right
    if isinstance(left, list) and isinstance(right, list | tuple):
        return len(left) == len(right) and all(map(json_equal, left, right))
    if isinstance(left, Mapping) and isinstance(right, Mapping):
        return left.keys() == right.keys() and all(json_equal(left[k], right[k]) for k in left)
    return type(left) is type(right) and left == right


def plain(value: object) -> str:
    """A value as JSON writes it, for messages: `'720P'`, `5`, `true`."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value)


def describe_range(minimum: float | None, maximum: float | None) -> str:
    """`from 2 to 15`, `>= 0` or `<= 15`: a bound as messages and the CLI's help say it."""
    if minimum is not None and maximum is not None:
        return f"from {minimum} to {maximum}"
    if minimum is not None:
        return f">= {minimum}"
    return f"<= {maximum}" if maximum is not None else "any"


@functools.cache
def _pattern(source: str) -> re.Pattern[str]:
    return re.compile(source)


def _url_rule(schema: Mapping[str, Any]) -> bool:
    pattern = schema.get("pattern")
    return isinstance(pattern, str) and pattern.startswith("^https?://")


def field_violations(field: str, value: object, schema: Mapping[str, Any]) -> Iterator[Violation]:
    """Every rule of `schema` that `value` breaks, named for `field`."""
    if "anyOf" in schema:
        yield from _any_of(field, value, schema)
        if len(schema) == 1:
            return
    kind = schema.get("type")
    if kind is not None and not _is_type(kind, value):
        yield Violation(field, value, f"must be {_type_words(schema)}")
        return
    if "const" in schema and not json_equal(value, schema["const"]):
        yield Violation(field, value, f"must be {plain(schema['const'])}")
    if "enum" in schema and not any(json_equal(value, option) for option in schema["enum"]):
        listed = ", ".join(plain(option) for option in schema["enum"])
        yield Violation(field, value, f"must be one of {listed}")
    if is_number(value):
        yield from _number(field, value, schema)  # type: ignore[arg-type]
    elif isinstance(value, str):
        yield from _string(field, value, schema)
    elif isinstance(value, list):
        yield from _array(field, value, schema)
    elif isinstance(value, Mapping):
        yield from _object(field, value, schema)


def _type_words(schema: Mapping[str, Any]) -> str:
    kind = schema["type"]
    if kind == "string" and _url_rule(schema):
        return "a URL string"
    if kind in ("integer", "number") and "enum" in schema:
        return f"{_TYPE_WORDS[kind]}, one of " + ", ".join(plain(v) for v in schema["enum"])
    if kind in ("integer", "number") and ("minimum" in schema or "maximum" in schema):
        return f"{_TYPE_WORDS[kind]} " + describe_range(
            schema.get("minimum"), schema.get("maximum")
        )
    if kind == "array" and "items" in schema:
        return f"a list of {_items_words(schema['items'])}"
    return _TYPE_WORDS[kind]


def _items_words(items: Mapping[str, Any]) -> str:
    if items.get("type") == "string" and _url_rule(items):
        return "URL strings"
    if items.get("type") == "object" and "properties" in items:
        return "objects {" + ", ".join(f'"{key}": ...' for key in items["properties"]) + "}"
    return {"string": "strings", "integer": "integers", "number": "numbers"}.get(
        items.get("type", ""), "values"
    )


def _any_of(field: str, value: object, schema: Mapping[str, Any]) -> Iterator[Violation]:
    options = schema["anyOf"]
    for option in options:
        if not any(True for _ in field_violations(field, value, option)):
            return
    words = " or ".join(_option_words(option) for option in options)
    yield Violation(field, value, f"must be {words}")


def _option_words(option: Mapping[str, Any]) -> str:
    if "description" in option:
        return str(option["description"]).split(".")[0].rstrip()
    if "type" in option:
        return _type_words(option)
    return "a valid value"


def _number(field: str, value: float, schema: Mapping[str, Any]) -> Iterator[Violation]:
    minimum, maximum = schema.get("minimum"), schema.get("maximum")
    if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
        yield Violation(field, value, f"must be {describe_range(minimum, maximum)}")
    if "exclusiveMinimum" in schema and not value > schema["exclusiveMinimum"]:
        yield Violation(field, value, f"must be more than {schema['exclusiveMinimum']}")
    if "exclusiveMaximum" in schema and not value < schema["exclusiveMaximum"]:
        yield Violation(field, value, f"must be less than {schema['exclusiveMaximum']}")


def _string(field: str, value: str, schema: Mapping[str, Any]) -> Iterator[Violation]:
    shortest, longest = schema.get("minLength"), schema.get("maxLength")
    if shortest is not None and len(value) < shortest:
        rule = f"must be at least {shortest} characters, got {len(value)}"
        yield Violation(field, value, "must not be empty" if shortest == 1 else rule)
    if longest is not None and len(value) > longest:
        yield Violation(field, value, f"must be at most {longest} characters, got {len(value)}")
    pattern = schema.get("pattern")
    if pattern is not None and not _pattern(pattern).search(value):
        if _url_rule(schema):
            rule = (
                "must be an absolute http:// or https:// URL of URI characters "
                "(percent-encode spaces and non-ASCII)"
            )
        else:
            rule = f"must match {pattern}"
        yield Violation(field, value, rule)


def _array(field: str, value: list[Any], schema: Mapping[str, Any]) -> Iterator[Violation]:
    fewest, most = schema.get("minItems"), schema.get("maxItems")
    items = schema.get("items", {})
    what = _items_words(items)
    if fewest is not None and len(value) < fewest:
        yield Violation(field, value, f"must hold at least {fewest} of {what}")
    if most is not None and len(value) > most:
        yield Violation(field, value, f"must hold at most {most} {what}")
    for index, entry in enumerate(value):
        yield from field_violations(f"{field}[{index}]", entry, items)


def _object(field: str, value: Mapping[Any, Any], schema: Mapping[str, Any]) -> Iterator[Violation]:
    properties: Mapping[str, Any] = schema.get("properties", {})
    for name in schema.get("required", ()):
        if name not in value:
            yield Violation(f"{field}.{name}", MISSING, "is required")
    for key, entry in value.items():
        if key in properties:
            yield from field_violations(f"{field}.{key}", entry, properties[key])
        elif schema.get("additionalProperties") is False:
            names = ", ".join(properties)
            yield Violation(f"{field}.{key}", entry, f"is not a field of this object ({names})")
