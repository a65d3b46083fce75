"""Downloading a video: where it comes from, and how it lands on disk atomically.

The bytes stream to a temporary file beside the target, which is renamed over the target
only once complete: a reader never sees half a video, and a failure leaves nothing behind.
The file is not forced to disk (no fsync), as curl and pip do not: that cost a third of the
throughput, and a machine that dies just after can download again until `expires_at`.
Video URLs live on a CDN host and are signed: no API key is ever sent with them.
"""

from __future__ import annotations

import contextlib
import os
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath
from typing import IO, Any

import httpx

from apimart_video._exceptions import DownloadError, URLExpiredError
from apimart_video._retry import RetryPolicy
from apimart_video._types import Task

__all__ = [
    "DownloadProgress",
    "atomic_file",
    "check_download_response",
    "download_target",
    "is_url",
    "video_source",
]

CHUNK_SIZE = 1 << 20
DownloadProgress = Callable[[int, int | None], object]
"""Called with (bytes written so far, total bytes or None)."""


def is_url(task_or_url: str) -> bool:
    """True for a video URL, False for a task id (both are accepted where a video is asked)."""
    return task_or_url.startswith(("http://", "https://"))


def download_target(path: str | Path, task: Task | str) -> Path:
    """`path`, or, when it is a directory (or ends with a slash), a file in it named
    `<task id>.mp4` for a task, or after the URL's last segment for a URL."""
    target = Path(path)
    if not (target.is_dir() or str(path).endswith(("/", os.sep))):
        return target
    if isinstance(task, Task):
        return target / f"{task.task_id}.mp4"
    name = PurePosixPath(httpx.URL(task).path).name
    return target / (name or "video.mp4")


def video_source(task: Task | str, now: float | None = None) -> str:
    """The URL to download: a URL as given, or a completed task's first video."""
    if isinstance(task, str):
        return task
    if task.video_url is None:
        raise DownloadError(
            f"task {task.task_id} has no video to download (status {task.raw_status})"
        )
    if task.is_expired(time.time() if now is None else now):
        assert task.expires_at is not None
        raise URLExpiredError(
            f"the video URL of task {task.task_id} expired at {task.expires_at.isoformat()}; "
            "the API keeps videos for a limited time only"
        )
    return task.video_url


class _RetryableDownload(DownloadError):
    """A download failure worth another try (connection lost, 5xx)."""


def check_download_response(response: httpx.Response) -> int | None:
    """Raise for an answer that is not the video; return its length when known."""
    status = response.status_code
    url = response.request.url.copy_with(query=None)
    if status in (403, 410):
        raise URLExpiredError(f"GET {url} -> HTTP {status}: the video URL has expired or is gone")
    if status >= 500 or status in (408, 429):
        raise _RetryableDownload(f"GET {url} -> HTTP {status}")
    if not response.is_success:
        raise DownloadError(f"GET {url} -> HTTP {status}")
    length = response.headers.get("content-length")
    return int(length) if length and length.isdigit() else None


@contextlib.contextmanager
def atomic_file(path: Path) -> Iterator[IO[bytes]]:
    """A binary file that replaces `path` only if the block ends without an error.

    The temporary file is created with the usual permissions (0666 less the umask).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:12]}.part")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            yield handle
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def retry_options(policy: RetryPolicy, on_retry: Callable[[], object]) -> dict[str, Any]:
    """tenacity options for a whole download: retried on lost connections, 408, 429, 5xx."""
    import tenacity

    return {
        "before_sleep": lambda state: on_retry(),
        "retry": tenacity.retry_if_exception_type((_RetryableDownload, httpx.TransportError)),
        "stop": tenacity.stop_after_attempt(policy.max_retries + 1),
        "wait": tenacity.wait_random_exponential(
            multiplier=policy.backoff_initial, max=policy.backoff_max
        ),
        "reraise": True,
    }


def as_download_error(error: Exception, url: str) -> DownloadError:
    """The error to raise once retries are spent."""
    if isinstance(error, DownloadError):
        return error
    return DownloadError(f"downloading {httpx.URL(url).copy_with(query=None)} failed: {error!r}")
