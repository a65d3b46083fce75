"""A host that trickles its answers, a byte every half second, status line and headers
included (issue 17, item 6): every read succeeds, so only a whole-request deadline ends a
`wait()`. Against a real uvicorn server, sync and async."""

from __future__ import annotations

import socket
import time
from typing import Any, Literal

import pytest

from apimart_video import WaitTimeoutError
from apimart_video.testing import run_server
from contract_tests.hostile.conftest import Kind, use_client

pytestmark = pytest.mark.slow

TIMEOUT = 2.0
BOUND = TIMEOUT + 1.0
"""The promise: `wait(timeout=T)` ends within T + 1 s."""


def trickling(
    seconds: float,
    *,
    on: Literal["submit", "status", "download"] = "status",
    headers: bool = True,
) -> dict[str, Any]:
    """`run_server` options: trickle `on`'s answers (headers too, unless `headers=False`)."""
    return {"trickle": seconds, "trickle_on": frozenset({on}), "trickle_headers": headers}


def raw_get(base_url: str, path: str, api_key: str) -> socket.socket:
    host, port = base_url.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)), timeout=5)
    request = f"GET {path} HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {api_key}\r\n\r\n"
    sock.sendall(request.encode())
    return sock


def head_of(sock: socket.socket) -> bytes:
    received = b""
    while b"\r\n\r\n" not in received:
        received += sock.recv(4096)
    return received


def test_the_trickle_mode_sends_the_status_line_and_headers_a_byte_at_a_time() -> None:
    with (
        run_server(**trickling(0.3)) as server,
        raw_get(server.base_url, "/v1/tasks/task_x", server.api_key) as sock,
    ):
        first = sock.recv(100)
        time.sleep(0.1)
        second = sock.recv(100)
    assert first == b"H"
    assert second == b"T"


def test_the_body_only_trickle_sends_the_headers_at_once() -> None:
    with (
        run_server(**trickling(5.0, headers=False)) as server,
        raw_get(server.base_url, "/v1/tasks/task_x", server.api_key) as sock,
    ):
        head = head_of(sock)
    status_and_headers, _, body = head.partition(b"\r\n\r\n")
    assert status_and_headers.startswith(b"HTTP/1.1 404")
    assert body in (b"", b"{"), "the body came faster than a byte per 5 s"


def test_operations_not_named_do_not_trickle() -> None:
    with (
        run_server(**trickling(5.0, on="download")) as server,
        raw_get(server.base_url, "/v1/tasks/task_x", server.api_key) as sock,
    ):
        head = head_of(sock)
    assert head.startswith(b"HTTP/1.1 404")


@pytest.mark.parametrize("headers", [True, False], ids=["headers-trickle", "body-trickles"])
def test_wait_ends_within_its_timeout_plus_one_second_against_a_trickling_host(
    kind: Kind, headers: bool
) -> None:
    """Default client settings (a 60 s per-read timeout): one byte every 0.5 s never trips
    a read timeout; the deadline must hold for the whole request."""
    with run_server(**trickling(0.5, headers=headers)) as server:
        task_id = server.app.store.create({"model": "wan2.7", "prompt": "a fox"}, None).task_id
        started = time.monotonic()
        with pytest.raises(WaitTimeoutError) as raised:
            use_client(
                kind,
                server,
                lambda client: client.wait(task_id, timeout=TIMEOUT),
                poll_policy=None,
                retry_policy=None,
            )
        waited = time.monotonic() - started
        polls = server.app.stats.requests_by_route["status"]
    assert polls >= 1, "no poll reached the server"
    assert waited < BOUND, f"wait(timeout={TIMEOUT}) took {waited:.2f} s"
    assert raised.value.task_id == task_id
