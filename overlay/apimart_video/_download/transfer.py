"""Downloading a video: where it comes from, and how it lands on disk, resuming if broken.

The bytes stream to a partial file beside the target, renamed over the target only once
complete: a reader never sees half a video. The file is not forced to disk (no fsync), as
curl and pip do not.

A partial file belongs to one download. `download()`'s has a random name, is created
exclusively and removed on failure. A batch's keeps one name between runs, so a rerun can
resume it; beside it a small record (`<partial>.json`, replaced atomically) names the task,
the URL (without its signature) and the validator its bytes came with. A partial that its
record does not tie to this task and URL is thrown away, never resumed. Neither file is
ever opened through a symlink (`O_EXCL`/`O_NOFOLLOW`, or `lstat` where the OS has no
`O_NOFOLLOW`): a link at either name is removed, its target never written.

File names come from the task id or job id the caller asked for, made safe (`safe_name`),
never from what the server put in the task: task ids are opaque strings.

`timeout` is a deadline for the whole download: each request's timeouts and each sleep
between attempts are cut to the time left, and the time is checked between chunks, so a
host that trickles bytes or says nothing ends in a `DownloadError` within about `timeout`.

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
from pathlib import Path
from typing import IO, Final

import httpx

from apimart_video._config import DEFAULT_DOWNLOAD_TIMEOUT
from apimart_video._download.files import (
    PartRecord,
    _blocking,
    _create,
    _remove,
    _reopen,
    short_name,
    url_identity,
)
from apimart_video._exceptions import (
    DiskFullError,
    DownloadError,
    LocalFileError,
    NoVideoError,
    URLExpiredError,
)
from apimart_video._http import boundary
from apimart_video._http.deadline import Deadline, within
from apimart_video._http.retry import RetryPolicy, backoff
from apimart_video._types import Task

__all__ = [
    "DEFAULT_DOWNLOAD_TIMEOUT",
    "Download",
    "DownloadProgress",
    "arun_download",
    "deadline_after",
    "run_download",
    "video_source",
]

MAX_RESUMES: Final = 50
"""Attempts that moved on but broke again, at most: the attempt bound for a host that
drops a video again and again (attempts that wrote nothing count against `max_retries`)."""

CHUNK_SIZE: Final = 1 << 20
"""Bytes gathered before one write (and, async, one hop to a worker thread)."""
DownloadProgress = Callable[[int, int | None], object]
"""Called with (bytes written so far, total bytes or None)."""
_CONTENT_RANGE = re.compile(r"\s*bytes\s+(\d+)-(\d+)/(\d+|\*)\s*", re.IGNORECASE)


def deadline_after(timeout: float | None) -> Deadline | None:
    """The deadline of a download given `timeout` seconds from now (None: no deadline)."""
    return None if timeout is None else Deadline(time.monotonic() + timeout)


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
        *,
        task_id: str | None = None,
        deadline: Deadline | None = None,
        timeout: float | None = None,
    ) -> None:
        self.url = url
        self.target = target
        self.policy = policy
        self._on_retry = on_retry
        self._on_progress = on_progress
        self.task_id = task_id
        self.deadline = deadline
        self._timeout = timeout
        self.total: int | None = None
        self.validator: str | None = None
        """The strong ETag, else Last-Modified, of the video being written."""
        self._etag: str | None = None
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise LocalFileError.from_os_error(_blocking(target.parent), error) from error
        # A given `partial` (a batch's) outlives the process: resumed from its bytes, kept.
        self._keep = partial is not None
        self.partial = partial or target.with_name(
            f".{short_name(target.name)}.{uuid.uuid4().hex[:12]}.part"
        )
        self.record_path = self.partial.with_name(f"{self.partial.name}.json")
        self._file = self._open_kept() if self._keep else _create(self.partial)
        self._file.seek(0, os.SEEK_END)
        self.written = self._file.tell()
        """Bytes safely in the partial file: where a resumed request starts."""
        self._resumable = True
        self._buffer = bytearray()
        self._stalled = 0
        self._resumes = 0
        self._progress_at_failure = self.written
        self.bytes_received = 0
        """Every body byte received, resumes included (to measure re-transfer)."""

    def _open_kept(self) -> IO[bytes]:
        """The kept partial, resumed when its record ties it to this task and URL, else
        a new empty one (the leftover and its record removed, links included)."""
        record = PartRecord.read(self.record_path)
        if record is not None and record.ties(self.task_id, self.url):
            file = _reopen(self.partial)
            if file is not None:
                self.validator = record.validator
                self._etag = record.etag
                self.total = record.total
                return file
        _remove(self.record_path)
        _remove(self.partial)
        return _create(self.partial)

    def _record(self) -> None:
        """Write what the kept partial now holds, before any of its bytes (blocking)."""
        if self._keep:
            record = PartRecord(
                self.task_id, url_identity(self.url), self.validator, self._etag, self.total
            )
            record.write(self.record_path)

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
            self._record()
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
        """Take a chunk; return the bytes to write now (a full buffer), or None.

        Raises once the deadline passed: a host that trickles bytes never answers late
        enough for a read timeout, so the time is checked here, between chunks."""
        self.check_deadline()
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
        """Move the complete video to the target (blocking); a symlink there is replaced."""
        with DiskFullError.raised_for(self.partial):
            self._file.close()  # the last buffered bytes go to disk here
        os.replace(self.partial, self.target)
        if self._keep:
            _remove(self.record_path)
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
        Attempts that moved on are bounded too (`MAX_RESUMES`), and so is the time: the
        sleep is cut to what is left before the deadline, and none is left, the end.
        """
        if isinstance(error, DiskFullError):
            raise error  # not the download's fault: every other file would meet it too
        if not isinstance(error, _Retryable | httpx.TransportError):
            raise self._typed(error)
        if not self._resumable:
            self._restart()
        if self.written > self._progress_at_failure:
            self._stalled = 0  # this attempt moved on: the next one is a fresh start
            self._resumes += 1
        else:
            self._stalled += 1
        self._progress_at_failure = max(self._progress_at_failure, self.written)
        if self._stalled > self.policy.max_retries or self._resumes > MAX_RESUMES:
            raise self._typed(error)
        response = error.response if isinstance(error, _Retryable) else None
        retry_after = None
        if response is not None:
            retry_after = boundary.parse_retry_after(response.headers.get("retry-after"))
        sleep = within(self.deadline, backoff(self.policy, max(self._stalled, 1), retry_after))
        if sleep is None:
            raise self._late(error)
        self._on_retry()
        return sleep

    def _typed(self, error: BaseException) -> DownloadError:
        if isinstance(error, httpx.TimeoutException) and self._past_deadline():
            return self._late(error)
        if isinstance(error, DownloadError) and not isinstance(error, _Retryable):
            return error
        return DownloadError(f"downloading {self._where()} failed: {error!r}")

    # -- the deadline ----------------------------------------------------------------------

    def _past_deadline(self) -> bool:
        return self.deadline is not None and self.deadline.left() <= 0

    def check_deadline(self) -> None:
        """Raise the final `DownloadError` once the deadline has passed."""
        if self._past_deadline():
            raise self._late(None)

    def _late(self, error: BaseException | None) -> DownloadError:
        got = f"{self.written + len(self._buffer)} of {self.total or 'unknown'} bytes"
        cause = f"; last error: {error!r}" if error is not None else ""
        late = DownloadError(
            f"downloading {self._where()} did not finish within timeout={self._timeout} s "
            f"({got}{cause}); pass a larger `timeout`, or None for no overall deadline"
        )
        late.__cause__ = error
        return late

    def timeouts(self, baseline: httpx.Timeout) -> dict[str, float | None]:
        """The next request's timeouts (connect, read, write, pool): `baseline` cut to the
        time left, so a host that says nothing cannot hold a read past the deadline."""
        timeouts = baseline.as_dict()
        if self.deadline is None:
            return timeouts
        self.check_deadline()
        left = self.deadline.left()
        return {
            phase: left if value is None else min(value, left) for phase, value in timeouts.items()
        }


def cdn_request(
    client: httpx.Client | httpx.AsyncClient, url: str, download: Download
) -> httpx.Request:
    """The video request, built on `client` (its proxies, TLS, transport) without any key."""
    timeouts = download.timeouts(client.timeout)
    try:
        request = client.build_request(
            "GET", url, headers=download.headers(), timeout=httpx.Timeout(**timeouts)
        )
    except httpx.InvalidURL as error:
        raise DownloadError(f"cannot download {url!r}: {error}") from error
    request.headers.pop("authorization", None)
    return request


# --- The one download retry loop: `Download` decides, these two drivers send and sleep ------


def run_download(job: Download, http: httpx.Client) -> Path:
    """Run `job` to its end over `http` (the sync client's): every attempt, every sleep."""
    try:
        while True:
            try:
                _attempt(job, http)
                return job.finish()
            except Exception as error:
                job.write(job.take())  # bytes received before a break are good
                job.policy.sleep(job.failed(error))
    except BaseException:
        job.discard()
        raise


def _attempt(job: Download, http: httpx.Client) -> None:
    request = cdn_request(http, job.url, job)
    response = http.send(request, stream=True, auth=None, follow_redirects=True)
    try:
        job.begin(response)
        for chunk in response.iter_bytes():
            job.write(job.receive(chunk) or b"")
    finally:
        response.close()
    job.write(job.take())
    job.complete()


async def arun_download(job: Download, http: httpx.AsyncClient) -> Path:
    """`run_download` for an async client (a batch's downloads too), file writes in worker
    threads. Kept partial files (a batch's) stay on failure, to resume."""
    from anyio import to_thread

    try:
        while True:
            try:
                await _aattempt(job, http)
                return await to_thread.run_sync(job.finish)
            except Exception as error:
                await to_thread.run_sync(job.write, job.take())
                delay = await to_thread.run_sync(job.failed, error)  # it may truncate
                await job.policy.async_sleep(delay)
    except BaseException:
        await to_thread.run_sync(job.discard)
        raise


async def _aattempt(job: Download, http: httpx.AsyncClient) -> None:
    from anyio import to_thread

    request = cdn_request(http, job.url, job)
    response = await http.send(request, stream=True, auth=None, follow_redirects=True)
    try:
        await to_thread.run_sync(job.begin, response)  # it may truncate the file
        async for chunk in response.aiter_bytes():
            full = job.receive(chunk)
            if full is not None:
                await to_thread.run_sync(job.write, full)
    finally:
        await response.aclose()
    await to_thread.run_sync(job.write, job.take())
    job.complete()
