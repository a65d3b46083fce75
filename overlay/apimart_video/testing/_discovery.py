"""The discovery endpoints' answers, derived from `openapi.yaml` once, at startup.

The models are the spec's `VideoModel` enum; each model's docs page is Markdown with one
parameter table made from the request schema (field, type, required, enum, bounds, default,
description); its compatibility schema is that request schema as plain JSON Schema, every
`$ref` inlined and `model` left out (the skills contract passes the model beside the input).

`docs_drift` rehearses the live check: the docs and the compatibility schema then show a
changed enum value, a moved bound and a new field, as a docs page that moved on would.
"""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any, Final

import attrs
import yaml

REQUEST_SCHEMA: Final = "VideoGenerationRequest"
MODEL_SCHEMA: Final = "VideoModel"
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
# What `docs_drift` changes (each is a kind of drift the live check must find).
DRIFTED_ENUM: Final = ("resolution", "1080P", "1080p")
DRIFTED_BOUND: Final = ("duration", "maximum", 10)
NEW_FIELD: Final = (
    "generate_audio",
    {"type": "boolean", "default": False, "description": "Generates a soundtrack."},
)
_CHECKOUT_SPEC: Final = Path(__file__).resolve().parents[3] / "openapi.yaml"


@functools.cache
def spec_document() -> dict[str, Any]:
    """The spec: shipped in the wheel beside this module, else the checkout's own file."""
    shipped = resources.files("apimart_video.testing") / "openapi.yaml"
    text = shipped.read_text("utf-8") if shipped.is_file() else _CHECKOUT_SPEC.read_text("utf-8")
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


def _drifted(schema: dict[str, Any]) -> dict[str, Any]:
    drifted = copy.deepcopy(schema)
    properties = drifted["properties"]
    field, old, new = DRIFTED_ENUM
    enum = properties[field]["enum"]
    enum[enum.index(old)] = new
    if properties[field].get("default") == old:
        properties[field]["default"] = new
    field, keyword, value = DRIFTED_BOUND
    properties[field][keyword] = value
    name, definition = NEW_FIELD
    properties[name] = dict(definition)
    return drifted


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


@attrs.frozen
class ModelPages:
    """What the discovery endpoints say about one model."""

    model: str
    markdown: str
    input_schema: dict[str, Any]


@attrs.frozen
class Discovery:
    """The models of the spec, each with its docs Markdown and compatibility schema."""

    pages: Mapping[str, ModelPages]
    fetched_at: int

    @property
    def models(self) -> list[str]:
        return list(self.pages)

    @classmethod
    def from_spec(
        cls, document: Mapping[str, Any], *, fetched_at: int, drift: bool = False
    ) -> Discovery:
        schemas = document["components"]["schemas"]
        request = inline(schemas[REQUEST_SCHEMA], document)
        if drift:
            request = _drifted(request)
        input_schema = {
            **request,
            "properties": {k: v for k, v in request["properties"].items() if k != "model"},
            "required": [name for name in request.get("required", []) if name != "model"],
        }
        pages = {
            model: ModelPages(model, _markdown(model, request), input_schema)
            for model in schemas[MODEL_SCHEMA]["enum"]
        }
        return cls(pages=pages, fetched_at=fetched_at)


def _markdown(model: str, request: Mapping[str, Any]) -> str:
    return "\n".join(
        [
            f"# {model} video generation",
            "",
            "`POST /v1/videos/generations`. " + _cell(request.get("description", "")),
            "",
            "## Parameters",
            "",
            parameter_table(request),
            "",
        ]
    )
