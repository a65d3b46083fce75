"""How fast to send: a request rate that adapts to the API's 429s (AIMD, as TCP does).

The rate starts low and grows quickly until the first 429 (slow start), then by about one
request per second each second while the API accepts, and shrinks by a share on each 429,
when no request goes out until `Retry-After` has passed. A rate limit slows a batch; it
never fails a job.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

import attrs

__all__ = ["Pacer"]


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
    slow_start: bool = attrs.field(init=False, default=True)
    throttles: int = attrs.field(init=False, default=0)
    _next: float = attrs.field(init=False, default=0.0)
    _paused_until: float = attrs.field(init=False, default=0.0)

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
        if self.slow_start:
            self.rate = min(self.max_rate, self.rate * self.growth)
        else:
            self.rate = min(self.max_rate, self.rate + 1.0 / self.rate)

    def throttled(self, retry_after: float | None) -> None:
        """A 429: slow down, and send nothing until `Retry-After` (or one interval) passed."""
        self.throttles += 1
        self.slow_start = False
        self.rate = max(self.min_rate, self.rate * self.decrease)
        pause = retry_after if retry_after is not None else 1.0 / self.rate
        self._paused_until = max(self._paused_until, self.clock() + pause)
