"""The deadline of a `wait()`: every request and sleep made for it is cut to the time left."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Final

import attrs

__all__ = ["MIN_ATTEMPT", "Deadline", "within"]

MIN_ATTEMPT: Final = 0.25
"""Seconds an attempt gets at least, even at the deadline: enough for a local answer."""


@attrs.frozen
class Deadline:
    """A point in time on a monotonic clock, by which a `wait()` must be over."""

    at: float
    clock: Callable[[], float] = time.monotonic

    def left(self) -> float:
        """Seconds left (negative once passed)."""
        return self.at - self.clock()


def within(deadline: Deadline | None, sleep: float) -> float | None:
    """`sleep` cut so that an attempt still fits before the deadline; None if none fits."""
    if deadline is None:
        return sleep
    room = deadline.left() - MIN_ATTEMPT
    return None if room <= 0 else min(sleep, room)
