"""The package's layers, held by its import graph.

Every import in `overlay/apimart_video` is read with `ast`: module-level, inside functions
and under `TYPE_CHECKING` alike, relative ones resolved. The graph must have no cycle, no
module may import what its folder's docstring forbids (its `Never imports:` paragraph),
no module imports a private name from another folder, and only `_client/` touches a
client's connections and key.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "overlay" / "apimart_video"
NAME = "apimart_video"
CLIENT_PRIVATES = re.compile(
    r"(?<!apimart_video)\.(_api_key|_http|_transport|_download_once|_run_download)\b"
)


def module_name(path: Path, package: Path = PACKAGE) -> str:
    parts = [NAME, *path.relative_to(package).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules(package: Path = PACKAGE) -> dict[str, Path]:
    return {module_name(path, package): path for path in sorted(package.rglob("*.py"))}


def imports_of(name: str, path: Path, known: set[str]) -> Iterator[tuple[str, str | None, int]]:
    """(imported module, imported name or None, line) for every import in the file."""
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, None, node.lineno
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = name.split(".") if is_package else name.split(".")[:-1]
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                if submodule in known:  # `from package import module`
                    yield submodule, None, node.lineno
                else:
                    yield base, alias.name, node.lineno


def owner(module: str, known: set[str]) -> str:
    """The innermost module of the package that `module` names (a.b.c -> a.b if c is a name)."""
    while module not in known and "." in module:
        module = module.rsplit(".", 1)[0]
    return module


def graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    found = modules(package)
    known = set(found)
    edges: dict[str, set[str]] = {name: set() for name in found}
    for name, path in found.items():
        for target, _, _ in imports_of(name, path, known):
            if target == NAME or target.startswith(NAME + "."):
                resolved = owner(target, known)
                if resolved != name:
                    edges[name].add(resolved)
    return edges


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected component with more than one module (Tarjan), as a path."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(edges.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def forbidden(package: Path = PACKAGE) -> dict[str, tuple[str, ...]]:
    """Each folder's `Never imports:` list, read from its `__init__` docstring."""
    rules: dict[str, tuple[str, ...]] = {}
    for init in sorted(package.rglob("__init__.py")):
        if init.parent == package:
            continue
        docstring = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
        match = re.search(r"^Never imports:(.*?)(?:\n\s*\n|\Z)", docstring, re.M | re.S)
        assert match, f"{init}: its docstring has no 'Never imports:' line"
        names = tuple(name.strip() for name in match.group(1).split(",") if name.strip())
        rules[module_name(init, package)] = names
    return rules


def folder_of(module: str) -> str:
    """`apimart_video._http.sender` -> `apimart_video._http`; a top-level module is its own."""
    parts = module.split(".")
    return ".".join(parts[:2])


def violations(package: Path = PACKAGE) -> list[str]:
    root = package.parents[1] if package == PACKAGE else package.parent
    found = modules(package)
    known = set(found)
    rules = forbidden(package)
    problems = []
    for name, path in found.items():
        folder = folder_of(name)
        for target, imported, line in imports_of(name, path, known):
            if not (target == NAME or target.startswith(NAME + ".")):
                continue
            where = f"{path.relative_to(root)}:{line}"
            for banned in rules.get(folder, ()):
                if target == banned or target.startswith(banned + "."):
                    problems.append(f"{where}: {name} imports {target} ({folder} never does)")
            other = folder_of(target)
            if (
                imported is not None
                and imported.startswith("_")
                and not imported.startswith("__")
                and other != folder
                and other in rules  # a folder's private names stay in it
            ):
                problems.append(f"{where}: {name} imports {imported}, private to {other}")
        if folder != f"{NAME}._client":
            for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if CLIENT_PRIVATES.search(text) and not text.lstrip().startswith("#"):
                    problems.append(
                        f"{path.relative_to(root)}:{number}: reaches into a client: {text.strip()}"
                    )
    return problems


def test_the_package_imports_in_one_direction_with_no_cycle() -> None:
    found = cycles(graph())
    assert not found, "import cycles:\n" + "\n".join(" <-> ".join(c) for c in found)


def test_no_module_imports_what_its_folder_forbids_or_another_folders_private_names() -> None:
    problems = violations()
    assert not problems, "\n".join(problems)


def test_every_folder_says_what_it_never_imports() -> None:
    folders = {p.parent for p in PACKAGE.rglob("*.py") if p.parent != PACKAGE}
    assert folders, PACKAGE
    rules = forbidden()
    assert {module_name(folder / "__init__.py") for folder in folders} == set(rules)


def test_the_rules_in_the_docstrings_are_the_intended_layers() -> None:
    """Lower layers never import higher ones: the lines the issue names are in place."""
    rules = forbidden()
    assert f"{NAME}._http" in rules[f"{NAME}._request"]  # rules never import the sender
    assert f"{NAME}._client" in rules[f"{NAME}._http"]  # the boundary never imports a client
    assert f"{NAME}.cli" in rules[f"{NAME}.testing"]  # testing/ never imports the CLI
    assert f"{NAME}._client" in rules[f"{NAME}.batch"]  # the batch uses its interface


@pytest.mark.parametrize(
    ("planted", "expected"),
    [
        ("from apimart_video._client.sync import VideoClient\n", "cycle"),
        ("from apimart_video._http.sender import RetryingHTTP\n", "forbidden"),
        ("from apimart_video._http.sender import _Sender\n", "forbidden"),
        ("def _key(client: Any) -> str:\n    return client._api_key\n", "forbidden"),
    ],
)
def test_a_planted_import_is_caught(tmp_path: Path, planted: str, expected: str) -> None:
    """The checks can fail: a copy of the package with one bad import fails them."""
    import shutil

    copy = tmp_path / "apimart_video"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "data"))
    rules = copy / "_request" / "rules.py"
    rules.write_text(rules.read_text(encoding="utf-8") + planted, encoding="utf-8")
    if expected == "cycle":
        assert cycles(graph(copy))
    else:
        problems = violations(copy)
        assert any("rules.py" in problem for problem in problems), problems
