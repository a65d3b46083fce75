"""`apimart-video serve`: the reference server as its own process, under uvicorn."""

from __future__ import annotations

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
