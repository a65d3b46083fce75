"""A failed task ends the wait (issue 9, item 4) whatever shape its `error` has: at once,
with `TaskFailedError`, never by running out the wait's timeout."""

from __future__ import annotations

import time
from typing import Any

import pytest

from apimart_video import TaskFailedError, TaskStatus
from apimart_video.testing import run_server
from contract_tests.hostile.conftest import Kind, use_client

WAIT = 30.0
SAFETY = "content safety system"


@pytest.mark.parametrize(
    ("shape", "code", "message"),
    [
        ("documented", "content_policy_violation", SAFETY),
        ("no_message", "content_policy_violation", None),
        ("text", None, SAFETY),
        ("null", None, None),
        ("missing", None, None),
    ],
)
def test_a_failed_task_raises_task_failed_at_once_whatever_its_error_shape(
    kind: Kind, shape: Any, code: str | None, message: str | None
) -> None:
    with run_server(
        clock_speed=100.0, task_seconds=2.0, outcome="failed", failure_shape=shape
    ) as server:
        started = time.monotonic()
        with pytest.raises(TaskFailedError) as failed:
            use_client(
                kind, server, lambda client: client.generate_and_wait(prompt="x", timeout=WAIT)
            )
        waited = time.monotonic() - started
        polls = len(server.app.requests_to("/v1/tasks/"))
    assert waited < WAIT / 2, f"the wait ran {waited:.1f} s: the failure did not end it"
    assert polls < 20
    error = failed.value
    assert error.task.status == TaskStatus.FAILED
    if code is not None:
        assert error.error_code == code
    if message is None:
        assert not error.error_message
    else:
        assert error.error_message is not None
        assert message in error.error_message
        assert message in str(error)
