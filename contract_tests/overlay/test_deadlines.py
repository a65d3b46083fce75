"""wait(timeout=T) is a deadline on a monotonic clock, even against a server that never answers."""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import respx

from apimart_video import (
    AsyncVideoClient,
    PollPolicy,
    RetryPolicy,
    VideoClient,
    WaitTimeoutError,
)
from apimart_video._waiting.policy import Waiter
from contract_tests.overlay.conftest import BASE, TASK_ID, Driver, VirtualClock, task

STATUS = f"{BASE}/v1/tasks/{TASK_ID}"


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A socket that accepts connections (the kernel completes them) and never answers."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(64)
        host, port = listener.getsockname()
        yield f"http://{host}:{port}"


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_wait_against_a_server_that_never_answers_ends_within_the_deadline(
    silent_server: str, kind: str
) -> None:
    timeout = 1.5
    options: dict[str, Any] = {"api_key": "k", "base_url": silent_server, "timeout": 60.0}

    def run_sync() -> None:
        with VideoClient(**options) as client:
            client.wait(TASK_ID, timeout=timeout)

    async def run_async() -> None:
        async with AsyncVideoClient(**options) as client:
            await client.wait(TASK_ID, timeout=timeout)

    started = time.monotonic()
    with pytest.raises(WaitTimeoutError) as raised:
        run_sync() if kind == "sync" else asyncio.run(run_async())
    elapsed = time.monotonic() - started
    # Without the deadline it would sit on the 60 s read timeout. The T + 1 s bound itself
    # is held without a wall clock by the tests below (each request and each sleep gets at
    # most the time left); here a margin a loaded machine cannot break.
    assert elapsed < options["timeout"] / 2, elapsed
    assert raised.value.task_id == TASK_ID


def test_the_deadline_follows_the_monotonic_clock_not_the_wall_clock(
    driver: Driver, api: respx.MockRouter, clock: VirtualClock
) -> None:
    """A wall clock that jumps (NTP, a VM resumed) neither ends nor stretches the wait."""
    api.get(STATUS).mock(return_value=httpx.Response(200, json=task("processing", progress=5)))
    monotonic = VirtualClock()

    def sleep(seconds: float) -> None:
        monotonic.sleep(seconds)
        clock.now -= 3600  # the wall clock goes back an hour at every sleep

    async def async_sleep(seconds: float) -> None:
        sleep(seconds)

    policy = PollPolicy(
        clock=clock.time, monotonic=monotonic.time, sleep=sleep, async_sleep=async_sleep
    )
    with pytest.raises(WaitTimeoutError):
        driver.run(lambda c: c.wait(TASK_ID, timeout=100), poll_policy=policy)
    assert sum(monotonic.sleeps) == pytest.approx(100)
    assert all(s <= policy.cap for s in monotonic.sleeps)


def test_retry_sleeps_inside_a_wait_are_cut_to_the_time_left(
    driver: Driver, api: respx.MockRouter, clock: VirtualClock
) -> None:
    api.get(STATUS).mock(
        return_value=httpx.Response(503, headers={"Retry-After": "50"}, json={"error": {}})
    )
    with pytest.raises(WaitTimeoutError):
        driver.run(lambda c: c.wait(TASK_ID, timeout=10), max_retries=5)
    assert driver.retry_sleeps  # it did retry...
    assert all(s < 10 for s in driver.retry_sleeps)  # ...never past the deadline


def test_each_request_inside_a_wait_gets_at_most_the_time_left(
    driver: Driver, api: respx.MockRouter, clock: VirtualClock
) -> None:
    timeouts: list[dict[str, float]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        timeouts.append(request.extensions["timeout"])
        return httpx.Response(200, json=task("processing", progress=5))

    api.get(STATUS).mock(side_effect=answer)
    with pytest.raises(WaitTimeoutError):
        driver.run(lambda c: c.wait(TASK_ID, timeout=45), timeout=60.0)
    first, last = timeouts[0], timeouts[-1]
    assert all(value == 45 for value in first.values())
    assert all(value <= 1 for value in last.values())


def test_get_task_outside_a_wait_keeps_the_configured_timeout(
    driver: Driver, api: respx.MockRouter
) -> None:
    route = api.get(STATUS).mock(return_value=httpx.Response(200, json=task("pending")))
    driver.run(lambda c: c.get_task(TASK_ID), timeout=7.0)
    assert set(route.calls.last.request.extensions["timeout"].values()) == {7.0}


@pytest.mark.parametrize("timeout", [float("nan"), -1.0])
def test_a_wait_timeout_that_is_not_a_duration_is_refused(
    driver: Driver, api: respx.MockRouter, timeout: float
) -> None:
    from apimart_video import InvalidRequestError

    with pytest.raises(InvalidRequestError, match="timeout"):
        driver.run(lambda c: c.wait(TASK_ID, timeout=timeout))


def test_no_wait_exceeds_the_cap_or_the_time_left() -> None:
    clock = VirtualClock()
    policy = PollPolicy(clock=clock.time)
    waiter = Waiter(TASK_ID, 100.0, policy, submitted_at=clock.now + 10_000)
    assert waiter.first_delay() == policy.first_poll  # a submit time from the future
    short = Waiter(TASK_ID, 2.0, policy, submitted_at=clock.now)
    assert short.first_delay() == 2.0  # never past the deadline
    from apimart_video import APIConnectionError

    delays = []
    for _ in range(20):
        delays.append(waiter.transient_failure(APIConnectionError("down")))
    assert max(delays) <= policy.cap
    assert RetryPolicy().retry_after_max == 60.0
