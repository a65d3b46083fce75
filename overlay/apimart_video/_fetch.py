"""A batch's downloads: resumable across processes, renamed into place exactly once.

The bytes go to `.<name>.part` beside the target: a name that does not change between
runs, so a batch killed mid-download continues with a `Range` request from the bytes it
already has (the checks of `Download`: `Content-Range` must start there, a host that
ignores `Range` starts over). The part file is renamed over the target only once
complete, so the target never holds half a video, and a target that exists is a finished
download. The client's `Download` makes every decision; this only keeps its part file.
"""

from __future__ import annotations

import functools
from pathlib import Path

from apimart_video._client import AsyncVideoClient
from apimart_video._download import Download
from apimart_video._retry import RetryPolicy

__all__ = ["fetch_video", "part_path"]


def part_path(target: Path) -> Path:
    """Where the bytes of `target` gather until they are complete."""
    return target.with_name(f".{target.name}.part")


async def fetch_video(client: AsyncVideoClient, url: str, target: Path, policy: RetryPolicy) -> int:
    """Download `url` to `target`, resuming its part file; return the body bytes received.

    On a final failure (or a kill) the part file stays, for the next run to resume.
    """
    from anyio import to_thread

    start = functools.partial(
        Download, url, target, policy, lambda: None, partial=part_path(target)
    )
    job = await to_thread.run_sync(start)
    try:
        while True:
            try:
                await client._download_once(job)
                await to_thread.run_sync(job.finish)
                return job.bytes_received
            except Exception as error:
                await to_thread.run_sync(job.write, job.take())
                delay = await to_thread.run_sync(job.failed, error)  # raises when final
                await policy.async_sleep(delay)
    finally:
        await to_thread.run_sync(job.discard)  # closes the file; the part is kept
