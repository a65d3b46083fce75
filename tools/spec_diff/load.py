"""Read `openapi.yaml` at a git ref or from the working tree, and inline its `$ref`s.

Comparing parsed documents with references inlined is what makes formatting, key order,
quoting and moving a schema into `components` no change at all.
"""

from __future__ import annotations

import copy
import subprocess
from pathlib import Path
from typing import Any

import yaml

SPEC = "openapi.yaml"
# Keywords that only document: they never change what a schema accepts.
ANNOTATIONS = frozenset(
    {"description", "summary", "title", "example", "examples", "$comment", "externalDocs"}
)
# Refs to try, in order, for "the main branch" when BASE is not given.
MAIN_REFS = ("main", "origin/main", "refs/remotes/origin/HEAD")


class SpecDiffError(Exception):
    """A problem that stops the comparison (bad ref, unreadable spec)."""


def git(repo: Path, *args: str) -> str:
    result = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SpecDiffError(f"git {' '.join(args)}: {result.stderr.strip()}")
    return result.stdout


def repo_root(start: Path) -> Path:
    return Path(git(start, "rev-parse", "--show-toplevel").strip())


def default_base(repo: Path) -> str:
    """The merge base of HEAD with the main branch (local, else the remote's); else HEAD."""
    for ref in MAIN_REFS:
        try:
            git(repo, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
            return git(repo, "merge-base", "HEAD", ref).strip()
        except SpecDiffError:
            continue
    return "HEAD"


def read_at(repo: Path, ref: str, path: str = SPEC) -> str:
    """A file's text as committed at `ref`."""
    git(repo, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    return git(repo, "show", f"{ref}:{path}")


def parse(text: str, origin: str) -> dict[str, Any]:
    try:
        document = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise SpecDiffError(f"{origin}: not YAML: {error}") from error
    if not isinstance(document, dict):
        raise SpecDiffError(f"{origin}: not an OpenAPI document")
    return document


def pointer(document: dict[str, Any], ref: str) -> Any:
    """The node a local `$ref` (`#/a/b`) names."""
    if not ref.startswith("#"):
        raise SpecDiffError(f"only local $refs are supported, not {ref!r}")
    node: Any = document
    for part in filter(None, ref[1:].split("/")):
        part = part.replace("~1", "/").replace("~0", "~")
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def inline_refs(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of `document` with every local `$ref` replaced by what it names.

    Keywords beside a `$ref` (OpenAPI 3.1 allows `default` or `description` there) are merged
    in; if they would overwrite a validating keyword of the target, both are kept under
    `allOf`, which is what JSON Schema 2020-12 means by a `$ref` with siblings. A reference
    cycle is left as its `$ref` string.
    """

    def walk(node: Any, chain: tuple[str, ...]) -> Any:
        if isinstance(node, list):
            return [walk(item, chain) for item in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str):
            if ref in chain:
                return copy.deepcopy(node)
            target = walk(pointer(document, ref), (*chain, ref))
            siblings = {key: walk(value, chain) for key, value in node.items() if key != "$ref"}
            if not isinstance(target, dict):
                return target
            clash = {key for key in siblings if key in target and key not in ANNOTATIONS}
            if clash:
                return {"allOf": [target, siblings]}
            return {**target, **siblings}
        return {key: walk(value, chain) for key, value in node.items()}

    resolved: dict[str, Any] = walk(document, ())
    return resolved
