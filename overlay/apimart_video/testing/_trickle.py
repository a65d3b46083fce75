"""The trickle hostile mode: answers sent one byte at a time, status line and headers included.

An ASGI app cannot slow its headers (uvicorn writes them at once), so the mode lives one
level down: uvicorn's h11 protocol with its transport wrapped. The app names the peers
whose current answer trickles (`ReferenceApp.trickling`); every write to such a peer is
queued and sent one byte every `interval` seconds. A peer that leaves, or a server that
shuts down, ends the trickle at once.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

Peer = tuple[str, int]


class _TrickleTransport:
    """An asyncio transport that sends what the protocol writes slowly, when `slow()` says."""

    def __init__(
        self, inner: asyncio.Transport, interval: float, slow: Callable[[], bool], headers: bool
    ) -> None:
        self._inner = inner
        self._interval = interval
        self._slow = slow
        self._headers = headers
        self._queue = bytearray()
        self._drain: asyncio.Task[None] | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def write(self, data: bytes | bytearray | memoryview) -> None:
        fast = not self._slow() or (not self._headers and bytes(data[:7]) == b"HTTP/1.")
        if not self._queue and fast:  # h11 writes a status line and headers in one go
            self._inner.write(data)
            return
        self._queue += bytes(data)
        if self._drain is None or self._drain.done():
            self._drain = asyncio.get_running_loop().create_task(self._trickle())

    async def _trickle(self) -> None:
        while self._queue and not self._inner.is_closing():
            self._inner.write(bytes(self._queue[:1]))
            del self._queue[:1]
            await asyncio.sleep(self._interval)

    def close(self) -> None:
        """Close now (a shutdown or a keep-alive timeout): the rest of a trickle is dropped."""
        if self._drain is not None:
            self._drain.cancel()
        self._queue.clear()
        self._inner.close()


def trickling_protocol(
    interval: float, trickling: set[Peer], *, headers: bool = True
) -> type[H11Protocol]:
    """uvicorn's h11 protocol, writing one byte every `interval` seconds to the peers in
    `trickling` (a set the app keeps up to date per request); with `headers=False` the
    status line and headers go at once and only bodies trickle."""

    class TrickleProtocol(H11Protocol):
        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            peer = transport.get_extra_info("peername")
            key: Peer | None = (str(peer[0]), int(peer[1])) if peer else None
            wrapped = _TrickleTransport(transport, interval, lambda: key in trickling, headers)
            super().connection_made(wrapped)  # type: ignore[arg-type]

    return TrickleProtocol
