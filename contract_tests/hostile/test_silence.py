"""A server that accepts connections and never answers (issue 9, items 1, 5 and 7)."""

from __future__ import annotations

import time
import uuid
from pathlib import Path

import pytest

from apimart_video import APIMartError, SubmitOutcomeUnknownError, Task, WaitTimeoutError
from apimart_video.testing import run_server
from contract_tests.hostile.conftest import Kind, use_client

# Real waits against a silent server (deadlines of seconds): seconds each.
pytestmark = pytest.mark.slow

# Without the deadline a poll would sit on the 60 s request timeout. The T + 1 s promise is
# held without a wall clock in overlay/test_deadlines.py (each request and sleep gets at most
# the time left); here only a bound a loaded machine cannot break.
NO_HANG = 30.0


def test_wait_is_a_deadline_when_polls_are_never_answered(kind: Kind) -> None:
    """Default client settings (60 s request timeout, 5 s first poll): the deadline caps them."""
    with run_server(silent=frozenset({"status"})) as server:
        submitted = use_client(kind, server, lambda client: client.generate(prompt="a fox"))
        started = time.monotonic()
        with pytest.raises(WaitTimeoutError):
            use_client(
                kind,
                server,
                lambda client: client.wait(submitted, timeout=2),
                poll_policy=None,
                retry_policy=None,
            )
        waited = time.monotonic() - started
        held = server.app.stats.held_by_route["status"]
    assert held >= 1, "no poll reached the server"
    assert waited < NO_HANG, f"wait(timeout=2) took {waited:.2f} s"


@pytest.mark.parametrize("own_key", [True, False])
def test_an_unanswered_submit_raises_outcome_unknown_with_the_key_sent(
    kind: Kind, own_key: bool
) -> None:
    key = str(uuid.uuid4()) if own_key else None
    with run_server(silent=frozenset({"submit"})) as server:
        with pytest.raises(SubmitOutcomeUnknownError) as unknown:
            use_client(
                kind,
                server,
                lambda client: client.generate(prompt="a fox", idempotency_key=key),
                timeout=1,
            )
        sent = [r.headers.get("idempotency-key") for r in server.app.requests_to("/v1/videos")]
    error = unknown.value
    assert error.idempotency_key == (key or sent[0])
    assert set(sent) == {error.idempotency_key}, "every attempt must carry the one key"
    assert error.idempotency_key in str(error)


def test_an_unanswered_download_fails_typed_and_leaves_no_file(kind: Kind, tmp_path: Path) -> None:
    with run_server(clock_speed=100.0, task_seconds=2.0, silent=frozenset({"download"})) as server:
        task: Task = use_client(
            kind, server, lambda client: client.generate_and_wait(prompt="x", timeout=30)
        )
        target = tmp_path / "fox.mp4"
        with pytest.raises(APIMartError):
            use_client(kind, server, lambda client: client.download(task, target), timeout=0.5)
    assert list(tmp_path.iterdir()) == []
