"""`pip install apimart-video` without extras: the client and CLI work, nothing else comes.

The project's wheel is built and installed with its core dependencies only into a venv made
without system site packages; everything is then run there as a subprocess with a bare
environment, so nothing of the development venv can leak in. pip's cache is warm in
`make test`, so the module takes a few seconds.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import apimart_video
from apimart_video.testing import RunningServer

ROOT = Path(__file__).resolve().parents[2]
EXTRAS_ONLY = ("starlette", "uvicorn", "rich")
SERVER_HINT = "pip install 'apimart-video[server]'"

# posix: bin/, /usr/bin. One xdist worker builds the venv (module scope) and runs the module.
pytestmark = [pytest.mark.packaging, pytest.mark.posix, pytest.mark.xdist_group("lean-venv")]


class LeanVenv:
    """A venv holding the built wheel and its core dependencies (and pytest once asked)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.bin = root / "bin"

    def pip_install(self, *requirements: str) -> None:
        python = str(self.bin / "python")
        command = [sys.executable, "-m", "pip", "--python", python, "install", "-q"]
        subprocess.run([*command, *requirements], check=True, capture_output=True)

    def run(
        self, *argv: str, cwd: Path, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        bare = {"PATH": f"{self.bin}{os.pathsep}/usr/bin:/bin", "HOME": str(cwd)}
        return subprocess.run(
            [str(self.bin / argv[0]), *argv[1:]],
            cwd=cwd,
            env=bare | (env or {}),
            capture_output=True,
            text=True,
            timeout=120,
        )


@pytest.fixture(scope="module")
def lean(tmp_path_factory: pytest.TempPathFactory) -> LeanVenv:
    wheels = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = wheels.glob("apimart_video-*.whl")
    venv = LeanVenv(tmp_path_factory.mktemp("lean") / "venv")
    # `-m venv` from a venv builds on the base interpreter, without system site packages.
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv.root)], check=True)
    venv.pip_install(str(wheel))
    return venv


def test_only_the_core_dependencies_are_installed(lean: LeanVenv, tmp_path: Path) -> None:
    probe = (
        "import importlib.util, json, sys; "
        "print(json.dumps({n: importlib.util.find_spec(n) is not None for n in sys.argv[1:]}))"
    )
    found = lean.run("python", "-c", probe, *EXTRAS_ONLY, cwd=tmp_path)
    assert found.returncode == 0, found.stderr
    assert json.loads(found.stdout) == dict.fromkeys(EXTRAS_ONLY, False)
    core = lean.run("python", "-c", "import httpx, attrs, filelock", cwd=tmp_path)
    assert core.returncode == 0, core.stderr


def test_the_client_imports_and_the_cli_answers_help(lean: LeanVenv, tmp_path: Path) -> None:
    client = lean.run(
        "python",
        "-c",
        "from apimart_video import VideoClient, AsyncVideoClient, check_request; "
        "import apimart_video_client; print(check_request({'model': 'wan2.7', 'prompt': 'x'}))",
        cwd=tmp_path,
    )
    assert client.returncode == 0, client.stderr
    assert "TEXT_TO_VIDEO" in client.stdout
    for argv in (("--help",), ("generate", "--help"), ("batch", "--help")):
        shown = lean.run("apimart-video", *argv, cwd=tmp_path)
        assert shown.returncode == 0, shown.stderr
        assert "usage: apimart-video" in shown.stdout
    version = lean.run("apimart-video", "--version", cwd=tmp_path)
    assert version.stdout.strip() == f"apimart-video {apimart_video.__version__}"


def test_the_cli_generates_with_plain_output(
    lean: LeanVenv, apimart_server: RunningServer, tmp_path: Path
) -> None:
    done = lean.run(
        "apimart-video",
        "generate",
        "--prompt",
        "a fox in the snow",
        "--duration",
        "2",
        "--output",
        "fox.mp4",
        cwd=tmp_path,
        env={
            "APIMART_BASE_URL": apimart_server.base_url,
            "APIMART_API_KEY": apimart_server.api_key,
        },
    )
    assert done.returncode == 0, done.stderr
    assert "saved" in done.stdout
    assert (tmp_path / "fox.mp4").stat().st_size > 0
    assert apimart_server.app.generations_started == 1


def test_the_server_parts_name_the_extra_to_install(lean: LeanVenv, tmp_path: Path) -> None:
    serve = lean.run("apimart-video", "serve", "--port", "0", cwd=tmp_path)
    assert serve.returncode == 1
    assert SERVER_HINT in serve.stderr
    assert "Traceback" not in serve.stderr
    for statement in ("import apimart_video.testing", "from apimart_video.testing import clip"):
        imported = lean.run("python", "-c", statement, cwd=tmp_path)
        assert imported.returncode == 1
        assert "ModuleNotFoundError" in imported.stderr
        assert SERVER_HINT in imported.stderr


def test_the_pytest_plugin_leaves_pytest_working(lean: LeanVenv, tmp_path: Path) -> None:
    lean.pip_install(f"pytest=={pytest.__version__}")
    version = lean.run("pytest", "--version", cwd=tmp_path)
    assert version.returncode == 0, version.stderr
    (tmp_path / "test_users.py").write_text(
        textwrap.dedent(
            """
            def test_plain():
                assert True

            def test_with_the_fixture(apimart_server):
                pass
            """
        )
    )
    run = lean.run("pytest", "-q", "-p", "no:cacheprovider", "test_users.py", cwd=tmp_path)
    assert "1 passed, 1 error" in run.stdout, run.stdout + run.stderr
    assert SERVER_HINT in run.stdout
    # The plugin is the installed one (its entry point), not something of ours.
    plugins = lean.run("pytest", "--trace-config", "--co", "-q", "test_users.py", cwd=tmp_path)
    assert "apimart_video.pytest_plugin" in plugins.stdout
