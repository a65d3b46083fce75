"""When to ask again: the adaptive polling policy and the waiting state, with no I/O.

The sync and async clients drive `Waiter` with their own sleep and request; this module
decides everything else, so the two can never behave differently.

The policy polls rarely early and closely near the end. It predicts when the task will
finish: from the progress rate measured over the longest span it has seen, once progress
moves, else from `created + estimated_time` (trusted less: it is often wrong either way).
It waits a share of the time left (capped, jittered), goes straight to the predicted end
once that is near, and once past it polls every `floor` seconds, stretching slowly the
longer the task overruns.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections.abc import Awaitable, Callable, Iterator

import attrs

from apimart_video._exceptions import (
    APIMartError,
    APIResponseValidationError,
    TaskCancelledError,
    TaskFailedError,
    WaitTimeoutError,
)
from apimart_video._retry import Deadline, doubling
from apimart_video._types import Task, TaskStatus

__all__ = ["UNREADABLE_LIMIT", "PollPolicy", "Waiter"]

UNREADABLE_LIMIT = 3
"""Unreadable task answers in a row after which `wait()` gives up with the last one's error."""


def _monotonic_default(policy: PollPolicy) -> Callable[[], float]:
    # A virtual `clock` given alone (tests, benchmarks) drives the deadline too.
    return time.monotonic if policy.clock is time.time else policy.clock


logger = logging.getLogger("apimart_video")


@attrs.frozen
class PollPolicy:
    """Tunable numbers of the polling policy (seconds), and the clock and sleeps it uses."""

    fraction: float = 0.8
    """Share of the time left to wait, when it is measured from the progress rate."""
    blind_fraction: float = 0.5
    """Share of the time left to wait, when only `estimated_time` tells it (often wrong)."""
    first_poll: float = 5.0
    """Seconds after a submit before the first poll: no video task is done sooner."""
    short: float = 6.0
    """Time left under which the next poll goes straight to the predicted end."""
    cap: float = 30.0
    """Longest wait between two polls."""
    floor: float = 1.0
    """Shortest wait, and the interval once the predicted end has passed."""
    settle: float = 0.2
    """How long after the predicted end to poll, so the end has surely come."""
    overrun_stretch: float = 0.1
    """Once overdue, the interval grows by this share of the overrun."""
    jitter: float = 0.1
    """Waits longer than a few seconds are shortened by up to this share, to spread load."""
    unknown_estimate: float = 60.0
    """Assumed total when the API gives neither progress nor an estimate."""
    clock: Callable[[], float] = time.time
    """Wall clock, compared with the task's `created` to predict its end (virtual in tests)."""
    sleep: Callable[[float], None] = time.sleep
    """How the sync client sleeps between polls."""
    async_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    """How the async client sleeps between polls."""
    monotonic: Callable[[], float] = attrs.field(
        default=attrs.Factory(_monotonic_default, takes_self=True)
    )
    """Clock of the `wait(timeout=...)` deadline: `time.monotonic`, or `clock` when only a
    custom `clock` is given (so a virtual clock drives both)."""

    def progress_rate(
        self, task: Task, now: float, anchor: tuple[float, int] | None = None
    ) -> float | None:
        """Percent per second, measured over the longest span available, or None.

        `anchor` is (time, progress) of the first poll that showed progress; without one,
        the span starts at `created` (which assumes the clocks agree).
        """
        progress = task.progress or 0
        if not 0 < progress < 100:
            return None
        if anchor is not None and progress > anchor[1] and now > anchor[0]:
            return (progress - anchor[1]) / (now - anchor[0])
        if task.created_at is not None and now > task.created_at.timestamp():
            return progress / (now - task.created_at.timestamp())
        return None

    def next_delay(
        self,
        task: Task,
        now: float,
        anchor: tuple[float, int] | None = None,
        rng: random.Random | None = None,
    ) -> float:
        """Seconds to wait before polling `task` again."""
        rate = self.progress_rate(task, now, anchor)
        if rate:
            # Progress is a whole percent: the true value may be up to 1 point higher,
            # so aim at the earliest end it allows.
            remaining = (100 - (task.progress or 0) - 1) / rate
            fraction = self.fraction
        else:
            started = task.created_at.timestamp() if task.created_at else now
            estimate = task.estimated_time
            remaining = started + (self.unknown_estimate if estimate is None else estimate) - now
            fraction = self.blind_fraction
        if remaining <= 0:
            return min(self.cap, self.floor + -remaining * self.overrun_stretch)
        if remaining <= self.short:
            return remaining + self.settle
        delay = min(self.cap, remaining * fraction)
        if self.jitter:
            delay -= (rng or random).uniform(0.0, delay * self.jitter)
        return max(delay, self.floor)


@attrs.define
class Waiter:
    """The state of one `wait()`: what each observed task means, and how long to sleep."""

    task_id: str
    timeout: float
    policy: PollPolicy = attrs.field(factory=PollPolicy)
    on_progress: Callable[[Task], object] | None = None
    rng: random.Random | None = None
    submitted_at: float | None = None
    started: float = attrs.field(init=False)
    """When the wait began, on the policy's monotonic clock."""
    last: Task | None = attrs.field(init=False, default=None)
    anchor: tuple[float, int] | None = attrs.field(init=False, default=None)
    polls: int = attrs.field(init=False, default=0)
    failures: int = attrs.field(init=False, default=0)
    """Polls in a row that failed (after the sender's own retries)."""
    unreadable: int = attrs.field(init=False, default=0)
    """Polls in a row whose answer could not be read as a task."""

    def __attrs_post_init__(self) -> None:
        self.started = self.policy.monotonic()

    @property
    def deadline(self) -> Deadline:
        """When the wait must be over: every request and sleep is cut to fit."""
        return Deadline(self.started + self.timeout, self.policy.monotonic)

    def clock(self) -> float:
        """The policy's clock."""
        return self.policy.clock()

    @contextlib.contextmanager
    def resumable(self) -> Iterator[None]:
        """Around a wait: if it is interrupted (Ctrl-C, a cancelled task), say how to resume."""
        try:
            yield
        except (KeyboardInterrupt, asyncio.CancelledError):
            logger.warning(
                "waiting for task %s was interrupted; the task keeps running: resume with "
                "`apimart-video wait %s` or client.wait(%r)",
                self.task_id,
                self.task_id,
                self.task_id,
            )
            raise

    def first_delay(self) -> float:
        """Seconds to sleep before the first poll: a task submitted just now is not done."""
        if self.submitted_at is None:
            return 0.0
        wait = self.submitted_at + self.policy.first_poll - self.clock()
        # A submit time ahead of this clock (another host's) cannot stretch the first wait.
        return self._bounded(min(wait, self.policy.first_poll)) if wait > 0 else 0.0

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
        delay = self.policy.next_delay(task, now, self.anchor, self.rng)
        if self.anchor is None and task.progress:
            self.anchor = (now, task.progress)
        return self._bounded(delay)

    def answered(self) -> None:
        """A poll was answered with a readable task: failures in a row start again at 0."""
        self.failures = 0
        self.unreadable = 0

    def transient_failure(self, error: APIMartError) -> float:
        """Seconds to sleep after a poll that failed even after the client's retries.

        An unreadable answer is not transient forever: the `UNREADABLE_LIMIT`-th in a row
        is raised. Others are, until the deadline.
        """
        if isinstance(error, APIResponseValidationError):
            self.unreadable += 1
            if self.unreadable >= UNREADABLE_LIMIT:
                raise error
        self.failures += 1
        delay = doubling(self.policy.floor, self.policy.cap, self.failures)
        return self._bounded(delay)

    def _bounded(self, delay: float) -> float:
        """`delay` cut to the time left; `WaitTimeoutError` once none is left."""
        left = self.deadline.left()
        if left <= 0:
            raise WaitTimeoutError(
                self.task_id,
                waited=self.policy.monotonic() - self.started,
                last_status=self.last.raw_status if self.last else None,
            )
        return min(delay, left)
