"""`VideoClient`: the synchronous client (the shared logic is in `base`)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, Unpack

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
from apimart_video._http.sender import RetryingHTTP
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
    from apimart_video._download.transfer import DownloadProgress
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

__all__ = ["VideoClient"]

logger = logging.getLogger("apimart_video")


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
        response_version: ResponseVersion | None = RESPONSE_VERSION,
    ) -> None:
        super().__init__(
            api_key, base_url, max_retries, retry_policy, poll_policy, response_version
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(
            timeout=timeout, headers={"User-Agent": _user_agent()}
        )
        self._transport = RetryingHTTP(self._http, self.base_url, self._headers, self.retry_policy)

    def generate(
        self,
        *,
        model: str = DEFAULT_MODEL,
        idempotency_key: str | None = None,
        check: bool = True,
        **fields: Unpack[modes.GenerateFields],
    ) -> SubmittedGeneration:
        key = checked_key(idempotency_key)
        with _Keyed(key):
            named, images = self._uploads_needed(model, fields) if check else ({}, {})
            if named:  # uploaded before the submit: a failed upload starts no generation
                urls = {path: self._upload(image) for path, image in images.items()}
                fields = self._with_uploads(model, fields, named, urls)  # type: ignore[assignment]
            request, mode = self._submit_request(model, fields, key, check=check)
            response = self._transport.request(operation=boundary.SUBMIT, **request)
            return boundary.submitted(response, mode, key, self.poll_policy.clock())

    def upload_image(
        self, path_or_bytes: bytes | local_files.LocalSource, *, filename: str | None = None
    ) -> UploadedImage:
        """Upload a JPEG, PNG, GIF or WebP image; its URL works in any image field for 72 h.

        The type is checked by content before sending (`InvalidRequestError` otherwise).
        Sent once, never retried (uploads have no idempotency key): a failure after sending
        is an `UploadOutcomeUnknownError`, a 413 an `UploadTooLargeError`.
        """
        return self._upload(local_files.read_image(path_or_bytes, filename))

    def _upload(self, image: local_files.ImageFile) -> UploadedImage:
        request = self._upload_request(image)
        try:
            response = self._transport.request(operation=boundary.UPLOAD, **request)
        except UploadTooLargeError as error:
            raise UploadTooLargeError(error.response, size=image.size, limit=error.limit) from None
        return boundary.uploaded(response)

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
            if (finished := _already_final(waiter, task)) is not None:
                return finished  # a synchronous result: nothing to poll
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
        model: str = DEFAULT_MODEL,
        idempotency_key: str | None = None,
        check: bool = True,
        **fields: Unpack[modes.GenerateFields],
    ) -> Task:
        """Submit, then wait for the completed task."""
        submitted = self.generate(
            model=model, idempotency_key=idempotency_key, check=check, **fields
        )
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
        # The download machinery loads with the first download, not with the import.
        from apimart_video._download.files import is_url
        from apimart_video._download.transfer import run_download

        if isinstance(task_or_url, str) and not is_url(task_or_url):
            asked = _task_id(task_or_url)
            task_or_url = self._get_task(asked, self._language(None), deadline)
        job = self._download_job(task_or_url, path, on_progress, timeout, deadline, asked)
        return run_download(job, self._http)

    def list_models(self) -> list[ModelInfo]:
        """The models the API serves (free; retried on transient failures)."""
        response = self._transport.request(operation=boundary.LIST_MODELS, **self._models_request())
        return boundary.models(response)

    def model_docs(self, model: str) -> ModelDocs:
        """`model`'s live documentation page as Markdown: its parameter tables are the exact
        truth for the model's input (free; retried on transient failures)."""
        response = self._transport.request(
            operation=boundary.MODEL_DOCS, **self._docs_request(model)
        )
        return boundary.model_docs(response, model)

    def model_schema(
        self, model: str, operation: GenerationOperation = "video_generation"
    ) -> ModelSchema:
        """`model`'s compatibility schema for `operation`: a JSON Schema of its input, looser
        than `model_docs()` (free; retried on transient failures)."""
        response = self._transport.request(
            operation=boundary.MODEL_SCHEMA, **self._schema_request(model, operation)
        )
        return boundary.model_schema(response, model, operation)

    def _batch_api(self) -> BatchAPI:
        """The internal interface a batch uses (`apimart_video.batch.api.BatchAPI`)."""
        from apimart_video._client.asynchronous import _ForBatch

        return _ForBatch(self, self._http)

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
