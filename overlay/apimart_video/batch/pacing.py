"""How fast to send: a request rate that adapts to the API's 429s (AIMD, as TCP does).

The rate starts low and grows quickly until the first 429 (slow start), then by about one
request per second each second while the API accepts, and shrinks by a share on each 429,
when no request goes out until `Retry-After` has passed (capped by `capped_retry_after`,
as everywhere). A rate limit slows a batch; it never fails a job. A limit that never lifts
is seen by `refusing()`: every request refused for `patience` seconds, or `attempts` times
in a row, and the batch leaves its jobs for a later run.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

import attrs

from apimart_video._http.retry import RETRY_AFTER_MAX, capped_retry_after

__all__ = ["RATE_LIMIT_ATTEMPTS", "RATE_LIMIT_PATIENCE", "Pacer"]

RATE_LIMIT_PATIENCE = 600.0
"""Seconds of nothing but 429s after which a batch stops asking and leaves its jobs."""
RATE_LIMIT_ATTEMPTS = 100
"""429s in a row after which a batch stops asking, however short the waits were."""


@attrs.define
class Pacer:
    """Spaces requests `1 / rate` seconds apart; `accepted` and `throttled` adapt the rate."""

    rate: float = 10.0
    """Requests per second now."""
    max_rate: float = 100.0
    min_rate: float = 0.2
    decrease: float = 0.85
    """Share of the rate kept after a 429."""
    growth: float = 1.05
    """Factor per accepted request before the first 429 (slow start)."""
    clock: Callable[[], float] = time.monotonic
    retry_after_max: float = RETRY_AFTER_MAX
    """The longest `Retry-After` honoured (a day-long one would pause a batch for a day)."""
    slow_start: bool = attrs.field(init=False, default=True)
    throttles: int = attrs.field(init=False, default=0)
    _next: float = attrs.field(init=False, default=0.0)
    _paused_until: float = attrs.field(init=False, default=0.0)
    _refused_since: float | None = attrs.field(init=False, default=None)
    _refused_in_a_row: int = attrs.field(init=False, default=0)

    def take(self) -> float:
        """Take the next slot and return 0, or return the seconds until one is free."""
        now = self.clock()
        start = max(self._next, self._paused_until)
        if start > now:
            return start - now
        self._next = max(now, self._next) + 1.0 / self.rate
        return 0.0

    async def wait(self) -> None:
        """Wait for a slot (checked again after each sleep: a 429 may push it back)."""
        while (delay := self.take()) > 0:  # noqa: ASYNC110 - waiting for a time, not an event
            await asyncio.sleep(delay)

    def accepted(self) -> None:
        """The API took a request: go a little faster."""
        self._refused_since, self._refused_in_a_row = None, 0
        if self.slow_start:
            self.rate = min(self.max_rate, self.rate * self.growth)
        else:
            self.rate = min(self.max_rate, self.rate + 1.0 / self.rate)

    def throttled(self, retry_after: float | None) -> None:
        """A 429: slow down, and send nothing until `Retry-After` (or one interval) passed."""
        self.throttles += 1
        self._refused_in_a_row += 1
        if self._refused_since is None:
            self._refused_since = self.clock()
        self.slow_start = False
        self.rate = max(self.min_rate, self.rate * self.decrease)
        capped = capped_retry_after(retry_after, self.retry_after_max)
        pause = capped if capped is not None else 1.0 / self.rate
        self._paused_until = max(self._paused_until, self.clock() + pause)

    def refusing(
        self, patience: float = RATE_LIMIT_PATIENCE, attempts: int = RATE_LIMIT_ATTEMPTS
    ) -> bool:
        """Whether every request since the last accepted one was refused, for `patience`
        seconds or `attempts` times in a row: the limit is not lifting."""
        if self._refused_since is None:
            return False
        waited = self.clock() - self._refused_since
        return waited >= patience or self._refused_in_a_row >= attempts
