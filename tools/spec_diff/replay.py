"""Replay the corpus against both specs: which bodies does the new one reject?

Validation runs on the documents as written (`$ref`s resolved by `referencing`, as in
`contract_tests/spec_document.py`), not on the inlined copy the structural comparison uses,
so the evidence does not share that code's assumptions.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from tools.spec_diff import load
from tools.spec_diff.corpus import Body, Kind
from tools.spec_diff.model import Audience, Rejection
from tools.spec_diff.request_side import METHODS

_URI = "urn:apimart-video:spec-diff"


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def _follow(document: dict[str, Any], pointer: str) -> tuple[str, Any]:
    """The node at `pointer`, following a `$ref` that sits there (a shared response)."""
    node = load.pointer(document, f"#{pointer}")
    only_ref = isinstance(node, dict) and set(node) - load.ANNOTATIONS == {"$ref"}
    if only_ref and isinstance(node["$ref"], str):  # a $ref with siblings is a schema of its own
        return _follow(document, node["$ref"].removeprefix("#"))
    return pointer, node


@dataclass(frozen=True)
class Target:
    kind: Kind
    name: str  # "POST /v1/videos/generations request body", "GET /v1/tasks/{task_id} 200"
    pointer: str  # JSON pointer of its schema in the document
    slot: str = ""  # for a parameter: "<in> <name>"


def _json_schemas(document: dict[str, Any], pointer: str) -> Iterator[str]:
    """Pointers of the JSON schemas of a request body or response, `$ref`s followed."""
    pointer, node = _follow(document, pointer)
    for media in node.get("content", {}):
        if "json" in media:
            yield _follow(document, f"{pointer}/content/{_escape(media)}/schema")[0]


def targets(document: dict[str, Any]) -> Iterator[Target]:
    """Every parameter and JSON body schema of every operation."""
    for path, item in (document.get("paths") or {}).items():
        for method in METHODS:
            if method not in item:
                continue
            base = f"/paths/{_escape(path)}/{method}"
            where = f"{method.upper()} {path}"
            for index in range(len(item[method].get("parameters", []))):
                pointer, parameter = _follow(document, f"{base}/parameters/{index}")
                if "schema" in parameter:
                    slot = f"{parameter['in']} {parameter['name']}"
                    yield Target("parameter", f"{where} {slot}", f"{pointer}/schema", slot)
            if "requestBody" in item[method]:
                for schema in _json_schemas(document, f"{base}/requestBody"):
                    yield Target("request", f"{where} request body", schema)
            for status in item[method].get("responses", {}):
                for schema in _json_schemas(document, f"{base}/responses/{status}"):
                    yield Target("response", f"{where} {status}", schema)


class SpecValidators:
    """Validators for the body schemas of one spec document."""

    def __init__(self, document: dict[str, Any]) -> None:
        resource: Resource[Any] = Resource.from_contents(
            document, default_specification=DRAFT202012
        )
        self.document = document
        self.registry: Registry[Any] = Registry().with_resource(_URI, resource)
        self.targets = {target.name: target for target in targets(document)}
        self._cache: dict[str, Draft202012Validator] = {}

    def validator(self, name: str) -> Draft202012Validator:
        if name not in self._cache:
            schema = {"$ref": f"{_URI}#{self.targets[name].pointer}"}
            self._cache[name] = Draft202012Validator(schema, registry=self.registry)
        return self._cache[name]

    def complaint(self, name: str, value: Any) -> str | None:
        """None when the schema accepts `value`, else its first error: for a `oneOf`
        discriminated by `model`, the first error of the family the body names."""
        error = next(iter(self.validator(name).iter_errors(value)), None)
        if error is None:
            return None
        family = self._family_validator(name, value)
        if family is not None:
            error = next(iter(family.iter_errors(value)), error)
        place = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
        return f"{place.lstrip('.') or '(root)'}: {error.message}"

    def _family_validator(self, name: str, value: Any) -> Draft202012Validator | None:
        """The validator of the branch a discriminator's mapping picks for `value`."""
        pointer = self.targets[name].pointer
        schema = _follow(self.document, pointer)[1]
        discriminator = schema.get("discriminator") if isinstance(schema, dict) else None
        if not isinstance(discriminator, dict) or not isinstance(value, dict):
            return None
        ref = (discriminator.get("mapping") or {}).get(value.get(discriminator["propertyName"]))
        if not isinstance(ref, str) or not ref.startswith("#"):
            return None
        return Draft202012Validator({"$ref": f"{_URI}{ref}"}, registry=self.registry)


@dataclass
class Replay:
    rejected: list[Rejection]
    newly_accepted: list[Rejection]
    size: int


def replay(old: dict[str, Any], new: dict[str, Any], bodies: Iterable[Body]) -> Replay:
    """Each body against each schema of its kind the two specs share."""
    before, after = SpecValidators(old), SpecValidators(new)
    shared = [name for name in before.targets if name in after.targets]
    unique: dict[tuple[Kind, str, str], Body] = {}
    sources: dict[tuple[Kind, str, str], list[str]] = {}
    for body in bodies:
        key = (body.kind, body.slot, json.dumps(body.value, sort_keys=True))
        unique.setdefault(key, body)
        sources.setdefault(key, []).append(body.source)
    rejected: list[Rejection] = []
    accepted: list[Rejection] = []
    seen: set[tuple[str, str]] = set()
    for key, body in unique.items():
        kind, _, text = key
        audience = Audience.PARSERS if kind == "response" else Audience.CALLERS
        for name in shared:
            target = before.targets[name]
            if target.kind != kind or target.slot != body.slot:
                continue
            was, now = before.complaint(name, body.value), after.complaint(name, body.value)
            schema = before.targets[name].pointer
            if (was is None) == (now is None) or (schema, text) in seen:
                continue
            seen.add((schema, text))
            found = tuple(sources[key])
            if was is None and now is not None:
                rejected.append(Rejection(audience, found, name, now, body.value))
            elif was is not None and now is None:
                accepted.append(Rejection(audience, found, name, was, body.value))
    return Replay(rejected, accepted, len(unique))
