"""SIGKILL a batch at seeded random points, resume it, and count what the server billed.

The batch CLI runs in a subprocess; the reference server runs here, so it outlives every
kill and counts the generations it started, per idempotency key. Every submit is
slowed (answered after 0.3 s, the generation starting even if the client is gone) and
videos are 2 MB, so kills land before, during and after submits, waits and downloads.
"""

from __future__ import annotations

import contextlib
import random
import subprocess
from pathlib import Path

import pytest

from apimart_video.batch.journal import JOURNAL_NAME, Journal, JournalError
from apimart_video.testing import FaultConfig, RunningServer, run_server

from .conftest import finish_batch, prompts, start_batch, write_jobs

# Batch runs killed and resumed in subprocesses: seconds each.
pytestmark = [pytest.mark.slow, pytest.mark.posix]  # SIGKILL

JOBS = 12
VIDEO_SIZE = 2_000_000
STATES = ("submitting", "running", "downloading", "done")


def _states(journal: Path) -> list[str]:
    try:
        return [str(row.state) for row in Journal.read_only(journal)]
    except (JournalError, OSError, ValueError):
        return []  # not created yet, or being created


def _kill_points(rng: random.Random) -> list[str | float]:
    """Where to kill, seeded: once a submit is under way (its key committed, its answer
    not yet journalled), once a task runs or downloads, and after a random delay."""
    points: list[str | float] = [
        "submitting",
        rng.choice(("running", "downloading")),
        rng.uniform(1.0, 3.0),
    ]
    rng.shuffle(points)
    return points


def _kill_at(point: str | float, server: RunningServer, jobs: Path, out: Path) -> str:
    """Start the batch, SIGKILL it at `point` (a journal state or a delay); say where."""
    process = start_batch(server, jobs, out, "--concurrency", "4")
    journal = out / JOURNAL_NAME
    before = _states(journal).count(point) if isinstance(point, str) else 0
    try:
        if isinstance(point, float):
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=point)
        else:
            # Once this run has moved one more job into the state (the resumed ones count
            # from the start).
            while process.poll() is None and _states(journal).count(point) <= before:
                with contextlib.suppress(subprocess.TimeoutExpired):
                    process.wait(timeout=0.01)
    finally:
        process.kill()
        process.communicate(timeout=30)
    seen = _states(journal)
    return ",".join(f"{state}={seen.count(state)}" for state in STATES if state in seen)


@pytest.mark.parametrize(("seed", "honour"), [(11, True), (12, False)])
def test_a_batch_killed_at_random_points_resumes_without_losing_or_doubling(
    tmp_path: Path, seed: int, honour: bool
) -> None:
    rng = random.Random(seed)
    faults = FaultConfig(rates={"submit": 1.0}, kinds=("slow",), slow_seconds=0.3, seed=seed)
    jobs = write_jobs(tmp_path / "jobs.jsonl", prompts(JOBS))
    out = tmp_path / "out"
    with run_server(
        clock_speed=100,
        honour_idempotency=honour,
        faults=faults,
        video_size=VIDEO_SIZE,
    ) as server:
        kill_points = [_kill_at(point, server, jobs, out) for point in _kill_points(rng)]
        code, summary, stderr = finish_batch(server, jobs, out, "--concurrency", "4")
        started = server.app.generations_started
        by_key = server.app.generations_by_key
        # Every job asks the same clip (prompts alone differ), so every task's video is one.
        videos = {
            b"".join(server.app.video(task_id).iter_range(0, VIDEO_SIZE - 1))
            for task_id in server.app.store.tasks
        }
    (video,) = videos

    assert code == 0, (kill_points, stderr)
    assert summary["done"] == JOBS
    names = [f"shot-{n}" if n % 2 else str(n + 1) for n in range(JOBS)]
    for name in names:
        assert (out / f"{name}.mp4").read_bytes() == video, name
    assert not list(out.glob(".*.part")), "a partial download was left behind"
    assert sorted(p.name for p in out.glob("*.mp4")) == sorted(f"{n}.mp4" for n in names)
    if honour:
        assert started == JOBS, kill_points
        assert set(by_key.values()) == {1}
    else:
        # Nothing dedupes here: every extra generation came from a submit the batch reported
        # as uncertain (and resent with its key), never from one it thought had failed.
        assert started - JOBS <= summary["uncertain_submits"], (kill_points, summary)
    # The kill at `submitting` left a submit whose outcome the next run could not know.
    assert summary["uncertain_submits"] >= 1, kill_points
