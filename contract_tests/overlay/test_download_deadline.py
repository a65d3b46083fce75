"""`download(timeout=T)` is a deadline for the whole download (issue 17, item 6): against a
real video host that trickles bytes or says nothing, it raises `DownloadError` within
T + 1 s, sync and async, with the client's default 60 s request timeout in place."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from apimart_video import (
    AsyncVideoClient,
    DownloadError,
    InvalidRequestError,
    PollPolicy,
    Task,
    VideoClient,
)
from apimart_video._download.transfer import DEFAULT_DOWNLOAD_TIMEOUT
from apimart_video.batch.downloads import fetch_video
from apimart_video.testing import RunningServer, run_server

pytestmark = pytest.mark.slow  # real waits of a few seconds each

TIMEOUT = 2.0
HANG = 15.0
FAST = PollPolicy(first_poll=0.02, floor=0.02, cap=0.1)


def run(kind: str, server: RunningServer, call: Callable[[Any], Any]) -> Any:
    """`call(client)` with a client of `kind`, in a thread: a download that ignores its
    deadline fails the test after HANG seconds instead of holding it for hours."""
    outcome: list[Any] = []

    def body() -> None:
        try:
            if kind == "sync":
                with VideoClient(server.api_key, base_url=server.base_url) as client:
                    outcome.append(call(client))
                return

            async def main() -> Any:
                async with AsyncVideoClient(server.api_key, base_url=server.base_url) as aio:
                    return await call(aio)

            outcome.append(asyncio.run(main()))
        except BaseException as error:  # handed to the test's thread
            outcome.append(error)

    worker = threading.Thread(target=body, daemon=True)
    worker.start()
    worker.join(HANG)
    if worker.is_alive():
        pytest.fail(f"the download was still running after {HANG} s")
    (result,) = outcome
    if isinstance(result, BaseException):
        raise result
    return result


def completed(server: RunningServer) -> Task:
    with VideoClient(server.api_key, base_url=server.base_url, poll_policy=FAST) as client:
        return client.generate_and_wait(prompt="a fox", timeout=30)


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    value: str = request.param
    return value


@pytest.fixture(params=["trickle", "silent"])
def slow_host(request: pytest.FixtureRequest) -> Iterator[RunningServer]:
    host: dict[str, Any] = (
        {"trickle": 0.2, "trickle_on": {"download"}, "trickle_headers": False}
        if request.param == "trickle"
        else {"silent": frozenset({"download"})}
    )
    with run_server(clock_speed=100.0, task_seconds=2.0, **host) as server:
        yield server


def test_download_ends_within_its_timeout_when_the_host_trickles_or_is_silent(
    kind: str, slow_host: RunningServer, tmp_path: Path
) -> None:
    task = completed(slow_host)
    target = tmp_path / "fox.mp4"
    started = time.monotonic()
    with pytest.raises(DownloadError, match=r"timeout=2\.0") as late:
        run(kind, slow_host, lambda client: client.download(task, target, timeout=TIMEOUT))
    took = time.monotonic() - started
    assert took < TIMEOUT + 1, f"download(timeout={TIMEOUT}) took {took:.2f} s"
    assert "None for no overall deadline" in str(late.value)
    assert slow_host.app.stats.requests_by_route["download"] >= 1
    assert list(tmp_path.iterdir()) == [], "a partial file was left behind"


def test_a_download_by_task_id_counts_the_lookup_in_its_timeout(kind: str, tmp_path: Path) -> None:
    with run_server(
        clock_speed=100.0,
        task_seconds=2.0,
        trickle=0.2,
        trickle_on={"download"},
        trickle_headers=False,
    ) as server:
        task = completed(server)
        started = time.monotonic()
        with pytest.raises(DownloadError):
            run(kind, server, lambda client: client.download(task.task_id, tmp_path, timeout=1.5))
        took = time.monotonic() - started
    assert took < 2.5, f"download(timeout=1.5) took {took:.2f} s"


def test_a_batch_download_ends_within_its_timeout_and_keeps_its_partial(
    tmp_path: Path,
) -> None:
    from apimart_video import RetryPolicy

    with run_server(
        clock_speed=100.0,
        task_seconds=2.0,
        trickle=0.05,
        trickle_on={"download"},
        trickle_headers=False,
    ) as server:
        task = completed(server)
        assert task.video_url is not None
        url, target = task.video_url, tmp_path / "fox.mp4"

        async def main() -> None:
            async with AsyncVideoClient(server.api_key, base_url=server.base_url) as client:
                await fetch_video(
                    client, url, target, RetryPolicy(), task_id=task.task_id, timeout=TIMEOUT
                )

        started = time.monotonic()
        with pytest.raises(DownloadError):
            asyncio.run(main())
        took = time.monotonic() - started
    assert took < TIMEOUT + 1, f"fetch_video(timeout={TIMEOUT}) took {took:.2f} s"
    assert (tmp_path / ".fox.mp4.part").exists()
    assert not target.exists()


def test_the_default_download_timeout_is_documented() -> None:
    import inspect

    for method in (VideoClient.download, AsyncVideoClient.download):
        default = inspect.signature(method).parameters["timeout"].default
        assert default == DEFAULT_DOWNLOAD_TIMEOUT == 600.0
    guide = Path(__file__).parents[2] / "docs" / "downloads.md"
    assert "600 s" in guide.read_text()


@pytest.mark.parametrize("timeout", [-1, "10", True, float("nan")])
def test_a_bad_download_timeout_is_refused_before_any_request(timeout: Any, tmp_path: Path) -> None:
    with VideoClient("test-key") as client, pytest.raises(InvalidRequestError, match="timeout"):
        client.download("https://cdn.invalid/v.mp4", tmp_path / "v.mp4", timeout=timeout)
