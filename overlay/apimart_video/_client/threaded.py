"""An async transport that sends through a sync `httpx.Client`, in worker threads.

A batch runs on an event loop; a `VideoClient` holds a sync `httpx.Client`, perhaps the
caller's, with its proxies, TLS settings, mounts, event hooks or a custom transport. None of
those can be copied into an `httpx.AsyncClient`, so the batch sends every request through
that very client instead: `send()` in a worker thread, the body read chunk by chunk in
worker threads. The async side only builds requests and follows redirects.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import functools
import threading
from collections.abc import AsyncIterator, Callable
from typing import TypeVar

import httpx

__all__ = ["ThreadedTransport", "async_client_over"]

THREADS = 32
"""Requests in flight through one sync client at most (each holds a thread while waiting)."""

T = TypeVar("T")


class ThreadedTransport(httpx.AsyncBaseTransport):
    """Sends through `client` in worker threads of its own; never closes `client` (it is
    the caller's). asyncio only, as the batch is."""

    def __init__(self, client: httpx.Client, threads: int = THREADS) -> None:
        self._client = client
        self._threads = concurrent.futures.ThreadPoolExecutor(
            threads, thread_name_prefix="apimart-http"
        )

    async def _in_thread(self, call: Callable[[], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._threads, call)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()  # a body the sync client can send (and send again)
        abandoned = threading.Event()
        try:
            response = await self._in_thread(functools.partial(self._send, request, abandoned))
        except BaseException:
            abandoned.set()  # cancelled: the thread closes the response if it gets one later
            raise
        if response.is_stream_consumed:  # read already (a mock's answer): its body, decoded
            headers = [
                (name, value)
                for name, value in response.headers.multi_items()
                if name.lower() != "content-encoding"
            ]
            return httpx.Response(
                response.status_code,
                headers=headers,
                content=response.content,
                extensions=response.extensions,
            )
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=_ThreadedStream(response, self),
            extensions=response.extensions,
        )

    def _send(self, request: httpx.Request, abandoned: threading.Event) -> httpx.Response:
        response = self._client.send(request, stream=True, follow_redirects=False)
        if abandoned.is_set():
            response.close()
        return response

    async def aclose(self) -> None:
        self._threads.shutdown(wait=False)  # a request still in a thread ends on its own


class _ThreadedStream(httpx.AsyncByteStream):
    """A sync response's raw body, each chunk read in a worker thread."""

    def __init__(self, response: httpx.Response, transport: ThreadedTransport) -> None:
        self._response = response
        self._transport = transport

    async def __aiter__(self) -> AsyncIterator[bytes]:
        chunks = self._response.iter_raw()
        while True:
            chunk = await self._transport._in_thread(functools.partial(next, chunks, None))
            if chunk is None:
                return
            yield chunk

    async def aclose(self) -> None:
        await self._transport._in_thread(self._response.close)


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
