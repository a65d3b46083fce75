"""Load `openapi.yaml` once and build JSON Schema validators from its components.

Tests of every kind use this to ask "does the spec accept this?" with the same answer.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_PATH = Path(__file__).resolve().parent.parent / "openapi.yaml"
_SPEC_URI = "urn:apimart-video:openapi"


@functools.cache
def load_spec() -> dict[str, Any]:
    """The parsed spec (do not mutate it: it is shared)."""
    with SPEC_PATH.open(encoding="utf-8") as handle:
        document: dict[str, Any] = yaml.safe_load(handle)
    return document


@functools.cache
def _registry() -> Registry[Any]:
    resource: Resource[Any] = Resource.from_contents(load_spec(), default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(_SPEC_URI, resource)
    return registry


def _anchored(node: Any) -> Any:
    """A copy of `node` whose local `$ref`s (`#/...`) point into the spec's resource."""
    if isinstance(node, dict):
        return {
            key: _SPEC_URI + value
            if key == "$ref" and isinstance(value, str) and value.startswith("#")
            else _anchored(value)
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_anchored(value) for value in node]
    return node


def validator_for(schema: dict[str, Any]) -> Draft202012Validator:
    """A validator for a schema taken from the spec; its `$ref`s resolve inside the spec."""
    return Draft202012Validator(_anchored(schema), registry=_registry())


@functools.cache
def component_validator(name: str) -> Draft202012Validator:
    """A validator for `#/components/schemas/<name>`."""
    return validator_for({"$ref": f"{_SPEC_URI}#/components/schemas/{name}"})


@functools.cache
def request_validator() -> Draft202012Validator:
    """The validator of a `POST /v1/videos/generations` body."""
    return component_validator("VideoGenerationRequest")


def spec_accepts_request(body: object) -> bool:
    """True when the spec's request schema accepts `body`.

    A body whose `model` names a family is validated against that family's schema alone:
    the same verdict as the whole `oneOf`, since the families' `model` enums are disjoint
    (a spec test holds them so), at a fraction of the cost. Any other body meets the whole
    `oneOf`.
    """
    model = body.get("model") if isinstance(body, dict) else None
    branch = _branches().get(model) if isinstance(model, str) else None
    validator = request_validator() if branch is None else component_validator(branch)
    return bool(validator.is_valid(body))


@functools.cache
def _branches() -> dict[str, str]:
    """Each model id -> the name of its family's schema (the discriminator's mapping)."""
    request = load_spec()["components"]["schemas"]["VideoGenerationRequest"]
    mapping: dict[str, str] = request["discriminator"]["mapping"]
    return {model: target.rsplit("/", 1)[-1] for model, target in mapping.items()}


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    """Follow a local `$ref` (`#/components/...`) to the node it names."""
    while "$ref" in node:
        target: Any = load_spec()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node
