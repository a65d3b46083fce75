"""The reference server's modes for the batch's "never drop a paid task" tests do what they
say: a task hidden for a while after its submit (404 or 400), the first submit answer of each
key lost, and an error answered to a resent key."""

from __future__ import annotations

import math

import httpx
import pytest

from apimart_video.testing import ReferenceApp, create_app, run_server
from contract_tests.server.test_reference_server import AUTH, Clock, client_for, submit


async def status_of(app: ReferenceApp, task_id: str) -> httpx.Response:
    async with client_for(app) as client:
        return await client.get(f"/v1/tasks/{task_id}", headers=AUTH)


@pytest.mark.parametrize("status", [404, 400])
async def test_a_task_is_not_found_until_its_hidden_time_has_passed(status: int) -> None:
    clock = Clock()
    app = create_app(unknown_task_for=5.0, unknown_task_status=status)
    app.store.clock = clock
    async with client_for(app) as client:
        task_id = (await submit(client)).json()["data"][0]["task_id"]
    clock.now += 4.9
    hidden = await status_of(app, task_id)
    assert hidden.status_code == status
    assert hidden.json()["error"]["message"] == f"task not found: {task_id}"
    clock.now += 0.2
    assert (await status_of(app, task_id)).status_code == 200


async def test_a_task_hidden_for_ever_is_never_found() -> None:
    clock = Clock()
    app = create_app(unknown_task_for=math.inf)
    app.store.clock = clock
    async with client_for(app) as client:
        task_id = (await submit(client)).json()["data"][0]["task_id"]
    clock.now += 10**9
    assert (await status_of(app, task_id)).status_code == 404


async def test_a_resent_key_gets_the_configured_error_and_starts_nothing() -> None:
    app = create_app(resend_error=(409, "idempotency_in_progress"))
    async with client_for(app) as client:
        first = await submit(client, key="k-1")
        again = await submit(client, key="k-1")
        other = await submit(client, key="k-2")
    assert first.status_code == other.status_code == 200
    assert again.status_code == 409
    assert again.json()["error"]["code"] == "idempotency_in_progress"
    assert again.headers["retry-after"] == "0"
    assert app.generations_started == 2


def test_the_first_answer_of_each_key_is_lost_after_the_generation_started() -> None:
    with run_server(lose_first_submit_answer=True) as server:
        headers = {"Authorization": f"Bearer {server.api_key}", "Idempotency-Key": "k-1"}
        url = f"{server.base_url}/v1/videos/generations"
        body = {"model": "wan2.7", "prompt": "a fox"}
        with httpx.Client() as client:
            with pytest.raises(httpx.RemoteProtocolError):
                client.post(url, json=body, headers=headers)
            assert server.app.generations_started == 1
            again = client.post(url, json=body, headers=headers)
        assert again.status_code == 200
        assert server.app.generations_started == 1
