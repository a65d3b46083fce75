"""How long to wait before trying again, written once.

`backoff` is the one formula (full jitter under `doubling`) for API calls, downloads and a
batch's resent submits; `doubling` alone paces polls after a failure; `capped_retry_after`
is the one cap on a server's `Retry-After` (the sender, a batch's pacing and its poll
schedule use it); `TRANSIENT_ERRORS` is the one set of API errors a poll tries again.
"""

from __future__ import annotations

import random
import time
from collections.abc import Awaitable, Callable
from typing import Final

import attrs

from apimart_video._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    InternalServerError,
    RateLimitError,
)

__all__ = [
    "RETRY_AFTER_MAX",
    "TRANSIENT_ERRORS",
    "RetryPolicy",
    "asyncio_sleep",
    "backoff",
    "capped_retry_after",
    "doubling",
]

RETRY_AFTER_MAX: Final = 60.0
"""Seconds a server's `Retry-After` is honoured at most, wherever it is read."""

TRANSIENT_ERRORS: Final = (
    APIConnectionError,
    InternalServerError,
    RateLimitError,
    APIResponseValidationError,
)
"""API errors a poll is tried again after: the task may be fine, the answer was not."""


def capped_retry_after(seconds: float | None, maximum: float = RETRY_AFTER_MAX) -> float | None:
    """The one cap on a server's `Retry-After`: the sender, batch pacing and poller all use it."""
    if seconds is None:
        return None
    return min(max(seconds, 0.0), maximum)


async def asyncio_sleep(seconds: float) -> None:
    """`asyncio.sleep`, imported once awaited: `import apimart_video` does not load asyncio."""
    import asyncio

    await asyncio.sleep(seconds)


@attrs.frozen
class RetryPolicy:
    """How many times and how long to retry; see the module docstring for when."""

    max_retries: int = 3
    backoff_initial: float = 0.5
    backoff_max: float = 8.0
    retry_after_max: float = RETRY_AFTER_MAX
    sleep: Callable[[float], None] = time.sleep
    async_sleep: Callable[[float], Awaitable[None]] = asyncio_sleep
    jitter: Callable[[float, float], float] = random.uniform
    """Picks a wait in [0, ceiling] (full jitter); tests pass `lambda low, high: high`."""
    retry_time_max: float = 120.0
    """Seconds after a request's first attempt past which no retry starts (the time bound
    beside `max_retries`; a retry whose wait would end later is not made)."""
    in_progress_retries: int = 5
    """Resends of a submit answered 409 `idempotency_in_progress` (counted apart from
    `max_retries`: the API asked for them, and nothing new can be billed)."""
    clock: Callable[[], float] = time.monotonic
    """Measures `retry_time_max`."""


def doubling(initial: float, maximum: float, attempt: int) -> float:
    """The one backoff formula: `initial` doubled at each attempt (1 for the first), capped."""
    return min(maximum, initial * 2.0 ** min(max(attempt, 1) - 1, 64))


def backoff(policy: RetryPolicy, attempt: int, retry_after: float | None = None) -> float:
    """Seconds before retry number `attempt` (1 for the first): `Retry-After`, else backoff."""
    capped = capped_retry_after(retry_after, policy.retry_after_max)
    if capped is not None:
        return capped
    ceiling = doubling(policy.backoff_initial, policy.backoff_max, attempt)
    picked: float = policy.jitter(0.0, ceiling)
    return min(max(picked, 0.0), ceiling)
