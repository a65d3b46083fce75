"""download(): atomic, streaming, never with the key, refusing expired URLs."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
import respx

from apimart_video import DownloadError, Task, TaskStatus, URLExpiredError
from contract_tests.overlay.conftest import BASE, CDN_URL, TASK_ID, Driver, task

VIDEO = b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 4000
STATUS = f"{BASE}/v1/tasks/{TASK_ID}"


def completed_task(expires_at: float = 4102444800) -> Task:
    from datetime import UTC, datetime

    return Task(
        task_id=TASK_ID,
        status=TaskStatus.COMPLETED,
        raw_status="completed",
        video_urls=(CDN_URL,),
        expires_at=datetime.fromtimestamp(expires_at, tz=UTC),
    )


def test_download_writes_the_bytes_without_the_api_key(driver: Driver, tmp_path: Path) -> None:
    with respx.mock() as cdn:
        route = cdn.get(CDN_URL).mock(return_value=httpx.Response(200, content=VIDEO))
        path = driver.run(lambda c: c.download(completed_task(), tmp_path / "out" / "v.mp4"))
    assert path.read_bytes() == VIDEO
    assert "authorization" not in route.calls.last.request.headers
    assert [p.name for p in path.parent.iterdir()] == ["v.mp4"]


def test_download_by_task_id_looks_the_task_up(
    driver: Driver, api: respx.MockRouter, tmp_path: Path
) -> None:
    api.get(STATUS).mock(return_value=httpx.Response(200, json=task("completed")))
    api.get(CDN_URL).mock(return_value=httpx.Response(200, content=VIDEO))
    path = driver.run(lambda c: c.download(TASK_ID, tmp_path / "v.mp4"))
    assert path.read_bytes() == VIDEO


def test_expired_url_is_refused_before_any_request(driver: Driver, tmp_path: Path) -> None:
    with respx.mock(assert_all_called=False) as cdn:
        route = cdn.get(CDN_URL).mock(return_value=httpx.Response(200, content=VIDEO))
        with pytest.raises(URLExpiredError, match="expired"):
            driver.run(lambda c: c.download(completed_task(expires_at=1000), tmp_path / "v.mp4"))
    assert route.call_count == 0
    assert not (tmp_path / "v.mp4").exists()


def test_gone_url_is_an_expired_error(driver: Driver, tmp_path: Path) -> None:
    with respx.mock() as cdn:
        cdn.get(CDN_URL).mock(return_value=httpx.Response(410, text="gone"))
        with pytest.raises(URLExpiredError):
            driver.run(lambda c: c.download(CDN_URL, tmp_path / "v.mp4"))


def test_a_broken_download_leaves_no_file_and_keeps_the_old_one(
    driver: Driver, tmp_path: Path
) -> None:
    target = tmp_path / "v.mp4"
    target.write_bytes(b"previous video")

    def broken(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadError("connection lost mid-stream")

    with respx.mock() as cdn:
        route = cdn.get(CDN_URL).mock(side_effect=broken)
        with pytest.raises(DownloadError, match="ReadError"):
            driver.run(lambda c: c.download(CDN_URL, target), max_retries=2)
    assert route.call_count == 3
    assert target.read_bytes() == b"previous video"
    assert [p.name for p in tmp_path.iterdir()] == ["v.mp4"]


def test_a_server_error_is_retried_then_succeeds(driver: Driver, tmp_path: Path) -> None:
    with respx.mock() as cdn:
        cdn.get(CDN_URL).mock(side_effect=[httpx.Response(503), httpx.Response(200, content=VIDEO)])
        path = driver.run(lambda c: c.download(CDN_URL, tmp_path / "v.mp4"))
    assert path.read_bytes() == VIDEO


def test_a_task_without_video_cannot_be_downloaded(driver: Driver, tmp_path: Path) -> None:
    pending = Task(task_id=TASK_ID, status=TaskStatus.PENDING, raw_status="pending")
    with pytest.raises(DownloadError, match="no video"):
        driver.run(lambda c: c.download(pending, tmp_path / "v.mp4"))


def test_progress_reports_bytes_and_total(driver: Driver, tmp_path: Path) -> None:
    reports: list[tuple[int, int | None]] = []
    with respx.mock() as cdn:
        cdn.get(CDN_URL).mock(return_value=httpx.Response(200, content=VIDEO))
        driver.run(
            lambda c: c.download(
                CDN_URL, tmp_path / "v.mp4", on_progress=lambda d, t: reports.append((d, t))
            )
        )
    assert reports[-1] == (len(VIDEO), len(VIDEO))


def test_a_directory_gets_a_file_named_after_the_task(
    driver: Driver, api: respx.MockRouter, tmp_path: Path
) -> None:
    api.get(STATUS).mock(return_value=httpx.Response(200, json=task("completed")))
    api.get(CDN_URL).mock(return_value=httpx.Response(200, content=VIDEO))
    by_task = driver.run(lambda c: c.download(completed_task(), tmp_path))
    by_id = driver.run(lambda c: c.download(TASK_ID, f"{tmp_path / 'new'}/"))
    by_url = driver.run(lambda c: c.download(CDN_URL, tmp_path / "new"))
    assert by_task == tmp_path / f"{TASK_ID}.mp4"
    assert by_id == tmp_path / "new" / f"{TASK_ID}.mp4"
    assert by_url == tmp_path / "new" / "abc.mp4"
    assert by_task.read_bytes() == by_id.read_bytes() == by_url.read_bytes() == VIDEO
