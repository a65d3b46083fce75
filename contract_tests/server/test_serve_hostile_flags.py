"""`apimart-video serve` flags for the hostile modes of issue 17: `--in-progress-409 N`,
`--indeterminate-409` and `--trickle SECONDS` (with `--trickle-on`, `--trickle-body-only`)."""

from __future__ import annotations

import re
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

from apimart_video.cli import main
from contract_tests.server.test_serve_command import first_line

BODY = {"model": "wan2.7", "prompt": "a fox"}


@contextmanager
def serving(*flags: str) -> Iterator[str]:
    command = [sys.executable, "-m", "apimart_video", "serve", "--port", "0", *flags]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        found = re.search(r"http://127\.0\.0\.1:\d+", first_line(server))
        assert found, f"no URL announced (exit code {server.poll()})"
        yield found.group(0)
    finally:
        server.send_signal(signal.SIGINT)
        out, err = server.communicate(timeout=30)
    assert server.returncode == 0, out + err


def post(base: str, key: str) -> httpx.Response:
    headers = {"Authorization": "Bearer test-key", "Idempotency-Key": key}
    return httpx.post(f"{base}/v1/videos/generations", json=BODY, headers=headers, timeout=10)


def test_serve_answers_409_in_progress_n_times_then_indeterminate() -> None:
    with serving("--in-progress-409", "2") as base:
        answers = [post(base, "k-1") for _ in range(3)]
    assert [a.status_code for a in answers] == [409, 409, 200]
    assert answers[0].json()["error"]["code"] == "idempotency_in_progress"
    assert "retry-after" in answers[0].headers
    with serving("--indeterminate-409") as base:
        answer = post(base, "k-2")
    assert answer.status_code == 409
    assert answer.json()["error"]["code"] == "idempotency_result_indeterminate"


def test_serve_trickles_the_operations_named() -> None:
    with serving("--trickle", "0.3", "--trickle-on", "status") as base:
        host, port = base.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=5) as sock:
            sock.sendall(
                b"GET /v1/tasks/t HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer test-key\r\n\r\n"
            )
            first = sock.recv(100)
    assert first == b"H"


@pytest.mark.parametrize(
    "flags",
    [["--trickle", "0"], ["--trickle", "-1"], ["--trickle", "nan"], ["--in-progress-409", "-1"]],
)
def test_serve_refuses_bad_hostile_values_as_usage_errors(
    flags: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["serve", *flags])
    assert exited.value.code == 2
    assert flags[0] in capsys.readouterr().err
