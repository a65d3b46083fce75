"""Type drift (issue 9, items 3 and 7): whatever shape the task's fields come in, `wait()`
returns the completed task with progress and timestamps read, and the video downloads."""

from __future__ import annotations

import datetime
import time
from pathlib import Path
from typing import Any

import pytest

from apimart_video import Task, TaskStatus
from apimart_video.testing import clip, run_server
from contract_tests.hostile.conftest import Kind, use_client

# Whole generations against drifting servers, in real time: seconds each.
pytestmark = pytest.mark.slow


def near_now(moment: datetime.datetime | None, slack: float) -> bool:
    return moment is not None and abs(moment.timestamp() - time.time()) < slack


@pytest.mark.parametrize("drift", ["status", "type", "millis", "iso"])
def test_wait_returns_the_completed_task_with_progress_and_timestamps_read(
    kind: Kind, drift: Any, tmp_path: Path
) -> None:
    seen: list[int | None] = []
    with run_server(clock_speed=100.0, task_seconds=10.0, drift=drift) as server:
        task: Task = use_client(
            kind,
            server,
            lambda client: client.generate_and_wait(
                prompt="a fox", timeout=30, on_progress=lambda t: seen.append(t.progress)
            ),
        )
        target = tmp_path / "fox.mp4"
        use_client(kind, server, lambda client: client.download(task, target))
    assert task.status == TaskStatus.COMPLETED
    assert task.progress in (100, None)
    assert seen, "on_progress was never called"
    assert all(p is None or (isinstance(p, int) and 0 <= p <= 100) for p in seen), seen
    if drift == "type":
        assert task.progress == 100  # "100%" read as 100
    assert near_now(task.created_at, 60), task.created_at
    assert near_now(task.completed_at, 60), task.completed_at
    assert task.expires_at is not None
    assert near_now(task.expires_at, 86400 + 60), task.expires_at  # completed + 24 h
    assert not task.is_expired()
    assert target.read_bytes() == clip()
