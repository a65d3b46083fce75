"""Compare the public Python API of `apimart_video` with a commit: `make api-check BASE=ref`.

The package as committed at BASE (`git archive`, nothing installed) against the working
tree, both read statically with griffe (tools/spec_diff's loader). The gate is
`griffe.find_breaking_changes` (a removed name, a parameter removed, moved, made required
or given another default...); the changed annotations and the additions that
tools/spec_diff also finds are printed for a person to judge (a parameter whose type became
a Protocol both old types satisfy breaks no caller, but a string comparison cannot say so).
Exits 1 on a breaking change.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import griffe  # noqa: E402

from tools.spec_diff.model import Change, Severity  # noqa: E402
from tools.spec_diff.python_api import (  # noqa: E402
    OVERLAY,
    _from_breakage,
    _importers,
    _public_members,
    additions,
    annotation_changes,
    load_api,
    overlay_at,
)

CHECKED = (OVERLAY, f"{OVERLAY}.cli", f"{OVERLAY}.testing")
"""The modules whose public names are the package's promise (private modules may move)."""


def _checked(where: str) -> bool:
    return any(where == name or where.startswith(name + ".") for name in CHECKED) and not any(
        part.startswith("_") and not part.startswith("__") for part in where.split(".")[1:2]
    )


def _breakages(old: griffe.Object, new: griffe.Object) -> Iterator[Change]:
    """`griffe.find_breaking_changes` of each public module and each public name in it,
    aliases followed: griffe alone does not look through the package's lazy re-exports."""
    for module in CHECKED[1:]:
        name = module.rsplit(".", 1)[1]
        if name in old.members and name not in new.members:
            yield _importers(Severity.BREAKING, name, module, "module removed")
        elif name in old.members:
            yield from map(_from_breakage, griffe.find_breaking_changes(old[name], new[name]))
            yield from _names(old[name], new[name], module)
    yield from _names(old, new, OVERLAY)


def _names(old: griffe.Object, new: griffe.Object, where: str) -> Iterator[Change]:
    """Each public name of `old`, followed to its definition wherever it now lives."""
    now = _public_members(new)
    for name, before in _public_members(old).items():
        after = now.get(name)
        public = f"{where}.{name}"
        if after is None:
            yield _importers(Severity.BREAKING, name, public, "public name removed")
        elif isinstance(before, griffe.Function) and isinstance(after, griffe.Function):
            yield from _signature(before, after, public)
        elif before.kind is not griffe.Kind.MODULE:
            for breakage in griffe.find_breaking_changes(before, after):
                change = _from_breakage(breakage)
                inner = breakage.obj.path.removeprefix(after.path)
                yield _importers(
                    Severity.BREAKING, change.subject, public + inner, change.description
                )


def _signature(old: griffe.Function, new: griffe.Function, where: str) -> Iterator[Change]:
    """What griffe checks of a method, for a module-level function (it checks only methods)."""
    now = {p.name: p for p in new.parameters}
    for param in old.parameters:
        other = now.get(param.name)
        if other is None:
            yield _importers(
                Severity.BREAKING, param.name, where, f"parameter {param.name} removed"
            )
        elif other.kind != param.kind or str(other.default) != str(param.default):
            text = f"parameter {param.name}: {param.kind.value}={param.default} -> "
            yield _importers(
                Severity.BREAKING, param.name, where, text + f"{other.kind.value}={other.default}"
            )
    known = {p.name for p in old.parameters}
    for param in new.parameters:
        if param.name not in known and param.required:
            yield _importers(Severity.BREAKING, param.name, where, f"required {param.name} added")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", required=True, help="the commit to compare with")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        old_overlay = overlay_at(ROOT, args.base, Path(scratch))
        if old_overlay is None:
            print(f"no overlay at {args.base}", file=sys.stderr)
            return 2
        generated = ROOT / "generated"
        old = {k: v for k, v in load_api(old_overlay, generated).items() if k == OVERLAY}
        new = {k: v for k, v in load_api(ROOT / "overlay", generated).items() if k == OVERLAY}
        before, after = old[OVERLAY], new[OVERLAY]
        breaking = list(_breakages(before, after))
        notes = [
            change
            for change in [*annotation_changes(before, after), *additions(before, after)]
            if _checked(change.where)
        ]
    for change in breaking:
        print(f"BREAKING {change.where}: {change.description}")
    for change in notes:
        print(f"review   {change.where}: {change.description}")
    print(f"griffe: {len(breaking)} breaking change(s) against {args.base}; {len(notes)} to review")
    return 1 if breaking else 0


if __name__ == "__main__":
    sys.exit(main())
