"""`apimart-video serve`: the reference server as its own process, under uvicorn."""

from __future__ import annotations

import concurrent.futures
import re
import selectors
import signal
import subprocess
import sys
import time

import httpx
import pytest

from apimart_video import PollPolicy, TaskFailedError, VideoClient

pytestmark = pytest.mark.posix  # SIGINT, and select() on a pipe


def first_line(server: subprocess.Popen[str], timeout: float = 30.0) -> str:
    """The line the server prints once its socket listens; it names the port it got."""
    assert server.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(server.stdout, selectors.EVENT_READ)
        ready = selector.select(timeout)
    assert ready, f"the server printed nothing in {timeout:.0f} s"
    return server.stdout.readline()


def test_serve_runs_the_reference_server_until_interrupted() -> None:
    command = [sys.executable, "-m", "apimart_video", "serve", "--port", "0"]
    command += ["--server-api-key", "serve-key", "--clock-speed", "1000", "--outcome", "failed"]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        announced = first_line(server)
        found = re.search(r"http://127\.0\.0\.1:([1-9]\d*)", announced)
        assert found, f"no URL with a real port in {announced!r} (exit code {server.poll()})"
        assert "serve-key" in announced
        base = found.group(0)
        anonymous = httpx.get(f"{base}/v1/tasks/task_x", timeout=30)
        assert anonymous.status_code == 401
        auth = {"Authorization": "Bearer serve-key"}
        body = {"model": "wan2.7", "prompt": "a fox"}
        submitted = httpx.post(f"{base}/v1/videos/generations", json=body, headers=auth)
        task_id = submitted.json()["data"][0]["task_id"]
        fast = PollPolicy(first_poll=0.05, floor=0.05, cap=0.5)
        with (
            VideoClient("serve-key", base_url=base, poll_policy=fast) as client,
            pytest.raises(TaskFailedError) as failed,
        ):
            client.wait(task_id, timeout=60)
        assert failed.value.error_message
        task = httpx.get(f"{base}/v1/tasks/{task_id}", headers=auth).json()["data"]
        assert task["status"] == "failed"
        assert task["error"]["message"] == failed.value.error_message
    finally:
        server.send_signal(signal.SIGINT)
        out, err = server.communicate(timeout=30)
    assert server.returncode == 0, out + err


def test_serve_stops_at_once_on_ctrl_c_while_it_holds_a_silent_request() -> None:
    command = [sys.executable, "-m", "apimart_video", "serve", "--port", "0"]
    command += ["--silent", "status", "--log-level", "warning"]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    auth = {"Authorization": "Bearer test-key"}
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    try:
        found = re.search(r"http://127\.0\.0\.1:[1-9]\d*", first_line(server))
        assert found, f"no URL with a real port (exit code {server.poll()})"
        base = found.group(0)
        held = pool.submit(httpx.get, f"{base}/v1/tasks/task_x", headers=auth, timeout=60)
        deadline = time.monotonic() + 30
        while httpx.get(f"{base}/_reference/stats", headers=auth).json()["held_by_route"] == {}:
            assert time.monotonic() < deadline, "the poll was never held"
            time.sleep(0.05)
        assert not held.done(), "a silent poll was answered"
    finally:
        server.send_signal(signal.SIGINT)
        stopping = time.monotonic()
        server.communicate(timeout=50)
    # Well under the 60 s the held request would keep a server that waited for it.
    assert time.monotonic() - stopping < 30, "the held request kept the server from stopping"
    assert server.returncode == 0
    assert held.result(timeout=5).status_code == 503  # released at shutdown
    pool.shutdown()
