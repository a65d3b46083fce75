"""The reference server behaves as the docs say: auth, validation, lifecycle, CDN, faults."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from apimart_video.testing import FaultConfig, ReferenceApp, clip, create_app

KEY = "test-key"
AUTH = {"Authorization": f"Bearer {KEY}"}
BODY = {"model": "wan2.7", "prompt": "a fox"}


class Clock:
    def __init__(self) -> None:
        self.now = 1_763_088_000.0

    def __call__(self) -> float:
        return self.now


def client_for(app: ReferenceApp) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://ref")


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def app(clock: Clock) -> ReferenceApp:
    made = create_app(task_seconds=100.0, url_ttl=3600.0)
    made.store.clock = clock
    return made


@pytest.fixture
async def client(app: ReferenceApp) -> AsyncIterator[httpx.AsyncClient]:
    async with client_for(app) as http:
        yield http


async def submit(
    client: httpx.AsyncClient, body: dict[str, Any] | None = None, key: str | None = None
) -> httpx.Response:
    headers = AUTH if key is None else {**AUTH, "Idempotency-Key": key}
    return await client.post("/v1/videos/generations", json=body or BODY, headers=headers)


async def test_missing_and_wrong_keys_get_401(client: httpx.AsyncClient) -> None:
    for headers in ({}, {"Authorization": "Bearer nope"}, {"Authorization": "Basic abc"}):
        response = await client.post("/v1/videos/generations", json=BODY, headers=headers)
        assert response.status_code == 401
        assert response.json()["error"]["type"] == "authentication_error"
        response = await client.get("/v1/tasks/task_x", headers=headers)
        assert response.status_code == 401


async def test_invalid_body_gets_400_naming_the_field(
    client: httpx.AsyncClient, app: ReferenceApp
) -> None:
    response = await submit(client, {"model": "wan2.7", "prompt": "x", "duration": 99})
    assert response.status_code == 400
    error = response.json()["error"]
    assert (error["param"], error["type"]) == ("duration", "invalid_request_error")
    assert error["message"] == (
        "invalid duration for model wan2.7 (Wan27Request): "
        "duration: 99 is greater than the maximum of 15"
    )
    response = await client.post("/v1/videos/generations", content=b"{not json", headers=AUTH)
    assert response.status_code == 400
    assert app.generations_started == 0


async def test_task_lifecycle_follows_the_clock(client: httpx.AsyncClient, clock: Clock) -> None:
    task_id = (await submit(client)).json()["data"][0]["task_id"]

    async def view() -> dict[str, Any]:
        response = await client.get(f"/v1/tasks/{task_id}", headers=AUTH)
        data: dict[str, Any] = response.json()["data"]
        return data

    first = await view()
    assert (first["status"], first["progress"], first["estimated_time"]) == ("pending", 0, 100)
    clock.now += 50
    middle = await view()
    assert (middle["status"], middle["progress"]) == ("processing", 50)
    clock.now += 30
    assert (await view())["progress"] == 80
    clock.now += 25
    done = await view()
    assert done["status"] == "completed"
    assert done["completed"] == int(first["created"] + 100)
    assert done["actual_time"] == 100
    (video,) = done["result"]["videos"]
    assert video["url"] == [f"http://ref/cdn/videos/{task_id}.mp4"]
    assert video["expires_at"] == int(first["created"] + 100 + 3600)


@pytest.mark.parametrize("outcome", ["failed", "cancelled"])
async def test_failed_and_cancelled_are_reachable_by_configuration(
    clock: Clock, outcome: str
) -> None:
    app = create_app(outcome=outcome, task_seconds=10.0)
    app.store.clock = clock
    async with client_for(app) as client:
        task_id = (await submit(client)).json()["data"][0]["task_id"]
        clock.now += 11
        data = (await client.get(f"/v1/tasks/{task_id}?language=zh", headers=AUTH)).json()["data"]
    assert data["status"] == outcome
    if outcome == "failed":
        assert data["error"]["code"] == "content_policy_violation"
        assert "生成失败" in data["error"]["message"]


async def test_outcome_may_depend_on_the_body(clock: Clock) -> None:
    app = create_app(
        outcome=lambda body: "failed" if body.get("seed") == 13 else "completed", task_seconds=1.0
    )
    app.store.clock = clock
    async with client_for(app) as client:
        unlucky = (await submit(client, {**BODY, "seed": 13})).json()["data"][0]["task_id"]
    assert app.store.tasks[unlucky].outcome == "failed"


async def test_unknown_task_is_404_and_bad_language_400(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/tasks/task_nope", headers=AUTH)
    assert response.status_code == 404
    assert response.json()["error"]["param"] == "task_id"
    response = await client.get("/v1/tasks/task_nope?language=fr", headers=AUTH)
    assert response.status_code == 400


async def test_idempotency_key_same_body_same_task_no_second_generation(
    client: httpx.AsyncClient, app: ReferenceApp
) -> None:
    first = await submit(client, key="k-1")
    again = await submit(client, key="k-1")
    assert first.json() == again.json()
    assert app.generations_started == 1
    other = await submit(client, {**BODY, "seed": 1}, key="k-1")
    assert other.status_code == 422
    assert other.json()["error"]["code"] == "idempotency_key_reused"
    assert app.generations_started == 1
    await submit(client)
    await submit(client)
    assert app.generations_started == 3


async def test_malformed_idempotency_key_is_400(client: httpx.AsyncClient) -> None:
    response = await submit(client, key="has space")
    assert response.status_code == 400
    assert response.json()["error"]["param"] == "Idempotency-Key"


async def test_cdn_serves_the_real_clip_with_ranges_and_without_the_key(
    client: httpx.AsyncClient, app: ReferenceApp, clock: Clock
) -> None:
    task_id = (await submit(client)).json()["data"][0]["task_id"]
    url = f"/cdn/videos/{task_id}.mp4"
    assert (await client.get(url)).status_code == 404  # not finished yet
    clock.now += 101
    whole = await client.get(url)
    assert whole.status_code == 200
    assert whole.content == clip()
    assert whole.content[4:8] == b"ftyp"
    part = await client.get(url, headers={"Range": "bytes=10-19"})
    assert part.status_code == 206
    assert part.content == clip()[10:20]
    assert part.headers["content-range"] == f"bytes 10-19/{len(clip())}"
    tail = await client.get(url, headers={"Range": "bytes=-5"})
    assert tail.content == clip()[-5:]
    bad = await client.get(url, headers={"Range": f"bytes={len(clip())}-"})
    assert bad.status_code == 416
    assert not [seen for seen in app.requests_to("/cdn/") if "authorization" in seen.headers]


async def test_cdn_link_expires_at_expires_at(client: httpx.AsyncClient, clock: Clock) -> None:
    task_id = (await submit(client)).json()["data"][0]["task_id"]
    clock.now += 100 + 3600
    assert (await client.get(f"/cdn/videos/{task_id}.mp4")).status_code == 410


async def test_video_size_serves_that_many_bytes(clock: Clock) -> None:
    app = create_app(task_seconds=1.0, video_size=3_000_000)
    app.store.clock = clock
    async with client_for(app) as client:
        task_id = (await submit(client)).json()["data"][0]["task_id"]
        clock.now += 2
        response = await client.get(f"/cdn/videos/{task_id}.mp4")
    assert len(response.content) == 3_000_000
    assert response.content[: len(clip())] == clip()


@pytest.mark.parametrize(
    ("kind", "status", "content_type"),
    [
        ("rate_limit", 429, "application/json"),
        ("unavailable", 503, "application/json"),
        ("server_error", 500, "application/json"),
        ("bad_gateway", 502, "application/json"),
        ("html", 502, "text/html"),
    ],
)
async def test_answer_faults_stop_the_request_before_any_task(
    kind: Any, status: int, content_type: str
) -> None:
    app = create_app(faults=FaultConfig(rates={"submit": 1.0}, kinds=(kind,), retry_after=3))
    async with client_for(app) as client:
        response = await submit(client)
    assert response.status_code == status
    assert response.headers["content-type"].startswith(content_type)
    if status in (429, 503):
        assert response.headers["retry-after"] == "3"
    assert app.generations_started == 0
    assert app.faults.injected == {kind: 1}


async def test_malformed_fault_starts_the_task_but_breaks_the_json() -> None:
    app = create_app(faults=FaultConfig(rates={"submit": 1.0}, kinds=("malformed",)))
    async with client_for(app) as client:
        response = await submit(client)
    assert response.status_code == 200
    with pytest.raises(ValueError, match=r"Expecting|Unterminated"):
        response.json()
    assert app.generations_started == 1


async def test_drop_fault_starts_the_task_and_drops_the_connection() -> None:
    app = create_app(faults=FaultConfig(rates={"submit": 1.0}, kinds=("drop",)))
    async with client_for(app) as client:
        with pytest.raises(Exception, match="dropped"):
            await submit(client)
    assert app.generations_started == 1


async def test_fault_rate_is_per_operation_and_seeded() -> None:
    def run(seed: int) -> dict[str, int]:
        app = create_app(faults=FaultConfig(rates={"status": 0.5}, seed=seed))
        picks = [app.faults.pick("status") for _ in range(400)]
        assert all(app.faults.pick("submit") is None for _ in range(50))
        hit = sum(pick is not None for pick in picks)
        assert 150 < hit < 250
        return app.faults.injected

    assert run(7) == run(7)
    assert run(7) != run(8)


@pytest.mark.parametrize(
    ("drift", "field", "value"),
    [("status", "status", "queued_for_gpu"), ("type", "progress", "0%")],
)
async def test_drift_mode_breaks_the_contract_on_purpose(
    clock: Clock, drift: Any, field: str, value: str
) -> None:
    app = create_app(drift=drift)
    app.store.clock = clock
    async with client_for(app) as client:
        task_id = (await submit(client)).json()["data"][0]["task_id"]
        data = (await client.get(f"/v1/tasks/{task_id}", headers=AUTH)).json()["data"]
    assert data[field] == value
