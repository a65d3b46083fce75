"""One schedule for polling every task of a batch, instead of one loop per task.

A priority queue holds each task's next poll time, which comes from the task's own
`Waiter` (the adaptive policy `wait()` uses); a single loop pops what is due and sends it
through a shared `Pacer`, so the total request rate stays bounded however many tasks run.

A task is never dropped on one answer: "not found" (404, or the API's 400 for an unknown
task) within `visible_by` (the grace window after its submit, as the batch computes it) is
polled again, as a task not yet visible on every replica would be. A 429 waits as the
pacer says and counts as a failed poll (bounded by the wait's deadline); once the pacer
sees the limit never lifting, every watch ends with the `RateLimitError`.

`async with poller:` runs the loop; leaving it cancels and awaits the loop and every poll
in flight, so no task outlives the batch.
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import itertools
import logging
import time
from types import TracebackType
from typing import Self

import attrs

from apimart_video._exceptions import (
    APIMartError,
    NotFoundError,
    RateLimitError,
)
from apimart_video._http.retry import TRANSIENT_ERRORS
from apimart_video._types import Task
from apimart_video._waiting.policy import PollPolicy, Waiter
from apimart_video.batch.api import BatchAPI
from apimart_video.batch.pacing import Pacer

__all__ = ["Poller"]

logger = logging.getLogger("apimart_video")


@attrs.define
class _Watch:
    waiter: Waiter
    done: asyncio.Future[Task]
    visible_by: float
    """Until then (monotonic), "not found" means not visible yet: it is polled again."""

    def settle(self, result: Task | None = None, error: BaseException | None = None) -> None:
        """Resolve the watch, unless its job stopped waiting (cancelled) already."""
        if self.done.done():
            return
        if error is not None:
            self.done.set_exception(error)
        else:
            assert result is not None
            self.done.set_result(result)


class Poller:
    """Polls watched tasks on one schedule; `watch()` resolves when its task completes."""

    def __init__(
        self,
        api: BatchAPI,
        policy: PollPolicy,
        pacer: Pacer,
        timeout: float,
        *,
        rate_limit_patience: float | None = None,
    ):
        self._api = api
        self._policy = policy
        self._pacer = pacer
        self._timeout = timeout
        self._patience = () if rate_limit_patience is None else (rate_limit_patience,)
        self._queue: list[tuple[float, int, _Watch]] = []
        self._order = itertools.count()
        self._wake = asyncio.Event()
        self._polls: set[asyncio.Task[None]] = set()
        self._watched: list[asyncio.Future[Task]] = []
        self._loop: asyncio.Task[None] | None = None

    async def __aenter__(self) -> Self:
        self._loop = asyncio.create_task(self.run())
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """Cancel and await the loop and every poll in flight; no watch is left pending."""
        tasks = [*self._polls, *([self._loop] if self._loop is not None else [])]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for done in self._watched:
            if not done.done():
                done.cancel()
            elif not done.cancelled():
                done.exception()  # retrieved: an error no job awaited is not reported at exit
        self._queue.clear()

    def watch(
        self, task_id: str, submitted_at: float | None, visible_by: float = 0.0
    ) -> asyncio.Future[Task]:
        """The completed task, later; raises as `wait()` would (failed, cancelled, timeout).

        Until `visible_by` (on `time.monotonic`) a "not found" answer is polled again.
        """
        waiter = Waiter(task_id, self._timeout, self._policy, submitted_at=submitted_at)
        watch = _Watch(waiter, asyncio.get_running_loop().create_future(), visible_by)
        self._watched.append(watch.done)
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
        try:
            task = await self._api.get_task(waiter.task_id)
        except RateLimitError as error:  # the pacer waits the (capped) Retry-After
            self._pacer.throttled(error.retry_after)
            if self._pacer.refusing(*self._patience):
                watch.settle(error=error)
                self._give_up(error)
            else:
                self._retry(watch, error)
            return
        except NotFoundError as error:
            if time.monotonic() < watch.visible_by:  # not visible everywhere yet
                logger.info("task %s not found yet, will poll again: %s", waiter.task_id, error)
                self._retry(watch, error)
            else:
                watch.settle(error=error)
            return
        except TRANSIENT_ERRORS as error:  # a 429 was handled above
            logger.warning("polling task %s failed, will retry: %s", waiter.task_id, error)
            self._retry(watch, error)
            return
        except Exception as error:  # an API error that will not pass (401): the job's end
            watch.settle(error=error)
            return
        self._pacer.accepted()
        waiter.answered()
        try:
            delay = waiter.observe(task)
        except Exception as error:  # failed, cancelled, or past the deadline
            watch.settle(error=error)
            return
        if delay is None:
            watch.settle(task)
        else:
            self._schedule(watch, delay)

    def _retry(self, watch: _Watch, error: APIMartError) -> None:
        try:
            delay = watch.waiter.transient_failure(error)
        except Exception as final:  # past the deadline, or unreadable too many times
            watch.settle(error=final)
            return
        self._schedule(watch, delay)

    def _give_up(self, error: RateLimitError) -> None:
        """The rate limit is not lifting: end every watch waiting its turn with `error`."""
        queued, self._queue = self._queue, []
        for _, _, watch in queued:
            watch.settle(error=error)
