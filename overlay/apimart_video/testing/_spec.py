"""The spec as the reference server reads it at startup: the document and its model families.

`VideoGenerationRequest` is a `oneOf` of family schemas discriminated by `model`: the
discriminator's mapping sends each model id to its family's schema. Everything the server
says about a model (whether a body is valid, how long its clip is, its docs page) comes from
that schema, read here from `openapi.yaml`, never from the overlay's rules.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any, Final

import attrs
import yaml
from jsonschema import Draft202012Validator

REQUEST_SCHEMA: Final = "VideoGenerationRequest"
FAMILY_KEY: Final = "x-apimart-family"
SCHEMAS_PREFIX: Final = "#/components/schemas/"
_CHECKOUT_SPEC: Final = Path(__file__).resolve().parents[3] / "openapi.yaml"


def spec_document(path: Path | None = None) -> dict[str, Any]:
    """The spec at `path`; without one, the spec shipped in the wheel beside this module,
    else the checkout's own file. Shared: do not mutate it."""
    return _load(None if path is None else Path(path).resolve())


@functools.cache
def _load(path: Path | None) -> dict[str, Any]:
    if path is not None:
        text = path.read_text("utf-8")
    else:
        shipped = resources.files("apimart_video.testing") / "openapi.yaml"
        text = (
            shipped.read_text("utf-8") if shipped.is_file() else _CHECKOUT_SPEC.read_text("utf-8")
        )
    document: dict[str, Any] = yaml.safe_load(text)
    return document


def inline(node: Any, document: Mapping[str, Any]) -> Any:
    """`node` with every local `$ref` replaced by a copy of what it names (siblings win)."""
    if isinstance(node, list):
        return [inline(value, document) for value in node]
    if not isinstance(node, dict):
        return node
    if isinstance(node.get("$ref"), str):
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        siblings = {key: value for key, value in node.items() if key != "$ref"}
        return inline({**target, **siblings}, document)
    return {key: inline(value, document) for key, value in node.items()}


@attrs.frozen
class FamilySchema:
    """One model family of the spec: its request schema, with every `$ref` inlined."""

    name: str
    """The family (`x-apimart-family`), else the schema's name."""
    schema_name: str
    """Its component, such as `Wan27Request`."""
    schema: Mapping[str, Any]
    models: tuple[str, ...]
    docs_url: str | None
    """Its docs page (`externalDocs.url`)."""

    @property
    def properties(self) -> Mapping[str, Mapping[str, Any]]:
        properties: Mapping[str, Mapping[str, Any]] = self.schema.get("properties", {})
        return properties

    def input_schema(self, model: str) -> dict[str, Any]:
        """The compatibility schema of `model`: the family's schema for an input that has
        no `model` (the model is passed beside it). Every rule is bound to this model
        (`bound_to`): a rule of another model of the family drops out, one that holds
        for this model stays without its test of `model`. Its examples are the model's own,
        without `model`."""
        schema = bound_to(self.schema, "model", model)
        if not isinstance(schema, dict):
            raise ValueError(f"{model} is not a model of the family {self.name}")
        schema.setdefault("properties", {})
        schema["required"] = list(schema.get("required", []))
        if "examples" in schema:
            schema["examples"] = [
                {k: v for k, v in example.items() if k != "model"}
                for example in schema["examples"]
                if isinstance(example, dict) and example.get("model") == model
            ]
        return schema


ROOT_APPLICATORS: Final = ("allOf", "anyOf", "oneOf")
"""Keywords whose subschemas apply to the same instance (beside `not`, `if`, `then`,
`else` and `dependentSchemas`)."""


def bound_to(node: Any, field: str, value: Any) -> Any:
    """`node` for instances that carry `field: value` beside them rather than in them.

    Wherever a subschema that applies to the whole instance constrains `field` (in its
    `properties`), the constraint is evaluated on `value` now: the subschema loses it when
    `value` meets it, and becomes `false` when it does not; `field` leaves every `required`.
    A rule "if model is X then ..." thus holds for X and vanishes for other models.
    """
    if not isinstance(node, dict):
        return node
    bound: dict[str, Any] = {}
    for key, sub in node.items():
        if key == "properties" and isinstance(sub, dict) and field in sub:
            if not Draft202012Validator(sub[field]).is_valid(value):
                return False
            sub = {name: schema for name, schema in sub.items() if name != field}
        elif key == "required" and isinstance(sub, list):
            sub = [name for name in sub if name != field]
        elif key in ROOT_APPLICATORS and isinstance(sub, list):
            sub = [bound_to(part, field, value) for part in sub]
        elif key in ("not", "if", "then", "else"):
            sub = bound_to(sub, field, value)
        elif key == "dependentSchemas" and isinstance(sub, dict):
            sub = {name: bound_to(part, field, value) for name, part in sub.items()}
        bound[key] = sub
    return bound


@attrs.frozen
class SpecFamilies:
    """Every model id of the spec (the discriminator's mapping, in its order) and its family."""

    by_model: Mapping[str, FamilySchema]

    @property
    def models(self) -> list[str]:
        return list(self.by_model)

    @property
    def families(self) -> list[FamilySchema]:
        """Each family once, in the order its first model comes."""
        return list({family.schema_name: family for family in self.by_model.values()}.values())

    def family(self, name: str) -> FamilySchema:
        """The family called `name`, or the family of the model `name`."""
        if name in self.by_model:
            return self.by_model[name]
        for family in self.families:
            if name in (family.name, family.schema_name):
                return family
        known = ", ".join(family.name for family in self.families)
        raise ValueError(f"no model family or model id {name!r} in the spec (families: {known})")

    @classmethod
    def from_document(cls, document: Mapping[str, Any]) -> SpecFamilies:
        schemas = document["components"]["schemas"]
        mapping: Mapping[str, str] = schemas[REQUEST_SCHEMA]["discriminator"]["mapping"]
        models_of: dict[str, list[str]] = {}
        for model, ref in mapping.items():
            models_of.setdefault(ref.removeprefix(SCHEMAS_PREFIX), []).append(model)
        families = {}
        for schema_name, models in models_of.items():
            raw = schemas[schema_name]
            families[schema_name] = FamilySchema(
                name=str(raw.get(FAMILY_KEY, schema_name)),
                schema_name=schema_name,
                schema=inline(raw, document),
                models=tuple(models),
                docs_url=(raw.get("externalDocs") or {}).get("url"),
            )
        by_model = {
            model: families[ref.removeprefix(SCHEMAS_PREFIX)] for model, ref in mapping.items()
        }
        return cls(by_model=by_model)


def spec_families(path: Path | None = None) -> SpecFamilies:
    """The model families of the spec at `path` (see `spec_document`), read once."""
    return _families(None if path is None else Path(path).resolve())


@functools.cache
def _families(path: Path | None) -> SpecFamilies:
    return SpecFamilies.from_document(spec_document(path))
