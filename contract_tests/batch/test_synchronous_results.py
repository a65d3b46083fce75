"""A submit answered with a synchronous result (`"object": "generation.result"`) is a
finished task: the batch downloads it without a single poll, or fails the job at once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from apimart_video import JobState, RetryPolicy, VideoClient
from apimart_video.batch.runner import rows_of

QUICK = RetryPolicy(max_retries=1, backoff_initial=0.01, backoff_max=0.05)
VIDEO = b"\x00\x00\x00\x18ftypmp42" + bytes(64)


class SynchronousAPI:
    """Answers every submit with a finished generation; counts what was asked."""

    def __init__(self, task: dict[str, Any]) -> None:
        self.task = task
        self.paths: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.path)
        if request.url.path == "/v1/videos/generations":
            data = {"id": "task_sync", "object": "generation.result", **self.task}
            return httpx.Response(202, json={"code": 200, "data": data})
        if request.url.host == "cdn.test":
            return httpx.Response(200, content=VIDEO, headers={"content-type": "video/mp4"})
        return httpx.Response(404, json={"error": {"message": "not asked for"}})


def run(tmp_path: Path, task: dict[str, Any]) -> tuple[SynchronousAPI, Any]:
    api = SynchronousAPI(task)
    http = httpx.Client(transport=httpx.MockTransport(api))
    with VideoClient("k", base_url="https://api.test", http_client=http, retry_policy=QUICK) as c:
        summary = c.batch([{"id": "fox", "prompt": "A fox in the snow"}], tmp_path)
    return api, summary


def test_a_synchronous_result_is_downloaded_without_a_poll(tmp_path: Path) -> None:
    result = {"videos": [{"url": ["https://cdn.test/fox.mp4"]}]}
    api, summary = run(tmp_path, {"status": "completed", "result": result})
    assert summary.done == 1, summary
    assert not [path for path in api.paths if path.startswith("/v1/tasks/")]
    assert (tmp_path / "fox.mp4").read_bytes() == VIDEO
    (row,) = rows_of(tmp_path)
    assert (row.state, row.task_id) == (JobState.DONE, "task_sync")


@pytest.mark.parametrize("status", ["failed", "cancelled"])
def test_a_synchronous_failure_fails_the_job_without_a_poll(tmp_path: Path, status: str) -> None:
    error = {"code": "content_rejected", "message": "the prompt was refused"}
    api, summary = run(tmp_path, {"status": status, "error": error})
    assert (summary.done, summary.failed) == (0, 1), summary
    assert not [path for path in api.paths if path.startswith("/v1/tasks/")]
    (row,) = rows_of(tmp_path)
    assert row.state is JobState.FAILED
    assert row.error is not None
