"""An async transport that sends through a sync `httpx.Client`, in worker threads.

A batch runs on an event loop; a `VideoClient` holds a sync `httpx.Client`, perhaps the
caller's, with its proxies, TLS settings, mounts, event hooks or a custom transport. None of
those can be copied into an `httpx.AsyncClient`, so the batch sends every request through
that very client instead: `send()` in a worker thread, the body read chunk by chunk in
worker threads. The async side only builds requests and follows redirects.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import AsyncIterator

import anyio
import httpx
from anyio import to_thread

__all__ = ["ThreadedTransport", "async_client_over"]

THREADS = 32
"""Requests in flight through one sync client at most (each holds a thread while waiting)."""


class ThreadedTransport(httpx.AsyncBaseTransport):
    """Sends through `client` in worker threads; never closes it (it is the caller's)."""

    def __init__(self, client: httpx.Client, threads: int = THREADS) -> None:
        self._client = client
        self._threads = threads
        self._limiter: anyio.CapacityLimiter | None = None

    def _limit(self) -> anyio.CapacityLimiter:
        if self._limiter is None:  # made on the event loop that uses it
            self._limiter = anyio.CapacityLimiter(self._threads)
        return self._limiter

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()  # a body the sync client can send again (a retry)
        abandoned = threading.Event()
        send = functools.partial(self._send, request, abandoned)
        try:
            response = await to_thread.run_sync(send, abandon_on_cancel=True, limiter=self._limit())
        except BaseException:
            abandoned.set()  # cancelled: the thread closes what it gets, if it gets it later
            raise
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=_ThreadedStream(response, self._limit()),
            extensions=response.extensions,
        )

    def _send(self, request: httpx.Request, abandoned: threading.Event) -> httpx.Response:
        response = self._client.send(request, stream=True, follow_redirects=False)
        if abandoned.is_set():
            response.close()
        return response


class _ThreadedStream(httpx.AsyncByteStream):
    """A sync response's raw body, each chunk read in a worker thread."""

    def __init__(self, response: httpx.Response, limiter: anyio.CapacityLimiter) -> None:
        self._response = response
        self._limiter = limiter

    async def __aiter__(self) -> AsyncIterator[bytes]:
        chunks = self._response.iter_raw()
        while True:
            chunk = await to_thread.run_sync(next, chunks, None, limiter=self._limiter)
            if chunk is None:
                return
            yield chunk

    async def aclose(self) -> None:
        await to_thread.run_sync(self._response.close, limiter=self._limiter)


def async_client_over(client: httpx.Client) -> httpx.AsyncClient:
    """An `AsyncClient` whose every request goes through `client`, built as `client` would
    build it (its headers, cookies, query parameters and timeout)."""
    return httpx.AsyncClient(
        transport=ThreadedTransport(client),
        headers=client.headers,
        cookies=client.cookies,
        params=client.params,
        timeout=client.timeout,
        follow_redirects=client.follow_redirects,
        max_redirects=client.max_redirects,
        trust_env=False,
    )
