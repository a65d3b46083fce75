"""The discovery endpoints' answers, derived from `openapi.yaml` once, at startup.

The models are the keys of the request's discriminator mapping. Each model's docs page is
Markdown made from ITS family's schema: the family's description, its docs URL
(`externalDocs`), one parameter table (field, type, required, enum, bounds, default,
description) and the family's rules (the descriptions of its `allOf` and
`dependentSchemas`). Its compatibility schema is that family schema as plain JSON Schema,
every `$ref` inlined and `model` left out (the skills contract passes the model beside the
input), its rules bound to the model (a rule of another model of the family drops out).

`docs_drift` rehearses the live check: the drifted families' docs and compatibility schemas
then show a changed enum value, a moved bound and a new field, as a docs page that moved on
would. What drifts is chosen from each family's own fields (`drift`).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from typing import Any, Final

import attrs

from apimart_video.testing._spec import FamilySchema, SpecFamilies

OPERATION: Final = "video_generation"
CACHE_TTL_SECONDS: Final = 604800
BOUND_KEYWORDS: Final = (
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
)
BOUND_MOVE: Final = 5
"""How far a drifted `maximum` comes down (it stays above the field's minimum)."""
NEW_FIELDS: Final = (
    (
        "generate_audio",
        {"type": "boolean", "default": False, "description": "Generates a soundtrack."},
    ),
    (
        "enhance_prompt",
        {"type": "boolean", "default": False, "description": "Rewrites the prompt first."},
    ),
)
"""The field a drifted page adds: the first of these its family lacks."""


@attrs.frozen
class Drift:
    """What `docs_drift` changed in one family's schema (None: that kind found no field)."""

    enum: tuple[str, str, str] | None
    """(field, the spec's value, the drifted value)."""
    bound: tuple[str, str, int] | None
    """(field, keyword, the drifted value)."""
    new_field: str


def drift(schema: Mapping[str, Any]) -> tuple[dict[str, Any], Drift]:
    """`schema` as a docs page that moved on would show it, and what changed.

    The enum: the first string enum (not `model`) with a letter in it, its last such value
    with its case swapped (`1080P` -> `1080p`). The bound: the first integer `maximum`,
    `BOUND_MOVE` lower. The new field: the first of `NEW_FIELDS` the schema lacks.
    """
    drifted = copy.deepcopy(dict(schema))
    properties: dict[str, Any] = drifted["properties"]
    enum_change = bound_change = None
    for name, node in properties.items():
        cased = [v for v in node.get("enum", []) if isinstance(v, str) and v != v.swapcase()]
        if name != "model" and cased and enum_change is None:
            old, new = cased[-1], cased[-1].swapcase()
            node["enum"] = [new if value == old else value for value in node["enum"]]
            if node.get("default") == old:
                node["default"] = new
            enum_change = (name, old, new)
        maximum, minimum = node.get("maximum"), node.get("minimum", None)
        if node.get("type") == "integer" and isinstance(maximum, int) and bound_change is None:
            moved = maximum - BOUND_MOVE
            node["maximum"] = moved if minimum is None else max(moved, minimum + 1)
            bound_change = (name, "maximum", node["maximum"])
    name, definition = next((n, d) for n, d in NEW_FIELDS if n not in properties)
    properties[name] = dict(definition)
    return drifted, Drift(enum_change, bound_change, name)


def _type_of(node: Mapping[str, Any]) -> str:
    kind = node.get("type")
    if kind == "array":
        return f"array of {_type_of(node.get('items', {}))}"
    if isinstance(kind, str):
        return kind
    for key in ("anyOf", "oneOf"):
        if key in node:
            return " or ".join(dict.fromkeys(_type_of(part) for part in node[key]))
    return "any"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _code(value: Any) -> str:
    return f"`{value}`" if isinstance(value, str) else f"`{json.dumps(value)}`"


def parameter_table(schema: Mapping[str, Any]) -> str:
    """The Markdown table of a request schema's fields."""
    required = set(schema.get("required", []))
    lines = [
        "| field | type | required | enum | bounds | default | description |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, node in schema["properties"].items():
        enum = ", ".join(_code(value) for value in node.get("enum", []))
        items = node.get("items", {})
        bounds = [f"{key}={node[key]}" for key in BOUND_KEYWORDS if key in node]
        bounds += [f"items.{key}={items[key]}" for key in BOUND_KEYWORDS if key in items]
        default = _code(node["default"]) if "default" in node else ""
        cells = (
            f"`{name}`",
            _type_of(node),
            "yes" if name in required else "no",
            enum,
            ", ".join(bounds),
            default,
            _cell(node.get("description", "")),
        )
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def rules(schema: Mapping[str, Any]) -> list[str]:
    """The cross-field rules the schema describes: each `allOf` entry's and each
    `dependentSchemas` entry's description."""
    found = [part.get("description", "") for part in schema.get("allOf", [])]
    found += [part.get("description", "") for part in schema.get("dependentSchemas", {}).values()]
    return [" ".join(text.split()) for text in found if text]


@attrs.frozen
class ModelPages:
    """What the discovery endpoints say about one model."""

    model: str
    family: str
    docs_url: str | None
    markdown: str
    input_schema: dict[str, Any]


@attrs.frozen
class Discovery:
    """The models of the spec, each with its docs Markdown and compatibility schema."""

    pages: Mapping[str, ModelPages]
    fetched_at: int
    drifts: Mapping[str, Drift] = attrs.field(factory=dict)
    """What `docs_drift` changed, by family name."""

    @property
    def models(self) -> list[str]:
        return list(self.pages)

    @classmethod
    def from_spec(
        cls,
        families: SpecFamilies,
        *,
        fetched_at: int,
        drift_families: frozenset[str] = frozenset(),
    ) -> Discovery:
        """The pages of every model; those of `drift_families` (family names) drifted."""
        pages, drifts = {}, {}
        for family in families.families:
            schema = dict(family.schema)
            if family.name in drift_families:
                schema, drifts[family.name] = drift(schema)
            shown = attrs.evolve(family, schema=schema)
            for model in family.models:
                markdown = _markdown(model, shown)
                pages[model] = ModelPages(
                    model, family.name, family.docs_url, markdown, shown.input_schema(model)
                )
        ordered = {model: pages[model] for model in families.models}
        return cls(pages=ordered, fetched_at=fetched_at, drifts=drifts)


def _markdown(model: str, family: FamilySchema) -> str:
    schema = family.schema
    lines = [f"# {model} video generation", ""]
    lines += ["`POST /v1/videos/generations`. " + _cell(schema.get("description", "")), ""]
    lines += [f"Model family `{family.name}`: " + ", ".join(f"`{m}`" for m in family.models), ""]
    if family.docs_url:
        lines += [f"Docs: {family.docs_url}", ""]
    lines += ["## Parameters", "", parameter_table(schema), ""]
    found = rules(schema)
    if found:
        lines += ["## Rules", "", *(f"- {rule}" for rule in found), ""]
    return "\n".join(lines)
