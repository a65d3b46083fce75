"""The batch as a good citizen, against a real reference server: a sync client's
`http_client` carries every request, journal commits run off the event loop, and no task the
batch started outlives it (a finished run, a cancelled one)."""

from __future__ import annotations

import asyncio
import gc
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from apimart_video import AsyncVideoClient, PollPolicy, RetryPolicy, VideoClient
from apimart_video.batch.journal import Journal
from apimart_video.batch.runner import Batch
from apimart_video.testing import run_server

pytestmark = pytest.mark.slow

FAST = PollPolicy(first_poll=0.3, floor=0.05, cap=0.5)
QUICK = RetryPolicy(max_retries=2, backoff_initial=0.01, backoff_max=0.05)
JOBS = [{"id": f"j{n}", "prompt": f"shot {n}"} for n in range(4)]


class CountingTransport(httpx.HTTPTransport):
    """A real transport that counts what it sends, by path."""

    def __init__(self) -> None:
        super().__init__()
        self.paths: list[str] = []
        self.lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.paths.append(request.url.path)
        return super().handle_request(request)


def test_a_sync_clients_http_client_carries_every_request_of_the_batch(tmp_path: Path) -> None:
    transport = CountingTransport()
    seen_headers: list[str | None] = []
    http = httpx.Client(
        transport=transport,
        headers={"X-Tenant": "blue"},
        event_hooks={"request": [lambda sent: seen_headers.append(sent.headers.get("x-tenant"))]},
    )
    with run_server(clock_speed=100) as server:
        with VideoClient(
            server.api_key, base_url=server.base_url, http_client=http, poll_policy=FAST
        ) as client:
            summary = client.batch(JOBS, tmp_path)
        served = [seen.path for seen in server.app.requests]
    http.close()
    assert summary.done == 4
    assert sorted(transport.paths) == sorted(served)  # not one request went around it
    assert sum(path.startswith("/cdn/") for path in served) == 4  # downloads included
    assert seen_headers == ["blue"] * len(served)  # built as that client builds requests


def test_a_sync_clients_mounted_transport_answers_the_batch(tmp_path: Path) -> None:
    """A mount (as a proxy or a test double would be) is honoured: no request escapes it."""
    with run_server(clock_speed=100) as server:
        mounted = CountingTransport()
        http = httpx.Client(mounts={server.base_url: mounted})
        with VideoClient(
            server.api_key, base_url=server.base_url, http_client=http, poll_policy=FAST
        ) as client:
            summary = client.batch(JOBS, tmp_path)
        served = len(server.app.requests)
    http.close()
    assert summary.done == 4
    assert len(mounted.paths) == served


def test_a_sync_client_on_a_mock_transport_runs_a_whole_batch(tmp_path: Path) -> None:
    """Answers a mock builds whole (already read) pass through as they are."""
    video = b"\x00\x00\x00\x18ftypmp42" + bytes(2000)
    paths: list[str] = []

    def api(request: httpx.Request) -> httpx.Response:
        paths.append(request.url.path)
        if request.url.path == "/v1/videos/generations":
            key = request.headers["idempotency-key"]
            return httpx.Response(200, json={"code": 200, "data": [{"task_id": f"t-{key}"}]})
        if request.url.path.startswith("/v1/tasks/"):
            task_id = request.url.path.rsplit("/", 1)[1]
            url = f"http://cdn.test/{task_id}.mp4"
            data = {"id": task_id, "status": "completed", "progress": 100}
            data["result"] = {"videos": [{"url": [url], "expires_at": 4102444800}]}
            return httpx.Response(200, json={"code": 200, "data": data})
        return httpx.Response(200, content=video, headers={"content-type": "video/mp4"})

    http = httpx.Client(transport=httpx.MockTransport(api))
    with VideoClient("k", base_url="http://api.test", http_client=http, poll_policy=FAST) as c:
        summary = c.batch(JOBS, tmp_path)
    assert summary.done == 4
    assert all((tmp_path / f"{job['id']}.mp4").read_bytes() == video for job in JOBS)
    assert sum(path.endswith(".mp4") for path in paths) == 4


def test_journal_commits_run_off_the_event_loop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[tuple[str, threading.Thread]] = []
    for name in ("__init__", "load", "reserve", "submitted", "downloading", "done", "rows"):
        original = getattr(Journal, name)

        def recorded(*args: Any, _name: str = name, _call: Callable[..., Any] = original) -> Any:
            threads.append((_name, threading.current_thread()))
            return _call(*args)

        monkeypatch.setattr(Journal, name, recorded)
    with (
        run_server(clock_speed=100) as server,
        VideoClient(server.api_key, base_url=server.base_url, poll_policy=FAST) as client,
    ):
        summary = client.batch(JOBS, tmp_path)  # its event loop runs in this thread
    assert summary.done == 4
    assert {name for name, _ in threads} >= {"load", "reserve", "submitted", "done"}
    assert all(thread is not threading.current_thread() for _, thread in threads), threads


def run_watched(main: Callable[[], Any]) -> tuple[Any, list[dict[str, Any]], set[Any]]:
    """Run `main()` on a loop that records every error reported to its handler (such as
    "Task exception was never retrieved"); return its result, the reports and the tasks
    still alive when it returned."""
    reports: list[dict[str, Any]] = []

    async def watched() -> tuple[Any, set[Any]]:
        asyncio.get_running_loop().set_exception_handler(lambda _, context: reports.append(context))
        result = await main()
        alive = asyncio.all_tasks() - {asyncio.current_task()}
        gc.collect()
        await asyncio.sleep(0.2)  # anything left would report now
        gc.collect()
        return result, alive

    result, alive = asyncio.run(watched())
    gc.collect()
    return result, reports, alive


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_no_task_outlives_a_finished_batch(tmp_path: Path, kind: str) -> None:
    with run_server(clock_speed=100) as server:

        async def main() -> Any:
            if kind == "sync":
                with VideoClient(
                    server.api_key, base_url=server.base_url, poll_policy=FAST
                ) as client:
                    return await Batch(JOBS, tmp_path).arun(client)
            async with AsyncVideoClient(
                server.api_key, base_url=server.base_url, poll_policy=FAST
            ) as aio:
                return await Batch(JOBS, tmp_path).arun(aio)

        summary, reports, alive = run_watched(main)
    assert summary.done == 4
    assert alive == set()
    assert reports == []


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_no_task_outlives_a_batch_cancelled_mid_poll(tmp_path: Path, kind: str) -> None:
    jobs = [{"id": f"j{n}", "prompt": f"shot {n}"} for n in range(12)]
    with run_server(clock_speed=10) as server:  # tasks take 2 s: polls are in flight

        async def main() -> Any:
            client: VideoClient | AsyncVideoClient
            if kind == "sync":
                client = VideoClient(
                    server.api_key, base_url=server.base_url, poll_policy=FAST, retry_policy=QUICK
                )
            else:
                client = AsyncVideoClient(
                    server.api_key, base_url=server.base_url, poll_policy=FAST, retry_policy=QUICK
                )
            try:
                await asyncio.wait_for(Batch(jobs, tmp_path, concurrency=12).arun(client), 0.8)
            except TimeoutError:
                return "cancelled"
            finally:
                if isinstance(client, AsyncVideoClient):
                    await client.close()
                else:
                    client.close()
            return "finished"

        outcome, reports, alive = run_watched(main)
    assert outcome == "cancelled"
    assert alive == set()
    assert reports == []
