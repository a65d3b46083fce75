"""`apimart-video serve`: the reference server as its own process, under uvicorn."""

from __future__ import annotations

import concurrent.futures
import signal
import socket
import subprocess
import sys
import time

import httpx


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def test_serve_runs_the_reference_server_until_interrupted() -> None:
    port = _free_port()
    command = [sys.executable, "-m", "apimart_video", "serve", "--port", str(port)]
    command += ["--server-api-key", "serve-key", "--clock-speed", "1000", "--outcome", "failed"]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                anonymous = httpx.get(f"{base}/v1/tasks/task_x", timeout=1)
                break
            except httpx.TransportError:
                assert server.poll() is None, server.stderr
                assert time.monotonic() < deadline, "the server did not start in 20 s"
                time.sleep(0.1)
        assert anonymous.status_code == 401
        auth = {"Authorization": "Bearer serve-key"}
        body = {"model": "wan2.7", "prompt": "a fox"}
        submitted = httpx.post(f"{base}/v1/videos/generations", json=body, headers=auth)
        task_id = submitted.json()["data"][0]["task_id"]
        time.sleep(0.2)
        task = httpx.get(f"{base}/v1/tasks/{task_id}", headers=auth).json()["data"]
        assert task["status"] == "failed"
        assert task["error"]["message"]
    finally:
        server.send_signal(signal.SIGINT)
        out, _ = server.communicate(timeout=20)
    assert server.returncode == 0
    assert f"http://127.0.0.1:{port}" in out
    assert "serve-key" in out


def test_serve_stops_at_once_on_ctrl_c_while_it_holds_a_silent_request() -> None:
    port = _free_port()
    command = [sys.executable, "-m", "apimart_video", "serve", "--port", str(port)]
    command += ["--silent", "status", "--log-level", "warning"]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    auth = {"Authorization": "Bearer test-key"}
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(f"{base}/_reference/stats", headers=auth, timeout=1)
                break
            except httpx.TransportError:
                assert server.poll() is None, server.stderr
                assert time.monotonic() < deadline, "the server did not start in 20 s"
                time.sleep(0.1)
        held = pool.submit(httpx.get, f"{base}/v1/tasks/task_x", headers=auth, timeout=60)
        while httpx.get(f"{base}/_reference/stats", headers=auth).json()["held_by_route"] == {}:
            assert time.monotonic() < deadline + 20, "the poll was never held"
            time.sleep(0.05)
        assert not held.done(), "a silent poll was answered"
    finally:
        server.send_signal(signal.SIGINT)
        stopping = time.monotonic()
        server.communicate(timeout=20)
    assert time.monotonic() - stopping < 10, "the held request kept the server from stopping"
    assert server.returncode == 0
    assert held.result(timeout=5).status_code == 503  # released at shutdown
    pool.shutdown()
