"""Image uploads and local image files in requests (issue 19, item 4), against the real
reference server: it sniffs the type, stores the image, serves it at the URL it answers,
answers 413 above its limit, and records every request it sees."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from apimart_video import (
    APIConnectionError,
    APIMartError,
    InvalidRequestError,
    RateLimitError,
    UploadedImage,
    UploadOutcomeUnknownError,
    UploadTooLargeError,
)
from apimart_video.testing import FaultConfig, RunningServer, run_server
from contract_tests.overlay.conftest import KEY, Driver

IMAGES = {
    "image/jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(64),
    "image/png": b"\x89PNG\r\n\x1a\n" + bytes(64),
    "image/gif": b"GIF89a" + bytes(64),
    "image/webp": b"RIFF\x24\x00\x00\x00WEBPVP8 " + bytes(64),
}
PNG = IMAGES["image/png"]
LIMIT = 4096
UPLOADS = "/v1/uploads/images"
SUBMITS = "/v1/videos/generations"


@pytest.fixture
def server() -> Iterator[RunningServer]:
    with run_server(upload_limit=LIMIT, clock_speed=1000) as running:
        yield running


def on(server: RunningServer) -> dict[str, Any]:
    return {"api_key": server.api_key, "base_url": server.base_url}


def seen(server: RunningServer, path: str) -> int:
    return len(server.app.requests_to(path))


def submit_body(server: RunningServer) -> dict[str, Any]:
    """The JSON body of the one submit the server saw (read from its task store)."""
    (record,) = server.app.store.tasks.values()
    return dict(record.body)


@pytest.fixture
def frame(tmp_path: Path) -> Path:
    path = tmp_path / "frame.png"
    path.write_bytes(PNG)
    return path


@pytest.mark.parametrize("content_type", sorted(IMAGES))
def test_each_image_type_is_uploaded_and_served_back_at_its_url(
    driver: Driver, server: RunningServer, tmp_path: Path, content_type: str
) -> None:
    data = IMAGES[content_type]
    path = tmp_path / "picture.bin"  # the name says nothing: the content decides
    path.write_bytes(data)
    image = driver.run(lambda c: c.upload_image(path), **on(server))
    assert isinstance(image, UploadedImage)
    assert (image.content_type, image.size, image.filename) == (
        content_type,
        len(data),
        "picture.bin",
    )
    assert image.created_at is not None
    assert image.expires_at is not None
    assert image.expires_at - image.created_at == timedelta(hours=72)
    assert httpx.get(image.url).content == data


def test_bytes_are_uploaded_under_the_filename_given(driver: Driver, server: RunningServer) -> None:
    image = driver.run(lambda c: c.upload_image(PNG, filename="cover.png"), **on(server))
    assert image.filename == "cover.png"
    assert httpx.get(image.url).content == PNG


def test_a_text_file_is_refused_before_sending_naming_the_file_and_the_types(
    driver: Driver, server: RunningServer, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.png"
    notes.write_text("not an image at all")
    with pytest.raises(InvalidRequestError) as raised:
        driver.run(lambda c: c.upload_image(notes), **on(server))
    message = str(raised.value)
    assert str(notes) in message
    assert all(kind in message for kind in ("GIF", "JPEG", "PNG", "WebP"))
    assert server.app.requests == []


def test_a_missing_file_is_a_clear_error_and_nothing_is_sent(
    driver: Driver, server: RunningServer, tmp_path: Path
) -> None:
    missing = tmp_path / "nowhere.png"
    with pytest.raises(InvalidRequestError, match="cannot read the file") as raised:
        driver.run(lambda c: c.upload_image(missing), **on(server))
    assert str(missing) in str(raised.value)
    assert server.app.requests == []


def test_an_image_above_the_limit_is_a_413_naming_the_size_and_the_limit(
    driver: Driver, server: RunningServer
) -> None:
    big = PNG + bytes(LIMIT)
    with pytest.raises(UploadTooLargeError) as raised:
        driver.run(lambda c: c.upload_image(big), **on(server))
    error = raised.value
    assert (error.status_code, error.size, error.limit) == (413, len(big), LIMIT)
    assert f"{len(big)} bytes" in str(error)
    assert f"{LIMIT} bytes" in str(error)
    assert seen(server, UPLOADS) == 1


def test_a_connection_dropped_after_sending_says_the_upload_may_have_happened_and_is_not_retried(
    driver: Driver,
) -> None:
    faults = FaultConfig(rates={"upload": 1.0}, kinds=("drop",))
    with run_server(faults=faults) as server:
        with pytest.raises(UploadOutcomeUnknownError, match="may have happened") as raised:
            driver.run(lambda c: c.upload_image(PNG), **on(server))
        assert raised.value.reason == "connection"
        assert seen(server, UPLOADS) == 1  # sent once, never again
        assert len(server.app.images.images) == 1  # and it was indeed stored


def test_an_upload_timing_out_after_sending_says_it_may_have_happened_and_is_not_retried(
    driver: Driver,
) -> None:
    faults = FaultConfig(rates={"upload": 1.0}, kinds=("slow",), slow_seconds=1.0)
    with run_server(faults=faults) as server:
        with pytest.raises(UploadOutcomeUnknownError, match="may have happened") as raised:
            driver.run(lambda c: c.upload_image(PNG), timeout=0.3, **on(server))
        assert raised.value.reason == "timeout"
        assert seen(server, UPLOADS) == 1


@pytest.mark.parametrize("kind", ["server_error", "bad_gateway", "unavailable", "rate_limit"])
def test_an_upload_answered_with_an_error_status_is_never_retried(
    driver: Driver, kind: str
) -> None:
    faults = FaultConfig(rates={"upload": 1.0}, kinds=(kind,))  # type: ignore[arg-type]
    with run_server(faults=faults) as server:
        with pytest.raises(APIMartError) as raised:
            driver.run(lambda c: c.upload_image(PNG), **on(server))
        assert seen(server, UPLOADS) == 1
    if kind in ("server_error", "bad_gateway", "unavailable"):
        assert isinstance(raised.value, UploadOutcomeUnknownError)
        assert raised.value.reason == "server_error"
    else:
        assert isinstance(raised.value, RateLimitError)


def test_an_upload_that_cannot_connect_says_it_was_not_uploaded(driver: Driver) -> None:
    with run_server() as server:
        closed = server.base_url
    with pytest.raises(APIConnectionError) as raised:
        driver.run(lambda c: c.upload_image(PNG), api_key="k", base_url=closed)
    assert not isinstance(raised.value, UploadOutcomeUnknownError)


def test_a_local_path_first_frame_is_uploaded_once_and_the_submit_carries_its_url(
    driver: Driver, server: RunningServer, frame: Path
) -> None:
    driver.run(lambda c: c.first_frame_to_video(frame, prompt="A fox wakes up"), **on(server))
    assert [r.path for r in server.app.requests] == [UPLOADS, SUBMITS]
    (stored,) = server.app.images.images.values()
    (url,) = submit_body(server)["image_urls"]
    assert url.endswith(stored.path_name)
    assert httpx.get(url).content == PNG


def test_the_same_file_twice_in_one_call_is_uploaded_once(
    driver: Driver, server: RunningServer, frame: Path
) -> None:
    driver.run(
        lambda c: c.first_last_frame_to_video(frame, str(frame), prompt="A loop"), **on(server)
    )
    assert seen(server, UPLOADS) == 1
    first, last = submit_body(server)["image_urls"]
    assert first == last
    assert first.startswith("http")


def test_image_with_roles_urls_may_be_local_files(
    driver: Driver, server: RunningServer, frame: Path, tmp_path: Path
) -> None:
    last = tmp_path / "last.gif"
    last.write_bytes(IMAGES["image/gif"])
    roles: list[dict[str, Any]] = [
        {"url": str(frame), "role": "first_frame"},
        {"url": last, "role": "last_frame"},
    ]
    driver.run(lambda c: c.generate(image_with_roles=roles, prompt="A morph"), **on(server))
    assert seen(server, UPLOADS) == 2
    sent = submit_body(server)["image_with_roles"]
    assert [item["role"] for item in sent] == ["first_frame", "last_frame"]
    assert all(item["url"].startswith("http") for item in sent)
    assert roles[1]["url"] == last  # the caller's list is left as it was


def test_a_string_that_is_neither_a_url_nor_a_file_is_refused_naming_the_field(
    driver: Driver, server: RunningServer
) -> None:
    with pytest.raises(InvalidRequestError, match=r"image_urls\[0\]"):
        driver.run(lambda c: c.first_frame_to_video("./no-such-frame.png"), **on(server))
    assert server.app.requests == []


@pytest.mark.parametrize(
    "fields",
    [
        lambda media: {"prompt": "music", "audio_url": media},
        lambda media: {"image_urls": ["https://cdn.example.com/a.png"], "audio_url": str(media)},
        lambda media: {"video_urls": [media]},
    ],
    ids=["background-music", "driving-audio", "continuation-video"],
)
def test_audio_and_video_local_paths_are_refused_saying_they_need_public_urls(
    driver: Driver, server: RunningServer, tmp_path: Path, fields: Callable[[Path], Any]
) -> None:
    media = tmp_path / "clip.mp3"
    media.write_bytes(b"ID3" + bytes(32))
    with pytest.raises(InvalidRequestError, match="public http") as raised:
        driver.run(lambda c: c.generate(**fields(media)), **on(server))
    assert "cannot be uploaded" in str(raised.value)
    assert server.app.requests == []


def test_a_failed_upload_starts_no_generation(driver: Driver, tmp_path: Path) -> None:
    big = tmp_path / "big.png"
    big.write_bytes(PNG + bytes(LIMIT))
    with run_server(upload_limit=LIMIT) as server:
        with pytest.raises(UploadTooLargeError) as raised:
            driver.run(lambda c: c.first_frame_to_video(big, prompt="x"), **on(server))
        assert seen(server, SUBMITS) == 0
    assert raised.value.idempotency_key is not None  # as every error out of a submit call


def test_a_non_image_local_frame_is_refused_before_anything_is_sent(
    driver: Driver, server: RunningServer, tmp_path: Path
) -> None:
    text = tmp_path / "frame.txt"
    text.write_text("hello")
    with pytest.raises(InvalidRequestError, match=r"image_urls\[0\]"):
        driver.run(lambda c: c.first_frame_to_video(text), **on(server))
    assert server.app.requests == []


UPLOAD_URL = "https://api.apimart.ai/v1/uploads/images"


@pytest.mark.parametrize(
    ("created_at", "expected"),
    [
        (1_763_088_289, datetime(2025, 11, 14, 2, 44, 49, tzinfo=UTC)),
        ("2025-11-14T02:44:49Z", datetime(2025, 11, 14, 2, 44, 49, tzinfo=UTC)),
        (1_763_088_289_000, datetime(2025, 11, 14, 2, 44, 49, tzinfo=UTC)),
        ("yesterday", None),
        (None, None),
    ],
    ids=["seconds", "iso", "millis", "unreadable", "null"],
)
def test_created_at_is_read_leniently_and_expires_at_follows_it(
    driver: Driver, api: respx.MockRouter, created_at: object, expected: datetime | None
) -> None:
    answer = {"url": "https://cdn.example.com/a.png", "bytes": "many", "created_at": created_at}
    api.post(UPLOAD_URL).mock(return_value=httpx.Response(200, json=answer))
    image = driver.run(lambda c: c.upload_image(PNG))
    assert image.url == "https://cdn.example.com/a.png"
    assert image.size is None  # not a count of bytes: left out, kept in `raw`
    assert image.created_at == expected
    assert image.expires_at == (None if expected is None else expected + timedelta(hours=72))


@pytest.mark.parametrize("body", [b"<html>ok</html>", b'{"filename": "a.png"}'])
def test_a_2xx_without_a_url_says_the_upload_may_have_happened(
    driver: Driver, api: respx.MockRouter, body: bytes
) -> None:
    route = api.post(UPLOAD_URL).mock(return_value=httpx.Response(200, content=body))
    with pytest.raises(UploadOutcomeUnknownError, match="may have happened") as raised:
        driver.run(lambda c: c.upload_image(PNG))
    assert raised.value.reason == "unreadable_answer"
    assert route.call_count == 1


def test_the_multipart_body_uses_the_boundary_its_header_names(
    driver: Driver, api: respx.MockRouter
) -> None:
    answer = {"url": "https://cdn.example.com/a.png", "bytes": len(PNG), "created_at": 1}
    route = api.post(UPLOAD_URL).mock(return_value=httpx.Response(200, json=answer))
    driver.run(lambda c: c.upload_image(PNG, filename="a.png"))
    request = route.calls.last.request
    boundary = request.headers["content-type"].split("boundary=", 1)[1]
    assert request.content.startswith(f"--{boundary}\r\n".encode())
    assert b'name="file"; filename="a.png"' in request.content
    assert b"Content-Type: image/png" in request.content
    assert request.headers["authorization"] == f"Bearer {KEY}"
