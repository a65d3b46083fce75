"""The reference server's hostile modes do what they say, so the client tests that use them
test something: drift, failure shapes, ignored keys, silence, a dropped video, validators,
the rate limit, the stats route, loose validation, and the `serve` flags for each."""

from __future__ import annotations

import concurrent.futures
import datetime
import io
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from apimart_video import cli
from apimart_video.testing import ReferenceApp, clip, create_app, run_server
from contract_tests.server.test_reference_server import AUTH, BODY, Clock, client_for, submit


async def finished_task(app: ReferenceApp, clock: Clock, **query: str) -> dict[str, Any]:
    app.store.clock = clock
    async with client_for(app) as client:
        task_id = (await submit(client)).json()["data"][0]["task_id"]
        clock.now += 1000
        response = await client.get(f"/v1/tasks/{task_id}", headers=AUTH, params=query)
    data: dict[str, Any] = response.json()["data"]
    return data


def wait_for(condition: Callable[[], bool], what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.01)


async def test_millis_drift_gives_every_timestamp_in_milliseconds() -> None:
    plain = await finished_task(create_app(task_seconds=10.0), Clock())
    drifted = await finished_task(create_app(task_seconds=10.0, drift="millis"), Clock())
    assert drifted["created"] == plain["created"] * 1000
    assert drifted["completed"] == plain["completed"] * 1000
    video, plain_video = drifted["result"]["videos"][0], plain["result"]["videos"][0]
    assert video["expires_at"] == plain_video["expires_at"] * 1000


async def test_iso_drift_gives_every_timestamp_as_iso_8601_text() -> None:
    plain = await finished_task(create_app(task_seconds=10.0), Clock())
    drifted = await finished_task(create_app(task_seconds=10.0, drift="iso"), Clock())
    for field in ("created", "completed"):
        parsed = datetime.datetime.fromisoformat(drifted[field])
        assert parsed.timestamp() == plain[field]
        assert drifted[field].endswith("Z")
    expires = drifted["result"]["videos"][0]["expires_at"]
    assert (
        datetime.datetime.fromisoformat(expires).timestamp()
        == (plain["result"]["videos"][0]["expires_at"])
    )


@pytest.mark.parametrize(
    ("shape", "expected"),
    [
        ("documented", {"code": "content_policy_violation", "message": "The generation"}),
        ("no_message", {"code": "content_policy_violation"}),
        ("text", "The generation"),
        ("null", None),
    ],
)
async def test_failure_shapes_give_the_error_in_that_shape(shape: Any, expected: Any) -> None:
    app = create_app(task_seconds=10.0, outcome="failed", failure_shape=shape)
    task = await finished_task(app, Clock())
    assert task["status"] == "failed"
    error = task["error"]
    if isinstance(expected, dict) and "message" in expected:
        assert error["message"].startswith(expected.pop("message"))
        error = {k: v for k, v in error.items() if k != "message"}
    if isinstance(expected, str):
        assert error.startswith(expected)
    else:
        assert error == expected


async def test_missing_failure_shape_has_no_error_key() -> None:
    task = await finished_task(
        create_app(task_seconds=10.0, outcome="failed", failure_shape="missing"), Clock()
    )
    assert task["status"] == "failed"
    assert "error" not in task


async def test_ignoring_the_key_starts_a_generation_per_post_and_counts_them_per_key() -> None:
    for honour, started in ((True, 1), (False, 3)):
        app = create_app(honour_idempotency=honour)
        async with client_for(app) as client:
            ids = {(await submit(client, key="k-1")).json()["data"][0]["task_id"] for _ in "abc"}
            other = await submit(client, {**BODY, "seed": 1}, key="k-1")
        assert len(ids) == started
        assert app.generations_by_key == {"k-1": started + (other.status_code == 200)}
        assert other.status_code == (422 if honour else 200)


async def test_the_stats_route_needs_the_key_and_counts_routes_keys_and_faults() -> None:
    app = create_app(honour_idempotency=False)
    async with client_for(app) as client:
        assert (await client.get("/_reference/stats")).status_code == 401
        for key in ("a", "a", "a", "b"):
            await submit(client, key=key)
        await client.get("/v1/tasks/task_nope", headers=AUTH)
        stats = (await client.get("/_reference/stats", headers=AUTH)).json()
    assert stats["generations_started"] == 4
    assert stats["requests_by_route"] == {"submit": 4, "status": 1, "stats": 2}
    assert stats["generations_by_key"] == {
        "keys": 2,
        "keys_with_duplicates": 1,
        "duplicate_generations": 2,
        "max_per_key": 3,
    }
    assert stats["rate_limited"] == 0
    assert stats["faults_injected"] == {}


async def test_rate_limit_answers_429_with_an_honest_retry_after_and_counts_them() -> None:
    app = create_app(rate_limit=2.0)
    now = [100.0]
    for bucket in app.limiter.buckets.values():
        bucket.clock = lambda: now[0]
        bucket.updated = now[0]
    async with client_for(app) as client:
        answers = [await submit(client) for _ in range(3)]
        assert [a.status_code for a in answers] == [200, 200, 429]
        limited = answers[2]
        assert limited.json()["error"]["type"] == "rate_limit_error"
        assert float(limited.headers["retry-after"]) == 0.5  # one token at 2/s
        polled = await client.get("/v1/tasks/task_nope", headers=AUTH)
        assert polled.status_code == 404  # polls have their own bucket
        now[0] += 0.5
        assert (await submit(client)).status_code == 200
        stats = (await client.get("/_reference/stats", headers=AUTH)).json()
    assert stats["rate_limited"] == 1
    assert stats["rate_limited_by_route"] == {"submit": 1}
    assert app.generations_started == 3


async def test_accept_invalid_takes_what_the_spec_rejects_but_not_a_non_object() -> None:
    loose = {
        "model": "wan2.7",
        "fps": 24,
        "image_urls": ["https://cdn.example.com/a.jpg", "https://cdn.example.com/b.jpg"],
        "audio_url": "https://cdn.example.com/beat.mp3",
    }
    strict, app = create_app(), create_app(accept_invalid=True)
    async with client_for(strict) as client:
        assert (await submit(client, loose)).status_code == 400
    async with client_for(app) as client:
        assert (await submit(client, loose)).status_code == 200
        listed = await client.post("/v1/videos/generations", json=[1], headers=AUTH)
        assert listed.status_code == 400
    assert app.generations_started == 1


async def test_video_has_a_strong_etag_and_if_range_mismatch_sends_the_whole() -> None:
    clock = Clock()
    app = create_app(task_seconds=10.0)
    app.store.clock = clock
    async with client_for(app) as client:
        task_id = (await submit(client)).json()["data"][0]["task_id"]
        clock.now += 11
        url = f"/cdn/videos/{task_id}.mp4"
        whole = await client.get(url)
        etag, modified = whole.headers["etag"], whole.headers["last-modified"]
        assert etag.startswith('"')
        assert etag == (await client.get(url)).headers["etag"]
        assert (await client.head(url)).headers["etag"] == etag
        for validator in (etag, modified):
            resumed = await client.get(url, headers={"Range": "bytes=10-", "If-Range": validator})
            assert resumed.status_code == 206
            assert resumed.content == clip()[10:]
            assert resumed.headers["etag"] == etag
        for stale in ('"another"', f"W/{etag}", "Mon, 01 Jan 2024 00:00:00 GMT"):
            restarted = await client.get(url, headers={"Range": "bytes=10-", "If-Range": stale})
            assert restarted.status_code == 200
            assert restarted.content == clip()


def read_into(http: httpx.Client, url: str, received: bytearray) -> None:
    """Read a video answer into `received` as it comes, so a break keeps what arrived."""
    with http.stream("GET", url) as response:
        assert response.status_code == 200
        for chunk in response.iter_bytes():
            received += chunk


def test_video_drop_at_breaks_the_first_get_mid_body_then_serves_whole() -> None:
    size = 3_000_000
    with run_server(clock_speed=1000.0, video_size=size, video_drop_at=0.6) as server:
        with httpx.Client(base_url=server.base_url, headers=AUTH) as http:
            task_id = http.post("/v1/videos/generations", json=BODY).json()["data"][0]["task_id"]
            url = f"/cdn/videos/{task_id}.mp4"
            wait_for(lambda: http.head(url).status_code == 200, "the task never completed")
            received = bytearray()
            with pytest.raises(httpx.RemoteProtocolError):
                read_into(http, url, received)
            assert len(received) == int(size * 0.6)
            rest = http.get(url, headers={"Range": f"bytes={len(received)}-"})
            assert rest.status_code == 206
            assert len(received + rest.content) == size
            assert http.get(url).status_code == 200  # later GETs are whole too
        stats = server.app.stats_report()
    assert stats["videos_dropped"] == 1
    assert stats["video_bytes_sent"] == int(size * 0.6) + (size - int(size * 0.6)) + size


def test_silent_operation_is_never_answered_and_does_not_hold_up_shutdown() -> None:
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    with run_server(silent=frozenset({"status"})) as server:
        with httpx.Client(base_url=server.base_url, headers=AUTH) as http:
            assert http.post("/v1/videos/generations", json=BODY).status_code == 200
            with pytest.raises(httpx.ReadTimeout):
                http.get("/v1/tasks/task_x", timeout=0.5)
        held = pool.submit(
            httpx.get, f"{server.base_url}/v1/tasks/task_y", headers=AUTH, timeout=30
        )
        held_both = lambda: server.app.stats.held_by_route["status"] == 2  # noqa: E731
        wait_for(held_both, "the second poll never reached the server")
        closing = time.monotonic()
    # Well under the 30 s the held request would keep a server that waited for it.
    assert time.monotonic() - closing < 15, "a held request kept the server from stopping"
    assert held.result(timeout=5).status_code == 503  # released at shutdown, not answered
    pool.shutdown()


def test_serve_passes_every_hostile_flag_to_the_server(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}

    def fake_serve(host: str, port: int, *, log_level: str, **config: Any) -> None:
        seen["app"] = create_app(**config)

    monkeypatch.setattr("apimart_video.testing.serve", fake_serve)
    argv = ["serve", "--drift", "iso", "--failure-shape", "text", "--ignore-idempotency-key"]
    argv += ["--silent", "submit", "--silent", "download", "--drop-video-at", "0.6"]
    argv += ["--rate-limit", "20", "--accept-invalid"]
    assert cli.main(argv, out=io.StringIO(), err=io.StringIO()) == 0
    config = seen["app"].config
    assert (config.drift, config.failure_shape, config.honour_idempotency) == ("iso", "text", False)
    assert config.silent == frozenset({"submit", "download"})
    assert (config.video_drop_at, config.rate_limit, config.accept_invalid) == (0.6, 20.0, True)
    cli.main(["serve"], out=io.StringIO(), err=io.StringIO())
    default = seen["app"].config
    assert (default.drift, default.failure_shape, default.honour_idempotency) == (
        None,
        "documented",
        True,
    )
    assert (default.silent, default.video_drop_at, default.rate_limit) == (frozenset(), None, None)
    assert default.accept_invalid is False
