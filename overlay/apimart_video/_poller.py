"""One schedule for polling every task of a batch, instead of one loop per task.

A priority queue holds each task's next poll time, which comes from the task's own
`Waiter` (the adaptive policy `wait()` uses); a single loop pops what is due and sends it
through a shared `Pacer`, so the total request rate stays bounded however many tasks run.
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import itertools
import logging
import time

import attrs

from apimart_video._client import AsyncVideoClient
from apimart_video._exceptions import (
    APIConnectionError,
    APIMartError,
    APIResponseValidationError,
    InternalServerError,
    RateLimitError,
)
from apimart_video._pacing import Pacer
from apimart_video._polling import PollPolicy, Waiter
from apimart_video._types import Task

__all__ = ["Poller"]

logger = logging.getLogger("apimart_video")
_TRANSIENT = (APIConnectionError, InternalServerError, APIResponseValidationError)


@attrs.define
class _Watch:
    waiter: Waiter
    done: asyncio.Future[Task]


class Poller:
    """Polls watched tasks on one schedule; `watch()` resolves when its task completes."""

    def __init__(self, api: AsyncVideoClient, policy: PollPolicy, pacer: Pacer, timeout: float):
        self._api = api
        self._policy = policy
        self._pacer = pacer
        self._timeout = timeout
        self._queue: list[tuple[float, int, _Watch]] = []
        self._order = itertools.count()
        self._wake = asyncio.Event()
        self._polls: set[asyncio.Task[None]] = set()
        self.requests = 0

    def watch(self, task_id: str, submitted_at: float | None) -> asyncio.Future[Task]:
        """The completed task, later; raises as `wait()` would (failed, cancelled, timeout)."""
        waiter = Waiter(task_id, self._timeout, self._policy, submitted_at=submitted_at)
        watch = _Watch(waiter, asyncio.get_running_loop().create_future())
        self._schedule(watch, waiter.first_delay())
        return watch.done

    def _schedule(self, watch: _Watch, delay: float) -> None:
        heapq.heappush(self._queue, (time.monotonic() + delay, next(self._order), watch))
        self._wake.set()

    async def run(self) -> None:
        """The loop: forever (the batch cancels it when every job has ended)."""
        while True:
            if not self._queue:
                await self._event()
                continue
            due = self._queue[0][0] - time.monotonic()
            if due > 0:
                await self._event(due)
                continue
            _, _, watch = heapq.heappop(self._queue)
            await self._pacer.wait()
            poll = asyncio.create_task(self._poll(watch))
            self._polls.add(poll)
            poll.add_done_callback(self._polls.discard)

    async def _event(self, within: float | None = None) -> None:
        """Until something is scheduled, or `within` seconds."""
        self._wake.clear()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), within)

    async def _poll(self, watch: _Watch) -> None:
        waiter = watch.waiter
        if watch.done.done():  # its job was cancelled (the batch is stopping)
            return
        self.requests += 1
        try:
            task = await self._api.get_task(waiter.task_id)
        except RateLimitError as error:
            self._pacer.throttled(error.retry_after)
            self._schedule(watch, error.retry_after or 0.0)
            return
        except _TRANSIENT as error:
            logger.warning("polling task %s failed, will retry: %s", waiter.task_id, error)
            self._retry(watch, error)
            return
        except Exception as error:  # an API error that will not pass (404, 401): the job's end
            watch.done.set_exception(error)
            return
        self._pacer.accepted()
        waiter.answered()
        try:
            delay = waiter.observe(task)
        except Exception as error:  # failed, cancelled, or past the deadline
            watch.done.set_exception(error)
            return
        if delay is None:
            watch.done.set_result(task)
        else:
            self._schedule(watch, delay)

    def _retry(self, watch: _Watch, error: APIMartError) -> None:
        try:
            delay = watch.waiter.transient_failure(error)
        except Exception as final:  # past the deadline, or unreadable too many times
            watch.done.set_exception(final)
            return
        self._schedule(watch, delay)
