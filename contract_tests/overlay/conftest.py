"""Fixtures for overlay tests: one driver runs each test against the sync and async client."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import respx

from apimart_video import AsyncVideoClient, PollPolicy, RetryPolicy, VideoClient

KEY = "sk-test-0123456789abcdef"
BASE = "https://api.apimart.ai"
SUBMIT = f"{BASE}/v1/videos/generations"
TASK_ID = "task_01J9HA7JPQ9A0Z6JZ3V8M9W6PZ"
CDN_URL = "https://upload.apimart.ai/f/video/abc.mp4"
FAR_FUTURE = 4102444800  # 2100-01-01


class VirtualClock:
    """Time that moves only when the client sleeps."""

    def __init__(self) -> None:
        self.now = 1_763_088_289.0
        self.sleeps: list[float] = []

    def time(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


class Driver:
    """Builds a client of one kind and runs a call on it, awaiting when async."""

    def __init__(self, kind: str, clock: VirtualClock) -> None:
        self.kind = kind
        self.clock = clock
        self.retry_sleeps: list[float] = []

    def options(self, **overrides: Any) -> dict[str, Any]:
        async def async_sleep(seconds: float) -> None:
            self.retry_sleeps.append(seconds)

        retry = RetryPolicy(
            max_retries=overrides.pop("max_retries", 3),
            sleep=self.retry_sleeps.append,
            async_sleep=async_sleep,
            **({"jitter": overrides.pop("jitter")} if "jitter" in overrides else {}),
        )
        poll = PollPolicy(
            clock=self.clock.time, sleep=self.clock.sleep, async_sleep=self.clock.async_sleep
        )
        return {"api_key": KEY, "retry_policy": retry, "poll_policy": poll, **overrides}

    def run(self, call: Callable[[Any], Any], **overrides: Any) -> Any:
        options = self.options(**overrides)
        if self.kind == "sync":
            with VideoClient(**options) as client:
                return call(client)

        async def main() -> Any:
            async with AsyncVideoClient(**options) as client:
                result = call(client)
                return await result if inspect.isawaitable(result) else result

        return asyncio.run(main())


@pytest.fixture
def clock() -> VirtualClock:
    return VirtualClock()


@pytest.fixture(params=["sync", "async"])
def driver(request: pytest.FixtureRequest, clock: VirtualClock) -> Driver:
    return Driver(request.param, clock)


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        yield router


def submitted(task_id: str = TASK_ID) -> dict[str, Any]:
    return {"code": 200, "data": [{"status": "submitted", "task_id": task_id}]}


def task(status: str, **fields: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"id": TASK_ID, "status": status, "created": 1_763_088_289, **fields}
    if status == "completed":
        data.setdefault("progress", 100)
        data.setdefault("completed", 1_763_088_308)
        data.setdefault("result", {"videos": [{"url": [CDN_URL], "expires_at": FAR_FUTURE}]})
    return {"code": 200, "data": data}
