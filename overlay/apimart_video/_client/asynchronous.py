"""`AsyncVideoClient`: the asynchronous client (the shared logic is in `base`), and the
interface a batch uses (`_ForBatch`, built by both clients' `_batch_api()`)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine, Mapping
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar, Unpack

import attrs
import httpx

from apimart_video._config import (
    DEFAULT_DOWNLOAD_TIMEOUT,
    DEFAULT_MAX_RETRIES,
    DEFAULT_MODEL,
    DEFAULT_TIMEOUT,
    DEFAULT_WAIT_TIMEOUT,
)
from apimart_video._exceptions import UploadTooLargeError
from apimart_video._http import boundary
from apimart_video._http.deadline import Deadline
from apimart_video._http.idempotency import checked_key
from apimart_video._http.retry import TRANSIENT_ERRORS, RetryPolicy
from apimart_video._http.sender import AsyncRetryingHTTP
from apimart_video._request import local_files, modes
from apimart_video._types import (
    ModelDocs,
    ModelInfo,
    ModelSchema,
    SubmittedGeneration,
    Task,
    UploadedImage,
)
from apimart_video._waiting.policy import PollPolicy

if TYPE_CHECKING:
    from apimart_video._download.transfer import Download, DownloadProgress
    from apimart_video._request.spec_values import GenerationOperation, ResponseVersion
    from apimart_video.batch.api import BatchAPI
    from apimart_video.batch.jobs import JobSource
    from apimart_video.batch.runner import BatchSummary
    from apimart_video_client.models.task_language import TaskLanguage
    from apimart_video_client.types import Unset


from apimart_video._client.base import (
    RESPONSE_VERSION,
    TaskRef,
    _already_final,
    _ClientBase,
    _download_deadline,
    _Keyed,
    _ModeHelpers,
    _task_id,
    _user_agent,
)

__all__ = ["AsyncVideoClient"]

T = TypeVar("T")

logger = logging.getLogger("apimart_video")


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
        response_version: ResponseVersion | None = RESPONSE_VERSION,
    ) -> None:
        super().__init__(
            api_key, base_url, max_retries, retry_policy, poll_policy, response_version
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(
            timeout=timeout, headers={"User-Agent": _user_agent()}
        )
        self._transport = AsyncRetryingHTTP(
            self._http, self.base_url, self._headers, self.retry_policy
        )

    async def generate(
        self,
        *,
        model: str = DEFAULT_MODEL,
        idempotency_key: str | None = None,
        check: bool = True,
        **fields: Unpack[modes.GenerateFields],
    ) -> SubmittedGeneration:
        key = checked_key(idempotency_key)
        with _Keyed(key):
            named, images = (  # reading files is blocking: only when one may be named
                await self._in_thread(self._uploads_needed, model, fields)
                if check and local_files.may_name_files(fields, model)
                else ({}, {})
            )
            if named:  # uploaded before the submit: a failed upload starts no generation
                urls = {path: await self._upload(image) for path, image in images.items()}
                fields = self._with_uploads(model, fields, named, urls)  # type: ignore[assignment]
            request, mode = self._submit_request(model, fields, key, check=check)
            response = await self._transport.request(operation=boundary.SUBMIT, **request)
            return boundary.submitted(response, mode, key, self.poll_policy.clock())

    async def upload_image(
        self, path_or_bytes: bytes | local_files.LocalSource, *, filename: str | None = None
    ) -> UploadedImage:
        """Upload a JPEG, PNG, GIF or WebP image; its URL works in any image field for 72 h.

        The type is checked by content before sending (`InvalidRequestError` otherwise).
        Sent once, never retried (uploads have no idempotency key): a failure after sending
        is an `UploadOutcomeUnknownError`, a 413 an `UploadTooLargeError`.
        """
        image = await self._in_thread(local_files.read_image, path_or_bytes, filename)
        return await self._upload(image)

    @staticmethod
    async def _in_thread(call: Callable[..., T], *args: Any) -> T:
        """`call(*args)` in a worker thread: reading local files never blocks the loop."""
        from anyio import to_thread

        return await to_thread.run_sync(call, *args)

    async def _upload(self, image: local_files.ImageFile) -> UploadedImage:
        request = self._upload_request(image)
        try:
            response = await self._transport.request(operation=boundary.UPLOAD, **request)
        except UploadTooLargeError as error:
            raise UploadTooLargeError(error.response, size=image.size, limit=error.limit) from None
        return boundary.uploaded(response)

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
            if (finished := _already_final(waiter, task)) is not None:
                return finished  # a synchronous result: nothing to poll
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
        model: str = DEFAULT_MODEL,
        idempotency_key: str | None = None,
        check: bool = True,
        **fields: Unpack[modes.GenerateFields],
    ) -> Task:
        """Submit, then wait for the completed task."""
        submitted = await self.generate(
            model=model, idempotency_key=idempotency_key, check=check, **fields
        )
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
        # The download machinery loads with the first download, not with the import.
        from apimart_video._download.files import is_url

        if isinstance(task_or_url, str) and not is_url(task_or_url):
            asked = _task_id(task_or_url)
            task_or_url = await self._get_task(asked, self._language(None), deadline)
        job = await to_thread.run_sync(
            self._download_job, task_or_url, path, on_progress, timeout, deadline, asked
        )
        from apimart_video._download.transfer import arun_download

        return await arun_download(job, self._http)

    async def list_models(self) -> list[ModelInfo]:
        """The models the API serves (free; retried on transient failures)."""
        response = await self._transport.request(
            operation=boundary.LIST_MODELS, **self._models_request()
        )
        return boundary.models(response)

    async def model_docs(self, model: str) -> ModelDocs:
        """`model`'s live documentation page as Markdown: its parameter tables are the exact
        truth for the model's input (free; retried on transient failures)."""
        response = await self._transport.request(
            operation=boundary.MODEL_DOCS, **self._docs_request(model)
        )
        return boundary.model_docs(response, model)

    async def model_schema(
        self, model: str, operation: GenerationOperation = "video_generation"
    ) -> ModelSchema:
        """`model`'s compatibility schema for `operation`: a JSON Schema of its input, looser
        than `model_docs()` (free; retried on transient failures)."""
        response = await self._transport.request(
            operation=boundary.MODEL_SCHEMA, **self._schema_request(model, operation)
        )
        return boundary.model_schema(response, model, operation)

    def _batch_api(self) -> BatchAPI:
        """The internal interface a batch uses (`apimart_video.batch.api.BatchAPI`)."""
        return _ForBatch(self, self._http)

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

    def __init__(self, client: _ClientBase, http: httpx.Client | httpx.AsyncClient) -> None:
        from apimart_video._client.threaded import async_client_over

        self.retry_policy = client.retry_policy
        self.poll_policy = client.poll_policy
        # Every request goes through the caller's httpx client (its proxies, TLS, transport,
        # pool): an async one as it is, a sync one in worker threads.
        self._own_http: httpx.AsyncClient | None = None
        if isinstance(http, httpx.AsyncClient):
            self._http = http
        else:
            self._http = self._own_http = async_client_over(http)
        self._api = AsyncVideoClient(
            client._api_key,
            base_url=client.base_url,
            http_client=self._http,
            retry_policy=attrs.evolve(client.retry_policy, max_retries=0),
            poll_policy=client.poll_policy,
            response_version=client.response_version,
        )

    async def submit(self, fields: Mapping[str, Any], key: str) -> SubmittedGeneration:
        """Submit a job's fields; `model` among them picks the model (default wan2.7)."""
        given = dict(fields)
        model = given.pop("model", DEFAULT_MODEL)
        return await self._api.generate(model=model, idempotency_key=key, **given)

    async def get_task(self, task_id: str) -> Task:
        return await self._api.get_task(task_id)

    async def upload_image(self, image: local_files.ImageFile) -> UploadedImage:
        return await self._api._upload(image)

    async def download(self, job: Download) -> Path:
        from apimart_video._download.transfer import arun_download

        return await arun_download(job, self._http)

    async def close(self) -> None:
        await self._api.close()
        if self._own_http is not None:
            await self._own_http.aclose()  # its transport leaves the caller's client open
