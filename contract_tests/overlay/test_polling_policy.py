"""The polling policy's worst case, as a property over task shapes, on a virtual clock.

Whatever the shape's numbers, `wait()` notices the end at most `bound(policy)` seconds
after it: once the end is plausible the policy waits at most `floor` (with a forecast) or
`blind_cap` (with nothing to go by), and its learnt margins must put it in that regime
before the end comes. No wall clock is involved: the `Waiter` is driven as the clients
drive it.
"""

from __future__ import annotations

import math
import random
from datetime import UTC, datetime

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from apimart_video import PollPolicy, Task, TaskStatus
from apimart_video._waiting.policy import Waiter
from bench.shapes import ESTIMATES, KINDS, Shape, shape

EPOCH = 1_763_000_000.37


def bound(policy: PollPolicy) -> float:
    """The longest a task may have ended before `wait()` sees it: once the end is plausible,
    no wait is longer than `floor` (with a forecast) or `blind_cap` (with nothing to go by)."""
    return max(policy.floor, policy.blind_cap)


def drive(task_shape: Shape, policy: PollPolicy, seed: int) -> tuple[int, float]:
    """(polls, detection delay) of one wait on a fresh submit."""
    now = EPOCH

    def clock() -> float:
        return now

    policy = attrs.evolve(policy, clock=clock)
    timeout = 20 * task_shape.duration + 600
    waiter = Waiter("t", timeout, policy, rng=random.Random(seed), submitted_at=EPOCH)
    now += waiter.first_delay()
    polls = 0
    while True:
        status, progress = task_shape.status_at(now - EPOCH)
        polls += 1
        seen = Task(
            task_id="t",
            status=TaskStatus.parse(status),
            raw_status=status,
            progress=progress,
            created_at=datetime.fromtimestamp(math.floor(EPOCH), tz=UTC),
            estimated_time=task_shape.estimated_time,
        )
        delay = waiter.observe(seen)
        if delay is None:
            return polls, now - EPOCH - task_shape.duration
        now += delay


shapes = st.builds(
    shape,
    st.sampled_from(KINDS),
    st.sampled_from(sorted(ESTIMATES)),
    st.integers(0, 2**32).map(random.Random),
)


@settings(max_examples=300, deadline=None)
@given(shapes, st.integers(0, 1000))
def test_the_end_is_noticed_within_the_bound(task_shape: Shape, seed: int) -> None:
    policy = PollPolicy()
    polls, delay = drive(task_shape, policy, seed)
    assert 0 <= delay <= bound(policy), (task_shape, polls)


@settings(max_examples=100, deadline=None)
@given(shapes, st.integers(0, 1000))
def test_the_bound_follows_the_knobs(task_shape: Shape, seed: int) -> None:
    policy = PollPolicy(floor=0.5, blind_cap=2.0)
    _, delay = drive(task_shape, policy, seed)
    assert delay <= bound(policy)


@pytest.mark.parametrize("kind", ["linear", "steps", "no progress", "constant at 0", "constant"])
def test_a_long_task_costs_a_fraction_of_a_one_second_poller(kind: str) -> None:
    task_shape = attrs.evolve(shape(kind, "absent", random.Random(3)), duration=600.0)
    polls, _ = drive(task_shape, PollPolicy(), seed=0)
    assert polls <= 0.5 * task_shape.duration


@pytest.mark.parametrize(
    ("shape_seed", "seed"),
    [(3648336315, 152), (3853930551, 316), (3505384470, 438), (2532269400, 207), (12334406, 450)],
)
def test_jumps_seen_by_sparse_polls_are_still_steps(shape_seed: int, seed: int) -> None:
    """Steps whose jumps each fell between two polls that both moved, under an estimate twice
    too long: once found by the property above (6.8 s late). The level that stands still
    after a jump shows the step."""
    task_shape = shape("steps", "x2", random.Random(shape_seed))
    _, delay = drive(task_shape, PollPolicy(), seed)
    assert 0 <= delay <= bound(PollPolicy())
