"""The submit's two answer shapes, served by a real uvicorn server: the versioned object when
`X-APIMart-Response-Version: 2026-07-27` asks for it, the wan2.7 page's list otherwise; a
replay says so; `ignore_response_version` answers the list whatever was asked."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from apimart_video.testing import RunningServer, run_server
from contract_tests.spec_document import load_spec, resolve, validator_for

BODY = {"model": "wan2.7", "prompt": "a fox in the snow"}
VERSION = {"X-APIMart-Response-Version": "2026-07-27"}


def answer_is_documented(response: httpx.Response) -> None:
    """The answer validates against the schema the spec gives its status."""
    documented = load_spec()["paths"]["/v1/videos/generations"]["post"]["responses"]
    media = resolve(documented[str(response.status_code)])["content"]["application/json"]
    errors = [e.message for e in validator_for(media["schema"]).iter_errors(response.json())]
    assert errors == []


@pytest.fixture
def server() -> Iterator[RunningServer]:
    with run_server() as running:
        yield running


def http(server: RunningServer) -> httpx.Client:
    headers = {"Authorization": f"Bearer {server.api_key}"}
    return httpx.Client(base_url=server.base_url, headers=headers)


def submit(server: RunningServer, **headers: str) -> httpx.Response:
    with http(server) as client:
        return client.post("/v1/videos/generations", json=BODY, headers=headers)


def polled(server: RunningServer, task_id: str) -> dict[str, Any]:
    with http(server) as client:
        response = client.get(f"/v1/tasks/{task_id}")
    assert response.status_code == 200
    data: dict[str, Any] = response.json()["data"]
    return data


def test_the_pinned_version_gets_202_and_one_task_object_with_a_request_id(
    server: RunningServer,
) -> None:
    response = submit(server, **VERSION)
    assert response.status_code == 202
    body = response.json()
    assert set(body["data"]) == {"id", "status", "object"}
    assert body["data"]["object"] == "generation.task"
    assert body["data"]["status"] == "queued"
    assert body["request_id"].startswith("req_")
    assert "idempotency-replayed" not in response.headers
    answer_is_documented(response)
    assert polled(server, body["data"]["id"])["id"] == body["data"]["id"]


def test_without_the_header_the_answer_is_the_documented_list(server: RunningServer) -> None:
    response = submit(server)
    assert response.status_code == 200
    (created,) = response.json()["data"]
    assert created["status"] == "submitted"
    assert "request_id" not in response.json()
    answer_is_documented(response)
    assert polled(server, created["task_id"])["id"] == created["task_id"]


@pytest.mark.parametrize("versioned", [True, False], ids=["versioned", "legacy"])
def test_a_replay_of_a_stored_key_says_idempotency_replayed(
    server: RunningServer, versioned: bool
) -> None:
    headers = {"Idempotency-Key": "replay-key-1", **(VERSION if versioned else {})}
    first, again = submit(server, **headers), submit(server, **headers)
    assert "idempotency-replayed" not in first.headers
    assert again.headers["idempotency-replayed"] == "true"
    assert again.status_code == first.status_code == (202 if versioned else 200)
    answer_is_documented(again)
    if versioned:
        assert again.json()["data"]["id"] == first.json()["data"]["id"]
    else:
        assert again.json()["data"] == first.json()["data"]
    assert server.app.generations_started == 1
    assert server.app.replays == 1


def test_a_replay_in_the_other_shape_is_the_same_task(server: RunningServer) -> None:
    first = submit(server, **{"Idempotency-Key": "k-shapes", **VERSION})
    again = submit(server, **{"Idempotency-Key": "k-shapes"})
    assert again.json()["data"][0]["task_id"] == first.json()["data"]["id"]
    assert again.headers["idempotency-replayed"] == "true"


def test_ignore_response_version_answers_the_list_whatever_is_asked() -> None:
    with run_server(ignore_response_version=True) as server:
        for headers in (VERSION, {"X-APIMart-Response-Version": "1999-01-01"}, {}):
            response = submit(server, **headers)
            assert response.status_code == 200
            assert isinstance(response.json()["data"], list)
            answer_is_documented(response)


def test_a_version_the_spec_does_not_name_is_refused_with_400(server: RunningServer) -> None:
    response = submit(server, **{"X-APIMart-Response-Version": "2025-01-01"})
    assert response.status_code == 400
    assert response.json()["error"]["param"] == "X-APIMart-Response-Version"
    assert server.app.generations_started == 0


def test_in_progress_409s_then_the_versioned_task() -> None:
    with run_server(in_progress_409=2) as server:
        headers = {"Idempotency-Key": "k-busy", **VERSION}
        statuses = [submit(server, **headers) for _ in range(3)]
    assert [response.status_code for response in statuses] == [409, 409, 202]
    for busy in statuses[:2]:
        assert busy.json()["error"]["code"] == "idempotency_in_progress"
        assert "retry-after" in busy.headers
        answer_is_documented(busy)
    answer_is_documented(statuses[2])


def test_indeterminate_409_is_the_documented_conflict() -> None:
    with run_server(indeterminate_409=True) as server:
        response = submit(server, **{"Idempotency-Key": "k-lost", **VERSION})
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "idempotency_result_indeterminate"
    answer_is_documented(response)
