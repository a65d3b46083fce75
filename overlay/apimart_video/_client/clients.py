"""`VideoClient` and `AsyncVideoClient`: the facade users hold.

Every API request is built by the generated `apimart_video_client`; this module adds local
validation, the idempotency key, typed results, waiting and downloading. Whatever does not
depend on sync or async lives in `_ClientBase` and `_ModeHelpers`; the two classes differ
only where they send, sleep or stream.
"""

from __future__ import annotations

import abc
import contextlib
import functools
import logging
from collections.abc import Callable, Coroutine, Mapping
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, Unpack

import attrs
import httpx

from apimart_video._config import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    DEFAULT_WAIT_TIMEOUT,
    redact,
    resolve_api_key,
    resolve_base_url,
)
from apimart_video._download.transfer import (
    DEFAULT_DOWNLOAD_TIMEOUT,
    Download,
    DownloadProgress,
    arun_download,
    deadline_after,
    download_target,
    is_url,
    run_download,
    video_source,
)
from apimart_video._exceptions import (
    InvalidRequestError,
)
from apimart_video._http import boundary
from apimart_video._http.deadline import Deadline
from apimart_video._http.idempotency import checked_key
from apimart_video._http.retry import TRANSIENT_ERRORS, RetryPolicy
from apimart_video._http.sender import AsyncRetryingHTTP, RetryingHTTP
from apimart_video._request import modes
from apimart_video._request.rules import MODEL, check_request
from apimart_video._types import Mode, SubmittedGeneration, Task, Violation
from apimart_video._waiting.policy import PollPolicy, Waiter

if TYPE_CHECKING:
    from apimart_video.batch.api import BatchAPI
    from apimart_video.batch.jobs import JobSource
    from apimart_video.batch.runner import BatchSummary
    from apimart_video_client.models.task_language import TaskLanguage
    from apimart_video_client.types import Unset

__all__ = ["AsyncVideoClient", "VideoClient"]

logger = logging.getLogger("apimart_video")


@functools.cache
def _user_agent() -> str:
    """Read once the first client is made: the installed version costs a metadata lookup."""
    from apimart_video._version import __version__

    return f"apimart-video/{__version__} (python)"


R = TypeVar("R")
TaskRef = str | SubmittedGeneration | Task


def _task_id(task: TaskRef) -> str:
    task_id = task if isinstance(task, str) else task.task_id
    if not isinstance(task_id, str) or not task_id:
        raise InvalidRequestError([Violation("task_id", task_id, "must be a non-empty string")])
    if not task_id.isascii():
        try:
            task_id.encode("utf-8")
        except UnicodeEncodeError:
            raise InvalidRequestError(
                [Violation("task_id", task_id, "must be text UTF-8 can encode (no lone surrogate)")]
            ) from None
    return task_id


class _Keyed:
    """Attach the submit's idempotency key to whatever escapes it (Ctrl-C included).

    A class rather than a generator context manager: it is on every submit.
    """

    __slots__ = ("_key",)

    def __init__(self, key: str) -> None:
        self._key = key

    def __enter__(self) -> None:
        return None

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if error is not None and getattr(error, "idempotency_key", None) is None:
            with contextlib.suppress(AttributeError, TypeError):
                error.idempotency_key = self._key  # type: ignore[attr-defined]


def _check_timeout(timeout: float) -> None:
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not timeout >= 0:
        raise InvalidRequestError(
            [Violation("timeout", timeout, "must be a number of seconds, 0 or more")]
        )


class _ClientBase:
    """Configuration and everything that involves no I/O."""

    _transport: RetryingHTTP | AsyncRetryingHTTP

    def __init__(
        self,
        api_key: str | None,
        base_url: str | None,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        poll_policy: PollPolicy | None,
    ) -> None:
        self._api_key = resolve_api_key(api_key)
        self.base_url = resolve_base_url(base_url)
        self.retry_policy = retry_policy or RetryPolicy(max_retries=max_retries)
        self.max_retries = self.retry_policy.max_retries
        self.poll_policy = poll_policy or PollPolicy()
        self._headers = {"Authorization": f"Bearer {self._api_key}", "User-Agent": _user_agent()}

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, api_key={redact(self._api_key)!r})"
        )

    @property
    def retries(self) -> int:
        """Requests retried so far by this client."""
        return self._transport.retries

    @staticmethod
    def _submit_request(fields: Mapping[str, object], key: str) -> tuple[dict[str, Any], Mode]:
        """The submit as the generated client builds it (method, path, JSON body, headers).

        The generated module builds every request; the answer is read by `_responses`
        alone, so the generated `sync_detailed` (whose parser would read it a second time,
        into models thrown away) is not run. The key travels in the sender's headers: no
        generated client, whose repr would show its token, ever holds it.
        """
        # The generated modules load with the first request, not with `import apimart_video`.
        from apimart_video_client.api.videos import create_video_generation
        from apimart_video_client.models import VideoGenerationRequest

        body = {"model": MODEL, **fields}
        mode = check_request(body)
        request = create_video_generation._get_kwargs(
            body=VideoGenerationRequest.from_dict(body), idempotency_key=key
        )
        return request, mode

    @staticmethod
    def _task_request(task_id: str, language: TaskLanguage | Unset) -> dict[str, Any]:
        """The status request as the generated client builds it, the task id one path segment.

        The generated code percent-encodes the id (`/`, `?`, `#`, blanks...); an id `.` or `..`
        it leaves as is, and httpx would read it as a dot segment and change the path.
        """
        from apimart_video_client.api.tasks import get_task as get_task_api

        request = get_task_api._get_kwargs(task_id, language=language)
        if task_id in (".", ".."):
            request["url"] = request["url"].removesuffix(task_id) + "%2E" * len(task_id)
        return request

    @staticmethod
    def _language(language: str | None) -> TaskLanguage | Unset:
        """The `language` query value, checked locally like every other input."""
        from apimart_video_client.models.task_language import (
            TASK_LANGUAGE_VALUES,
            check_task_language,
        )
        from apimart_video_client.types import UNSET

        if language is None:
            return UNSET
        if language not in TASK_LANGUAGE_VALUES:
            choices = ", ".join(repr(v) for v in sorted(TASK_LANGUAGE_VALUES))
            raise InvalidRequestError(
                [Violation("language", language, f"must be one of {choices}")]
            )
        return check_task_language(language)

    def _waiter(
        self, task: TaskRef, timeout: float, on_progress: Callable[[Task], object] | None
    ) -> Waiter:
        _check_timeout(timeout)
        submitted_at = task.submitted_at if isinstance(task, SubmittedGeneration) else None
        return Waiter(
            _task_id(task),
            timeout,
            self.poll_policy,
            on_progress=on_progress,
            submitted_at=submitted_at,
        )

    def _download_job(
        self,
        task: Task | str,
        path: str | Path,
        on_progress: DownloadProgress | None,
        timeout: float | None,
        deadline: Deadline | None,
        asked: str | None,
    ) -> Download:
        """The download of `task`'s video (or a URL's) to `path`, its file named after the
        task id the caller asked for (`asked`), never the server's own (blocking: it opens
        the partial file)."""
        source = video_source(task)
        task_id = asked or (task.task_id if isinstance(task, Task) else None)
        return Download(
            source,
            download_target(path, task, asked),
            self.retry_policy,
            self._transport.count,
            on_progress,
            task_id=task_id,
            deadline=deadline,
            timeout=timeout,
        )


def _download_deadline(timeout: float | None) -> Deadline | None:
    if timeout is not None:
        _check_timeout(timeout)
    return deadline_after(timeout)


class _ModeHelpers(abc.ABC, Generic[R]):
    """The documented uses, each one call; shared by the sync and async clients."""

    @abc.abstractmethod
    def generate(
        self, *, idempotency_key: str | None = None, **fields: Unpack[modes.GenerateFields]
    ) -> R:
        """Validate any combination of the spec's fields locally, then submit it."""

    def text_to_video(
        self,
        prompt: str,
        *,
        audio_url: str | None = None,
        idempotency_key: str | None = None,
        **options: Unpack[modes.VideoOptions],
    ) -> R:
        """Generate from text; `audio_url` adds background music."""
        body = modes.text_to_video(prompt, audio_url=audio_url, **options)
        return self.generate(idempotency_key=idempotency_key, **body)

    def first_frame_to_video(
        self,
        image_url: str,
        *,
        prompt: str | None = None,
        audio_url: str | None = None,
        idempotency_key: str | None = None,
        **options: Unpack[modes.VideoOptions],
    ) -> R:
        """Bring an image to life as the first frame (with driving audio if `audio_url`)."""
        body = modes.first_frame_to_video(image_url, prompt=prompt, audio_url=audio_url, **options)
        return self.generate(idempotency_key=idempotency_key, **body)

    def first_last_frame_to_video(
        self,
        first_frame_url: str,
        last_frame_url: str,
        *,
        prompt: str | None = None,
        idempotency_key: str | None = None,
        **options: Unpack[modes.VideoOptions],
    ) -> R:
        """Generate the motion from a first frame to a last frame."""
        body = modes.first_last_frame_to_video(
            first_frame_url, last_frame_url, prompt=prompt, **options
        )
        return self.generate(idempotency_key=idempotency_key, **body)

    def continue_video(
        self,
        video_url: str,
        *,
        prompt: str | None = None,
        idempotency_key: str | None = None,
        **options: Unpack[modes.VideoOptions],
    ) -> R:
        """Continue an existing video (mp4/mov, 2-10 s)."""
        body = modes.continue_video(video_url, prompt=prompt, **options)
        return self.generate(idempotency_key=idempotency_key, **body)

    def image_with_audio(
        self,
        image_url: str,
        audio_url: str,
        *,
        prompt: str | None = None,
        idempotency_key: str | None = None,
        **options: Unpack[modes.VideoOptions],
    ) -> R:
        """Move an image to a driving audio track (wav/mp3, 2-30 s)."""
        body = modes.image_with_audio(image_url, audio_url, prompt=prompt, **options)
        return self.generate(idempotency_key=idempotency_key, **body)


class VideoClient(_ClientBase, _ModeHelpers[SubmittedGeneration]):
    """Synchronous client for wan2.7 video generation.

    ```python
    with VideoClient() as client:
        task = client.generate_and_wait(prompt="A fox in the snow")
        client.download(task, "fox.mp4")
    ```

    `timeout` applies to the connections this client opens (API and video downloads); a
    caller-supplied `http_client` keeps its own timeout, proxies, TLS settings and
    transport, for API calls and video downloads alike, and is not closed by `close()`.
    """

    _transport: RetryingHTTP

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        retry_policy: RetryPolicy | None = None,
        poll_policy: PollPolicy | None = None,
    ) -> None:
        super().__init__(api_key, base_url, max_retries, retry_policy, poll_policy)
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(
            timeout=timeout, headers={"User-Agent": _user_agent()}
        )
        self._transport = RetryingHTTP(self._http, self.base_url, self._headers, self.retry_policy)

    def generate(
        self, *, idempotency_key: str | None = None, **fields: Unpack[modes.GenerateFields]
    ) -> SubmittedGeneration:
        key = checked_key(idempotency_key)
        with _Keyed(key):
            request, mode = self._submit_request(fields, key)
            response = self._transport.request(operation=boundary.SUBMIT, **request)
            return boundary.submitted(response, mode, key, self.poll_policy.clock())

    def get_task(self, task_id: str, language: str | None = None) -> Task:
        """The task as it stands now (free; retried on transient failures)."""
        return self._get_task(_task_id(task_id), self._language(language), None)

    def _get_task(
        self, task_id: str, language: TaskLanguage | Unset, deadline: Deadline | None
    ) -> Task:
        response = self._transport.request(
            operation=boundary.GET_TASK,
            deadline=deadline,
            **self._task_request(task_id, language),
        )
        return boundary.task(response, task_id)

    def wait(
        self,
        task: TaskRef,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: Callable[[Task], object] | None = None,
    ) -> Task:
        """Poll until the task completes; raise if it fails, is cancelled or time runs out.

        `timeout` is a deadline: every request and sleep is cut to the time left, so this
        returns or raises `WaitTimeoutError` within about `timeout` seconds.
        """
        waiter = self._waiter(task, timeout, on_progress)
        with waiter.resumable():
            self.poll_policy.sleep(waiter.first_delay())
            while True:
                try:
                    polled = self._get_task(waiter.task_id, self._language(None), waiter.deadline)
                except TRANSIENT_ERRORS as error:
                    logger.warning("polling task %s failed, will retry: %s", waiter.task_id, error)
                    self.poll_policy.sleep(waiter.transient_failure(error))
                    continue
                waiter.answered()
                delay = waiter.observe(polled)
                if delay is None:
                    return polled
                self.poll_policy.sleep(delay)

    def generate_and_wait(
        self,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: Callable[[Task], object] | None = None,
        idempotency_key: str | None = None,
        **fields: Unpack[modes.GenerateFields],
    ) -> Task:
        """Submit, then wait for the completed task."""
        submitted = self.generate(idempotency_key=idempotency_key, **fields)
        return self.wait(submitted, timeout=timeout, on_progress=on_progress)

    def download(
        self,
        task_or_url: Task | str,
        path: str | Path,
        *,
        on_progress: DownloadProgress | None = None,
        timeout: float | None = DEFAULT_DOWNLOAD_TIMEOUT,
    ) -> Path:
        """Stream the video to `path` atomically, resuming a broken transfer; return the path.

        `path` is a file, or a directory to save `<task id>.mp4` in (the id made safe as a
        file name); a task id is looked up first, a URL is downloaded as it is. `timeout`
        is a deadline for the whole download, retries and the lookup included (default
        600 s; None: none): past it, `DownloadError`.
        """
        deadline = _download_deadline(timeout)
        asked = None
        if isinstance(task_or_url, str) and not is_url(task_or_url):
            asked = _task_id(task_or_url)
            task_or_url = self._get_task(asked, self._language(None), deadline)
        job = self._download_job(task_or_url, path, on_progress, timeout, deadline, asked)
        return run_download(job, self._http)

    def _batch_api(self) -> BatchAPI:
        """The internal interface a batch uses (`apimart_video.batch.api.BatchAPI`)."""
        return _ForBatch(self)

    def batch(self, jobs: JobSource, out: str | Path, **options: Any) -> BatchSummary:
        """Run or resume a batch with a durable journal in `out`; options as `Batch`."""
        from apimart_video.batch.runner import Batch

        return Batch(jobs, out, **options).run(self)

    def close(self) -> None:
        """Close the connections this client opened (not a caller-supplied client)."""
        if self._owns_http:
            self._transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncVideoClient(_ClientBase, _ModeHelpers[Coroutine[Any, Any, SubmittedGeneration]]):
    """Asynchronous client for wan2.7 video generation; the same surface as `VideoClient`.

    Downloads write to disk from a worker thread, never blocking the event loop.
    """

    _transport: AsyncRetryingHTTP

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        retry_policy: RetryPolicy | None = None,
        poll_policy: PollPolicy | None = None,
    ) -> None:
        super().__init__(api_key, base_url, max_retries, retry_policy, poll_policy)
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(
            timeout=timeout, headers={"User-Agent": _user_agent()}
        )
        self._transport = AsyncRetryingHTTP(
            self._http, self.base_url, self._headers, self.retry_policy
        )

    async def generate(
        self, *, idempotency_key: str | None = None, **fields: Unpack[modes.GenerateFields]
    ) -> SubmittedGeneration:
        key = checked_key(idempotency_key)
        with _Keyed(key):
            request, mode = self._submit_request(fields, key)
            response = await self._transport.request(operation=boundary.SUBMIT, **request)
            return boundary.submitted(response, mode, key, self.poll_policy.clock())

    async def get_task(self, task_id: str, language: str | None = None) -> Task:
        """The task as it stands now (free; retried on transient failures)."""
        return await self._get_task(_task_id(task_id), self._language(language), None)

    async def _get_task(
        self, task_id: str, language: TaskLanguage | Unset, deadline: Deadline | None
    ) -> Task:
        response = await self._transport.request(
            operation=boundary.GET_TASK,
            deadline=deadline,
            **self._task_request(task_id, language),
        )
        return boundary.task(response, task_id)

    async def wait(
        self,
        task: TaskRef,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,  # noqa: ASYNC109 - a budget, not a cancel scope
        on_progress: Callable[[Task], object] | None = None,
    ) -> Task:
        """Poll until the task completes; raise if it fails, is cancelled or time runs out.

        `timeout` is a deadline: every request and sleep is cut to the time left, so this
        returns or raises `WaitTimeoutError` within about `timeout` seconds.
        """
        waiter = self._waiter(task, timeout, on_progress)
        with waiter.resumable():
            await self.poll_policy.async_sleep(waiter.first_delay())
            while True:
                try:
                    polled = await self._get_task(
                        waiter.task_id, self._language(None), waiter.deadline
                    )
                except TRANSIENT_ERRORS as error:
                    logger.warning("polling task %s failed, will retry: %s", waiter.task_id, error)
                    await self.poll_policy.async_sleep(waiter.transient_failure(error))
                    continue
                waiter.answered()
                delay = waiter.observe(polled)
                if delay is None:
                    return polled
                await self.poll_policy.async_sleep(delay)

    async def generate_and_wait(
        self,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,  # noqa: ASYNC109 - a budget, not a cancel scope
        on_progress: Callable[[Task], object] | None = None,
        idempotency_key: str | None = None,
        **fields: Unpack[modes.GenerateFields],
    ) -> Task:
        """Submit, then wait for the completed task."""
        submitted = await self.generate(idempotency_key=idempotency_key, **fields)
        return await self.wait(submitted, timeout=timeout, on_progress=on_progress)

    async def download(
        self,
        task_or_url: Task | str,
        path: str | Path,
        *,
        on_progress: DownloadProgress | None = None,
        timeout: float | None = DEFAULT_DOWNLOAD_TIMEOUT,  # noqa: ASYNC109 - a budget
    ) -> Path:
        """Stream the video to `path` atomically, resuming a broken transfer; return the path.

        `path` is a file, or a directory to save `<task id>.mp4` in (the id made safe as a
        file name); a task id is looked up first, a URL is downloaded as it is. `timeout`
        is a deadline for the whole download, retries and the lookup included (default
        600 s; None: none): past it, `DownloadError`. File writes run in a worker thread.
        """
        from anyio import to_thread

        deadline = _download_deadline(timeout)
        asked = None
        if isinstance(task_or_url, str) and not is_url(task_or_url):
            asked = _task_id(task_or_url)
            task_or_url = await self._get_task(asked, self._language(None), deadline)
        job = await to_thread.run_sync(
            self._download_job, task_or_url, path, on_progress, timeout, deadline, asked
        )
        return await arun_download(job, self._http)

    def _batch_api(self) -> BatchAPI:
        """The internal interface a batch uses (`apimart_video.batch.api.BatchAPI`)."""
        return _ForBatch(self)

    async def batch(self, jobs: JobSource, out: str | Path, **options: Any) -> BatchSummary:
        """Run or resume a batch with a durable journal in `out`; options as `Batch`."""
        from apimart_video.batch.runner import Batch

        return await Batch(jobs, out, **options).arun(self)

    async def close(self) -> None:
        """Close the connections this client opened (not a caller-supplied client)."""
        if self._owns_http:
            await self._transport.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()


class _ForBatch:
    """The `BatchAPI` of one client (see `apimart_video.batch.api`): the only place a batch's
    requests meet a client's private parts. Async, with no retries inside a submit or a poll
    (the batch sees every 429 itself, so its pacers learn the API's limit); downloads keep
    the client's retry policy and go through the one download loop."""

    def __init__(self, client: VideoClient | AsyncVideoClient) -> None:
        from apimart_video._client.threaded import async_client_over

        self.retry_policy = client.retry_policy
        self.poll_policy = client.poll_policy
        # Every request goes through the caller's httpx client (its proxies, TLS, transport,
        # pool): an async one as it is, a sync one in worker threads.
        self._own_http: httpx.AsyncClient | None = None
        if isinstance(client, AsyncVideoClient):
            self._http = client._http
        else:
            self._http = self._own_http = async_client_over(client._http)
        self._api = AsyncVideoClient(
            client._api_key,
            base_url=client.base_url,
            http_client=self._http,
            retry_policy=attrs.evolve(client.retry_policy, max_retries=0),
            poll_policy=client.poll_policy,
        )

    async def submit(self, fields: Mapping[str, Any], key: str) -> SubmittedGeneration:
        return await self._api.generate(idempotency_key=key, **fields)

    async def get_task(self, task_id: str) -> Task:
        return await self._api.get_task(task_id)

    async def download(self, job: Download) -> Path:
        return await arun_download(job, self._http)

    async def close(self) -> None:
        await self._api.close()
        if self._own_http is not None:
            await self._own_http.aclose()  # its transport leaves the caller's client open
