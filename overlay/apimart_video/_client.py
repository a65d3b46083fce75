"""`VideoClient` and `AsyncVideoClient`: the facade users hold.

Every API call goes through the generated `apimart_video_client`; this module adds local
validation, the idempotency key, typed results, waiting and downloading. Whatever does not
depend on sync or async lives in `_ClientBase` and `_ModeHelpers`; the two classes differ
only where they send, sleep or stream.
"""

from __future__ import annotations

import abc
import logging
import uuid
from collections.abc import Awaitable, Callable, Coroutine
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, Unpack, cast

import httpx

from apimart_video import _modes
from apimart_video._config import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    DEFAULT_WAIT_TIMEOUT,
    redact,
    resolve_api_key,
    resolve_base_url,
)
from apimart_video._download import (
    CHUNK_SIZE,
    DownloadProgress,
    as_download_error,
    atomic_file,
    check_download_response,
    download_target,
    is_url,
    retry_options,
    video_source,
)
from apimart_video._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    InternalServerError,
    InvalidRequestError,
    RateLimitError,
)
from apimart_video._polling import PollPolicy, Waiter
from apimart_video._retry import AsyncRetryingHTTP, RetryingHTTP, RetryPolicy
from apimart_video._rules import MODEL, Mode, Violation, check_request
from apimart_video._types import SubmittedGeneration, Task, submitted_task
from apimart_video_client import AuthenticatedClient
from apimart_video_client.api.tasks import get_task as get_task_api
from apimart_video_client.api.videos import create_video_generation
from apimart_video_client.models import (
    TaskResponse,
    VideoGenerationRequest,
    VideoGenerationSubmitted,
)
from apimart_video_client.models.task_language import (
    TASK_LANGUAGE_VALUES,
    TaskLanguage,
    check_task_language,
)
from apimart_video_client.types import UNSET, Response, Unset

if TYPE_CHECKING:
    from apimart_video._batch import BatchSummary
    from apimart_video._jobs import JobSource

__all__ = ["AsyncVideoClient", "VideoClient"]

logger = logging.getLogger("apimart_video")
USER_AGENT = "apimart-video/0.1 (python)"
_TRANSIENT = (APIConnectionError, InternalServerError, RateLimitError, APIResponseValidationError)

R = TypeVar("R")
TaskRef = str | SubmittedGeneration | Task


def _task_id(task: TaskRef) -> str:
    return task if isinstance(task, str) else task.task_id


class _ClientBase:
    """Configuration and everything that involves no I/O."""

    _transport: RetryingHTTP | AsyncRetryingHTTP

    def __init__(
        self,
        api_key: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        poll_policy: PollPolicy | None,
    ) -> None:
        self._api_key = resolve_api_key(api_key)
        self.base_url = resolve_base_url(base_url)
        self.timeout = timeout
        self.retry_policy = retry_policy or RetryPolicy(max_retries=max_retries)
        self.max_retries = self.retry_policy.max_retries
        self.poll_policy = poll_policy or PollPolicy()
        self._headers = {"Authorization": f"Bearer {self._api_key}", "User-Agent": USER_AGENT}

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, api_key={redact(self._api_key)!r})"
        )

    @property
    def retries(self) -> int:
        """Requests retried so far by this client."""
        return self._transport.retries

    def _generated(self, sender: RetryingHTTP | AsyncRetryingHTTP) -> AuthenticatedClient:
        # The generated code calls only `.request()` on its httpx client: it gets our
        # retrying sender. The key travels in the sender's headers; the generated client
        # (whose repr would show its token) never holds it.
        client = AuthenticatedClient(base_url=self.base_url, token="<in the sender>")
        if isinstance(sender, AsyncRetryingHTTP):
            client.set_async_httpx_client(cast(httpx.AsyncClient, sender))
        else:
            client.set_httpx_client(cast(httpx.Client, sender))
        return client

    @staticmethod
    def _prepare(fields: dict[str, Any]) -> tuple[VideoGenerationRequest, Mode]:
        body = {"model": MODEL, **fields}
        mode = check_request(body)
        return VideoGenerationRequest.from_dict(body), mode

    @staticmethod
    def _submitted(
        response: Response[Any], mode: Mode, idempotency_key: str, submitted_at: float
    ) -> SubmittedGeneration:
        parsed = response.parsed
        if not isinstance(parsed, VideoGenerationSubmitted):
            raise APIResponseValidationError(
                f"submit answered HTTP {response.status_code} without a task: "
                f"{response.content[:120]!r}. Submit again with "
                f"idempotency_key={idempotency_key!r} to avoid a second charge.",
                status_code=response.status_code,
                body=response.content.decode(errors="replace"),
            )
        created = submitted_task(parsed)
        result = SubmittedGeneration(
            task_id=created.task_id,
            mode=mode,
            idempotency_key=idempotency_key,
            status=created.status if isinstance(created.status, str) and created.status else None,
            submitted_at=submitted_at,
        )
        logger.info("submitted %s task %s", mode.value, result.task_id)
        return result

    @staticmethod
    def _task(response: Response[Any], task_id: str) -> Task:
        if not isinstance(response.parsed, TaskResponse):
            raise APIResponseValidationError(
                f"task {task_id}: HTTP {response.status_code} without a task body",
                status_code=response.status_code,
                body=response.content.decode(errors="replace"),
            )
        return Task.from_response(response.parsed)

    @staticmethod
    def _language(language: str | None) -> TaskLanguage | Unset:
        """The `language` query value, checked locally like every other input."""
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
        submitted_at = task.submitted_at if isinstance(task, SubmittedGeneration) else None
        return Waiter(
            _task_id(task),
            timeout,
            self.poll_policy,
            on_progress=on_progress,
            submitted_at=submitted_at,
        )


def _parse_guard(call: Callable[[], R], what: str) -> R:
    """Turn a parse failure inside the generated client into a typed error."""
    try:
        return call()
    except (KeyError, TypeError, ValueError) as error:
        raise APIResponseValidationError(
            f"{what}: the answer does not match the spec ({type(error).__name__}: {error})",
            status_code=200,
            body="",
        ) from error


class _ModeHelpers(abc.ABC, Generic[R]):
    """The documented uses, each one call; shared by the sync and async clients."""

    @abc.abstractmethod
    def generate(self, *, idempotency_key: str | None = None, **fields: Any) -> R:
        """Validate any combination of the spec's fields locally, then submit it."""

    def text_to_video(
        self,
        prompt: str,
        *,
        audio_url: str | None = None,
        idempotency_key: str | None = None,
        **options: Unpack[_modes.VideoOptions],
    ) -> R:
        """Generate from text; `audio_url` adds background music."""
        body = _modes.text_to_video(prompt, audio_url=audio_url, **options)
        return self.generate(idempotency_key=idempotency_key, **body)

    def first_frame_to_video(
        self,
        image_url: str,
        *,
        prompt: str | None = None,
        audio_url: str | None = None,
        idempotency_key: str | None = None,
        **options: Unpack[_modes.VideoOptions],
    ) -> R:
        """Bring an image to life as the first frame (with driving audio if `audio_url`)."""
        body = _modes.first_frame_to_video(image_url, prompt=prompt, audio_url=audio_url, **options)
        return self.generate(idempotency_key=idempotency_key, **body)

    def first_last_frame_to_video(
        self,
        first_frame_url: str,
        last_frame_url: str,
        *,
        prompt: str | None = None,
        idempotency_key: str | None = None,
        **options: Unpack[_modes.VideoOptions],
    ) -> R:
        """Generate the motion from a first frame to a last frame."""
        body = _modes.first_last_frame_to_video(
            first_frame_url, last_frame_url, prompt=prompt, **options
        )
        return self.generate(idempotency_key=idempotency_key, **body)

    def continue_video(
        self,
        video_url: str,
        *,
        prompt: str | None = None,
        idempotency_key: str | None = None,
        **options: Unpack[_modes.VideoOptions],
    ) -> R:
        """Continue an existing video (mp4/mov, 2-10 s)."""
        body = _modes.continue_video(video_url, prompt=prompt, **options)
        return self.generate(idempotency_key=idempotency_key, **body)

    def image_with_audio(
        self,
        image_url: str,
        audio_url: str,
        *,
        prompt: str | None = None,
        idempotency_key: str | None = None,
        **options: Unpack[_modes.VideoOptions],
    ) -> R:
        """Move an image to a driving audio track (wav/mp3, 2-30 s)."""
        body = _modes.image_with_audio(image_url, audio_url, prompt=prompt, **options)
        return self.generate(idempotency_key=idempotency_key, **body)


class VideoClient(_ClientBase, _ModeHelpers[SubmittedGeneration]):
    """Synchronous client for wan2.7 video generation.

    >>> with VideoClient() as client:  # doctest: +SKIP
    ...     task = client.generate_and_wait(prompt="A fox in the snow")
    ...     client.download(task, "fox.mp4")

    `timeout` applies to the connections this client opens (API and video downloads); a
    caller-supplied `http_client` keeps its own timeout, proxies and limits, and is not
    closed by `close()`.
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
        super().__init__(api_key, base_url, timeout, max_retries, retry_policy, poll_policy)
        self._owns_http = http_client is None
        http = http_client if http_client is not None else httpx.Client(timeout=timeout)
        self._transport = RetryingHTTP(http, self.base_url, self._headers, self.retry_policy)
        self._cdn = httpx.Client(
            headers={"User-Agent": USER_AGENT}, timeout=timeout, follow_redirects=True
        )
        self._client = self._generated(self._transport)

    def generate(self, *, idempotency_key: str | None = None, **fields: Any) -> SubmittedGeneration:
        body, mode = self._prepare(fields)
        key = idempotency_key or str(uuid.uuid4())
        response = _parse_guard(
            lambda: create_video_generation.sync_detailed(
                client=self._client, body=body, idempotency_key=key
            ),
            "submit",
        )
        return self._submitted(response, mode, key, self.poll_policy.clock())

    def get_task(self, task_id: str, language: str | None = None) -> Task:
        """The task as it stands now (free; retried on transient failures)."""
        query = self._language(language)
        response = _parse_guard(
            lambda: get_task_api.sync_detailed(task_id, client=self._client, language=query),
            f"task {task_id}",
        )
        return self._task(response, task_id)

    def wait(
        self,
        task: TaskRef,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,
        on_progress: Callable[[Task], object] | None = None,
    ) -> Task:
        """Poll until the task completes; raise if it fails, is cancelled or time runs out."""
        waiter = self._waiter(task, timeout, on_progress)
        with waiter.resumable():
            self.poll_policy.sleep(waiter.first_delay())
            failures = 0
            while True:
                try:
                    polled = self.get_task(waiter.task_id)
                except _TRANSIENT as error:
                    logger.warning("polling task %s failed, will retry: %s", waiter.task_id, error)
                    self.poll_policy.sleep(waiter.transient_failure(failures))
                    failures += 1
                    continue
                failures = 0
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
        **fields: Any,
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
    ) -> Path:
        """Stream the video to `path` atomically and return where it landed.

        `path` is a file, or a directory to save `<task id>.mp4` in; a task id is looked up
        first, a URL is downloaded as it is.
        """
        import tenacity

        if isinstance(task_or_url, str) and not is_url(task_or_url):
            task_or_url = self.get_task(task_or_url)
        source = video_source(task_or_url)
        target = download_target(path, task_or_url)
        try:
            for attempt in tenacity.Retrying(
                sleep=self.retry_policy.sleep,
                **retry_options(self.retry_policy, self._transport.count),
            ):
                with attempt:
                    self._download_once(source, target, on_progress)
        except Exception as error:
            raise as_download_error(error, source) from error
        return target

    def _download_once(self, url: str, target: Path, on_progress: DownloadProgress | None) -> None:
        with atomic_file(target) as handle, self._cdn.stream("GET", url) as response:
            total = check_download_response(response)
            for chunk in response.iter_bytes(CHUNK_SIZE):
                handle.write(chunk)
                if on_progress is not None:
                    on_progress(response.num_bytes_downloaded, total)

    def batch(self, jobs: JobSource, out: str | Path, **options: Any) -> BatchSummary:
        """Run or resume a batch with a durable journal in `out`; options as `Batch`."""
        from apimart_video._batch import Batch

        return Batch(jobs, out, **options).run(self)

    def close(self) -> None:
        """Close the connections this client opened (not a caller-supplied client)."""
        if self._owns_http:
            self._transport.close()
        self._cdn.close()

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
    """Asynchronous client for wan2.7 video generation; the same surface as `VideoClient`."""

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
        super().__init__(api_key, base_url, timeout, max_retries, retry_policy, poll_policy)
        self._owns_http = http_client is None
        http = http_client if http_client is not None else httpx.AsyncClient(timeout=timeout)
        self._transport = AsyncRetryingHTTP(http, self.base_url, self._headers, self.retry_policy)
        self._cdn = httpx.AsyncClient(
            headers={"User-Agent": USER_AGENT}, timeout=timeout, follow_redirects=True
        )
        self._client = self._generated(self._transport)

    async def generate(
        self, *, idempotency_key: str | None = None, **fields: Any
    ) -> SubmittedGeneration:
        body, mode = self._prepare(fields)
        key = idempotency_key or str(uuid.uuid4())
        response = await _async_parse_guard(
            create_video_generation.asyncio_detailed(
                client=self._client, body=body, idempotency_key=key
            ),
            "submit",
        )
        return self._submitted(response, mode, key, self.poll_policy.clock())

    async def get_task(self, task_id: str, language: str | None = None) -> Task:
        """The task as it stands now (free; retried on transient failures)."""
        response = await _async_parse_guard(
            get_task_api.asyncio_detailed(
                task_id,
                client=self._client,
                language=self._language(language),
            ),
            f"task {task_id}",
        )
        return self._task(response, task_id)

    async def wait(
        self,
        task: TaskRef,
        *,
        timeout: float = DEFAULT_WAIT_TIMEOUT,  # noqa: ASYNC109 - a budget, not a cancel scope
        on_progress: Callable[[Task], object] | None = None,
    ) -> Task:
        """Poll until the task completes; raise if it fails, is cancelled or time runs out."""
        waiter = self._waiter(task, timeout, on_progress)
        with waiter.resumable():
            await self.poll_policy.async_sleep(waiter.first_delay())
            failures = 0
            while True:
                try:
                    polled = await self.get_task(waiter.task_id)
                except _TRANSIENT as error:
                    logger.warning("polling task %s failed, will retry: %s", waiter.task_id, error)
                    await self.poll_policy.async_sleep(waiter.transient_failure(failures))
                    failures += 1
                    continue
                failures = 0
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
        **fields: Any,
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
    ) -> Path:
        """Stream the video to `path` atomically and return where it landed.

        `path` is a file, or a directory to save `<task id>.mp4` in; a task id is looked up
        first, a URL is downloaded as it is.
        """
        if isinstance(task_or_url, str) and not is_url(task_or_url):
            task_or_url = await self.get_task(task_or_url)
        import tenacity

        source = video_source(task_or_url)
        target = download_target(path, task_or_url)
        try:
            async for attempt in tenacity.AsyncRetrying(
                sleep=self.retry_policy.async_sleep,
                **retry_options(self.retry_policy, self._transport.count),
            ):
                with attempt:
                    await self._download_once(source, target, on_progress)
        except Exception as error:
            raise as_download_error(error, source) from error
        return target

    async def _download_once(
        self, url: str, target: Path, on_progress: DownloadProgress | None
    ) -> None:
        async with self._cdn.stream("GET", url) as response:
            total = check_download_response(response)
            with atomic_file(target) as handle:
                async for chunk in response.aiter_bytes(CHUNK_SIZE):
                    handle.write(chunk)
                    if on_progress is not None:
                        on_progress(response.num_bytes_downloaded, total)

    async def batch(self, jobs: JobSource, out: str | Path, **options: Any) -> BatchSummary:
        """Run or resume a batch with a durable journal in `out`; options as `Batch`."""
        from apimart_video._batch import Batch

        return await Batch(jobs, out, **options).arun(self)

    async def close(self) -> None:
        """Close the connections this client opened (not a caller-supplied client)."""
        if self._owns_http:
            await self._transport.aclose()
        await self._cdn.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()


async def _async_parse_guard(call: Awaitable[R], what: str) -> R:
    """`_parse_guard` for a coroutine."""
    try:
        return await call
    except (KeyError, TypeError, ValueError) as error:
        raise APIResponseValidationError(
            f"{what}: the answer does not match the spec ({type(error).__name__}: {error})",
            status_code=200,
            body="",
        ) from error
