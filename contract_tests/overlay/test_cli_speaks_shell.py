"""The CLI speaks in flags (`--image`, `--audio`, `--last-frame`) and works without rich."""

from __future__ import annotations

import ast
import inspect
import io
import json
import re
import sys
from collections.abc import Iterator
from importlib import import_module
from pathlib import Path
from types import ModuleType

import pytest

from apimart_video import VideoClient
from apimart_video._request import rules as _rules
from apimart_video._request.families import module_name
from apimart_video._request.spec_values import FAMILIES
from apimart_video.cli import commands as cli
from apimart_video.cli.shell import HELPER_FLAGS, field_flags
from apimart_video.testing import FaultConfig, RunningServer, run_server

IMAGE = "https://cdn.example.com/a.jpg"
LAST = "https://cdn.example.com/b.jpg"
VIDEO = "https://cdn.example.com/v.mp4"
AUDIO = "https://cdn.example.com/beat.mp3"
PYTHON_WORDS = re.compile(r"\w+\([\w, ]*\)|\b[a-z]+_[a-z_]+\b|api_key=")
"""A helper call, a snake_case field name or a keyword argument: what a shell user never typed."""


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    with run_server(clock_speed=1000.0, task_seconds=2.0) as running:
        yield running


def run(server: RunningServer, *args: str, err: io.StringIO | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), err or io.StringIO()
    argv = ["--base-url", server.base_url, "--api-key", server.api_key, *args]
    return cli.main(argv, out=out, err=err), out.getvalue(), err.getvalue()


@pytest.mark.parametrize(
    ("flags", "named"),
    [
        (["--image", IMAGE, "--last-frame", LAST, "--audio", AUDIO], ["--audio", "--image URL"]),
        (["--image", IMAGE, "--image", LAST, "--audio", AUDIO], ["--audio", "--last-frame URL"]),
        (["--video", VIDEO, "--audio", AUDIO], ["--audio", "--video", "--image URL --audio URL"]),
        (["--video", VIDEO, "--image", IMAGE], ["--image", "--video URL"]),
        (["--duration", "2"], ["--prompt", "--image", "--video"]),
        (["--prompt", "x", "--duration", "99", "--seed", "-1"], ["--duration", "--seed"]),
        (["--prompt", "x", "--image", IMAGE, "--last-frame", "not a url"], ["--last-frame"]),
    ],
)
def test_invalid_input_is_explained_in_flags(
    server: RunningServer, flags: list[str], named: list[str]
) -> None:
    code, out, err = run(server, "generate", *flags)
    assert (code, out) == (cli.EXIT_INVALID, "")
    for flag in named:
        assert flag in err
    assert PYTHON_WORDS.findall(err) == [], err


def test_a_missing_key_names_the_option(
    server: RunningServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("APIMART_API_KEY", raising=False)
    err = io.StringIO()
    code = cli.main(["--base-url", server.base_url, "generate", "--prompt", "x"], err=err)
    assert code == cli.EXIT_INVALID
    assert "--api-key" in err.getvalue()
    assert "api_key=" not in err.getvalue()


def messages(module: ModuleType) -> Iterator[str]:
    """The text of every string in `module` but its docstrings: what its messages say."""
    tree = ast.parse(inspect.getsource(module))
    docstrings = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and id(node) not in docstrings:
            yield from [node.value] if isinstance(node.value, str) else []


def test_every_helper_a_rule_names_has_its_flags() -> None:
    families = "apimart_video._request.families"
    rules = [_rules, *(import_module(f"{families}.{module_name(name)}") for name in FAMILIES)]
    named = {
        name
        for module in rules
        for text in messages(module)
        for name in re.findall(r"\b(\w+)\([\w, ]*\)", text)
    }
    helpers = {name for name in named if hasattr(VideoClient, name) and name[0] != "_"}
    assert helpers, "the rules name no helper: the test no longer looks at the right thing"
    assert helpers <= set(HELPER_FLAGS)


@pytest.mark.parametrize("name", list(FAMILIES))
def test_every_field_of_every_family_has_a_flag_a_message_can_name(name: str) -> None:
    model = FAMILIES[name]["models"][0]
    words = field_flags(model)
    assert set(FAMILIES[name]["fields"]) - {"model"} <= set(words)
    assert all(flag.startswith("--") for flag in words.values())


@pytest.mark.parametrize("helper", sorted(HELPER_FLAGS))
def test_the_flags_given_for_a_helper_choose_its_mode(server: RunningServer, helper: str) -> None:
    args = {"image_url": IMAGE, "first_frame_url": IMAGE, "last_frame_url": LAST}
    args |= {"video_url": VIDEO, "audio_url": AUDIO, "prompt": "a fox"}
    with VideoClient(server.api_key, base_url=server.base_url) as client:
        method = getattr(client, helper)
        positional = [
            parameter.name
            for parameter in inspect.signature(method).parameters.values()
            if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
        ]
        expected = method(*(args[name] for name in positional)).mode.value
    values = {"--prompt": "a fox", "--image": IMAGE, "--last-frame": LAST}
    values |= {"--video": VIDEO, "--audio": AUDIO}
    argv: list[str] = []
    for word in HELPER_FLAGS[helper].split():
        argv.append(values[argv[-1]] if word in ("TEXT", "URL") else word)
    code, out, err = run(server, "generate", *argv, "--json")
    assert code == cli.EXIT_OK, err
    assert json.loads(out)["mode"] == expected


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_without_rich_a_terminal_gets_plain_progress_lines(
    server: RunningServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name in [name for name in sys.modules if name == "rich" or name.startswith("rich.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "rich", None)  # `import rich` now raises ImportError
    terminal = _Terminal()
    code, out, err = run(server, "generate", "--prompt", "a fox", "--wait", err=terminal)
    assert code == cli.EXIT_OK, err
    assert re.search(r"task_\w+: completed 100%", err), err
    assert "completed" in out


def test_a_timed_out_wait_names_only_the_command_that_resumes_it() -> None:
    with run_server(clock_speed=1.0, task_seconds=60.0) as slow:
        code, _, err = run(slow, "generate", "--prompt", "a fox", "--wait", "--wait-timeout", "0.1")
    assert code == cli.EXIT_TIMEOUT
    assert "apimart-video wait task_" in err
    assert "client.wait" not in err


def test_an_unknown_submit_outcome_is_explained_in_flags() -> None:
    faults = FaultConfig(rates={"submit": 1.0}, kinds=("server_error",))
    with run_server(faults=faults) as failing:
        code, _, err = run(failing, "generate", "--prompt", "a fox", "--idempotency-key", "k-1")
    assert code == cli.EXIT_API_ERROR
    assert "--idempotency-key k-1" in err
    assert "idempotency_key=" not in err
    assert "(CLI:" not in err


def test_without_rich_a_batch_on_a_terminal_prints_plain_lines(
    server: RunningServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name in [name for name in sys.modules if name == "rich" or name.startswith("rich.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "rich", None)
    jobs = tmp_path / "jobs.jsonl"
    jobs.write_text(json.dumps({"id": "fox", "prompt": "a fox", "duration": 2}) + "\n")
    terminal = _Terminal()
    out_dir = str(tmp_path / "videos")
    code, _, err = run(
        server, "batch", str(jobs), "--out", out_dir, "--first-poll", "0.05", err=terminal
    )
    assert code == cli.EXIT_OK, err
    assert "job fox: done" in err
    assert (tmp_path / "videos" / "fox.mp4").stat().st_size > 0
