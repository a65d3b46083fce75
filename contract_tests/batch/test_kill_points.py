"""Each kill point of a job, made to happen exactly, and what the resume does about it."""

from __future__ import annotations

import contextlib
import sqlite3
import subprocess
from pathlib import Path

import pytest

from apimart_video import AsyncVideoClient, PollPolicy, VideoClient
from apimart_video._download.files import PartRecord, url_identity
from apimart_video._http.retry import RetryPolicy
from apimart_video.batch.downloads import fetch_video, part_path
from apimart_video.batch.journal import JOURNAL_NAME
from apimart_video.testing import FaultConfig, run_server

from .conftest import finish_batch, start_batch, write_jobs

# Batch runs killed and resumed in subprocesses: seconds each.
pytestmark = [pytest.mark.slow, pytest.mark.posix]  # SIGKILL

FAST = PollPolicy(first_poll=0.3, floor=0.05, cap=0.5)


@pytest.mark.parametrize("honour", [True, False])
def test_a_kill_after_the_submit_was_sent_resubmits_with_the_journalled_key(
    tmp_path: Path, honour: bool
) -> None:
    jobs = write_jobs(tmp_path / "jobs.jsonl", [{"id": "only", "prompt": "a fox"}])
    out = tmp_path / "out"
    slow = FaultConfig(rates={"submit": 1.0}, kinds=("slow",), slow_seconds=0.5)
    with run_server(clock_speed=100, honour_idempotency=honour, faults=slow) as server:
        process = start_batch(server, jobs, out)
        # Killed once the server has the request and before it answers.
        while process.poll() is None and server.app.stats.requests_by_route["submit"] == 0:
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=0.005)
        process.kill()
        process.communicate(timeout=30)
        code, summary, _ = finish_batch(server, jobs, out)
        keys = server.app.generations_by_key

    assert code == 0
    assert summary["uncertain_submits"] == 1
    assert len(keys) == 1, "the resume sent the journalled key, not a new one"
    assert sum(keys.values()) <= 1 + summary["uncertain_submits"]
    if honour:
        assert sum(keys.values()) == 1
    assert (out / "only.mp4").exists()


@pytest.mark.parametrize("honour", [True, False])
def test_a_lost_submit_answer_is_counted_uncertain_and_resent_with_its_key(
    tmp_path: Path, honour: bool
) -> None:
    # `drop`: the server starts the generation, then breaks the connection before its answer.
    drops = FaultConfig(rates={"submit": 0.4}, kinds=("drop",), seed=3)
    jobs = [{"id": f"j{n}", "prompt": f"shot {n}"} for n in range(8)]
    with run_server(clock_speed=100, honour_idempotency=honour, faults=drops) as server:
        with VideoClient(server.api_key, base_url=server.base_url, poll_policy=FAST) as client:
            summary = client.batch(jobs, tmp_path)
        keys = server.app.generations_by_key
    assert summary.done == 8
    assert summary.uncertain_submits >= 1
    assert len(keys) == 8, "each job kept one key"
    duplicates = sum(keys.values()) - 8
    assert duplicates == (0 if honour else summary.uncertain_submits)


def test_a_kill_after_the_rename_marks_the_job_done_without_fetching_again(
    tmp_path: Path,
) -> None:
    jobs = [{"id": "a", "prompt": "a fox"}, {"id": "b", "prompt": "a cat"}]
    with run_server(clock_speed=100) as server:
        with VideoClient(server.api_key, base_url=server.base_url, poll_policy=FAST) as client:
            assert client.batch(jobs, tmp_path).done == 2
            # As if killed between the rename and the journal's `done`:
            with sqlite3.connect(tmp_path / JOURNAL_NAME) as db:
                db.execute("UPDATE jobs SET state = 'downloading' WHERE id = 'a'")
            seen = len(server.app.requests)
            summary = client.batch(jobs, tmp_path)
        assert summary.done == 2
        assert server.app.requests[seen:] == [], "the resume sent a request"
        assert server.app.generations_started == 2


def test_a_kill_while_waiting_polls_the_journalled_task_without_submitting(
    tmp_path: Path,
) -> None:
    jobs = [{"id": "a", "prompt": "a fox"}]
    with run_server(clock_speed=100) as server:
        with VideoClient(server.api_key, base_url=server.base_url, poll_policy=FAST) as client:
            task = client.generate(prompt="a fox")
            with sqlite3.connect(tmp_path / "journal.db") as db:
                db.executescript(_schema_from_a_run(tmp_path, client))
                db.execute(
                    "UPDATE jobs SET state = 'running', task_id = ?, submits = 1", (task.task_id,)
                )
            summary = client.batch(jobs, tmp_path / "out", journal=tmp_path / "journal.db")
        assert summary.done == 1
        assert summary.submits == 1
        assert server.app.generations_started == 1, "the resume submitted again"


def _schema_from_a_run(tmp_path: Path, client: VideoClient) -> str:
    """The journal's tables with the job as a budget of 0 leaves it (pending, nothing sent)."""
    journal = tmp_path / "empty.db"
    client.batch(
        [{"id": "a", "prompt": "a fox"}], tmp_path / "out", journal=journal, max_generations=0
    )
    with sqlite3.connect(journal) as db:
        return "\n".join(
            f"{line};" for line in db.iterdump() if not line.startswith(("BEGIN", "COMMIT"))
        )


async def test_a_download_killed_midway_continues_from_the_bytes_on_disk(tmp_path: Path) -> None:
    size = 3_000_000
    with run_server(clock_speed=100, video_size=size) as server:
        with VideoClient(server.api_key, base_url=server.base_url, poll_policy=FAST) as client:
            task = client.generate_and_wait(prompt="a fox")
        video = b"".join(server.app.video(task.task_id).iter_range(0, size - 1))
        target = tmp_path / "fox.mp4"
        assert task.video_url is not None
        etag = f'"{task.task_id}-{size}"'  # what a killed run left: its bytes and their record
        part_path(target).write_bytes(video[:1_234_567])
        record = PartRecord(task.task_id, url_identity(task.video_url), etag, etag, size)
        record.write(part_path(target).with_name(f"{part_path(target).name}.json"))
        async with AsyncVideoClient(server.api_key, base_url=server.base_url) as client:
            fetched = await fetch_video(
                client, task.video_url, target, RetryPolicy(), task_id=task.task_id
            )
        seen = server.app.requests_to("/cdn/")
    assert target.read_bytes() == video
    assert not part_path(target).exists()
    assert [(r.headers.get("range"), r.headers.get("if-range")) for r in seen] == [
        ("bytes=1234567-", etag)
    ]
    assert fetched == size - 1_234_567
