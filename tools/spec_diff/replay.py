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

from tools.spec_diff.corpus import Body, Kind
from tools.spec_diff.model import Audience, Rejection
from tools.spec_diff.request_side import METHODS

_URI = "urn:apimart-video:spec-diff"


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def _follow(document: dict[str, Any], pointer: str) -> tuple[str, Any]:
    """The node at `pointer`, following a `$ref` that sits there (a shared response)."""
    node: Any = document
    for part in pointer.lstrip("/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        pointer = node["$ref"].lstrip("#")
        return _follow(document, pointer)
    return pointer, node


@dataclass(frozen=True)
class Target:
    kind: Kind
    name: str  # "POST /v1/videos/generations request body", "GET /v1/tasks/{task_id} 200"
    pointer: str  # JSON pointer of its schema in the document


def targets(document: dict[str, Any]) -> Iterator[Target]:
    """Every JSON body schema of every operation."""
    for path, item in (document.get("paths") or {}).items():
        for method in METHODS:
            if method not in item:
                continue
            base = f"/paths/{_escape(path)}/{method}"
            where = f"{method.upper()} {path}"
            if "requestBody" in item[method]:
                pointer, body = _follow(document, f"{base}/requestBody")
                for media in body.get("content", {}):
                    if "json" in media:
                        yield Target(
                            "request",
                            f"{where} request body",
                            f"{pointer}/content/{_escape(media)}/schema",
                        )
            for status in item[method].get("responses", {}):
                pointer, response = _follow(document, f"{base}/responses/{status}")
                for media in response.get("content", {}):
                    if "json" in media:
                        yield Target(
                            "response",
                            f"{where} {status}",
                            f"{pointer}/content/{_escape(media)}/schema",
                        )


class SpecValidators:
    """Validators for the body schemas of one spec document."""

    def __init__(self, document: dict[str, Any]) -> None:
        resource: Resource[Any] = Resource.from_contents(
            document, default_specification=DRAFT202012
        )
        self.registry: Registry[Any] = Registry().with_resource(_URI, resource)
        self.targets = {target.name: target for target in targets(document)}
        self._cache: dict[str, Draft202012Validator] = {}

    def validator(self, name: str) -> Draft202012Validator:
        if name not in self._cache:
            schema = {"$ref": f"{_URI}#{self.targets[name].pointer}"}
            self._cache[name] = Draft202012Validator(schema, registry=self.registry)
        return self._cache[name]

    def complaint(self, name: str, value: Any) -> str | None:
        """None when the schema accepts `value`, else its first error."""
        error = next(iter(self.validator(name).iter_errors(value)), None)
        if error is None:
            return None
        place = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
        return f"{place.lstrip('.') or '(root)'}: {error.message}"


@dataclass
class Replay:
    rejected: list[Rejection]
    newly_accepted: list[Rejection]
    size: int


def replay(old: dict[str, Any], new: dict[str, Any], bodies: Iterable[Body]) -> Replay:
    """Each body against each schema of its kind the two specs share."""
    before, after = SpecValidators(old), SpecValidators(new)
    shared = [name for name in before.targets if name in after.targets]
    unique: dict[tuple[Kind, str], Body] = {}
    sources: dict[tuple[Kind, str], list[str]] = {}
    for body in bodies:
        key = (body.kind, json.dumps(body.value, sort_keys=True))
        unique.setdefault(key, body)
        sources.setdefault(key, []).append(body.source)
    rejected: list[Rejection] = []
    accepted: list[Rejection] = []
    seen: set[tuple[str, str]] = set()
    for (kind, text), body in unique.items():
        audience = Audience.CALLERS if kind == "request" else Audience.PARSERS
        for name in shared:
            if before.targets[name].kind != kind:
                continue
            was, now = before.complaint(name, body.value), after.complaint(name, body.value)
            schema = before.targets[name].pointer
            if (was is None) == (now is None) or (schema, text) in seen:
                continue
            seen.add((schema, text))
            found = tuple(sources[(kind, text)])
            if was is None and now is not None:
                rejected.append(Rejection(audience, found, name, now, body.value))
            elif was is not None and now is None:
                accepted.append(Rejection(audience, found, name, was, body.value))
    return Replay(rejected, accepted, len(unique))
