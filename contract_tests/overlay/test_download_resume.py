"""download() resumes a broken body with a Range request, checks what the host answers,
restarts only when it must, and goes through the caller's http_client without any key."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from apimart_video import DownloadError, LocalFileError
from apimart_video._download.transfer import Download
from contract_tests.overlay.conftest import BASE, CDN_URL, KEY, TASK_ID, Driver, task

MIB = 1 << 20
VIDEO = bytes(range(256)) * (4 * MIB // 256)  # 4 MiB
NEW_VIDEO = bytes(reversed(range(256))) * (4 * MIB // 256)


class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body sent in 64 KiB pieces that breaks after `stop` bytes (a lost connection)."""

    def __init__(self, data: bytes, stop: int | None, served: list[int]) -> None:
        self.data, self.stop, self.served = data, stop, served

    def _pieces(self) -> Iterator[bytes]:
        end = len(self.data) if self.stop is None else self.stop
        for start in range(0, end, 64 * 1024):
            piece = self.data[start : min(start + 64 * 1024, end)]
            self.served.append(len(piece))
            yield piece
        if self.stop is not None:
            raise httpx.ReadError("connection reset mid-body")

    def __iter__(self) -> Iterator[bytes]:
        yield from self._pieces()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self._pieces():
            yield piece


class CDN:
    """A video host that drops bodies on cue and answers Range as a real one does."""

    def __init__(
        self,
        drops: list[float | None],
        *,
        etag: str | None = '"v1"',
        last_modified: str | None = None,
        honour_range: bool = True,
        change_after_first: bool = False,
        bad_start: bool = False,
    ) -> None:
        self.drops = drops
        self.etag = etag
        self.last_modified = last_modified
        self.honour_range = honour_range
        self.change_after_first = change_after_first
        self.bad_start = bad_start
        self.requests: list[httpx.Request] = []
        self.served: list[int] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        changed = self.change_after_first and len(self.requests) > 1
        data, etag = (NEW_VIDEO, '"v2"') if changed else (VIDEO, self.etag)
        drop = self.drops.pop(0) if self.drops else None
        headers = {"Content-Type": "video/mp4", "Accept-Ranges": "bytes"}
        if etag:
            headers["ETag"] = etag
        if self.last_modified:
            headers["Last-Modified"] = self.last_modified
        ranged = request.headers.get("range")
        validator = request.headers.get("if-range")
        fresh = validator is None or validator in (etag, self.last_modified)
        if ranged and self.honour_range and fresh:
            start = int(ranged.removeprefix("bytes=").removesuffix("-"))
            shown = start + 1 if self.bad_start else start
            headers["Content-Range"] = f"bytes {shown}-{len(data) - 1}/{len(data)}"
            headers["Content-Length"] = str(len(data) - start)
            stop = None if drop is None else int((len(data) - start) * drop)
            return httpx.Response(
                206, headers=headers, stream=Body(data[start:], stop, self.served)
            )
        headers["Content-Length"] = str(len(data))
        stop = None if drop is None else int(len(data) * drop)
        return httpx.Response(200, headers=headers, stream=Body(data, stop, self.served))


def http_client(driver: Driver, handler: Any, **options: Any) -> httpx.Client | httpx.AsyncClient:
    transport = httpx.MockTransport(handler)
    if driver.kind == "sync":
        return httpx.Client(transport=transport, **options)
    return httpx.AsyncClient(transport=transport, **options)


def download(driver: Driver, cdn: CDN, target: Path, **options: Any) -> Path:
    path: Path = driver.run(
        lambda c: c.download(CDN_URL, target, **options), http_client=http_client(driver, cdn)
    )
    return path


def test_a_break_at_60_percent_resumes_from_the_bytes_written(
    driver: Driver, tmp_path: Path
) -> None:
    cdn = CDN([0.6])
    path = download(driver, cdn, tmp_path / "v.mp4")
    assert path.read_bytes() == VIDEO
    first, second = cdn.requests
    assert "range" not in first.headers
    resumed_at = int(second.headers["range"].removeprefix("bytes=").removesuffix("-"))
    assert resumed_at == int(len(VIDEO) * 0.6) // (64 * 1024) * (64 * 1024) or resumed_at > 0
    assert second.headers["if-range"] == '"v1"'
    retransferred = sum(cdn.served) - len(VIDEO)
    assert retransferred < MIB // 4, retransferred  # "well under 1 MiB"


def test_several_breaks_each_resume_and_finish(driver: Driver, tmp_path: Path) -> None:
    cdn = CDN([0.3, 0.3, 0.3, 0.3, 0.3, 0.3])
    path = download(driver, cdn, tmp_path / "v.mp4")
    assert path.read_bytes() == VIDEO
    assert sum(cdn.served) - len(VIDEO) < MIB // 4


def test_last_modified_is_the_validator_without_a_strong_etag(
    driver: Driver, tmp_path: Path
) -> None:
    stamp = "Wed, 12 Nov 2025 08:00:00 GMT"
    cdn = CDN([0.5], etag='W/"weak"', last_modified=stamp)
    assert download(driver, cdn, tmp_path / "v.mp4").read_bytes() == VIDEO
    assert cdn.requests[1].headers["if-range"] == stamp


def test_a_206_with_a_newer_last_modified_is_not_spliced(driver: Driver, tmp_path: Path) -> None:
    """A host that answers 206 although If-Range no longer matches: the bytes are refused."""
    stamps = iter(["Wed, 12 Nov 2025 08:00:00 GMT", "Thu, 13 Nov 2025 08:00:00 GMT"])
    cdn = CDN([0.5], etag=None)

    def handler(request: httpx.Request) -> httpx.Response:
        cdn.last_modified = next(stamps, "Thu, 13 Nov 2025 08:00:00 GMT")
        if "if-range" in request.headers:
            del request.headers["if-range"]  # a host that ignores If-Range
        return cdn(request)

    path = driver.run(
        lambda c: c.download(CDN_URL, tmp_path / "v.mp4"), http_client=http_client(driver, handler)
    )
    assert path.read_bytes() == VIDEO
    assert "range" not in cdn.requests[-1].headers  # from zero after the refused 206


def test_a_host_that_ignores_range_restarts_from_zero(driver: Driver, tmp_path: Path) -> None:
    cdn = CDN([0.6], honour_range=False)
    assert download(driver, cdn, tmp_path / "v.mp4").read_bytes() == VIDEO
    assert "range" in cdn.requests[1].headers  # it asked...
    assert sum(cdn.served) >= len(VIDEO) * 1.5  # ...and had to take the whole video again


def test_a_video_that_changed_restarts_from_zero_with_the_new_bytes(
    driver: Driver, tmp_path: Path
) -> None:
    cdn = CDN([0.6], change_after_first=True)
    assert download(driver, cdn, tmp_path / "v.mp4").read_bytes() == NEW_VIDEO


def test_a_content_range_that_does_not_start_at_the_bytes_written_is_not_spliced(
    driver: Driver, tmp_path: Path
) -> None:
    cdn = CDN([0.6], bad_start=True)
    assert download(driver, cdn, tmp_path / "v.mp4").read_bytes() == VIDEO
    assert "range" not in cdn.requests[-1].headers  # from zero, not from a wrong offset


def test_the_partial_file_never_appears_at_the_target(driver: Driver, tmp_path: Path) -> None:
    target = tmp_path / "v.mp4"
    target.write_bytes(b"previous video")
    seen: list[bytes] = []
    cdn = CDN([0.5, 0.5])
    download(driver, cdn, target, on_progress=lambda done, total: seen.append(target.read_bytes()))
    assert set(seen) == {b"previous video"}
    assert target.read_bytes() == VIDEO
    assert [p.name for p in tmp_path.iterdir()] == ["v.mp4"]


def test_a_download_broken_mid_body_every_time_fails_and_leaves_nothing(
    driver: Driver, tmp_path: Path
) -> None:
    target = tmp_path / "v.mp4"
    target.write_bytes(b"previous video")
    cdn = CDN([0.4, 0.0, 0.0, 0.0, 0.0])  # some bytes, then no progress at all
    with pytest.raises(DownloadError, match="ReadError"):
        driver.run(
            lambda c: c.download(CDN_URL, target),
            max_retries=2,
            http_client=http_client(driver, cdn),
        )
    assert len(cdn.requests) == 4  # the first, then 3 without progress (max_retries=2)
    assert 0 < sum(cdn.served) < len(VIDEO)
    assert target.read_bytes() == b"previous video"
    assert [p.name for p in tmp_path.iterdir()] == ["v.mp4"]


def test_the_callers_http_client_carries_the_video_request_without_any_key(
    driver: Driver, tmp_path: Path
) -> None:
    """The caller's transport (and so its proxies and TLS settings) carries every request;
    the API key, and any Authorization the caller set on its client, never reach the CDN."""
    seen: list[httpx.Request] = []
    cdn = CDN([0.5])

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host == httpx.URL(BASE).host:
            return httpx.Response(200, json=task("completed"))
        return cdn(request)

    client = http_client(driver, handler, headers={"Authorization": "Bearer caller-token"})
    path = driver.run(lambda c: c.download(TASK_ID, tmp_path / "v.mp4"), http_client=client)
    assert path.read_bytes() == VIDEO
    api = [r for r in seen if r.url.host == httpx.URL(BASE).host]
    video = [r for r in seen if r.url.host != httpx.URL(BASE).host]
    assert [r.headers["authorization"] for r in api] == [f"Bearer {KEY}"]
    assert len(video) == 2
    assert all("authorization" not in r.headers for r in video)
    assert all(KEY not in str(r.headers) + str(r.url) for r in video)


def test_async_downloads_write_off_the_event_loop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import asyncio

    from apimart_video import AsyncVideoClient

    writers: set[int] = set()
    original = Download.write

    def write(self: Download, data: bytes) -> None:
        if data:
            writers.add(threading.get_ident())
        original(self, data)

    monkeypatch.setattr(Download, "write", write)

    async def main() -> tuple[Path, int]:
        loop_thread = threading.get_ident()
        client = httpx.AsyncClient(transport=httpx.MockTransport(CDN([0.5])))
        async with AsyncVideoClient(KEY, http_client=client) as video:
            return await video.download(CDN_URL, tmp_path / "v.mp4"), loop_thread

    path, loop_thread = asyncio.run(main())
    assert path.read_bytes() == VIDEO
    assert writers
    assert loop_thread not in writers


def test_a_host_that_breaks_every_attempt_after_a_few_bytes_is_given_up_on(
    driver: Driver, tmp_path: Path
) -> None:
    """Attempts that move on do not use up `max_retries`, but they are bounded too."""
    from apimart_video._download.transfer import MAX_RESUMES

    cdn = CDN([0.01] * (MAX_RESUMES + 10))
    with pytest.raises(DownloadError, match="ReadError"):
        download(driver, cdn, tmp_path / "v.mp4", timeout=None)
    assert len(cdn.requests) == MAX_RESUMES + 1
    assert [p.name for p in tmp_path.iterdir()] == []


def test_a_retry_after_longer_than_the_timeout_is_cut_to_the_time_left(
    driver: Driver, tmp_path: Path
) -> None:
    def busy(request: httpx.Request) -> httpx.Response:
        return httpx.Response(503, headers={"Retry-After": "30"})

    with pytest.raises(DownloadError):
        driver.run(
            lambda c: c.download(CDN_URL, tmp_path / "v.mp4", timeout=2),
            http_client=http_client(driver, busy),
        )
    assert driver.retry_sleeps, "the 503 was not retried"
    assert all(0 < sleep < 2 for sleep in driver.retry_sleeps), driver.retry_sleeps


def test_a_path_under_a_file_is_a_local_file_error_naming_it(
    driver: Driver, tmp_path: Path
) -> None:
    (tmp_path / "a-file").write_bytes(b"")
    with pytest.raises(LocalFileError, match=r"a-file.*a file stands where a directory is needed"):
        download(driver, CDN([]), tmp_path / "a-file" / "v.mp4")
