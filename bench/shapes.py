"""Seeded families of task shapes: how a task's status and progress move until it completes.

A shape answers "what would `GET /v1/tasks/{id}` say at time t" (t in seconds after the
submit), the way the API does: `pending` at 0 % while queued, then `processing` with
progress as a whole percent (never 100 before the end), then `completed`. The kinds are the
ones the polling issue names; every number inside a kind (duration, queue, curve, step
sizes and times, how wrong `estimated_time` is) is drawn from the seed, so a family is broad
and a second seed gives shapes the policy was not tuned on.
"""

from __future__ import annotations

import bisect
import math
import random
from collections.abc import Callable
from typing import Any

import attrs

KINDS = (
    "linear",
    "queued+linear",
    "steps",
    "no progress",
    "concave",
    "convex",
    "constant at 0",
    "constant",
)
ESTIMATES: dict[str, float | None] = {"right": 1.0, "x0.5": 0.5, "x2": 2.0, "absent": None}
SHORTEST, LONGEST = 30.0, 900.0


@attrs.frozen
class Shape:
    """One task: when it completes, what it reports on the way."""

    kind: str
    duration: float
    """Seconds from the submit to completion."""
    queued: float
    """Seconds spent `pending` before processing starts."""
    estimate_kind: str
    estimated_time: int | None
    """What the API reports as `estimated_time` (true duration x factor, or absent)."""
    curve: Callable[[float], float] = attrs.field(repr=False)
    """Share of the work done (0..1) at a share of the processing time (0..1)."""

    def status_at(self, t: float) -> tuple[str, int]:
        """(status, whole-percent progress) at `t` seconds after the submit."""
        if t >= self.duration:
            return "completed", 100
        if t < self.queued:
            return "pending", 0
        share = (t - self.queued) / (self.duration - self.queued)
        return "processing", min(99, math.floor(100 * self.curve(share) + 1e-9))

    def document(self, t: float, task_id: str = "t1", created: int = 0) -> dict[str, Any]:
        """The body of a task-status answer at `t`, as the API shapes it."""
        status, progress = self.status_at(t)
        data: dict[str, Any] = {
            "id": task_id,
            "status": status,
            "progress": progress,
            "created": created,
        }
        if self.estimated_time is not None:
            data["estimated_time"] = self.estimated_time
        if status == "completed":
            data["completed"] = created + math.ceil(self.duration)
            data["actual_time"] = math.ceil(self.duration)
            data["result"] = {"videos": [{"url": ["https://cdn/v.mp4"], "expires_at": 10**10}]}
        return {"code": 200, "data": data}


def _power(exponent: float) -> Callable[[float], float]:
    return lambda share: share**exponent


def _nothing(share: float) -> float:
    return 0.0


def _constant(level: float) -> Callable[[float], float]:
    return lambda share: level


def _steps(rng: random.Random) -> Callable[[float], float]:
    """Jumps of 10-25 points at irregular times; the last jump is the completion itself."""
    levels, level = [], 0
    while True:
        level += rng.randint(10, 25)
        if level >= 100:
            break
        levels.append(level)
    gaps = [rng.uniform(0.3, 1.7) for _ in range(len(levels) + 1)]
    total = sum(gaps)
    times, elapsed = [], 0.0
    for gap in gaps[:-1]:
        elapsed += gap / total
        times.append(elapsed)

    def curve(share: float) -> float:
        passed = bisect.bisect_right(times, share)
        return levels[passed - 1] / 100 if passed else 0.0

    return curve


def shape(kind: str, estimate_kind: str, rng: random.Random) -> Shape:
    """One shape of `kind`, with every free number drawn from `rng`."""
    duration = math.exp(rng.uniform(math.log(SHORTEST), math.log(LONGEST)))
    queued = 0.0
    curve: Callable[[float], float] = _power(1.0)
    if kind == "linear":
        queued = duration * rng.uniform(0.0, 0.03)  # a short hop through the queue
    elif kind == "queued+linear":
        queued = duration * rng.uniform(0.1, 0.6)
    elif kind == "steps":
        queued = duration * rng.choice((0.0, rng.uniform(0.0, 0.3)))
        curve = _steps(rng)
    elif kind == "no progress":
        queued = duration * rng.choice((0.0, rng.uniform(0.0, 0.5)))
        curve = _nothing
    elif kind == "constant at 0":  # `processing` at 0 % from the submit to the end
        curve = _nothing
    elif kind == "constant":  # one level, shown from the start or after a queue, to the end
        queued = duration * rng.choice((0.0, rng.uniform(0.0, 0.5)))
        curve = _constant(rng.randint(1, 99) / 100)
    elif kind == "concave":
        queued = duration * rng.choice((0.0, rng.uniform(0.0, 0.3)))
        curve = _power(rng.uniform(0.3, 0.7))
    elif kind == "convex":
        queued = duration * rng.choice((0.0, rng.uniform(0.0, 0.3)))
        curve = _power(rng.uniform(1.5, 3.0))
    else:
        raise ValueError(f"unknown kind {kind!r}")
    factor = ESTIMATES[estimate_kind]
    estimated = None if factor is None else max(1, round(duration * factor * rng.uniform(0.9, 1.1)))
    return Shape(kind, duration, queued, estimate_kind, estimated, curve)


def family(seed: int, per_cell: int = 8) -> list[Shape]:
    """`per_cell` shapes of every kind x estimate, drawn from `seed`."""
    rng = random.Random(seed)
    return [
        shape(kind, estimate_kind, rng)
        for kind in KINDS
        for estimate_kind in ESTIMATES
        for _ in range(per_cell)
    ]
