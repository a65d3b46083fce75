"""A video body broken mid-way (issue 9, items 6 and 7): the download resumes from the bytes
it has, the file is whole and exact, and well under 1 MiB is sent twice."""

from __future__ import annotations

from pathlib import Path

import pytest

from apimart_video import Task
from apimart_video.testing import clip, run_server
from contract_tests.hostile.conftest import Kind, use_client

MIB = 1 << 20


@pytest.mark.parametrize("size", [None, 3_000_000], ids=["clip", "3MB"])
def test_a_download_broken_at_60_percent_resumes_and_is_exact(
    kind: Kind, size: int | None, tmp_path: Path
) -> None:
    with run_server(
        clock_speed=100.0, task_seconds=2.0, video_size=size, video_drop_at=0.6
    ) as server:
        task: Task = use_client(
            kind, server, lambda client: client.generate_and_wait(prompt="x", timeout=30)
        )
        target = tmp_path / "fox.mp4"
        use_client(kind, server, lambda client: client.download(task, target))
        app = server.app
        video = app.video(task.task_id)
        expected = b"".join(video.iter_range(0, video.size - 1))
        stats = app.stats_report()
        gets = [r for r in app.requests_to("/cdn/") if r.method == "GET"]
    assert stats["videos_dropped"] == 1
    assert target.read_bytes() == expected
    if size is None:
        assert expected == clip()
    assert len(gets) == 2, "one broken GET, then one that resumes"
    assert gets[1].headers.get("range") == f"bytes={int(len(expected) * 0.6)}-"
    resent = stats["video_bytes_sent"] - len(expected)
    assert 0 <= resent < MIB, f"{resent} bytes sent twice"
