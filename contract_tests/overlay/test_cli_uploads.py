"""`apimart-video upload FILE`, and `--image ./frame.png` uploading first (issue 19)."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from apimart_video.cli import commands as cli
from apimart_video.testing import RunningServer, run_server

PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)


@pytest.fixture
def server() -> Iterator[RunningServer]:
    with run_server(clock_speed=1000.0, upload_limit=4096) as running:
        yield running


def run(server: RunningServer, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    argv = ["--base-url", server.base_url, "--api-key", server.api_key, *args]
    code = cli.main(argv, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def frame(tmp_path: Path) -> Path:
    path = tmp_path / "frame.png"
    path.write_bytes(PNG)
    return path


def test_upload_prints_the_url_that_serves_the_image(server: RunningServer, frame: Path) -> None:
    code, out, err = run(server, "upload", str(frame))
    assert (code, err) == (0, "")
    assert httpx.get(out.strip()).content == PNG


def test_upload_json_prints_the_whole_answer_and_the_expiry(
    server: RunningServer, frame: Path
) -> None:
    code, out, _ = run(server, "upload", str(frame), "--json")
    document = json.loads(out)
    assert code == 0
    assert set(document) >= {"url", "filename", "content_type", "bytes", "created_at"}
    assert (document["content_type"], document["bytes"]) == ("image/png", len(PNG))
    assert document["expires_at"]


def test_upload_of_a_text_file_exits_2_and_sends_nothing(
    server: RunningServer, tmp_path: Path
) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    code, out, err = run(server, "upload", str(text))
    assert (code, out) == (2, "")
    assert "notes.txt" in err
    assert "JPEG" in err
    assert server.app.requests_to("/v1/uploads") == []


def test_upload_above_the_limit_names_the_limit_and_exits_3(
    server: RunningServer, tmp_path: Path
) -> None:
    big = tmp_path / "big.png"
    big.write_bytes(PNG + bytes(8192))
    code, _, err = run(server, "upload", str(big))
    assert code == 3
    assert "4096 bytes" in err


def test_generate_with_a_local_image_uploads_it_first(
    server: RunningServer, frame: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(frame.parent)
    code, out, err = run(server, "generate", "--image", "./frame.png", "--prompt", "A fox")
    assert code == 0, err
    assert [r.path for r in server.app.requests] == [
        "/v1/uploads/images",
        "/v1/videos/generations",
    ]
    (record,) = server.app.store.tasks.values()
    assert record.body["image_urls"][0].startswith("http")
    assert out.strip() == record.task_id


def test_generate_with_a_local_audio_file_is_refused_before_sending(
    server: RunningServer, tmp_path: Path
) -> None:
    audio = tmp_path / "beat.mp3"
    audio.write_bytes(b"ID3" + bytes(16))
    code, _, err = run(server, "generate", "--prompt", "music", "--audio", str(audio))
    assert code == 2
    assert "public http" in err
    assert server.app.requests == []
