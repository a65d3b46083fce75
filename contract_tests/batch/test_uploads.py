"""Batch rows naming local image files (issue 19): found relative to the jobs file, checked
before anything is sent, uploaded once over every run (the journal keeps path, size and
SHA-256 -> URL), against the real reference server, which counts the uploads."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from apimart_video import InvalidJobsError, PollPolicy, RetryPolicy, VideoClient
from apimart_video.batch.jobs import read_jobs
from apimart_video.batch.journal import JOURNAL_NAME, JobState
from apimart_video.batch.runner import rows_of
from apimart_video.testing import RunningServer, run_server
from contract_tests.batch.conftest import finish_batch, write_jobs

pytestmark = pytest.mark.slow

PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)
GIF = b"GIF89a" + bytes(64)
FAST = PollPolicy(first_poll=0.3, floor=0.05, cap=0.5)
QUICK = RetryPolicy(max_retries=2, backoff_initial=0.01, backoff_max=0.05, retry_after_max=0.1)
UPLOADS = "/v1/uploads/images"
SUBMITS = "/v1/videos/generations"


def client_for(server: RunningServer) -> VideoClient:
    return VideoClient(
        server.api_key, base_url=server.base_url, poll_policy=FAST, retry_policy=QUICK
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A jobs folder with two frames in `frames/`."""
    frames = tmp_path / "jobs" / "frames"
    frames.mkdir(parents=True)
    (frames / "a.png").write_bytes(PNG)
    (frames / "b.gif").write_bytes(GIF)
    return tmp_path / "jobs"


JOBS: list[dict[str, Any]] = [
    {"id": "fox", "image_urls": ["frames/a.png"], "prompt": "A fox"},
    {
        "id": "owl",
        "image_with_roles": [
            {"url": "frames/b.gif", "role": "first_frame"},
            {"url": "frames/a.png", "role": "last_frame"},
        ],
        "prompt": "An owl",
    },
    {"id": "cat", "image_urls": ["frames/a.png"], "prompt": "A cat"},
]


def test_local_images_are_uploaded_once_over_two_runs_and_submits_carry_their_urls(
    folder: Path, tmp_path: Path
) -> None:
    jobs = write_jobs(folder / "jobs.jsonl", JOBS)
    out = tmp_path / "out"
    with run_server(clock_speed=100) as server, client_for(server) as client:
        # The first run stops after one generation; it has uploaded what it reached.
        first = client.batch(jobs, out, max_generations=1, concurrency=1)
        assert first.done == 1
        uploads_first = len(server.app.requests_to(UPLOADS))
        assert 1 <= uploads_first <= 2
        second = client.batch(jobs, out)
        assert second.done == 3
        # Two distinct files, whatever the runs and jobs that use them.
        assert len(server.app.requests_to(UPLOADS)) == 2
        assert len(server.app.images.images) == 2
        urls = {image.data: name for name, image in server.app.images.images.items()}
        bodies = {record.body["prompt"]: record.body for record in server.app.store.tasks.values()}
    assert bodies["A fox"]["image_urls"][0].endswith(urls[PNG])
    assert bodies["A cat"]["image_urls"][0] == bodies["A fox"]["image_urls"][0]
    owl = [item["url"] for item in bodies["An owl"]["image_with_roles"]]
    assert owl[0].endswith(urls[GIF])
    assert owl[1] == bodies["A fox"]["image_urls"][0]
    with contextlib.closing(sqlite3.connect(out / JOURNAL_NAME)) as db:
        journalled = db.execute("SELECT path, size, sha256, url FROM uploads").fetchall()
    assert sorted(Path(path).name for path, *_ in journalled) == ["a.png", "b.gif"]


def test_the_cli_run_twice_uploads_each_file_once(folder: Path, tmp_path: Path) -> None:
    jobs = write_jobs(folder / "jobs.jsonl", JOBS)
    out = tmp_path / "out"
    with run_server(clock_speed=100) as server:
        code, summary, err = finish_batch(server, jobs, out, "--max-generations", "1")
        assert code == 9, err  # jobs left for a later run
        code, summary, err = finish_batch(server, jobs, out)
        assert code == 0, err
        assert summary["done"] == 3
        assert len(server.app.requests_to(UPLOADS)) == 2


@pytest.mark.parametrize(
    ("row", "named"),
    [
        ({"image_urls": ["frames/missing.png"], "prompt": "x"}, "image_urls[0]"),
        ({"image_with_roles": [{"url": "notes.txt"}], "prompt": "x"}, "image_with_roles[0].url"),
        ({"prompt": "music", "audio_url": "frames/a.png"}, "audio_url"),
        ({"video_urls": ["frames/a.png"], "prompt": "x"}, "video_urls[0]"),
    ],
    ids=["missing-file", "not-an-image", "local-audio", "local-video"],
)
def test_a_bad_local_file_is_an_invalid_row_naming_the_field_and_nothing_is_sent(
    folder: Path, tmp_path: Path, row: dict[str, Any], named: str
) -> None:
    (folder / "notes.txt").write_text("not an image")
    jobs = write_jobs(folder / "jobs.jsonl", [JOBS[0], row])
    with run_server() as server, client_for(server) as client:
        with pytest.raises(InvalidJobsError) as raised:
            client.batch(jobs, tmp_path / "out")
        assert server.app.requests == []
    (invalid,) = raised.value.invalid
    assert invalid.line == 2
    assert named in str(invalid)


def test_local_images_are_found_relative_to_the_jobs_file_not_the_working_directory(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    checked = read_jobs(write_jobs(folder / "jobs.jsonl", JOBS[:1]))
    assert checked.invalid == ()
    (job,) = checked.jobs
    assert job.fields["image_urls"] == [str((folder / "frames" / "a.png").resolve())]


OLD_SCHEMA = """
CREATE TABLE jobs (
    id TEXT PRIMARY KEY, position INTEGER NOT NULL, line INTEGER NOT NULL, body TEXT NOT NULL,
    state TEXT NOT NULL, output TEXT NOT NULL, idempotency_key TEXT, task_id TEXT,
    submits INTEGER NOT NULL DEFAULT 0, uncertain INTEGER NOT NULL DEFAULT 0, error TEXT,
    updated REAL NOT NULL, submitted_at REAL
);
"""


def test_a_journal_from_before_uploads_gains_the_uploads_table_and_resumes(
    folder: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with contextlib.closing(sqlite3.connect(out / JOURNAL_NAME)) as db:
        db.executescript(OLD_SCHEMA)
    jobs = write_jobs(folder / "jobs.jsonl", JOBS[:1])
    with run_server(clock_speed=100) as server, client_for(server) as client:
        assert client.batch(jobs, out).done == 1
    assert [row.state for row in rows_of(out)] == [JobState.DONE]


def test_an_upload_refused_with_413_fails_the_job_and_submits_nothing(
    folder: Path, tmp_path: Path
) -> None:
    (folder / "frames" / "big.png").write_bytes(PNG + bytes(8192))
    row = {"id": "big", "image_urls": ["frames/big.png"], "prompt": "x"}
    jobs = write_jobs(folder / "jobs.jsonl", [row])
    with run_server(clock_speed=100, upload_limit=4096) as server, client_for(server) as client:
        summary = client.batch(jobs, tmp_path / "out")
        assert server.app.requests_to(SUBMITS) == []
    assert summary.failed == 1
    (journalled,) = rows_of(tmp_path / "out")
    assert journalled.state is JobState.FAILED
    assert journalled.submits == 0
    assert "big.png" in (journalled.error or "")
