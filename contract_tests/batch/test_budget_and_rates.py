"""Money and manners: the budget across resumes, 429s that slow a batch but fail nothing,
one poll schedule, the async face, and `batch status`."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from apimart_video import AsyncVideoClient, PollPolicy, VideoClient
from apimart_video.batch.pacing import Pacer
from apimart_video.cli import main
from apimart_video.testing import FaultConfig, run_server

# Batch runs paced by real rate limits: seconds each.
pytestmark = pytest.mark.slow

FAST = PollPolicy(first_poll=0.3, floor=0.05, cap=0.5)
JOBS = [{"id": f"j{n}", "prompt": f"shot {n}"} for n in range(6)]


def test_a_budget_of_zero_spends_nothing(tmp_path: Path) -> None:
    with run_server(clock_speed=100) as server:
        with VideoClient(server.api_key, base_url=server.base_url, poll_policy=FAST) as client:
            summary = client.batch(JOBS, tmp_path, max_generations=0)
        assert server.app.requests == []
    assert summary.budget_reached
    assert (summary.done, summary.left, summary.submits) == (0, 6, 0)
    assert summary.exit_code == 9


def test_the_budget_holds_across_resumes_of_one_journal(tmp_path: Path) -> None:
    with run_server(clock_speed=100) as server:
        with VideoClient(server.api_key, base_url=server.base_url, poll_policy=FAST) as client:
            first = client.batch(JOBS, tmp_path, max_generations=2, concurrency=4)
            again = client.batch(JOBS, tmp_path, max_generations=2, concurrency=4)
            assert server.app.generations_started == 2
            more = client.batch(JOBS, tmp_path, max_generations=5, concurrency=4)
            assert server.app.generations_started == 5
            rest = client.batch(JOBS, tmp_path)
        assert server.app.generations_started == 6
    assert (first.done, first.left, first.exit_code) == (2, 4, 9)
    assert (again.done, again.submits, again.budget_reached) == (2, 2, True)
    assert (more.done, more.left) == (5, 1)
    assert (rest.done, rest.exit_code, rest.submits) == (6, 0, 6)


def test_a_rate_limited_server_slows_the_batch_and_fails_no_job(tmp_path: Path) -> None:
    with run_server(clock_speed=100, rate_limit=4.0) as server:
        with VideoClient(server.api_key, base_url=server.base_url, poll_policy=FAST) as client:
            summary = client.batch(
                [{"prompt": f"shot {n}"} for n in range(16)], tmp_path, concurrency=16
            )
        stats = server.app.stats_report()
    assert summary.done == 16
    assert summary.failed == 0
    assert stats["rate_limited_by_route"].get("submit", 0) >= 1, stats
    assert summary.rate_limited == stats["rate_limited"]
    assert stats["generations_started"] == 16


def test_injected_429s_with_retry_after_are_waited_out(tmp_path: Path) -> None:
    faults = FaultConfig(
        rates={"submit": 0.5, "status": 0.3}, kinds=("rate_limit",), retry_after=0, seed=5
    )
    with run_server(clock_speed=100, faults=faults) as server:
        with VideoClient(server.api_key, base_url=server.base_url, poll_policy=FAST) as client:
            summary = client.batch(JOBS, tmp_path)
        assert server.app.generations_started == 6
    assert summary.done == 6
    assert summary.rate_limited >= 1


def test_the_pacer_halves_on_a_429_and_waits_the_retry_after() -> None:
    now = [100.0]
    pacer = Pacer(rate=10.0, clock=lambda: now[0])
    assert pacer.take() == 0.0
    assert pacer.take() > 0  # the next slot is 0.1 s away
    pacer.throttled(2.0)
    assert pacer.rate == 8.5
    now[0] += 1.0
    assert pacer.take() == 1.0  # still inside Retry-After
    now[0] += 1.0
    assert pacer.take() == 0.0
    before = pacer.rate
    pacer.accepted()
    assert before < pacer.rate < before + 1  # additive once a 429 was met


def test_the_pacer_caps_a_day_long_retry_after() -> None:
    now = [100.0]
    pacer = Pacer(rate=10.0, clock=lambda: now[0], retry_after_max=60.0)
    pacer.throttled(86400.0)
    assert pacer.take() == 60.0
    now[0] += 60.0
    assert pacer.take() == 0.0


def test_the_pacer_sees_a_limit_that_never_lifts_by_time_or_by_count() -> None:
    now = [100.0]
    pacer = Pacer(clock=lambda: now[0])
    assert not pacer.refusing(patience=10.0, attempts=3)
    pacer.throttled(0.0)
    now[0] += 9.9
    assert not pacer.refusing(patience=10.0, attempts=3)
    now[0] += 0.1
    assert pacer.refusing(patience=10.0, attempts=3)  # refused for 10 s
    pacer.accepted()
    assert not pacer.refusing(patience=10.0, attempts=3)  # one accepted request starts again
    for _ in range(3):
        pacer.throttled(0.0)
    assert pacer.refusing(patience=10.0, attempts=3)  # refused 3 times in a row


def test_polls_of_every_task_share_one_bounded_schedule(tmp_path: Path) -> None:
    jobs = [{"prompt": f"shot {n}"} for n in range(12)]
    # The server allows 5 polls a second in all; 12 tasks in flight polled by 12 loops
    # would exceed it at once. One schedule at 4 a second never meets a 429 on polls.
    with run_server(clock_speed=100, rate_limit=5.0) as server:
        with VideoClient(server.api_key, base_url=server.base_url, poll_policy=FAST) as client:
            summary = client.batch(jobs, tmp_path, concurrency=12, max_poll_rate=4.0)
        stats = server.app.stats_report()
    assert summary.done == 12
    assert stats["requests_by_route"]["status"] >= 12
    assert stats["rate_limited_by_route"].get("status", 0) == 0, stats


async def test_the_async_client_runs_the_same_batch(tmp_path: Path) -> None:
    with run_server(clock_speed=100) as server:
        async with AsyncVideoClient(
            server.api_key, base_url=server.base_url, poll_policy=FAST
        ) as client:
            summary = await client.batch(JOBS[:3], tmp_path)
    assert summary.done == 3
    assert _videos(tmp_path) == ["j0.mp4", "j1.mp4", "j2.mp4"]


def _videos(directory: Path) -> list[str]:
    return sorted(path.name for path in directory.glob("*.mp4"))


def test_batch_status_shows_counts_and_rows(tmp_path: Path) -> None:
    with (
        run_server(clock_speed=100) as server,
        VideoClient(server.api_key, base_url=server.base_url, poll_policy=FAST) as client,
    ):
        client.batch(JOBS, tmp_path, max_generations=4)
    out = io.StringIO()
    assert main(["batch", "status", str(tmp_path), "--json"], out=out, err=io.StringIO()) == 0
    document = json.loads(out.getvalue())
    assert document["counts"] == {"done": 4, "pending": 2}
    assert [row["id"] for row in document["jobs"]] == [f"j{n}" for n in range(6)]
    text = io.StringIO()
    assert main(["batch", "status", str(tmp_path)], out=text, err=io.StringIO()) == 0
    assert text.getvalue().startswith("6 jobs: done=4  pending=2")
