"""A rate limit for the reference server (outside the API's spec): one token bucket per
operation, shared by every client, so tests and benchmarks can meet 429s as a busy API
would send them."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

import attrs


@attrs.define
class TokenBucket:
    """`rate` tokens a second, holding at most `capacity` (one second's worth, at least 1)."""

    rate: float
    clock: Callable[[], float] = time.monotonic
    capacity: float = attrs.field(init=False)
    tokens: float = attrs.field(init=False)
    updated: float = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        self.capacity = max(1.0, self.rate)
        self.tokens = self.capacity
        self.updated = self.clock()

    def take(self) -> float | None:
        """Take a token: None when one was there, else the seconds until there is one."""
        now = self.clock()
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            return None
        return (1.0 - self.tokens) / self.rate


class RateLimiter:
    """A bucket per limited operation; operations it does not limit always pass."""

    LIMITED = ("submit", "status")

    def __init__(self, rate: float | None, clock: Callable[[], float] = time.monotonic) -> None:
        self.buckets = (
            {operation: TokenBucket(rate, clock) for operation in self.LIMITED} if rate else {}
        )

    def check(self, operation: str) -> float | None:
        """None when the request may go on, else the honest wait before a retry succeeds."""
        bucket = self.buckets.get(operation)
        return None if bucket is None else bucket.take()


def retry_after_header(wait: float) -> str:
    """The wait in seconds, rounded up to the millisecond.

    RFC 9110 writes `Retry-After` in whole seconds; rounding a 50 ms wait up to 1 s would
    make a limit of 20/s look like 1/s to a client that honours it, so the exact decimal
    is sent (the client parses any non-negative number).
    """
    millis = max(1, math.ceil(wait * 1000))
    return f"{millis / 1000:.3f}".rstrip("0").rstrip(".")
