"""wait(): polling sequences, terminal states, timeouts, and the adaptive policy."""

from __future__ import annotations

import logging
import math
import random
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
import respx

from apimart_video import (
    PollPolicy,
    Task,
    TaskCancelledError,
    TaskFailedError,
    TaskStatus,
    WaitTimeoutError,
)
from apimart_video._waiting.policy import Trace
from contract_tests.overlay.conftest import (
    BASE,
    CDN_URL,
    SUBMIT,
    TASK_ID,
    Driver,
    VirtualClock,
    submitted,
    task,
)

STATUS = f"{BASE}/v1/tasks/{TASK_ID}"


def answers(*documents: dict[str, Any]) -> list[httpx.Response]:
    return [httpx.Response(200, json=document) for document in documents]


def test_wait_follows_pending_processing_completed(driver: Driver, api: respx.MockRouter) -> None:
    route = api.get(STATUS).mock(
        side_effect=answers(
            task("pending", progress=0, estimated_time=60),
            task("processing", progress=40, estimated_time=60),
            task("processing", progress=80, estimated_time=60),
            task("completed", actual_time=58),
        )
    )
    seen: list[str] = []
    done = driver.run(lambda c: c.wait(TASK_ID, on_progress=lambda t: seen.append(t.raw_status)))
    assert done.status is TaskStatus.COMPLETED
    assert done.video_url == CDN_URL
    assert done.expires_at == datetime(2100, 1, 1, tzinfo=UTC)
    assert seen == ["pending", "processing", "processing", "completed"]
    assert route.call_count == 4


def test_failed_task_raises_with_the_apis_error(driver: Driver, api: respx.MockRouter) -> None:
    api.get(STATUS).mock(
        side_effect=answers(
            task("processing", progress=10),
            task("failed", error={"code": "content_policy_violation", "message": "rejected"}),
        )
    )
    with pytest.raises(TaskFailedError, match="content_policy_violation") as raised:
        driver.run(lambda c: c.wait(TASK_ID))
    assert raised.value.error_code == "content_policy_violation"
    assert raised.value.error_message == "rejected"
    assert raised.value.task_id == TASK_ID


def test_cancelled_task_raises(driver: Driver, api: respx.MockRouter) -> None:
    api.get(STATUS).mock(side_effect=answers(task("pending"), task("cancelled", progress=30)))
    with pytest.raises(TaskCancelledError, match=TASK_ID):
        driver.run(lambda c: c.wait(TASK_ID))


def test_timeout_carries_task_id_last_status_and_the_resume_command(
    driver: Driver, api: respx.MockRouter, clock: VirtualClock
) -> None:
    api.get(STATUS).mock(return_value=httpx.Response(200, json=task("processing", progress=5)))
    with pytest.raises(WaitTimeoutError) as raised:
        driver.run(lambda c: c.wait(TASK_ID, timeout=120))
    assert raised.value.task_id == TASK_ID
    assert raised.value.last_status == "processing"
    assert f"apimart-video wait {TASK_ID}" in str(raised.value)
    assert 120 <= clock.now - 1_763_088_289.0 <= 121


def test_undocumented_status_keeps_waiting_and_warns_once(
    driver: Driver, api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    api.get(STATUS).mock(
        side_effect=answers(task("queued_for_gpu"), task("queued_for_gpu"), task("completed"))
    )
    seen: list[Task] = []
    driver.run(lambda c: c.wait(TASK_ID, on_progress=seen.append))
    assert [t.status for t in seen[:2]] == [TaskStatus.UNKNOWN] * 2
    assert seen[0].raw_status == "queued_for_gpu"
    warnings = [r for r in caplog.records if "queued_for_gpu" in r.getMessage()]
    assert len(warnings) == 1
    assert warnings[0].levelno == logging.WARNING


def test_wait_rides_out_an_outage_longer_than_the_retries(
    driver: Driver, api: respx.MockRouter
) -> None:
    outage = [httpx.Response(503, json={"error": {"message": "down"}})] * 6
    api.get(STATUS).mock(side_effect=[*outage, httpx.Response(200, json=task("completed"))])
    assert driver.run(lambda c: c.wait(TASK_ID), max_retries=1).video_url == CDN_URL


def test_generate_and_wait_submits_once_then_polls(driver: Driver, api: respx.MockRouter) -> None:
    post = api.post(SUBMIT).mock(return_value=httpx.Response(200, json=submitted()))
    api.get(STATUS).mock(side_effect=answers(task("processing", progress=50), task("completed")))
    done = driver.run(lambda c: c.generate_and_wait(prompt="a fox", duration=5))
    assert done.video_urls == (CDN_URL,)
    assert post.call_count == 1


def task_at(progress: int, estimated: float | None, created: float = 0.0) -> Task:
    return Task(
        task_id="t",
        status=TaskStatus.PROCESSING,
        raw_status="processing",
        progress=progress,
        estimated_time=estimated,
        created_at=datetime.fromtimestamp(created, tz=UTC),
    )


def test_policy_polls_rarely_early_and_closely_near_the_end() -> None:
    policy = PollPolicy(jitter=0)
    # No progress yet: the end may come from estimated_time / estimate_spread = 120 s.
    early = policy.next_delay(task_at(0, 300), now=10)
    closer = policy.next_delay(task_at(0, 300), now=115)
    plausible = policy.next_delay(task_at(0, 300), now=119.5)
    assert early == policy.cap
    assert closer == pytest.approx(5 * policy.fraction)
    # Then, with nothing to go by, blind_stretch x sqrt(age x ln(latest / age)) apart:
    # age 120 s (the earliest end), latest 2.5 x 300 = 750 s.
    assert plausible == pytest.approx(policy.blind_stretch * math.sqrt(120 * math.log(750 / 120)))


def test_with_nothing_to_go_by_polls_narrow_as_the_latest_end_nears() -> None:
    """The end is taken as log-uniform between the earliest end and the latest (2.5 x the
    estimate, or twice the age): the likelier per second it comes, the closer the polls."""
    policy = PollPolicy(jitter=0)
    widest, nearer, latest = (policy.next_delay(task_at(0, 300), now=t) for t in (276, 375, 700))
    assert widest > nearer < latest
    assert nearer == pytest.approx(policy.blind_stretch * math.sqrt(375 * math.log(750 / 375)))
    # Past 375 s the task may run `outlive` x its age: the interval grows, up to blind_cap.
    assert latest == pytest.approx(policy.blind_stretch * math.sqrt(700 * math.log(2)))
    assert policy.next_delay(task_at(0, 300), now=30000) == policy.blind_cap


def test_with_nothing_to_go_by_and_no_estimate_polls_are_evenly_spaced() -> None:
    policy = PollPolicy(jitter=0)
    delays = [policy.next_delay(task_at(0, None), now=t) for t in (30, 100, 300, 3000)]
    assert delays == [policy.blind_unknown] * 4


@pytest.mark.parametrize("level", [0, 1, 40, 99])
def test_progress_that_never_moves_is_polled_like_no_progress(level: int) -> None:
    """Stuck at 0 %, or at the one value it jumped to from 0 %: it says nothing of the end."""
    policy = PollPolicy(jitter=0)
    blind = traced(policy, [(float(t), 0) for t in range(10, 200, 10)])
    stuck = traced(policy, [(10.0, 0), *((float(t), level) for t in range(20, 200, 10))])
    assert stuck.forecast is None
    for now in (200.0, 400.0, 900.0):
        delay = policy.next_delay(task_at(level, 100), now, stuck)
        assert delay == policy.next_delay(task_at(0, 100), now, blind)
        assert delay <= policy.blind_cap


def test_a_second_move_is_a_pace_again() -> None:
    policy = PollPolicy(jitter=0)
    moving = traced(policy, [(10.0, 0), (20.0, 40), (30.0, 41)])
    assert moving.forecast is not None


def traced(policy: PollPolicy, polls: list[tuple[float, int]]) -> Trace:
    trace = Trace()
    for now, progress in polls:
        trace.record(progress, now, policy)
    return trace


def test_policy_trusts_the_progress_rate_over_a_wrong_estimate() -> None:
    policy = PollPolicy(jitter=0)
    # The estimate says 10 s (long overdue), but progress rises 1 point a second.
    polls = [(float(t), t - 10) for t in range(20, 61, 10)]
    trace = traced(policy, polls)
    end, _ = policy.earliest_end(task_at(50, 10), 60, trace)
    assert 95 <= end <= 110
    assert policy.next_delay(task_at(50, 10), 60, trace) > 5 * policy.floor


def test_a_jump_after_a_pause_widens_the_window_watched_closely() -> None:
    policy = PollPolicy(jitter=0)
    smooth = traced(policy, [(10, 10), (20, 20), (30, 30), (40, 40)])
    jumpy = traced(policy, [(10, 10), (20, 10), (30, 10), (40, 40)])
    assert smooth.step == 0
    assert jumpy.step == 30
    smooth_end, _ = policy.earliest_end(task_at(40, None), 40, smooth)
    jumpy_end, _ = policy.earliest_end(task_at(40, None), 40, jumpy)
    assert jumpy_end < smooth_end - 30


def test_progress_standing_still_slows_the_rate_and_counts_as_a_miss() -> None:
    policy = PollPolicy(jitter=0)
    moving = traced(policy, [(10, 10), (20, 20), (30, 30)])
    still = traced(policy, [(10, 10), (20, 20), (30, 30), (40, 30), (50, 30)])
    assert moving.miss < 1
    assert still.miss >= 9  # a poll's worth of time without the progress it forecast
    moving_rates, still_rates = moving.rates(policy.recent, 30), still.rates(policy.recent, 50)
    assert moving_rates is not None
    assert still_rates is not None
    assert still_rates[1] < moving_rates[1]


def test_policy_jitter_only_shortens_and_stays_bounded() -> None:
    policy = PollPolicy(jitter=0.1)
    rng = random.Random(1)
    delays = [policy.next_delay(task_at(0, 6000), now=0, rng=rng) for _ in range(200)]
    assert all(0.9 * policy.cap <= d <= policy.cap for d in delays)
    assert len(set(delays)) > 100


def test_a_fresh_submit_is_first_polled_after_first_poll_seconds(
    driver: Driver, api: respx.MockRouter, clock: VirtualClock
) -> None:
    api.post(SUBMIT).mock(return_value=httpx.Response(200, json=submitted()))
    route = api.get(STATUS).mock(return_value=httpx.Response(200, json=task("completed")))
    driver.run(lambda c: c.generate_and_wait(prompt="a fox"))
    assert clock.sleeps[0] == PollPolicy().first_poll
    assert route.call_count == 1


def test_waiting_on_a_task_id_polls_at_once(
    driver: Driver, api: respx.MockRouter, clock: VirtualClock
) -> None:
    api.get(STATUS).mock(return_value=httpx.Response(200, json=task("completed")))
    driver.run(lambda c: c.wait(TASK_ID))
    assert sum(clock.sleeps) == 0


def test_an_interrupted_wait_logs_how_to_resume(
    driver: Driver, api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    def interrupt(request: httpx.Request) -> httpx.Response:
        raise KeyboardInterrupt

    api.get(STATUS).mock(side_effect=interrupt)
    with pytest.raises(KeyboardInterrupt):
        driver.run(lambda c: c.wait(TASK_ID))
    assert f"apimart-video wait {TASK_ID}" in caplog.text
