"""Fault injection: which request gets which fault, and the faulty answers themselves."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Iterable, Iterator
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.types import Receive, Scope, Send

from apimart_video.testing._config import FaultConfig, FaultKind

GATEWAY_PAGE = """<!DOCTYPE html>
<html><head><title>502 Bad Gateway</title></head>
<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>
"""

BEFORE_HANDLER: frozenset[FaultKind] = frozenset(
    {"rate_limit", "server_error", "bad_gateway", "unavailable", "html"}
)


class FaultPicker:
    """Draws faults for requests, reproducibly for a given seed."""

    def __init__(self, config: FaultConfig) -> None:
        self.config = config
        self._rng = random.Random(config.seed)
        self.injected: dict[str, int] = {}

    def pick(self, operation: str) -> FaultKind | None:
        """The fault for the next request of `operation`, if any."""
        rate = self.config.rates.get(operation, 0.0)
        if rate <= 0 or self._rng.random() >= rate:
            return None
        kind = self._rng.choice(self.config.kinds)
        self.injected[kind] = self.injected.get(kind, 0) + 1
        return kind


def error_body(code: Any, message: str, type_: str, param: str | None = None) -> dict[str, Any]:
    """The documented error body."""
    detail: dict[str, Any] = {"code": code, "message": message, "type": type_}
    if param is not None:
        detail["param"] = param
    return {"error": detail}


def fault_response(kind: FaultKind, retry_after: int) -> Response:
    """The answer for a fault that stops the request before its handler."""
    if kind == "rate_limit":
        body = error_body(429, "Rate limit reached, please retry later", "rate_limit_error")
        return JSONResponse(body, status_code=429, headers={"Retry-After": str(retry_after)})
    if kind == "unavailable":
        body = error_body(503, "Service temporarily unavailable", "server_error")
        return JSONResponse(body, status_code=503, headers={"Retry-After": str(retry_after)})
    if kind == "server_error":
        body = error_body(
            "get_channel_failed", "get channel failed (request id: ref0001)", "server_error"
        )
        return JSONResponse(body, status_code=500)
    if kind == "bad_gateway":
        return JSONResponse(error_body("", "Bad gateway", "bad_gateway"), status_code=502)
    if kind == "html":
        return HTMLResponse(GATEWAY_PAGE, status_code=502)
    raise ValueError(f"{kind} is not answered before the handler")


class DroppedConnection(Exception):
    """Raised mid-response so that the server closes the connection."""


class DroppedResponse(Response):
    """Sends the headers of `inner`, then drops the connection before any body."""

    def __init__(self, inner: Response) -> None:
        super().__init__(status_code=inner.status_code, headers=dict(inner.headers))
        self.inner = inner

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send(
            {"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers}
        )
        raise DroppedConnection("fault injection: connection dropped")


def malformed(inner: Response) -> Response:
    """The same answer with its JSON cut short."""
    text = bytes(inner.body)[: max(len(inner.body) // 2, 1)]
    return Response(text, status_code=200, media_type="application/json")


def cut_short(chunks: Iterable[bytes], limit: int) -> Iterator[bytes]:
    """The first `limit` bytes of `chunks`, then a dropped connection (a mid-body break):
    uvicorn closes the transport, which still delivers the bytes already written."""
    sent = 0
    for chunk in chunks:
        piece = chunk[: limit - sent]
        if piece:
            yield piece
            sent += len(piece)
        if sent >= limit:
            break
    raise DroppedConnection(f"fault injection: video body dropped after {sent} bytes")


class Silence:
    """Requests that are accepted and never answered, until their client leaves or the
    server stops (`release`, from the server's shutdown on its event loop), so a held
    request never keeps uvicorn from shutting down."""

    def __init__(self) -> None:
        self._released = asyncio.Event()

    def release(self) -> None:
        """Let every held request end (call it on the server's event loop)."""
        self._released.set()

    async def hold(self, request: Request) -> Response:
        """Read the request, answer nothing; a 503 only if the server stops first."""
        await request.body()
        released = asyncio.ensure_future(self._released.wait())
        left = asyncio.ensure_future(request.receive())  # the next message is the disconnect
        try:
            await asyncio.wait({released, left}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            released.cancel()
            left.cancel()
        body = error_body(503, "the reference server is shutting down", "server_error")
        return JSONResponse(body, status_code=503)
