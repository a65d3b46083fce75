"""A server that answers a submit's key with 409 (issue 17, item 2), over a real socket:
`in_progress_409` (the key is still being processed) and `indeterminate_409`."""

from __future__ import annotations

import uuid

import attrs
import httpx
import pytest

from apimart_video import RetryPolicy, SubmitConflictError, SubmitOutcomeUnknownError
from apimart_video.testing import FaultConfig, RunningServer, run_server
from contract_tests.hostile.conftest import QUICK_RETRIES, Kind, submit_with, use_client

NOW = FaultConfig(retry_after=0)


def submits(server: RunningServer) -> list[str | None]:
    requests = server.app.requests_to("/v1/videos")
    return [seen.headers.get("idempotency-key") for seen in requests]


def test_a_submit_in_progress_is_resent_until_accepted_and_starts_one_generation(
    kind: Kind,
) -> None:
    key = str(uuid.uuid4())
    with run_server(in_progress_409=2, faults=NOW) as server:
        submitted = use_client(kind, server, submit_with(key))
        sent = submits(server)
        conflicts = server.app.conflicts
        generations = server.app.generations_by_key
    assert submitted.idempotency_key == key
    assert sent == [key] * 3
    assert conflicts == {"idempotency_in_progress": 2}
    assert generations == {key: 1}


def test_a_submit_in_progress_past_the_bound_raises_an_unknown_outcome_with_the_key(
    kind: Kind,
) -> None:
    key = str(uuid.uuid4())
    policy = attrs.evolve(QUICK_RETRIES, in_progress_retries=2)
    with run_server(in_progress_409=10, faults=NOW) as server:
        with pytest.raises(SubmitConflictError) as raised:
            use_client(kind, server, submit_with(key), retry_policy=policy)
        sent = submits(server)
        started = server.app.generations_started
    assert sent == [key] * 3
    assert started == 0
    assert raised.value.idempotency_key == key
    assert raised.value.reason == "idempotency_in_progress"


def test_an_indeterminate_result_raises_an_unknown_outcome_and_is_not_resent(kind: Kind) -> None:
    key = str(uuid.uuid4())
    with run_server(indeterminate_409=True, faults=NOW) as server:
        with pytest.raises(SubmitOutcomeUnknownError) as raised:
            use_client(kind, server, submit_with(key), retry_policy=RetryPolicy(max_retries=5))
        sent = submits(server)
    assert sent == [key]
    assert raised.value.idempotency_key == key
    assert raised.value.reason == "idempotency_result_indeterminate"
    assert key in str(raised.value)


def test_the_409_modes_answer_the_documented_envelope() -> None:
    with run_server(in_progress_409=1, faults=FaultConfig(retry_after=3)) as server:
        headers = {"Authorization": f"Bearer {server.api_key}", "Idempotency-Key": "k-1"}
        body = {"model": "wan2.7", "prompt": "a fox"}
        url = f"{server.base_url}/v1/videos/generations"
        first = httpx.post(url, json=body, headers=headers)
        second = httpx.post(url, json=body, headers=headers)
    assert first.status_code == 409
    assert first.headers["retry-after"] == "3"
    error = first.json()["error"]
    assert error["code"] == "idempotency_in_progress"
    assert error["message"]
    assert second.status_code == 200
