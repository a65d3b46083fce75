"""Scratch repositories holding a copy of the project's spec, overlay and generator config.

Each test commits the real `openapi.yaml` on `main`, edits the working tree copy, and asks
`make spec-diff`'s code what changed. Generation output is shared per session (the base
spec is generated once), which keeps the module fast.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from tools.spec_diff import Options, Report, build_report

ROOT = Path(__file__).resolve().parents[2]
COPIED = ("openapi.yaml", "generator-config.yaml", "overlay")


def git(repo: Path, *args: str) -> str:
    command = ["git", "-c", "user.name=spec-diff", "-c", "user.email=spec-diff@example.invalid"]
    command += ["-c", "commit.gpgsign=false"]
    return subprocess.run(
        [*command, *args], cwd=repo, check=True, capture_output=True, text=True
    ).stdout


@pytest.fixture(scope="session")
def generated_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("spec-diff-generated")


class Scratch:
    """A git repo whose `main` holds the project's spec; the working tree is edited."""

    def __init__(self, repo: Path, cache: Path) -> None:
        self.repo, self.cache = repo, cache
        self.spec_path = repo / "openapi.yaml"

    def spec(self) -> dict[str, Any]:
        document: dict[str, Any] = yaml.safe_load(self.spec_path.read_text(encoding="utf-8"))
        return document

    def write(self, document: dict[str, Any]) -> None:
        self.spec_path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")

    def edit(self, change: Callable[[dict[str, Any]], object]) -> None:
        document = self.spec()
        change(document)
        self.write(document)

    def replace(self, old: str, new: str) -> None:
        text = self.spec_path.read_text(encoding="utf-8")
        assert old in text, old
        self.spec_path.write_text(text.replace(old, new), encoding="utf-8")

    def report(self, **options: Any) -> Report:
        return build_report(Options(repo=self.repo, base="main", workdir=self.cache, **options))


@pytest.fixture
def scratch(tmp_path: Path, generated_cache: Path) -> Scratch:
    repo = tmp_path / "repo"
    repo.mkdir()
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, repo / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, repo / name)
    git(repo, "init", "--quiet", "--initial-branch=main")
    git(repo, "add", "-A")
    git(repo, "commit", "--quiet", "-m", "base")
    return Scratch(repo, generated_cache)


def schemas(document: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = document["components"]["schemas"]
    return found
