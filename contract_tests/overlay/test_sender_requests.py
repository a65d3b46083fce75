"""What the sender's cheaper request building must keep: the caller's client settings under
our headers, the right URL for every task however many, one JSON parse per answer."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from apimart_video import AsyncVideoClient, VideoClient
from contract_tests.overlay.conftest import KEY, TASK_ID, submitted, task

Handler = Callable[[httpx.Request], httpx.Response]


def _answer(request: httpx.Request) -> httpx.Response:
    if request.method == "POST":
        return httpx.Response(200, json=submitted())
    return httpx.Response(200, json=task("processing", progress=10))


def _run(kind: str, handler: Handler, call: Callable[[Any], Any], **client: Any) -> Any:
    """`call(video_client)` on a client of `kind` over a caller-supplied httpx client."""
    if kind == "sync":
        with (
            httpx.Client(transport=httpx.MockTransport(handler), **client) as http,
            VideoClient(KEY, http_client=http) as video,
        ):
            return call(video)

    async def main() -> Any:
        async with (
            httpx.AsyncClient(transport=httpx.MockTransport(handler), **client) as http,
            AsyncVideoClient(KEY, http_client=http) as video,
        ):
            return await call(video)

    return asyncio.run(main())


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_our_headers_replace_the_callers_and_the_rest_of_its_settings_stay(kind: str) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return _answer(request)

    theirs = {
        "authorization": "Bearer someone-else",
        "User-Agent": "their-agent/1",
        "Idempotency-Key": "a-stale-key",
        "X-Trace": "kept",
    }
    result = _run(
        kind,
        handler,
        lambda c: c.text_to_video("a fox", idempotency_key="my-key-1"),
        headers=theirs,
        params={"tenant": "t9"},
        cookies={"session": "s1"},
    )
    assert result.idempotency_key == "my-key-1"
    (sent,) = seen
    assert sent.headers.get_list("authorization") == [f"Bearer {KEY}"]
    assert sent.headers.get_list("idempotency-key") == ["my-key-1"]
    (agent,) = sent.headers.get_list("user-agent")
    assert agent.startswith("apimart-video/")
    assert sent.headers.get_list("content-type") == ["application/json"]
    assert sent.headers["x-trace"] == "kept"
    assert sent.headers["cookie"] == "session=s1"
    assert sent.url.params["tenant"] == "t9"
    assert json.loads(sent.content) == {"model": "wan2.7", "prompt": "a fox"}


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_each_task_is_asked_at_its_own_url(kind: str) -> None:
    ids = [f"task_{n:05d}" for n in range(1064)]
    asked = [*ids, *ids[:3], "a b/c?d", ids[-1]]
    paths: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        paths.append(request.url.raw_path.decode())
        return _answer(request)

    if kind == "sync":
        _run(kind, handler, lambda c: [c.get_task(i) for i in asked])
    else:

        async def poll_all(c: AsyncVideoClient) -> None:
            for i in asked:
                await c.get_task(i)

        _run(kind, handler, poll_all)
    expected = [f"/v1/tasks/{i}" for i in asked]
    expected[-2] = "/v1/tasks/a%20b%2Fc%3Fd"
    assert paths == expected


def test_clients_with_different_base_urls_do_not_share_urls() -> None:
    hosts: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        hosts.append(f"{request.url.host}{request.url.path}")
        return _answer(request)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with (
        VideoClient(KEY, base_url="https://one.example", http_client=http) as one,
        VideoClient(KEY, base_url="https://two.example/api", http_client=http) as two,
    ):
        for client in (one, two, one, two):
            client.get_task(TASK_ID)
            client.text_to_video("a fox")
    one_calls = [f"one.example/v1/tasks/{TASK_ID}", "one.example/v1/videos/generations"]
    two_calls = [f"two.example/api/v1/tasks/{TASK_ID}", "two.example/api/v1/videos/generations"]
    assert hosts == [*one_calls, *two_calls, *one_calls, *two_calls]


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_each_answer_is_parsed_once(kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    parses: list[object] = []
    loads = json.loads

    def counting(text: Any, **options: Any) -> Any:
        parses.append(text)
        return loads(text, **options)

    async def both_async(c: AsyncVideoClient) -> None:
        await c.get_task((await c.text_to_video("a fox")).task_id)

    def both_sync(c: VideoClient) -> None:
        c.get_task(c.text_to_video("a fox").task_id)

    monkeypatch.setattr(json, "loads", counting)
    _run(kind, _answer, both_sync if kind == "sync" else both_async)
    assert len(parses) == 2
