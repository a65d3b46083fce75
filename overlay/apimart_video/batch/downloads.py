"""A batch's downloads: resumable across processes, renamed into place exactly once.

The bytes go to `.<name>.part` beside the target: a name that does not change between
runs, so a batch killed mid-download continues with a `Range` request from the bytes it
already has, and `If-Range` with the validator they came with. The record beside the part
file (`_download.PartRecord`) ties those bytes to one task and URL: a leftover of another
task (a journal deleted to start over, a job id used again) is thrown away, never spliced.
The part file is renamed over the target only once complete, so the target never holds
half a video, and a target that exists is a finished download. `Download` makes
every decision and `_download.transfer` holds the one retry loop; this only names and keeps
the part file.
"""

from __future__ import annotations

import functools
from pathlib import Path

from apimart_video._download.files import short_name
from apimart_video._download.transfer import DEFAULT_DOWNLOAD_TIMEOUT, Download, deadline_after
from apimart_video._http.retry import RetryPolicy
from apimart_video.batch.api import BatchAPI, BatchClient

__all__ = ["fetch_video", "part_path"]


def part_path(target: Path) -> Path:
    """Where the bytes of `target` gather until they are complete (a short name always)."""
    return target.with_name(f".{short_name(target.name)}.part")


async def fetch_video(
    via: BatchAPI | BatchClient,
    url: str,
    target: Path,
    policy: RetryPolicy,
    *,
    task_id: str | None = None,
    timeout: float | None = DEFAULT_DOWNLOAD_TIMEOUT,  # noqa: ASYNC109 - a budget
) -> int:
    """Download `task_id`'s video at `url` to `target`, resuming its part file when the
    part's record names the same task and URL; return the body bytes received.

    `via` is a batch's `BatchAPI`, or a client (its interface is made for this download).
    Pass the task id: without it, a leftover is tied to its URL alone. `timeout` bounds
    the whole download (None: no bound). On a final failure (or a kill) the part file stays,
    for the next run to resume.
    """
    from anyio import to_thread

    start = functools.partial(
        Download,
        url,
        target,
        policy,
        lambda: None,
        partial=part_path(target),
        task_id=task_id,
        deadline=deadline_after(timeout),
        timeout=timeout,
    )
    job = await to_thread.run_sync(start)
    if isinstance(via, BatchClient):
        api = via._batch_api()
        try:
            await api.download(job)
        finally:
            await api.close()
    else:
        await via.download(job)
    return job.bytes_received
