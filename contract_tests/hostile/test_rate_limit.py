"""A rate-limited server (issue 12's growth): 429 with an honest `Retry-After` slows the
client but fails nothing and starts no generation twice."""

from __future__ import annotations

import time
import uuid

from apimart_video import RetryPolicy, TaskStatus
from apimart_video.testing import run_server
from apimart_video.testing._ratelimit import RateLimiter
from contract_tests.hostile.conftest import Kind, submit_all, use_client

SUBMITS = 12


class Steps:
    """A clock that moves `step` seconds each time it is read: time passes per request, not
    per wall-clock second, so what the server does no longer depends on how fast it runs."""

    def __init__(self, step: float, start: float = 0.0) -> None:
        self.step = step
        self.now = start

    def __call__(self) -> float:
        self.now += self.step
        return self.now


def test_submits_beyond_the_limit_are_retried_after_the_wait_and_all_succeed(
    kind: Kind,
) -> None:
    keys = [str(uuid.uuid4()) for _ in range(SUBMITS)]
    patient = RetryPolicy(max_retries=20, backoff_initial=0.05, backoff_max=0.5)
    with run_server(rate_limit=5.0) as server:
        # Per request, not per second (a slow machine would stay under 5/s): each submit
        # refills half a token and spends one, so the bucket runs dry by the eleventh.
        server.app.limiter = RateLimiter(5.0, clock=Steps(0.1))
        use_client(kind, server, submit_all(keys), retry_policy=patient)
        stats = server.app.stats_report()
        by_key = server.app.generations_by_key
    assert stats["rate_limited_by_route"].get("submit", 0) > 0, stats
    assert by_key == dict.fromkeys(keys, 1)
    assert stats["generations_started"] == SUBMITS


def test_polls_beyond_the_limit_slow_the_wait_but_it_completes(kind: Kind) -> None:
    with run_server(rate_limit=1.0, clock_speed=10.0, task_seconds=10.0) as server:
        # In real time, a slow machine could let a second pass between polls (or finish the
        # task by the first one) and meet no limit. Per request instead: every other poll
        # meets the 1/s limit, and the 1 s task ends at the fourth poll that gets through.
        server.app.limiter = RateLimiter(1.0, clock=Steps(0.9))
        server.app.store.clock = Steps(0.3, start=time.time())
        task = use_client(
            kind, server, lambda client: client.generate_and_wait(prompt="a fox", timeout=30)
        )
        stats = server.app.stats_report()
    assert task.status == TaskStatus.COMPLETED
    assert stats["rate_limited_by_route"].get("status", 0) > 0, stats
    assert stats["generations_started"] == 1
