"""A partial file belongs to one task (issue 17, item 4), against a real reference server.

A batch's part file outlives its process; the record beside it ties it to a task, a URL and
the validator its bytes came with. A leftover it does not tie to this task is discarded,
never spliced; a resume in a new process sends `If-Range` with the recorded validator; a
symlink at any of the names is never followed.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from apimart_video import AsyncVideoClient, PollPolicy, RetryPolicy, Task, VideoClient
from apimart_video._download.files import PartRecord, url_identity
from apimart_video.batch.downloads import fetch_video, part_path
from apimart_video.testing import RunningServer, run_server

SIZE = 3_000_000
OLD_BYTES = b"OLD!" * 100_000
QUICK = RetryPolicy(max_retries=2, backoff_initial=0.01, backoff_max=0.05)


def record_path(target: Path) -> Path:
    return part_path(target).with_name(f"{part_path(target).name}.json")


def completed(server: RunningServer, count: int = 1) -> list[Task]:
    fast = PollPolicy(first_poll=0.02, floor=0.02, cap=0.1)
    with VideoClient(server.api_key, base_url=server.base_url, poll_policy=fast) as client:
        return [client.generate_and_wait(prompt=f"shot {n}", timeout=30) for n in range(count)]


def fetch(server: RunningServer, task: Task, target: Path, policy: RetryPolicy = QUICK) -> int:
    assert task.video_url is not None
    url = task.video_url

    async def run() -> int:
        async with AsyncVideoClient(server.api_key, base_url=server.base_url) as client:
            return await fetch_video(client, url, target, policy, task_id=task.task_id)

    return asyncio.run(run())


def whole(server: RunningServer) -> bytes:
    """The whole video of the server's last task (each task's clip is its own)."""
    video = server.app.video(list(server.app.store.tasks)[-1])
    return b"".join(video.iter_range(0, video.size - 1))


def cdn_gets(server: RunningServer) -> list[dict[str, str]]:
    return [seen.headers for seen in server.app.requests_to("/cdn/") if seen.method == "GET"]


@pytest.fixture
def server() -> Iterator[RunningServer]:
    with run_server(clock_speed=100.0, task_seconds=2.0, video_size=SIZE) as running:
        yield running


@pytest.mark.parametrize("leftover", ["no record", "another task", "another URL", "bad record"])
def test_a_leftover_partial_not_tied_to_this_task_is_discarded_not_spliced(
    server: RunningServer, leftover: str, tmp_path: Path
) -> None:
    old, new = completed(server, 2)
    assert old.video_url is not None
    assert new.video_url is not None
    target = tmp_path / "shot-1.mp4"
    part_path(target).write_bytes(OLD_BYTES)
    if leftover == "another task":
        PartRecord(old.task_id, url_identity(new.video_url)).write(record_path(target))
    elif leftover == "another URL":
        PartRecord(new.task_id, url_identity(old.video_url)).write(record_path(target))
    elif leftover == "bad record":
        record_path(target).write_text('["not", "a record"]')
    fetch(server, new, target)
    assert target.read_bytes() == whole(server), "the old bytes were spliced in"
    assert [headers.get("range") for headers in cdn_gets(server)] == [None]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shot-1.mp4"]


def test_a_partial_of_a_killed_task_is_not_resumed_into_another_task(tmp_path: Path) -> None:
    """A positional job id used again: the first task's download was killed midway."""

    class Killed(BaseException):
        pass

    async def killed(seconds: float) -> None:
        raise Killed

    with run_server(
        clock_speed=100.0, task_seconds=2.0, video_size=SIZE, video_drop_at=0.5
    ) as server:
        first, second = completed(server, 2)
        target = tmp_path / "1.mp4"
        with pytest.raises(Killed):
            fetch(server, first, target, RetryPolicy(async_sleep=killed))
        assert part_path(target).stat().st_size > 0
        fetch(server, second, target)
        gets = cdn_gets(server)
    assert target.read_bytes() == whole(server)
    # The second task's first GET starts from zero (the server drops it too: it then resumes).
    assert (gets[1].get("range"), gets[1].get("if-range")) == (None, None)
    assert not part_path(target).exists()
    assert not record_path(target).exists()


RESTARTED = """
import asyncio, os, sys
from pathlib import Path
from apimart_video import AsyncVideoClient, RetryPolicy
from apimart_video.batch.downloads import fetch_video

base_url, key, url, target, task_id = sys.argv[1:]

async def die(seconds: float) -> None:
    os._exit(9)  # killed between two attempts: nothing is cleaned up

async def main() -> None:
    async with AsyncVideoClient(key, base_url=base_url) as client:
        policy = RetryPolicy(async_sleep=die)
        await fetch_video(client, url, Path(target), policy, task_id=task_id)

asyncio.run(main())
"""


def test_a_resume_in_a_new_process_sends_if_range_with_the_recorded_validator(
    tmp_path: Path,
) -> None:
    with run_server(
        clock_speed=100.0, task_seconds=2.0, video_size=SIZE, video_drop_at=0.6
    ) as server:
        (task,) = completed(server)
        assert task.video_url is not None
        target = tmp_path / "fox.mp4"
        killed = subprocess.run(
            [sys.executable, "-c", RESTARTED, *server, task.video_url, str(target), task.task_id],
            capture_output=True,
            timeout=60,
        )
        assert killed.returncode == 9, killed.stderr.decode()
        kept = part_path(target).stat().st_size
        first_etag = cdn_gets(server)[0]
        fetched = fetch(server, task, target)
        gets = cdn_gets(server)
        sent_etag = f'"{task.task_id}-{SIZE}"'  # what the reference CDN sends for this video
    assert 0 < kept < SIZE
    assert "range" not in first_etag
    assert len(gets) == 2
    assert gets[1].get("range") == f"bytes={kept}-"
    assert gets[1].get("if-range") == sent_etag
    assert fetched == SIZE - kept
    assert target.read_bytes() == whole(server)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fox.mp4"]


def _symlink(link: Path, to: Path) -> None:
    try:
        link.symlink_to(to)
    except (OSError, NotImplementedError) as error:  # Windows without the privilege
        pytest.skip(f"cannot create a symlink here: {error}")


@pytest.mark.parametrize("at", ["partial", "partial, tied by a record", "record", "target"])
def test_a_symlink_at_a_download_name_is_never_followed(
    server: RunningServer, at: str, tmp_path: Path
) -> None:
    (task,) = completed(server)
    assert task.video_url is not None
    victim = tmp_path / "elsewhere" / "victim.txt"
    victim.parent.mkdir()
    victim.write_bytes(b"precious")
    out = tmp_path / "out"
    out.mkdir()
    target = out / "fox.mp4"
    if at.startswith("partial"):
        _symlink(part_path(target), victim)
    if at == "partial, tied by a record":
        PartRecord(task.task_id, url_identity(task.video_url)).write(record_path(target))
    if at == "record":
        _symlink(record_path(target), victim)
    if at == "target":
        _symlink(target, victim)
    fetch(server, task, target)
    assert victim.read_bytes() == b"precious"
    assert not target.is_symlink()
    assert target.read_bytes() == whole(server)
    assert sorted(p.name for p in out.iterdir()) == ["fox.mp4"]


def test_a_dangling_symlink_at_the_partial_name_creates_nothing_at_its_target(
    server: RunningServer, tmp_path: Path
) -> None:
    (task,) = completed(server)
    planted = tmp_path / "planted.mp4"
    target = tmp_path / "fox.mp4"
    _symlink(part_path(target), planted)
    fetch(server, task, target)
    assert not planted.exists()
    assert target.read_bytes() == whole(server)


def test_without_o_nofollow_as_on_windows_a_symlinked_partial_is_still_not_followed(
    server: RunningServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the OS has no `O_NOFOLLOW`, `lstat` before opening keeps the promise."""
    from apimart_video._download import files as _download

    monkeypatch.setattr(_download, "_OPEN_FLAGS", getattr(os, "O_BINARY", 0))
    (task,) = completed(server)
    assert task.video_url is not None
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"precious")
    target = tmp_path / "fox.mp4"
    _symlink(part_path(target), victim)
    PartRecord(task.task_id, url_identity(task.video_url)).write(record_path(target))
    fetch(server, task, target)
    assert victim.read_bytes() == b"precious"
    assert target.read_bytes() == whole(server)
