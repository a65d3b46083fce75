"""Downloading a video: where it comes from, and how it lands on disk, resuming if broken.

The bytes stream to a temporary file beside the target, renamed over the target only once
complete: a reader never sees half a video, and a failure leaves nothing behind. The file
is not forced to disk (no fsync), as curl and pip do not.

A connection broken mid-body resumes from the bytes already written, with
`Range: bytes=N-` and, when the host gave a validator, `If-Range` (a strong `ETag`, else
`Last-Modified`). A `206` must start at N (`Content-Range`) with the same total and the
same validator. The download starts again from zero only when the host ignores `Range`
(answers `200`: its body is the whole video, written from the start) or the video changed.

Video URLs live on a CDN host and are signed: no API key is ever sent with them. The
requests go through the caller's `http_client` when one was given (its proxies, TLS and
transport), with its `Authorization` and auth stripped.

`Download` holds every decision and the file; the sync and async clients drive it with
their own I/O (the async one writes from a worker thread, off the event loop).
"""

from __future__ import annotations

import contextlib
import os
import re
import time
import uuid
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import IO, Final

import httpx

from apimart_video import _responses
from apimart_video._exceptions import DiskFullError, DownloadError, NoVideoError, URLExpiredError
from apimart_video._retry import RetryPolicy, backoff
from apimart_video._types import Task

__all__ = [
    "Download",
    "DownloadProgress",
    "download_target",
    "is_url",
    "video_source",
]

CHUNK_SIZE: Final = 1 << 20
"""Bytes gathered before one write (and, async, one hop to a worker thread)."""
DownloadProgress = Callable[[int, int | None], object]
"""Called with (bytes written so far, total bytes or None)."""
_CONTENT_RANGE = re.compile(r"\s*bytes\s+(\d+)-(\d+)/(\d+|\*)\s*", re.IGNORECASE)
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]")


def is_url(task_or_url: str) -> bool:
    """True for a video URL, False for a task id (both are accepted where a video is asked)."""
    return task_or_url.startswith(("http://", "https://"))


def _file_name(name: str) -> str:
    """A name that stays in the directory whatever the server sent (no `/`, no `..`)."""
    return _UNSAFE_NAME.sub("_", name).lstrip(".") or "video"


def download_target(path: str | Path, task: Task | str) -> Path:
    """`path`, or, when it is a directory (or ends with a slash), a file in it named
    `<task id>.mp4` for a task, or after the URL's last segment for a URL."""
    target = Path(path)
    if not (target.is_dir() or str(path).endswith(("/", os.sep))):
        return target
    if isinstance(task, Task):
        return target / f"{_file_name(task.task_id)}.mp4"
    try:
        name = PurePosixPath(httpx.URL(task).path).name
    except httpx.InvalidURL:
        name = ""
    return target / (_file_name(name) if name else "video.mp4")


def video_source(task: Task | str, now: float | None = None) -> str:
    """The URL to download: a URL as given, or a completed task's first video."""
    if isinstance(task, str):
        return task
    if task.video_url is None:
        raise NoVideoError(
            f"task {task.task_id} has no video to download (no usable URL; status "
            f"{task.raw_status or 'unknown'})"
        )
    if task.is_expired(time.time() if now is None else now):
        assert task.expires_at is not None
        raise URLExpiredError(
            f"the video URL of task {task.task_id} expired at {task.expires_at.isoformat()}; "
            "the API keeps videos for a limited time only"
        )
    return task.video_url


class _Retryable(DownloadError):
    """A failure worth another try (connection lost, 5xx, a range answer out of step)."""

    def __init__(self, message: str, response: httpx.Response | None = None) -> None:
        super().__init__(message)
        self.response = response


def _strong_etag(response: httpx.Response) -> str | None:
    etag = response.headers.get("etag")
    return etag if etag and not etag.startswith("W/") else None


class Download:
    """One video download: the partial file, where it stands, and what to do next.

    Holds no connection: the client sends `request()`, hands the answer to `begin()`,
    each chunk to `receive()`/`write()`, and calls `finish()`, or `failed()` on an error
    to learn how long to sleep before the next attempt.
    """

    def __init__(
        self,
        url: str,
        target: Path,
        policy: RetryPolicy,
        on_retry: Callable[[], object],
        on_progress: DownloadProgress | None = None,
        partial: Path | None = None,
    ) -> None:
        self.url = url
        self.target = target
        self._policy = policy
        self._on_retry = on_retry
        self._on_progress = on_progress
        target.parent.mkdir(parents=True, exist_ok=True)
        # A given `partial` (a batch's) outlives the process: resumed from its bytes, kept.
        self._keep = partial is not None
        self.partial = partial or target.with_name(f".{target.name}.{uuid.uuid4().hex[:12]}.part")
        flags = os.O_RDWR | os.O_CREAT | (0 if self._keep else os.O_EXCL)
        self._file: IO[bytes] = os.fdopen(os.open(self.partial, flags, 0o666), "r+b")
        self._file.seek(0, os.SEEK_END)
        self.written = self._file.tell()
        """Bytes safely in the partial file: where a resumed request starts."""
        self.total: int | None = None
        self.validator: str | None = None
        """The strong ETag, else Last-Modified, of the video being written."""
        self._etag: str | None = None
        self._resumable = True
        self._buffer = bytearray()
        self._stalled = 0
        self._progress_at_failure = 0
        self.bytes_received = 0
        """Every body byte received, resumes included (to measure re-transfer)."""

    def _where(self) -> str:
        return str(httpx.URL(self.url).copy_with(query=None))

    # -- what to send ----------------------------------------------------------------------

    def headers(self) -> dict[str, str]:
        """Headers of the next request: a range from the bytes written, when resuming."""
        headers = {"Accept-Encoding": "identity"}
        if self.written and self._resumable:
            headers["Range"] = f"bytes={self.written}-"
            if self.validator is not None:
                headers["If-Range"] = self.validator
        return headers

    # -- what came back --------------------------------------------------------------------

    def begin(self, response: httpx.Response) -> None:
        """Check an answer before its body is read; restart or resume the file to match."""
        status = response.status_code
        where = self._where()
        if status in (403, 410):
            raise URLExpiredError(f"GET {where} -> HTTP {status}: the video URL expired or is gone")
        if status >= 500 or status in (408, 429):
            raise _Retryable(f"GET {where} -> HTTP {status}", response)
        if status == 416:
            self._restart()
            raise _Retryable(f"GET {where} -> HTTP 416: the range no longer fits; from zero")
        if status == 206 and self.written:
            self._resume(response)
        elif status == 206:
            self._restart()
            raise _Retryable(f"GET {where} -> HTTP 206 to a request for the whole video")
        elif 200 <= status < 300:
            self._restart()
            self.total = self._length(response)
            self._etag = _strong_etag(response)
            self.validator = self._etag or response.headers.get("last-modified")
        else:
            raise DownloadError(f"GET {where} -> HTTP {status}")
        encoding = response.headers.get("content-encoding", "identity").strip().lower()
        self._resumable = encoding in ("", "identity")

    @staticmethod
    def _length(response: httpx.Response) -> int | None:
        length = response.headers.get("content-length", "")
        return int(length) if length.isdigit() else None

    def _resume(self, response: httpx.Response) -> None:
        """A 206: continue at `written` if it is the same video from the right byte."""
        where = self._where()
        match = _CONTENT_RANGE.fullmatch(response.headers.get("content-range", ""))
        etag = _strong_etag(response)
        modified = response.headers.get("last-modified")
        changed = self._etag is not None and etag is not None and etag != self._etag
        if self._etag is None and self.validator is not None and modified is not None:
            changed = modified != self.validator  # Last-Modified is the validator
        if changed:
            self._restart()
            raise _Retryable(f"GET {where}: the video changed since the first bytes; from zero")
        if match is None or int(match.group(1)) != self.written:
            self._restart()
            raise _Retryable(f"GET {where}: Content-Range does not start at {self.written}")
        total = None if match.group(3) == "*" else int(match.group(3))
        if total is not None and self.total is not None and total != self.total:
            self._restart()
            raise _Retryable(f"GET {where}: the total changed ({self.total} -> {total})")
        self.total = total if total is not None else self.total

    def _restart(self) -> None:
        """Drop what was written: the next bytes are the video from its start."""
        self._buffer.clear()
        self._file.seek(0)
        self._file.truncate()
        self.written = 0
        self.total = None
        self.validator = None
        self._etag = None

    def receive(self, chunk: bytes) -> bytes | None:
        """Take a chunk; return the bytes to write now (a full buffer), or None."""
        self.bytes_received += len(chunk)
        self._buffer += chunk
        if self._on_progress is not None:
            self._on_progress(self.written + len(self._buffer), self.total)
        if len(self._buffer) < CHUNK_SIZE:
            return None
        return self.take()

    def take(self) -> bytes:
        """The buffered bytes, to be written (at the end, or after a break: they are good)."""
        data = bytes(self._buffer)
        self._buffer.clear()
        return data

    def write(self, data: bytes) -> None:
        """Append to the partial file (blocking: the async client calls it in a thread)."""
        if data:
            with DiskFullError.raised_for(self.partial):
                self._file.write(data)
            self.written += len(data)

    def complete(self) -> None:
        """The body ended: check its length (a short body is a break, and resumes)."""
        if self.total is not None and self.written != self.total:
            raise _Retryable(
                f"GET {self._where()}: the body ended at {self.written} of {self.total} bytes"
            )

    def finish(self) -> Path:
        """Move the complete video to the target (blocking)."""
        with DiskFullError.raised_for(self.partial):
            self._file.close()  # the last buffered bytes go to disk here
        os.replace(self.partial, self.target)
        return self.target

    def discard(self) -> None:
        """Remove the partial file (blocking); a given `partial` is kept, to resume later."""
        try:
            with DiskFullError.raised_for(self.partial):
                self._file.close()
        finally:
            if not self._keep:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(self.partial)

    # -- after a failure -------------------------------------------------------------------

    def failed(self, error: BaseException) -> float:
        """Seconds to sleep before the next attempt; raise the typed error when final.

        Only attempts that wrote nothing new use up retries: a host that drops a long
        video several times still finishes it, one that never sends a byte does not.
        """
        if isinstance(error, DiskFullError):
            raise error  # not the download's fault: every other file would meet it too
        if not isinstance(error, _Retryable | httpx.TransportError):
            raise self._typed(error)
        if not self._resumable:
            self._restart()
        if self.written > self._progress_at_failure:
            self._stalled = 0  # this attempt moved on: the next one is a fresh start
        else:
            self._stalled += 1
        self._progress_at_failure = max(self._progress_at_failure, self.written)
        if self._stalled > self._policy.max_retries:
            raise self._typed(error)
        response = error.response if isinstance(error, _Retryable) else None
        retry_after = None
        if response is not None:
            retry_after = _responses.parse_retry_after(response.headers.get("retry-after"))
        self._on_retry()
        return backoff(self._policy, max(self._stalled, 1), retry_after)

    def _typed(self, error: BaseException) -> DownloadError:
        if isinstance(error, DownloadError) and not isinstance(error, _Retryable):
            return error
        return DownloadError(f"downloading {self._where()} failed: {error!r}")


def cdn_request(
    client: httpx.Client | httpx.AsyncClient, url: str, download: Download
) -> httpx.Request:
    """The video request, built on `client` (its proxies, TLS, transport) without any key."""
    try:
        request = client.build_request("GET", url, headers=download.headers())
    except httpx.InvalidURL as error:
        raise DownloadError(f"cannot download {url!r}: {error}") from error
    request.headers.pop("authorization", None)
    return request
