"""The importer's side: the Python API of both packages, before and after, with griffe.

`apimart_video_client` is regenerated from each spec (the generated folder at BASE may be
stale, and the working tree's may not be regenerated yet); `apimart_video` is the overlay as
committed at BASE against the working tree. griffe's `find_breaking_changes` finds removed
objects and incompatible signatures; it does not yet compare annotations or values, so
`annotation_changes` adds those, and `additions` lists what is new.
"""

from __future__ import annotations

import ast
import hashlib
import io
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import griffe

from tools.spec_diff.load import SpecDiffError, git
from tools.spec_diff.model import Audience, Change, Severity

GENERATED = "apimart_video_client"
OVERLAY = "apimart_video"
PACKAGES = (GENERATED, OVERLAY)
OVERLAY_DIR = "overlay"
CONFIG = "generator-config.yaml"
# The Makefile's GENERATE options: the same generator, config and hooks.
GENERATE_OPTIONS = ("--meta", "uv", "--overwrite", "--fail-on-warning")
UNIONS = frozenset({"Union", "typing.Union", "Optional", "typing.Optional"})


class Generator:
    """Runs openapi-python-client into `workdir`, once per distinct spec and config."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir

    def generate(self, spec: str, config: str) -> Path:
        digest = hashlib.sha256(f"{spec}\0{config}".encode()).hexdigest()[:16]
        done = self.workdir / f"gen-{digest}"
        if (done / "generated" / GENERATED / "__init__.py").exists():
            return done / "generated"
        self.workdir.mkdir(parents=True, exist_ok=True)
        # Generate aside, then rename: a concurrent run with the same spec never sees half.
        folder = Path(tempfile.mkdtemp(prefix=f"tmp-{digest}-", dir=self.workdir))
        output = folder / "generated"
        (folder / "openapi.yaml").write_text(spec, encoding="utf-8")
        (folder / CONFIG).write_text(config, encoding="utf-8")
        bin_dir = str(Path(sys.executable).parent)
        command = [
            os.path.join(bin_dir, "openapi-python-client"),
            "generate",
            "--path",
            "openapi.yaml",
            "--config",
            CONFIG,
            *GENERATE_OPTIONS,
            "--output-path",
            "generated",
        ]
        env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}
        result = subprocess.run(
            command, cwd=folder, env=env, capture_output=True, text=True, check=False
        )
        if result.returncode != 0 or not (output / GENERATED / "__init__.py").exists():
            shutil.rmtree(folder, ignore_errors=True)
            raise SpecDiffError(f"openapi-python-client failed:\n{result.stdout}{result.stderr}")
        try:
            folder.rename(done)
        except OSError:  # another run finished first: keep its copy
            shutil.rmtree(folder, ignore_errors=True)
        return done / "generated"


def overlay_at(repo: Path, ref: str, into: Path) -> Path | None:
    """The overlay folder as committed at `ref`, unpacked into `into`; None if absent."""
    try:
        git(repo, "cat-file", "-e", f"{ref}:{OVERLAY_DIR}")
    except SpecDiffError:
        return None
    archive = subprocess.run(
        ["git", "archive", "--format=tar", ref, OVERLAY_DIR],
        cwd=repo,
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into / OVERLAY_DIR


def load_api(*search_paths: Path) -> dict[str, griffe.Object]:
    """Both packages, statically (nothing is imported), with their aliases resolved."""
    loader = griffe.GriffeLoader(
        search_paths=[str(p) for p in search_paths], allow_inspection=False
    )
    found: dict[str, griffe.Object] = {}
    for name in PACKAGES:
        try:
            module = loader.load(name)
        except ImportError:
            continue
        assert isinstance(module, griffe.Object)
        found[name] = module
    loader.resolve_aliases(implicit=False, external=False)
    return found


def compare_api(old: dict[str, griffe.Object], new: dict[str, griffe.Object]) -> Iterator[Change]:
    for name in PACKAGES:
        if name in old and name not in new:
            yield _importers(Severity.BREAKING, name, name, "package removed")
        elif name in new and name not in old:
            yield _importers(Severity.COMPATIBLE, name, name, "package added")
        elif name in old:
            for breakage in griffe.find_breaking_changes(old[name], new[name]):
                yield _from_breakage(breakage)
            yield from annotation_changes(old[name], new[name])
            yield from additions(old[name], new[name])


def _importers(severity: Severity, subject: str, where: str, text: str) -> Change:
    return Change(Audience.IMPORTERS, severity, subject, where, text)


def _from_breakage(breakage: griffe.Breakage) -> Change:
    obj = breakage.obj
    text = str(breakage.kind.value)
    subject = obj.name
    if isinstance(breakage.old_value, griffe.Parameter) or isinstance(
        breakage.new_value, griffe.Parameter
    ):
        parameter = breakage.old_value or breakage.new_value
        subject = parameter.name
        text += f": `{parameter.name}` of {obj.name}()"
    elif breakage.kind is griffe.BreakageKind.OBJECT_REMOVED:
        text = f"{obj.kind.value} {obj.name} removed"
    else:
        text += f": {_plain(breakage.old_value)} -> {_plain(breakage.new_value)}"
    return _importers(Severity.BREAKING, subject, obj.path, text)


def _plain(value: Any) -> str:
    if isinstance(value, griffe.Parameter):
        return value.name
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_plain(v) for v in value) + "]"
    return str(getattr(value, "value", value))


def _public_members(obj: griffe.Object) -> dict[str, griffe.Object]:
    """Public members, aliases followed to their targets; unresolvable ones skipped."""
    members: dict[str, griffe.Object] = {}
    for name, member in obj.all_members.items():
        if not member.is_public:
            continue
        try:
            target = member.final_target if isinstance(member, griffe.Alias) else member
        except griffe.AliasResolutionError:
            continue
        if isinstance(target, griffe.Object) and target.path.split(".")[0] in PACKAGES:
            members[name] = target
    return members


def _walk(
    old: griffe.Object, new: griffe.Object, seen: set[str]
) -> Iterator[tuple[griffe.Object, griffe.Object]]:
    """Pairs of public objects present on both sides, each visited once."""
    if old.path in seen:
        return
    seen.add(old.path)
    yield old, new
    if old.kind not in (griffe.Kind.MODULE, griffe.Kind.CLASS) or old.kind != new.kind:
        return
    new_members = _public_members(new)
    for name, member in _public_members(old).items():
        if name in new_members:
            yield from _walk(member, new_members[name], seen)


def annotation_changes(old: griffe.Object, new: griffe.Object) -> Iterator[Change]:
    """Changed annotations of parameters, returns and attributes; changed Literal values."""
    for before, after in _walk(old, new, set()):
        if isinstance(before, griffe.Function) and isinstance(after, griffe.Function):
            yield from _signature_types(before, after)
        elif isinstance(before, griffe.Attribute) and isinstance(after, griffe.Attribute):
            yield from _attribute(before, after)


def _signature_types(old: griffe.Function, new: griffe.Function) -> Iterator[Change]:
    """A parameter that takes more types (a union with a new member: the request class of a
    new model family) breaks no caller; one that takes fewer, or other, does."""
    new_params = {p.name: p for p in new.parameters}
    for param in old.parameters:
        other = new_params.get(param.name)
        if other is None or str(param.annotation) == str(other.annotation):
            continue
        before, after = union_members(param.annotation), union_members(other.annotation)
        if before is not None and after is not None and before < after:
            added = " | ".join(sorted(after - before))
            text = f"`{param.name}` of {old.name}() now also takes {added}"
            yield _importers(Severity.COMPATIBLE, param.name, new.path, text)
            continue
        text = (
            f"type of `{param.name}` of {old.name}() changed from "
            f"{param.annotation} to {other.annotation}"
        )
        yield _importers(Severity.BREAKING, param.name, new.path, text)
    if old.returns is not None and str(old.returns) != str(new.returns):
        before, after = union_members(old.returns), union_members(new.returns)
        if before is not None and after is not None and after < before:
            gone = " | ".join(sorted(before - after))
            text = f"{old.name}() no longer returns {gone}"
            yield _importers(Severity.COMPATIBLE, old.name, new.path, text)
            return
        text = f"return type of {old.name}() changed from {old.returns} to {new.returns}"
        yield _importers(Severity.BREAKING, old.name, new.path, text)


def union_members(annotation: object) -> frozenset[str] | None:
    """`A | B | None` (or `Union[A, B]`, `Optional[A]`) as {"A", "B", "None"}; None when the
    annotation does not parse."""
    try:
        tree = ast.parse(str(annotation), mode="eval").body
    except SyntaxError:
        return None

    def members(node: ast.expr) -> Iterator[str]:
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            yield from members(node.left)
            yield from members(node.right)
        elif isinstance(node, ast.Subscript) and ast.unparse(node.value) in UNIONS:
            inner = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
            for part in inner:
                yield from members(part)
            if ast.unparse(node.value).endswith("Optional"):
                yield "None"
        else:
            yield ast.unparse(node)

    return frozenset(members(tree))


def _attribute(old: griffe.Attribute, new: griffe.Attribute) -> Iterator[Change]:
    if old.annotation is not None and str(old.annotation) != str(new.annotation):
        text = f"type of {old.name} changed from {old.annotation} to {new.annotation}"
        yield _importers(Severity.BREAKING, old.name, new.path, text)
    if old.name == "__all__" or str(old.value) == str(new.value):
        return
    before, after = _literal_values(old.value), _literal_values(new.value)
    if before is None or after is None:
        text = f"value of {old.name} changed from {old.value} to {new.value}"
        yield _importers(Severity.COMPATIBLE, old.name, new.path, text)
        return
    for value in sorted(before - after, key=repr):
        yield _importers(
            Severity.BREAKING, str(value), new.path, f"{old.name} no longer holds {value!r}"
        )
    for value in sorted(after - before, key=repr):
        yield _importers(
            Severity.COMPATIBLE, str(value), new.path, f"{old.name} now holds {value!r}"
        )


def _literal_values(value: object) -> set[object] | None:
    """The members of `Literal[...]` or of a set/tuple/list literal; None for anything else."""
    text = str(value)
    if text.startswith("Literal[") and text.endswith("]"):
        text = "(" + text[len("Literal[") : -1] + ",)"
    try:
        parsed = ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return None
    if isinstance(parsed, set | tuple | list | frozenset):
        try:
            return set(parsed)
        except TypeError:
            return None
    return None


def additions(old: griffe.Object, new: griffe.Object) -> Iterator[Change]:
    """New public objects (not their members: a new class is one entry)."""
    for before, after in _walk(old, new, set()):
        if before.kind not in (griffe.Kind.MODULE, griffe.Kind.CLASS):
            continue
        old_members = _public_members(before)
        for name, member in _public_members(after).items():
            if name not in old_members:
                text = f"{member.kind.value} {name} added"
                yield _importers(Severity.COMPATIBLE, name, f"{after.path}.{name}", text)


def _squashed(name: str) -> str:
    return name.replace("_", "").lower()


def group_family_additions(changes: list[Change], families: dict[str, str]) -> list[Change]:
    """The generated classes and modules of a new family's request as one addition.

    The generator writes a class per family schema (`AcmeV1Request`), one per enum of it
    (`AcmeV1RequestStyle`) and a module for each (`acme_v1_request_style`); a new family is
    one compatible change for importers, listed with what comes with it.
    """
    added = {
        c.subject: c
        for c in changes
        if c.severity is Severity.COMPATIBLE
        and c.where.startswith(f"{GENERATED}.")
        and c.description.endswith(" added")
    }
    grouped: list[Change] = []
    taken: set[Change] = set()
    # Longest names first: `AcmeV1ProRequest` before `AcmeV1`, if both are families.
    for schema in sorted(families, key=len, reverse=True):
        main = added.get(schema)
        if main is None or main in taken or not main.description.startswith("class "):
            continue
        parts = [
            c
            for name, c in added.items()
            if c not in taken and _squashed(name).startswith(_squashed(schema))
        ]
        taken.update(parts)
        modules = sum(c.description.startswith("module ") for c in parts)
        classes = sorted(
            c.subject for c in parts if c is not main and not c.description.startswith("module ")
        )
        text = f"class {schema} added: the request of model family {families[schema]}"
        if classes:
            text += f", with {', '.join(classes)}"
        if modules:
            text += f" ({modules} modules)"
        grouped.append(_importers(Severity.COMPATIBLE, schema, main.where, text))
    return [*grouped, *(c for c in changes if c not in taken)]
