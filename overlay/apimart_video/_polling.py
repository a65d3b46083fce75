"""When to ask again: the adaptive polling policy and the waiting state, with no I/O.

The sync and async clients drive `Waiter` with their own sleep and request; this module
decides everything else, so the two can never behave differently.

The policy polls rarely early and closely near the end. It predicts when the task will
finish, from `progress` (the rate so far, extrapolated) once there is some, else from
`created + estimated_time`, and waits a fraction of the time left (capped, jittered),
then polls just after the predicted end. Once past it, it polls every `floor` seconds,
stretching slowly the longer the task overruns.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable

import attrs

from apimart_video._exceptions import TaskCancelledError, TaskFailedError, WaitTimeoutError
from apimart_video._types import Task, TaskStatus

__all__ = ["PollPolicy", "Waiter"]


@attrs.frozen
class PollPolicy:
    """Tunable numbers of the polling policy (seconds)."""

    fraction: float = 0.8
    """Share of the predicted time left to wait before the next poll."""
    cap: float = 30.0
    """Longest wait between two polls."""
    floor: float = 1.0
    """Shortest wait, and the interval once the predicted end has passed."""
    settle: float = 0.2
    """How long after the predicted end to poll, so the end has surely come."""
    overrun_stretch: float = 0.1
    """Once overdue, the interval grows by this share of the overrun."""
    jitter: float = 0.1
    """Waits longer than a few seconds vary by up to this share, to spread load."""
    unknown_estimate: float = 60.0
    """Assumed total when the API gives neither progress nor an estimate."""
    clock: Callable[[], float] = time.time
    """Where `wait()` reads the time (a virtual clock in tests and benchmarks)."""
    sleep: Callable[[float], None] = time.sleep
    """How the sync client sleeps between polls."""
    async_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    """How the async client sleeps between polls."""

    def predicted_end(
        self, task: Task, now: float, previous: tuple[float, int] | None = None
    ) -> float:
        """Unix time (client clock) at which the task is expected to finish.

        From the progress rate between the previous poll and this one when progress moved
        (immune to clock skew and whole-second timestamps), else from
        `created + estimated_time`, else from `unknown_estimate`.
        """
        progress = task.progress or 0
        if previous is not None and 0 < progress < 100:
            then, earlier = previous
            if progress > earlier and now > then:
                rate = (progress - earlier) / (now - then)
                return now + (100 - progress) / rate
        if task.estimated_time is not None:
            started = task.created_at.timestamp() if task.created_at else now
            return started + task.estimated_time
        return now + self.unknown_estimate

    def next_delay(
        self,
        task: Task,
        now: float,
        previous: tuple[float, int] | None = None,
        rng: random.Random | None = None,
    ) -> float:
        """Seconds to wait before polling `task` again.

        `previous` is (time, progress) of the poll before this one, when there was one.
        """
        remaining = self.predicted_end(task, now, previous) - now
        if remaining > self.floor / self.fraction:
            delay = min(self.cap, remaining * self.fraction)
            if delay > 3.0 and self.jitter:
                spread = delay * self.jitter
                delay += (rng or random).uniform(-spread, 0.0)
            return max(delay, self.floor)
        if remaining > 0:
            return remaining + self.settle
        return min(self.cap, self.floor + -remaining * self.overrun_stretch)


@attrs.define
class Waiter:
    """The state of one `wait()`: what each observed task means, and how long to sleep."""

    task_id: str
    timeout: float
    policy: PollPolicy = attrs.field(factory=PollPolicy)
    on_progress: Callable[[Task], object] | None = None
    rng: random.Random | None = None
    started: float = attrs.field(init=False)
    last: Task | None = attrs.field(init=False, default=None)
    previous: tuple[float, int] | None = attrs.field(init=False, default=None)
    polls: int = attrs.field(init=False, default=0)

    def __attrs_post_init__(self) -> None:
        self.started = self.clock()

    def clock(self) -> float:
        """The policy's clock."""
        return self.policy.clock()

    def observe(self, task: Task) -> float | None:
        """Take a polled task: None when completed, else the seconds to sleep.

        Raises `TaskFailedError`, `TaskCancelledError`, or `WaitTimeoutError` when the next
        poll would come after the deadline.
        """
        self.last = task
        self.polls += 1
        if self.on_progress is not None:
            self.on_progress(task)
        if task.status is TaskStatus.COMPLETED:
            return None
        if task.status is TaskStatus.FAILED:
            raise TaskFailedError(task)
        if task.status is TaskStatus.CANCELLED:
            raise TaskCancelledError(task)
        now = self.clock()
        delay = self.policy.next_delay(task, now, self.previous, self.rng)
        if task.progress is not None and (
            self.previous is None or task.progress != self.previous[1]
        ):
            self.previous = (now, task.progress)
        return self._bounded(delay)

    def transient_failure(self, attempt: int) -> float:
        """Seconds to sleep after a poll that failed even after the client's retries."""
        return self._bounded(min(self.policy.cap, self.policy.floor * 2**attempt))

    def _bounded(self, delay: float) -> float:
        left = self.started + self.timeout - self.clock()
        if left <= 0:
            raise WaitTimeoutError(
                self.task_id,
                waited=self.clock() - self.started,
                last_status=self.last.raw_status if self.last else None,
            )
        return min(delay, left)
