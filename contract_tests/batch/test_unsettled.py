"""No paid task dropped on one answer, against a real reference server: a 4xx after an
uncertain submit leaves the job uncertain (and `batch status` says how to settle it), a task
id "not found" is polled again within the grace and kept as lost after it, and a 429 that
never ends leaves jobs for a later run (exit code 9) instead of looping or failing them."""

from __future__ import annotations

import contextlib
import io
import json
import math
import shlex
import sqlite3
import time
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest

from apimart_video import PollPolicy, RetryPolicy, VideoClient
from apimart_video.batch.jobs import read_jobs
from apimart_video.batch.journal import JobState, Journal, JournalRow
from apimart_video.batch.runner import Batch, rows_of
from apimart_video.cli.batch_commands import settle_command
from apimart_video.cli.commands import main, parse_args
from apimart_video.cli.generate_command import fields
from apimart_video.testing import FaultConfig, RunningServer, run_server

pytestmark = pytest.mark.slow

FAST = PollPolicy(first_poll=0.3, floor=0.05, cap=0.5)
QUICK = RetryPolicy(max_retries=2, backoff_initial=0.01, backoff_max=0.05, retry_after_max=0.1)
JOBS: list[dict[str, Any]] = [
    {"id": f"j{n}", "prompt": f"shot {n}", "duration": 2 + n} for n in range(3)
]


def client_for(server: RunningServer) -> VideoClient:
    return VideoClient(
        server.api_key, base_url=server.base_url, poll_policy=FAST, retry_policy=QUICK
    )


def reconfigure(server: RunningServer, **changes: Any) -> None:
    """Change how the running server answers from now on."""
    server.app.config = attrs.evolve(server.app.config, **changes)


RESEND_ERRORS = [
    (409, "idempotency_in_progress"),
    (409, "idempotency_result_indeterminate"),
    (409, "idempotency_key_reused"),
    (400, "invalid_request"),
    (404, "not_found"),
    (422, "unprocessable"),
]


@pytest.mark.parametrize(("status", "code"), RESEND_ERRORS)
def test_a_4xx_on_the_resend_after_a_lost_answer_leaves_the_job_uncertain_not_failed(
    tmp_path: Path, status: int, code: str
) -> None:
    with run_server(
        clock_speed=100, lose_first_submit_answer=True, resend_error=(status, code)
    ) as server:
        with client_for(server) as client:
            summary = client.batch(JOBS, tmp_path)
        assert server.app.generations_started == 3
        rows = {row.id: row for row in rows_of(tmp_path)}
    assert summary.failed == 0
    assert summary.counts == {JobState.UNCERTAIN: 3}
    assert (summary.left, summary.exit_code) == (3, 9)
    for job in JOBS:
        row = rows[job["id"]]
        assert row.state is JobState.UNCERTAIN
        assert row.idempotency_key is not None
        assert row.uncertain >= 1
        assert row.error is not None
        assert code in row.error, row.error
        assert code in summary.unsettled[job["id"]]


def test_a_rerun_settles_an_uncertain_job_with_its_key_and_starts_no_second_generation(
    tmp_path: Path,
) -> None:
    with run_server(
        clock_speed=100,
        lose_first_submit_answer=True,
        resend_error=(409, "idempotency_result_indeterminate"),
    ) as server:
        with client_for(server) as client:
            first = client.batch(JOBS, tmp_path)
            reconfigure(server, resend_error=None)
            again = client.batch(JOBS, tmp_path)
        assert server.app.generations_started == 3
        assert set(server.app.generations_by_key.values()) == {1}
    assert first.counts == {JobState.UNCERTAIN: 3}
    assert (again.done, again.failed, again.exit_code) == (3, 0, 0)
    assert again.unsettled == {}


def test_batch_status_lists_each_uncertain_job_with_a_command_that_settles_it(
    tmp_path: Path,
) -> None:
    jobs: list[dict[str, Any]] = [
        {"id": "plain", "prompt": "a fox", "duration": 2},
        {"id": "quoted", "prompt": 'it\'s -x; $(rm -rf /) "q"', "seed": 7},
        {"id": "frames", "image_urls": ["https://e.example/a.png", "https://e.example/b.png"]},
        {"id": "switch", "prompt": "a switch only its flag says", "prompt_extend": True},
        {
            "id": "kling",
            "model": "kling-v2-6",
            "prompt": "-dancer",
            "mode": "pro",
            "audio": True,
            "image_urls": ["https://e.example/c.png"],
        },
    ]
    with run_server(
        clock_speed=100, lose_first_submit_answer=True, resend_error=(409, "x")
    ) as server:
        with client_for(server) as client:
            summary = client.batch(jobs, tmp_path)
        assert summary.counts == {JobState.UNCERTAIN: 5}
        out = io.StringIO()
        assert main(["batch", "status", str(tmp_path), "--json"], out=out, err=io.StringIO()) == 0
        document = json.loads(out.getvalue())
        text = io.StringIO()
        main(["batch", "status", str(tmp_path)], out=text, err=io.StringIO())
        reconfigure(server, resend_error=None)
        keys = {row.id: row.idempotency_key for row in rows_of(tmp_path)}
        for job in jobs:
            command = document["settle"][job["id"]]
            assert f"settle with: {command}" in text.getvalue()
            words = shlex.split(command)
            model = job.get("model", "wan2.7")
            assert words[:4] == ["apimart-video", "generate", "--model", model]
            _, args = parse_args(words[1:])
            assert fields(args) == {k: v for k, v in job.items() if k not in ("id", "model")}
            assert args.idempotency_key == keys[job["id"]]
            answer = io.StringIO()
            connection = ["--base-url", server.base_url, "--api-key", server.api_key, "--json"]
            assert main([*words[1:], *connection], out=answer, err=io.StringIO()) == 0
            task_id = json.loads(answer.getvalue())["task_id"]
            sent = server.app.store.tasks[task_id].body
            assert sent == {"model": model, **{k: v for k, v in job.items() if k != "id"}}
        assert server.app.generations_started == 5  # each settle answered its first task


def test_a_journalled_body_no_flags_can_say_settles_as_python() -> None:
    body = {"model": "wan2.7", "prompt": "a fox", "seed": None}
    row = JournalRow(
        id="odd",
        line=1,
        state=JobState.UNCERTAIN,
        output="odd.mp4",
        idempotency_key="key-1",
        task_id=None,
        submits=1,
        uncertain=1,
        error="lost answer",
        body=json.dumps(body),
    )
    command = settle_command(row)
    assert command is not None
    words = shlex.split(command)
    assert words[:2] == ["python", "-c"]
    assert (words[3], json.loads(words[4])) == ("key-1", body)


@pytest.mark.parametrize("status", [404, 400])
def test_a_task_not_found_just_after_its_submit_is_polled_until_it_appears(
    tmp_path: Path, status: int
) -> None:
    with run_server(clock_speed=100, unknown_task_for=1.0, unknown_task_status=status) as server:
        with client_for(server) as client:
            summary = client.batch(JOBS, tmp_path)
        polls = len(server.app.requests_to("/v1/tasks/"))
        assert server.app.generations_started == 3
    assert (summary.done, summary.failed, summary.exit_code) == (3, 0, 0)
    assert polls > 3 * 2  # each task answered "not found" before it was seen


def test_a_task_never_found_is_lost_past_the_grace_and_a_rerun_polls_it_again(
    tmp_path: Path,
) -> None:
    with run_server(clock_speed=100, unknown_task_for=math.inf) as server:
        with client_for(server) as client:
            started = time.monotonic()
            lost = client.batch(JOBS, tmp_path, not_found_grace=0.5)
            took = time.monotonic() - started
            rows = rows_of(tmp_path)
            reconfigure(server, unknown_task_for=0.0)
            again = client.batch(JOBS, tmp_path, not_found_grace=0.5)
        assert server.app.generations_started == 3
    assert took < 0.5 + 10  # the grace, and polls after it, end the run: no hang
    assert lost.counts == {JobState.LOST: 3}
    assert (lost.failed, lost.left, lost.exit_code) == (0, 3, 9)
    assert all(row.task_id is not None and row.state is JobState.LOST for row in rows)
    assert all("not found" in reason for reason in lost.unsettled.values())
    assert (again.done, again.submits) == (3, 3)


def test_batch_status_names_the_task_of_a_lost_job(tmp_path: Path) -> None:
    with (
        run_server(clock_speed=100, unknown_task_for=math.inf) as server,
        client_for(server) as client,
    ):
        client.batch(JOBS[:1], tmp_path, not_found_grace=0)
    out = io.StringIO()
    main(["batch", "status", str(tmp_path), "--json"], out=out, err=io.StringIO())
    (row,) = rows_of(tmp_path)
    assert json.loads(out.getvalue())["settle"] == {"j0": f"apimart-video status {row.task_id}"}


def test_a_429_with_a_day_long_retry_after_that_never_ends_leaves_the_jobs(
    tmp_path: Path,
) -> None:
    faults = FaultConfig(rates={"submit": 1.0}, kinds=("rate_limit",), retry_after=86400)
    with run_server(clock_speed=100, faults=faults) as server:
        with client_for(server) as client:
            started = time.monotonic()
            summary = client.batch(JOBS, tmp_path, rate_limit_patience=1.0)
            took = time.monotonic() - started
        assert server.app.generations_started == 0
        refused = server.app.stats_report()["requests_by_route"]["submit"]
    assert took < 1.0 + 10
    assert refused >= 2
    assert summary.rate_limit_reached
    assert (summary.failed, summary.left, summary.exit_code) == (0, 3, 9)
    assert {row.state for row in rows_of(tmp_path)} == {JobState.PENDING}


def test_polls_rate_limited_forever_leave_the_jobs_running_for_a_rerun(tmp_path: Path) -> None:
    faults = FaultConfig(rates={"status": 1.0}, kinds=("rate_limit",), retry_after=86400)
    with run_server(clock_speed=100, faults=faults) as server:
        with client_for(server) as client:
            started = time.monotonic()
            summary = client.batch(JOBS, tmp_path, rate_limit_patience=1.0)
            took = time.monotonic() - started
            assert {row.state for row in rows_of(tmp_path)} == {JobState.RUNNING}
            server.app.faults.config = FaultConfig()
            again = client.batch(JOBS, tmp_path)
        assert server.app.generations_started == 3
    assert took < 1.0 + 10
    assert summary.rate_limit_reached
    assert (summary.failed, summary.left, summary.exit_code) == (0, 3, 9)
    assert (again.done, again.submits) == (3, 3)


def test_the_cli_leaves_a_rate_limited_batch_with_exit_code_9_and_advice(tmp_path: Path) -> None:
    faults = FaultConfig(rates={"submit": 1.0}, kinds=("rate_limit",), retry_after=1)
    jobs = tmp_path / "jobs.jsonl"
    jobs.write_text("".join(json.dumps(job) + "\n" for job in JOBS), encoding="utf-8")
    with run_server(clock_speed=100, faults=faults) as server:
        out = io.StringIO()
        code = main(
            [
                "batch",
                str(jobs),
                "--out",
                str(tmp_path / "out"),
                "--base-url",
                server.base_url,
                "--api-key",
                server.api_key,
                "--rate-limit-patience",
                "0",
            ],
            out=out,
            err=io.StringIO(),
        )
    assert code == 9
    assert "429" in out.getvalue()
    assert "run the same command again later" in out.getvalue()


@pytest.mark.parametrize("value", ["-1", "nan", "soon", "inf"])
def test_a_grace_that_is_not_a_number_of_seconds_is_an_argparse_error(value: str) -> None:
    with pytest.raises(SystemExit) as exit_:
        parse_args(["batch", "jobs.jsonl", "--not-found-grace", value])
    assert exit_.value.code == 2


def test_the_grace_and_patience_are_checked_by_batch_too() -> None:
    with pytest.raises(ValueError, match="not_found_grace"):
        Batch(JOBS, "out", not_found_grace=-1)
    with pytest.raises(ValueError, match="rate_limit_patience"):
        Batch(JOBS, "out", rate_limit_patience=-1)


OLD_SCHEMA = """
CREATE TABLE jobs (
    id TEXT PRIMARY KEY, position INTEGER NOT NULL, line INTEGER NOT NULL, body TEXT NOT NULL,
    state TEXT NOT NULL, output TEXT NOT NULL, idempotency_key TEXT, task_id TEXT,
    submits INTEGER NOT NULL DEFAULT 0, uncertain INTEGER NOT NULL DEFAULT 0, error TEXT,
    updated REAL NOT NULL
);
"""


def test_a_journal_from_before_the_lost_state_is_read_and_resumed(tmp_path: Path) -> None:
    journal = tmp_path / ".apimart-batch.sqlite3"
    with contextlib.closing(sqlite3.connect(journal)) as db:
        db.executescript(OLD_SCHEMA)
    assert rows_of(tmp_path) == []  # read-only, without the newer column
    with run_server(clock_speed=100) as server, client_for(server) as client:
        summary = client.batch(JOBS, tmp_path)
    assert summary.done == 3
    assert all(row.submitted_at is not None for row in rows_of(tmp_path))


@pytest.mark.parametrize("code", ["idempotency_in_progress", "idempotency_key_reused", None])
def test_a_409_on_a_first_submit_leaves_the_job_uncertain_and_counted(
    tmp_path: Path, code: str | None
) -> None:
    def conflict(request: httpx.Request) -> httpx.Response:
        error = {"code": code, "message": "conflict", "type": "idempotency_error"}
        return httpx.Response(409, json={"error": error})

    http = httpx.Client(transport=httpx.MockTransport(conflict))
    with VideoClient("k", base_url="http://api.test", http_client=http, retry_policy=QUICK) as c:
        summary = c.batch(JOBS[:1], tmp_path)
    (row,) = rows_of(tmp_path)
    assert (summary.failed, summary.exit_code) == (0, 9)
    assert row.state is JobState.UNCERTAIN
    assert (row.submits, row.uncertain) == (1, 1)
    assert row.error is not None
    assert "409" in row.error


def test_a_submit_cut_short_is_counted_uncertain_once_however_often_the_budget_stops_it(
    tmp_path: Path,
) -> None:
    journal = Journal(tmp_path / ".apimart-batch.sqlite3")
    journal.load(read_jobs(JOBS[:1]).jobs, tmp_path)
    assert journal.reserve("j0", "key-0", None) == "key-0"  # then the process died
    journal.close()
    with run_server(clock_speed=100) as server, client_for(server) as client:
        for _ in range(3):
            summary = client.batch(JOBS[:1], tmp_path, max_generations=1)
        assert server.app.requests == []
    (row,) = rows_of(tmp_path)
    assert summary.counts == {JobState.UNCERTAIN: 1}
    assert (row.state, row.uncertain, row.submits) == (JobState.UNCERTAIN, 1, 1)
    assert row.error is not None
    assert "cut short" in row.error
