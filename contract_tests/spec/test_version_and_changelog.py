"""The version in pyproject.toml is the top section of CHANGELOG.md, bumped from the last
release as the changelog's table says (a breaking change before 1.0 bumps the minor), and
it is what `apimart-video --version` prints.
"""

from __future__ import annotations

import contextlib
import io
import re
import tomllib
from pathlib import Path

import pytest

from apimart_video import __version__, cli

ROOT = Path(__file__).resolve().parents[2]
VERSION = r"\d+\.\d+\.\d+"
HEADING = re.compile(
    rf"^## (?:Unreleased \((?P<next>{VERSION})\)|(?P<released>{VERSION}) \(\d{{4}}-\d\d-\d\d\))$"
)
Version = tuple[int, int, int]


def parse(text: str) -> Version:
    major, minor, patch = (int(part) for part in text.split("."))
    return major, minor, patch


def next_version(previous: Version, *, breaking: bool, added: bool) -> Version:
    """The rule CHANGELOG.md states, as code."""
    major, minor, patch = previous
    if major == 0:
        return (0, minor + 1, 0) if breaking else (0, minor, patch + 1)
    if breaking:
        return (major + 1, 0, 0)
    return (major, minor + 1, 0) if added else (major, minor, patch + 1)


def sections() -> list[tuple[str, bool, str]]:
    """(version, released, body) of each version section, newest first."""
    found: list[tuple[str, bool, str]] = []
    for block in re.split(r"(?m)^(?=## )", (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")):
        match = HEADING.match(block.splitlines()[0]) if block.startswith("## ") else None
        if match:
            found.append((match["next"] or match["released"], bool(match["released"]), block))
    return found


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        version: str = tomllib.load(handle)["project"]["version"]
    return version


@pytest.mark.parametrize(
    ("previous", "breaking", "added", "expected"),
    [
        ((0, 1, 0), True, True, (0, 2, 0)),
        ((0, 1, 3), False, True, (0, 1, 4)),
        ((1, 4, 2), True, False, (2, 0, 0)),
        ((1, 4, 2), False, True, (1, 5, 0)),
        ((1, 4, 2), False, False, (1, 4, 3)),
    ],
)
def test_the_bump_rule(previous: Version, breaking: bool, added: bool, expected: Version) -> None:
    assert next_version(previous, breaking=breaking, added=added) == expected


def test_the_top_section_is_the_project_version_bumped_by_the_rule() -> None:
    (top, _, body), *older = sections()
    assert top == project_version()
    released = [version for version, is_released, _ in older if is_released]
    assert released, "CHANGELOG.md lists no released version below the top section"
    expected = next_version(
        parse(released[0]), breaking="### Breaking" in body, added="### Added" in body
    )
    assert parse(top) == expected, f"{released[0]} -> {top}; the rule gives {expected}"


def test_every_unreleased_entry_names_its_issue() -> None:
    (_, released, body), *_ = sections()
    entries = re.findall(r"(?ms)^- (.*?)(?=^- |^#|^$|\Z)", body)
    assert entries
    if not released:
        assert all(re.search(r"\(#\d+(?:, #\d+)*\)\s*$", entry) for entry in entries), entries


def test_version_flag_prints_the_installed_version() -> None:
    out = io.StringIO()
    with pytest.raises(SystemExit) as exited, contextlib.redirect_stdout(out):
        cli.main(["--version"])
    assert exited.value.code == 0
    assert out.getvalue().strip() == f"apimart-video {project_version()}"
    assert __version__ == project_version()
