"""When to ask again: the adaptive polling policy and the waiting state, with no I/O.

The sync and async clients (and anything else that waits) drive one `Waiter` per task with
their own sleep and request; this module decides everything else, so no two ways of waiting
can behave differently.

The policy polls rarely while the end is surely far, and every `floor` seconds once it may
come at any moment. It learns, on each task, when that moment can be:

- the pace: the fastest rate the whole percents allow, measured up to now over the recent
  levels and over the whole history (so a curve that bends is followed, and progress that
  stands still slows it down);
- its own misses: each poll checks what the last forecast said progress would be by now;
  the miss, in seconds, is kept as a margin (fading as new levels come);
- the size of jumps: a rise after progress stood still for a poll, or to a level that then
  stands still for one, is a step; the time the
  steps left may take varies, so the margin grows with sqrt(steps left) steps' time;
- before progress shows a pace, `estimated_time`, assumed wrong by up to `estimate_spread`
  either way. Progress that does not move (0 % all along, or one jump out of 0 % to a value
  held from then on) shows no pace: it counts as no progress. Once past the earliest end
  the estimate allows, with nothing to go by, the end is taken as log-uniform between that
  earliest and the latest end (what the estimate allows, or `outlive` x the task's age),
  and polls are spaced as 1 / sqrt(the chance per second that it ends now):
  `blind_stretch` x sqrt(age x ln(latest / age)), from `floor` up to `blind_cap`. With no
  estimate at all, every `blind_unknown` seconds.

Between polls it waits `fraction` of the time to the earliest plausible end (capped, and
never further ahead than `fraction` of the span its rate was measured over).
"""

from __future__ import annotations

import contextlib
import logging
import math
import random
import sys
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
from apimart_video._http.deadline import Deadline
from apimart_video._http.retry import asyncio_sleep, doubling
from apimart_video._types import Task, TaskStatus

__all__ = ["UNREADABLE_LIMIT", "PollPolicy", "Trace", "Waiter"]

UNREADABLE_LIMIT = 3
"""Unreadable task answers in a row after which `wait()` gives up with the last one's error."""


def _monotonic_default(policy: PollPolicy) -> Callable[[], float]:
    # A virtual `clock` given alone (tests, benchmarks) drives the deadline too.
    return time.monotonic if policy.clock is time.time else policy.clock


logger = logging.getLogger("apimart_video")


@attrs.define
class Trace:
    """What one task has shown so far: the memory the policy learns from."""

    levels: list[tuple[float, int]] = attrs.field(factory=list)
    """(time, progress) of each progress level seen, oldest first. The time is when the level
    was first seen, except for the first level at 0 %: the last time 0 % was seen, since
    progress started after it."""
    miss: float = 0.0
    """Seconds by which the rate forecast has missed lately (fading)."""
    step: float = 0.0
    """The largest jump seen, in points: a rise after progress stood still for a poll or
    more, or a rise to a level that then stands still for a poll (a rise between polls
    that each moved is the pace, not a step; a rise out of 0 % follows a start at an
    unknown time). Sparse polls may see every jump as a rise between moving polls: the
    level standing still afterwards is what shows the jump."""
    still: int = 0
    """Polls in a row that showed the current level."""
    forecast: tuple[float, float, int] | None = None
    """(rate, time, progress) behind the forecast made at the last poll."""

    def record(self, progress: int, now: float, policy: PollPolicy) -> None:
        """Take a poll's progress: learn how far the last forecast missed, note new levels."""
        progress = min(max(progress, 0), 99)  # 100 % before `completed`: the end is due
        fresh = not self.levels or progress > self.levels[-1][1]
        miss = self.miss * policy.memory if fresh else self.miss
        if self.forecast is not None:
            rate, since, level = self.forecast
            expected = min(99.0, level + rate * (now - since))
            miss = max(miss, abs(progress - expected) / rate)
        self.miss = miss
        if fresh:
            if self.levels and self.levels[-1][1] > 0 and self.still > 1:
                self.step = max(progress - self.levels[-1][1], self.step)
            self.levels.append((now, progress))
            self.still = 1
        else:
            self.still += 1
            if self.still == 2 and len(self.levels) > 1 and self.levels[-2][1] > 0:
                # A level that stands still was reached by a jump: a step, however the
                # polls before it fell.
                self.step = max(self.levels[-1][1] - self.levels[-2][1], self.step)
        if not fresh and progress == 0 and len(self.levels) == 1:
            self.levels[0] = (now, 0)
        rates = self.rates(policy.recent, now)
        self.forecast = None if rates is None else (rates[0], now, self.levels[-1][1])

    def moved(self) -> bool:
        """Whether progress has shown a pace: a rise from a level seen before it began.

        The first rise out of 0 % is not one (it began at an unknown time): progress that
        stands still, at 0 % or at the one value it jumped to, says nothing about the end.
        """
        return len(self.levels) > 2 or (len(self.levels) == 2 and self.levels[0][1] > 0)

    def rates(self, recent: float, now: float) -> tuple[float, float, float] | None:
        """(likely rate, fastest rate, span): percent per second up to `now`, and the
        seconds between the levels they rest on; None before progress has moved.

        Measured over the recent levels and over the whole history; the faster of the two
        is kept, so a curve that speeds up and steps that came slowly of late both count.
        Up to `now`, so that progress standing still slows them down.
        """
        if not self.moved():
            return None
        last_time, last = self.levels[-1]
        first_time, first = self.levels[0]
        horizon = now - recent * (now - first_time)
        since, level = next(
            (seen for seen in self.levels[:-1] if seen[0] >= horizon), self.levels[-2]
        )
        if now <= since:
            return None
        likely = max((last - level) / (now - since), (last - first) / (now - first_time))
        fastest = max((last - level + 1) / (now - since), (last - first + 1) / (now - first_time))
        return likely, fastest, last_time - since


def _interruptions() -> tuple[type[BaseException], ...]:
    """Ctrl-C, and asyncio's CancelledError once asyncio is loaded (an async wait loads it)."""
    asyncio = sys.modules.get("asyncio")
    return (KeyboardInterrupt,) if asyncio is None else (KeyboardInterrupt, asyncio.CancelledError)


@attrs.frozen
class PollPolicy:
    """Tunable numbers of the polling policy (seconds), and the clock and sleeps it uses."""

    first_poll: float = 5.0
    """Seconds after a submit before the first poll: no video task is done sooner."""
    floor: float = 1.25
    """Shortest wait, and the interval while the end may come at any moment: the mean delay
    in noticing the end is about half of it."""
    cap: float = 30.0
    """Longest wait between two polls, whatever else says."""
    fraction: float = 0.6
    """Share of the time to the earliest plausible end to wait before the next poll; also
    how far ahead of now a rate is trusted, as a share of the span it was measured over."""
    recent: float = 0.5
    """Share of the progress history (by time) the rate is measured over: the recent part,
    so that a curve that bends is followed."""
    memory: float = 0.8
    """How much of the forecast miss learnt so far is kept when a new level comes."""
    margin: float = 1.5
    """The safety margin before the forecast end, as a multiple of the doubt learnt: the
    forecast miss, or the spread of the time the steps left may take."""
    estimate_spread: float = 2.5
    """`estimated_time` is assumed wrong by up to this factor either way: before progress
    moves, the end may come from `created + estimated_time / estimate_spread`."""
    blind_stretch: float = 0.15
    """With no progress to go by (none, or progress that stands still) but an
    `estimated_time`, once the end is plausible the interval is this x sqrt(age x ln(latest /
    age)), age being the seconds since `created` (at least the earliest end) and latest the
    latest end: `estimate_spread` x `estimated_time`, or `outlive` x age if later. That is
    1 / sqrt(the hazard) of an end spread log-uniformly between the earliest and the latest
    end, the spacing that buys the lowest mean delay for a number of requests (Keller's
    checking rule): across tasks, a long task, whose requests are many, affords a longer
    interval; within one, the interval narrows where the end is likelier per second..."""
    blind_unknown: float = 3.0
    """...with no `estimated_time` either, the interval in seconds once past the earliest end
    `unknown_estimate` allows: nothing says when the end is likelier, so polls are evenly
    spaced..."""
    blind_cap: float = 5.0
    """...and never more than this: the worst delay in noticing the end of a task that shows
    nothing."""
    outlive: float = 2.0
    """A task is assumed able to run up to this many times its age, whatever its estimate:
    one that outlives its estimate is not polled ever closer."""
    unknown_estimate: float = 60.0
    """Assumed total when the API gives no estimate."""
    jitter: float = 0.1
    """Waits longer than `floor` are shortened by up to this share, to spread load."""
    clock: Callable[[], float] = time.time
    """Wall clock, compared with the task's `created` to predict its end (virtual in tests)."""
    sleep: Callable[[float], None] = time.sleep
    """How the sync client sleeps between polls."""
    async_sleep: Callable[[float], Awaitable[None]] = asyncio_sleep
    """How the async client sleeps between polls."""
    monotonic: Callable[[], float] = attrs.field(
        default=attrs.Factory(_monotonic_default, takes_self=True)
    )
    """Clock of the `wait(timeout=...)` deadline: `time.monotonic`, or `clock` when only a
    custom `clock` is given (so a virtual clock drives both)."""

    def earliest_end(self, task: Task, now: float, trace: Trace) -> tuple[float, float]:
        """(the earliest time the task may plausibly complete, the longest wait the
        evidence behind it allows), from what `trace` has learnt."""
        rates = trace.rates(self.recent, now)
        if rates is not None:
            likely, fastest, span = rates
            level = trace.levels[-1][1]
            # The true progress may be up to a point above the whole percent shown.
            # The end may come as much earlier as the forecast has missed; with jumps,
            # as early as irregular jumps allow: the spread of the time the k jumps left
            # take grows as sqrt(k) jumps' time (k = points left / jump size).
            doubt = max(trace.miss, math.sqrt(trace.step * (99 - level)) / likely)
            end = now + (99 - level) / fastest - self.margin * doubt
            # A rate is not extrapolated further ahead than it was measured over.
            return end, max(self.fraction * span, self.floor)
        started = task.created_at.timestamp() if task.created_at else now
        estimate = task.estimated_time
        total = self.unknown_estimate if estimate is None else estimate
        return started + total / self.estimate_spread, self.cap

    def next_delay(
        self,
        task: Task,
        now: float,
        trace: Trace | None = None,
        rng: random.Random | None = None,
    ) -> float:
        """Seconds to wait before polling `task` again."""
        if trace is None:
            trace = Trace()
            trace.record(task.progress or 0, now, self)
        end, longest = self.earliest_end(task, now, trace)
        gap = end - now
        shortest = self.floor if trace.forecast is not None else self.blind_interval(task, now)
        if gap <= shortest:
            return shortest
        delay = min(self.cap, longest, self.fraction * gap)
        if self.jitter:
            delay -= (rng or random).uniform(0.0, delay * self.jitter)
        return max(delay, shortest)

    def blind_interval(self, task: Task, now: float) -> float:
        """The interval once the end is plausible and progress tells nothing of it."""
        estimate = task.estimated_time
        if estimate is None or estimate <= 0:
            interval = self.blind_unknown
        else:
            age = now - task.created_at.timestamp() if task.created_at is not None else 0.0
            age = max(age, estimate / self.estimate_spread)
            latest = max(estimate * self.estimate_spread, self.outlive * age)
            interval = self.blind_stretch * math.sqrt(age * math.log(max(latest / age, 1.0)))
        return min(self.cap, self.blind_cap, max(self.floor, interval))


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
    trace: Trace = attrs.field(init=False, factory=Trace)
    """What this task has shown so far: the policy learns from it."""
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
        except _interruptions():
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
        if self.on_progress is not None:
            self.on_progress(task)
        if task.status is TaskStatus.COMPLETED:
            return None
        if task.status is TaskStatus.FAILED:
            raise TaskFailedError(task)
        if task.status is TaskStatus.CANCELLED:
            raise TaskCancelledError(task)
        now = self.clock()
        self.trace.record(task.progress or 0, now, self.policy)
        return self._bounded(self.policy.next_delay(task, now, self.trace, self.rng))

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
