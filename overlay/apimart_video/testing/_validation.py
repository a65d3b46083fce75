"""Is a submit's body valid? A JSON Schema validation against the spec, per model.

The body's `model` picks its family's schema through the discriminator of
`VideoGenerationRequest` (the model enums of the families are disjoint, so this is the
`oneOf`'s verdict); `jsonschema` then validates the body against that schema, `$ref`s
resolved inside the spec. Nothing here shares code or assumptions with the overlay's
`check_request`, which this server exists to check.

A refusal names one field, as the API's 400 does (`param`), read from the rule that failed:
- a field's own schema: that field (`image_urls[0]` for one item of a list of values);
  a missing required field or an unknown one: that field;
- `if`/`then`: a value the `then` does not allow, that value's field; a field the `then`
  requires, that field when the `if` tests a value (`multi_shot: true` needs `shot_type`),
  else the `if`'s field (`last_frame_image` needs `first_frame_image`, and `audio: true`
  needs `mode: pro`, name `last_frame_image` and `audio`);
- `dependentRequired`: the field required; `dependentSchemas`: its key;
- `not` (fields that do not go together): the one beside the rule's trigger, else the switch
  turned on (`const: true`), else the last one named; `anyOf` of `required` (one of these is
  needed): the first one named.
The message names the model, its schema, the field and the rule (the rule's `description`
where the spec writes one).

An unknown model is refused as the API refuses an unknown id: 400 `invalid_request_error`,
code `model_not_found`, param `model`, with the known ids.
"""

from __future__ import annotations

import reprlib
from collections.abc import Mapping
from typing import Any, Final

import attrs
from jsonschema import Draft202012Validator, ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from apimart_video.testing._spec import SCHEMAS_PREFIX, SpecFamilies

SPEC_URI: Final = "urn:apimart-video:openapi"
FIELD_KEYWORDS: Final = frozenset({"properties", "required", "additionalProperties", "type"})
"""Root keywords whose errors are about one field (or the body's type)."""
RULE_KEYWORDS: Final = frozenset(
    {"allOf", "anyOf", "oneOf", "not", "if", "then", "else", "dependentSchemas"}
)
LONGEST_DETAIL: Final = 200
_short = reprlib.Repr()
_short.maxstring = _short.maxother = 60
_short.maxlist = _short.maxdict = 4


@attrs.frozen
class Refusal:
    """Why a body is refused: the field at fault, a message a person can act on, a code."""

    param: str | None
    message: str
    code: str | None = None


class RequestValidator:
    """Validates submit bodies against the spec's family schemas (built once per server)."""

    def __init__(self, document: Mapping[str, Any], families: SpecFamilies) -> None:
        resource: Resource[Any] = Resource.from_contents(
            document, default_specification=DRAFT202012
        )
        registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
        self._families = families
        self._validators = {
            family.schema_name: Draft202012Validator(
                {"$ref": f"{SPEC_URI}{SCHEMAS_PREFIX}{family.schema_name}"}, registry=registry
            )
            for family in families.families
        }

    def refusal(self, body: Any) -> Refusal | None:
        """None when the spec accepts `body`, else why it does not."""
        if not isinstance(body, dict):
            return Refusal(None, "the request body must be a JSON object")
        model = body.get("model")
        family = self._families.by_model.get(model) if isinstance(model, str) else None
        if family is None:
            return self._unknown_model(body)
        errors = sorted(self._validators[family.schema_name].iter_errors(body), key=_rank)
        if not errors:
            return None
        param, detail = _explain(errors[0], family.schema, body)
        where = f"model {model} ({family.schema_name})"
        return Refusal(param, f"invalid {param or 'request body'} for {where}: {detail}")

    def _unknown_model(self, body: Mapping[str, Any]) -> Refusal:
        known = ", ".join(self._families.models)
        if "model" not in body:
            return Refusal("model", f"model is required; known models: {known}")
        model = body["model"]
        if not isinstance(model, str):
            return Refusal(
                "model", f"model must be a string, not {_short.repr(model)}; known models: {known}"
            )
        return Refusal(
            "model",
            f"model not found: {_short.repr(model)}; known models: {known}",
            "model_not_found",
        )


def _explain(
    error: ValidationError, schema: Mapping[str, Any], body: Mapping[str, Any]
) -> tuple[str | None, str]:
    """The field an error names and what it says (`schema`: the family's, inlined)."""
    path = list(error.absolute_schema_path)
    if path and path[0] in RULE_KEYWORDS | {"dependentRequired"}:
        rule, _ = _rule_at(schema, path)
        description = " ".join(str(rule.get("description", "")).split())
        return _rule_param(error, schema, body), description or _detail(error)
    if error.absolute_path:
        where = list(error.absolute_path)
        field = _json_path(
            where[:2] if len(where) == 2 and isinstance(where[1], int) else where[:1]
        )
        return field, f"{_json_path(where)}: {_rule_description(schema, path) or _detail(error)}"
    if error.validator == "required":
        missing = [name for name in schema.get("required", []) if name not in body]
        if missing:
            return missing[0], f"{missing[0]} is required"
    if error.validator == "additionalProperties":
        known = list(schema.get("properties", {}))
        unexpected = [name for name in body if name not in known]
        if unexpected:
            listed = ", ".join(known)
            return unexpected[0], f"{unexpected[0]} is not a field of this model ({listed})"
    return None, _detail(error)


def _json_path(parts: list[Any]) -> str:
    """`image_urls[0]`, `image_with_roles[1].role`: where in the body a value is."""
    text = str(parts[0])
    for part in parts[1:]:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text


def _rule_description(schema: Mapping[str, Any], path: list[Any]) -> str:
    """The description of the innermost rule (an `allOf`/`anyOf`/`oneOf` entry) on the
    error's path inside a field, such as "Exactly one first frame"; empty when none."""
    node: Any = schema
    found = ""
    for index, step in enumerate(path):
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            break
        ruled = index > 0 and path[index - 1] in ("allOf", "anyOf", "oneOf")
        if ruled and isinstance(node, dict) and node.get("description"):
            found = " ".join(str(node["description"]).split())
    return found


def _rank(error: ValidationError) -> int:
    """Errors of one field first, then the cross-field rules (stable within each)."""
    path = list(error.absolute_schema_path)
    return 0 if not path or path[0] in FIELD_KEYWORDS else 1


def _detail(error: ValidationError) -> str:
    """jsonschema's message, or a short one when the message quotes a large value."""
    if len(error.message) <= LONGEST_DETAIL:
        return error.message
    value = _short.repr(error.validator_value)
    return f"{_short.repr(error.instance)} does not satisfy {error.validator} {value}"


def _rule_at(schema: Mapping[str, Any], path: list[Any]) -> tuple[Mapping[str, Any], str | None]:
    """The rule a root-level error comes from, and its trigger field when the rule is keyed
    by one (`dependentSchemas`, `dependentRequired`)."""
    keyword = path[0]
    if keyword in ("dependentSchemas", "dependentRequired") and len(path) > 1:
        trigger = str(path[1])
        rule = schema[keyword][trigger]
        return (rule if isinstance(rule, dict) else {"required": rule}), trigger
    if keyword == "allOf" and len(path) > 1:
        return schema["allOf"][path[1]], None
    if keyword in ("if", "then", "else"):
        return {key: schema[key] for key in ("if", "then", "else") if key in schema}, None
    return {keyword: schema[keyword]}, None


def _names(node: Any) -> list[str]:
    """The fields a schema node mentions (`required`, `properties`), in order, nested
    `allOf`/`anyOf`/`oneOf`/`not` included."""
    if not isinstance(node, dict):
        return []
    found: list[str] = []
    found += [name for name in node.get("required", []) if isinstance(name, str)]
    found += list(node.get("properties", {}))
    for key in ("allOf", "anyOf", "oneOf"):
        for part in node.get(key, []):
            found += _names(part)
    found += _names(node.get("not"))
    return list(dict.fromkeys(found))


def _rule_param(
    error: ValidationError, schema: Mapping[str, Any], body: Mapping[str, Any]
) -> str | None:
    """The field a broken cross-field rule is about (see the module's docstring)."""
    path = list(error.absolute_schema_path)
    if error.validator == "dependentRequired":  # the field the present one needs
        needs = error.validator_value if isinstance(error.validator_value, dict) else {}
        missing = [
            needed
            for present, needed_fields in needs.items()
            if present in body
            for needed in needed_fields
            if needed not in body
        ]
        return str(missing[0]) if missing else None
    dependent = [
        str(path[index + 1]) for index, step in enumerate(path[:-1]) if step == "dependentSchemas"
    ]
    if dependent and "not" not in path:
        return dependent[-1]  # the field whose presence brings the rule in
    conditional = _innermost_conditional(schema, path)
    if conditional is not None:
        rule: Mapping[str, Any] = conditional
        present = [name for name in _names(rule["if"]) if name in body and name != "model"]
        trigger = present[0] if present else None
        consequence = rule["then"]
        if error.absolute_path and error.absolute_path[0] != "model":
            return str(error.absolute_path[0])  # a value the condition does not allow
        if error.validator == "required" and rule["if"].get("properties"):
            needed = error.validator_value if isinstance(error.validator_value, list) else []
            missing = [name for name in needed if name not in body]
            if missing and not _value_constrained(consequence, missing[0]):
                return str(missing[0])  # a value turns on a field it needs (any value)
    else:
        rule, trigger = _rule_at(schema, path)
        consequence = rule
    if "not" in consequence:
        forbidden = [
            name
            for name in _names(consequence["not"])
            if name in body and name not in (trigger, "model")
        ]
        switches = [name for name in forbidden if _is_switch(consequence["not"], name)]
        if forbidden:
            return forbidden[0] if trigger else (switches or forbidden)[-1]
    if trigger is not None:
        return trigger
    named = [name for name in _names(consequence) if name != "model"]
    missing = [name for name in named if name not in body]
    return next(iter(missing or named), None)


def _innermost_conditional(schema: Mapping[str, Any], path: list[Any]) -> Mapping[str, Any] | None:
    """The innermost schema with `if` whose `then` the error's path goes through."""
    node: Any = schema
    found = None
    for step in path:
        if step == "then" and isinstance(node, dict) and "if" in node:
            found = node
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            break
    return found


def _value_constrained(node: Mapping[str, Any], name: str) -> bool:
    """Whether `node` asks `name` for particular values (`const`, `enum`), not just presence."""
    field = node.get("properties", {}).get(name, {})
    return isinstance(field, dict) and ("const" in field or "enum" in field)


def _is_switch(node: Mapping[str, Any], name: str) -> bool:
    """Whether `node` names `name` as a switch turned on (`const: true`)."""
    field = node.get("properties", {}).get(name, {})
    return isinstance(field, dict) and field.get("const") is True
