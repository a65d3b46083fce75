"""The CI matrix: the suite on each supported Python, and on both ends of the httpx range.

`nox -s tests-3.12` runs the suite on one Python; `nox -s httpx_lowest httpx_newest` run the
fast tests (overlay, generated client, reference server) with the lowest and the newest
httpx that `pyproject.toml` allows, on the interpreter nox runs on. The bounds are read from
`pyproject.toml`, so the range is stated once. `nox -s any_os` runs the suite but the tests
marked `posix` (signals, fork): CI runs it on Windows and macOS.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import nox

nox.options.default_venv_backend = "venv"
nox.options.sessions = ["tests", "httpx_lowest", "httpx_newest"]

PYTHONS = ["3.11", "3.12", "3.13", "3.14"]
FAST_TESTS = ["contract_tests/overlay", "contract_tests/generated_client", "contract_tests/server"]
# respx 0.22+ needs httpx>=0.25; 0.20.2 is a respx that still mocks httpx 0.23.
RESPX_FOR_OLD_HTTPX = "respx==0.20.2"


def httpx_range() -> tuple[str, str]:
    """The (lowest, upper bound) of httpx in the project's dependencies."""
    project = tomllib.loads(Path("pyproject.toml").read_text())["project"]
    (spec,) = [dep for dep in project["dependencies"] if re.match(r"httpx\b", dep)]
    lowest = re.search(r">=\s*([\w.]+)", spec)
    below = re.search(r"<\s*([\w.]+)", spec)
    if lowest is None or below is None:
        raise ValueError(f"httpx needs a lower and an upper bound in pyproject.toml: {spec}")
    return lowest[1], below[1]


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """The whole suite (never the live API) on one Python."""
    session.install("-e", ".[dev]")
    session.run("python", "-m", "pytest", "-q", *session.posargs)


@nox.session
def any_os(session: nox.Session) -> None:
    """The suite but the POSIX-only tests, on the interpreter nox runs on (any OS)."""
    session.install("-e", ".[dev]")
    session.run("python", "-m", "pytest", "-q", "-m", "not live and not posix", *session.posargs)


@nox.session
def httpx_lowest(session: nox.Session) -> None:
    """The fast tests with the lowest httpx allowed."""
    lowest, _ = httpx_range()
    session.install("-e", ".[dev]")
    session.install(f"httpx=={lowest}", RESPX_FOR_OLD_HTTPX)
    _fast_tests(session, expect=lowest)


@nox.session
def httpx_newest(session: nox.Session) -> None:
    """The fast tests with the newest httpx allowed (whatever PyPI has below the bound)."""
    lowest, below = httpx_range()
    session.install("-e", ".[dev]")
    session.install("--upgrade", f"httpx>={lowest},<{below}")
    _fast_tests(session, expect=None)


def _fast_tests(session: nox.Session, expect: str | None) -> None:
    version = session.run("python", "-c", "import httpx; print(httpx.__version__)", silent=True)
    assert isinstance(version, str)
    session.log(f"httpx {version.strip()}")
    if expect is not None and version.strip() != expect:
        session.error(f"expected httpx {expect}, got {version.strip()}")
    session.run("python", "-m", "pytest", "-q", "-p", "no:cacheprovider", *FAST_TESTS)
