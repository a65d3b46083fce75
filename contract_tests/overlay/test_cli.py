"""The `apimart-video` CLI against a real reference server: exit codes, JSON, real files."""

from __future__ import annotations

import io
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from apimart_video import PollPolicy, VideoClient
from apimart_video.cli import commands as cli
from apimart_video.testing import RunningServer, clip, run_server


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    with run_server(clock_speed=100.0, task_seconds=5.0) as running:
        yield running


class ServerClock:
    """The reference server's time, frozen until the test moves it: no race with its tasks."""

    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


def finished_task(server: RunningServer) -> str:
    """A task the server has completed: submitted, then waited for through the client."""
    fast = PollPolicy(first_poll=0.05, floor=0.05, cap=0.5)
    with VideoClient(server.api_key, base_url=server.base_url, poll_policy=fast) as client:
        return client.generate_and_wait(prompt="x", timeout=60).task_id


def run(server: RunningServer, *args: str, key: str | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    argv = ["--base-url", server.base_url, "--api-key", key or server.api_key, *args]
    code = cli.main(argv, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_generate_with_output_waits_and_writes_the_real_mp4(
    server: RunningServer, tmp_path: Path
) -> None:
    target = tmp_path / "fox.mp4"
    code, out, err = run(server, "generate", "--prompt", "a fox", "--output", str(target), "--json")
    assert code == cli.EXIT_OK, err
    document = json.loads(out)
    assert document["status"] == "completed"
    assert document["output"] == str(target)
    assert target.read_bytes() == clip()
    assert document["size"] == len(clip())
    assert f"submitted text_to_video task {document['task_id']}" in err
    assert f"apimart-video wait {document['task_id']}" in err


def test_generate_without_wait_prints_the_task_id_for_scripts(server: RunningServer) -> None:
    before = server.app.generations_started
    code, out, _ = run(
        server,
        "generate",
        "--image",
        "https://cdn.example.com/a.jpg",
        "--audio",
        "https://cdn.example.com/beat.mp3",
        "--json",
    )
    document = json.loads(out)
    assert code == cli.EXIT_OK
    assert document["mode"] == "image_with_audio"
    assert document["task_id"] in server.app.store.tasks
    assert server.app.generations_started == before + 1


def test_each_mode_is_reachable_by_flags(server: RunningServer) -> None:
    modes = {
        ("--prompt", "x"): "text_to_video",
        ("--image", "https://a.example/1.jpg"): "first_frame",
        (
            "--image",
            "https://a.example/1.jpg",
            "--last-frame",
            "https://a.example/2.jpg",
        ): "first_last_frame",
        ("--video", "https://a.example/v.mp4"): "continuation",
        (
            "--image",
            "https://a.example/1.jpg",
            "--audio",
            "https://a.example/a.mp3",
        ): "image_with_audio",
    }
    for flags, mode in modes.items():
        code, out, err = run(server, "generate", *flags, "--json")
        assert (code, json.loads(out)["mode"]) == (cli.EXIT_OK, mode), err


def test_invalid_input_exits_2_naming_the_rule_and_sends_nothing(server: RunningServer) -> None:
    before = len(server.app.requests)
    code, out, err = run(server, "generate", "--prompt", "x", "--duration", "20")
    assert code == cli.EXIT_INVALID
    assert "duration (20): must be from 2 to 15" in err
    assert out == ""
    assert len(server.app.requests) == before


def test_api_error_exits_3(server: RunningServer) -> None:
    code, _, err = run(server, "status", "task_unknown")
    assert code == cli.EXIT_API_ERROR
    assert "HTTP 404" in err
    code, _, err = run(server, "status", "task_unknown", key="wrong-key")
    assert code == cli.EXIT_API_ERROR
    assert "HTTP 401" in err
    assert "wrong-key" not in err


def test_failed_and_cancelled_tasks_exit_4_and_5() -> None:
    for outcome, expected in (
        ("failed", cli.EXIT_TASK_FAILED),
        ("cancelled", cli.EXIT_TASK_CANCELLED),
    ):
        with run_server(clock_speed=100.0, task_seconds=2.0, outcome=outcome) as server:
            code, _, err = run(server, "generate", "--prompt", "x", "--wait")
        assert code == expected, err
        assert outcome[:6] in err


def test_timeout_exits_6_with_the_resume_command_and_wait_resumes(
    server: RunningServer, tmp_path: Path
) -> None:
    clock = ServerClock()
    with run_server(task_seconds=2.0) as slow:
        slow.app.store.clock = clock  # the task cannot finish while the first wait runs
        code, _, err = run(slow, "generate", "--prompt", "x", "--wait", "--wait-timeout", "0.2")
        assert code == cli.EXIT_TIMEOUT, err
        task_id = err.split("submitted text_to_video task ")[1].split()[0]
        assert f"apimart-video wait {task_id}" in err
        clock.now += 3
        code, out, err = run(slow, "wait", task_id, "--output", str(tmp_path / "v.mp4"), "--json")
        assert code == cli.EXIT_OK, err
        assert json.loads(out)["task_id"] == task_id
        assert slow.app.generations_started == 1


def test_status_and_download_commands(server: RunningServer, tmp_path: Path) -> None:
    code, out, _ = run(server, "generate", "--prompt", "x", "--wait", "--json")
    task_id = json.loads(out)["task_id"]
    code, out, _ = run(server, "status", task_id, "--json")
    assert json.loads(out)["status"] == "completed"
    code, out, _ = run(server, "download", task_id, "--output", str(tmp_path / "d.mp4"), "--json")
    assert code == cli.EXIT_OK
    assert (tmp_path / "d.mp4").read_bytes() == clip()
    assert not [r for r in server.app.requests_to("/cdn/") if "authorization" in r.headers]


@pytest.mark.parametrize("command", ["generate", "status", "wait", "download"])
def test_connection_options_work_after_the_command_too(
    server: RunningServer, tmp_path: Path, command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    connection = ["--base-url", server.base_url, "--api-key", server.api_key, "--timeout", "30"]
    task_id = finished_task(server)  # `download` needs a video: never race the server's clock
    arguments = {
        "generate": ["--prompt", "a fox", "--json"],
        "status": [task_id, "--json"],
        "wait": [task_id, "--json"],
        "download": [task_id, "--output", str(tmp_path / "fox.mp4"), "--json"],
    }[command]
    out, err = io.StringIO(), io.StringIO()
    made: list[VideoClient] = []

    def spy(*args: Any, **kwargs: Any) -> VideoClient:
        made.append(VideoClient(*args, **kwargs))
        return made[-1]

    monkeypatch.setattr(cli, "VideoClient", spy)
    code = cli.main(
        [command, *connection, *arguments, "--max-retries", "1", "-v"], out=out, err=err
    )
    assert code == cli.EXIT_OK, err.getvalue()
    assert json.loads(out.getvalue())["task_id"] in server.app.store.tasks
    method = "POST" if command == "generate" else "GET"
    (client,) = made  # each option took effect, not just parsed:
    assert client.retry_policy.max_retries == 1
    assert client._http.timeout == httpx.Timeout(30.0)
    assert f"INFO httpx: HTTP Request: {method} {server.base_url}/v1/" in err.getvalue()  # -v


def test_an_option_after_the_command_wins_over_one_before_it(server: RunningServer) -> None:
    out, err = io.StringIO(), io.StringIO()
    argv = ["--base-url", "http://127.0.0.1:9", "--api-key", "wrong"]
    argv += ["generate", "--base-url", server.base_url, "--api-key", server.api_key]
    code = cli.main([*argv, "--prompt", "x", "--json"], out=out, err=err)
    assert code == cli.EXIT_OK, err.getvalue()
