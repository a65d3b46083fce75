"""The public client, sync and async, against a real reference server in a hostile mode.

`use_client(kind, server, call)` runs `call(client)` with a `VideoClient` or, awaited, with an
`AsyncVideoClient`: one test body covers both drivers.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable
from typing import Any, Literal

import pytest

from apimart_video import AsyncVideoClient, PollPolicy, RetryPolicy, VideoClient
from apimart_video.testing import RunningServer

Kind = Literal["sync", "async"]
FAST_POLLS = PollPolicy(first_poll=0.05, floor=0.05, cap=0.3)
QUICK_RETRIES = RetryPolicy(max_retries=4, backoff_initial=0.02, backoff_max=0.2)


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> Kind:
    """Each test runs with both clients."""
    value: Kind = request.param
    return value


def use_client(
    kind: Kind, server: RunningServer, call: Callable[[Any], Any], **options: Any
) -> Any:
    """`call(client)` with a client of `kind` for `server` (fast polls unless `options` say)."""
    options = {"poll_policy": FAST_POLLS, "retry_policy": QUICK_RETRIES, **options}
    if kind == "sync":
        with VideoClient(server.api_key, base_url=server.base_url, **options) as client:
            return call(client)

    async def run() -> Any:
        async with AsyncVideoClient(server.api_key, base_url=server.base_url, **options) as aio:
            result = call(aio)
            return await result if inspect.isawaitable(result) else result

    return asyncio.run(run())


def submit_with(key: str) -> Callable[[Any], Any]:
    """A call that submits one small text-to-video body with `key`."""
    return lambda client: client.generate(prompt="a fox", idempotency_key=key)


def submit_all(keys: list[str]) -> Callable[[Any], Any]:
    """A call that submits one body per key with one client: in turn (sync), or all at once
    (async)."""

    def call(client: Any) -> Any:
        if isinstance(client, AsyncVideoClient):
            return asyncio.gather(*(submit_with(key)(client) for key in keys))
        return [submit_with(key)(client) for key in keys]

    return call
