"""What `VideoClient` and `AsyncVideoClient` share: everything but sending, sleeping and
streaming.

Every API request is built by the generated `apimart_video_client`; `_ClientBase` adds local
validation, the idempotency key, the waiter and the download job, and `_ModeHelpers` the
mode helpers (documented on both clients by tools/griffe_bound_methods.py). The two classes
(`sync`, `asynchronous`) differ only where they send, sleep or stream.
"""

from __future__ import annotations

import abc
import contextlib
import functools
import io
import logging
import warnings
from collections.abc import Callable, Mapping
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, Generic, TypeVar, Unpack

from apimart_video._config import (
    DEFAULT_MODEL,
    redact,
    resolve_api_key,
    resolve_base_url,
)
from apimart_video._exceptions import (
    InvalidRequestError,
    UncheckedRequestWarning,
)
from apimart_video._http.deadline import Deadline
from apimart_video._http.retry import RetryPolicy
from apimart_video._http.sender import AsyncRetryingHTTP, RetryingHTTP
from apimart_video._request import local_files, modes, spec_values
from apimart_video._stack import caller_stacklevel
from apimart_video._types import Mode, SubmittedGeneration, Task, UploadedImage, Violation
from apimart_video._waiting.policy import PollPolicy, Waiter

if TYPE_CHECKING:
    from apimart_video._download.transfer import Download, DownloadProgress
    from apimart_video._request.spec_values import GenerationOperation, ResponseVersion
    from apimart_video_client.models.task_language import TaskLanguage
    from apimart_video_client.types import Unset

__all__ = ["RESPONSE_VERSION", "TaskRef"]

RESPONSE_VERSION: Final[ResponseVersion] = "2026-07-27"
"""The response version a client pins by default: the answer shape it was written against
(it reads the older shape too). One of the spec's `RESPONSE_VERSIONS` (mypy holds it so)."""

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


def _checked_response_version(value: object) -> ResponseVersion | None:
    """`value` if the spec names it (or None: send no header), else `InvalidRequestError`.

    Refused rather than sent: a version pins the shape of the answer, and a shape this
    client was not written against is one it cannot promise to read. A newer version comes
    with a newer client (the spec names it, and the boundary reads it).
    """
    if value is None:
        return None
    for known in spec_values.RESPONSE_VERSIONS:
        if value == known and isinstance(value, str):
            return known
    choices = ", ".join(repr(version) for version in spec_values.RESPONSE_VERSIONS)
    raise InvalidRequestError(
        [
            Violation(
                "response_version",
                value,
                f"must be one of the versions this client reads ({choices}), or None to send "
                "no X-APIMart-Response-Version header",
            )
        ]
    )


def _check_model(model: object) -> str:
    if not isinstance(model, str) or not model.strip():
        raise InvalidRequestError(
            [Violation("model", model, "must be a model id, such as 'wan2.7' (see list_models())")]
        )
    return model


def _check_operation(operation: object) -> GenerationOperation:
    for known in spec_values.GENERATION_OPERATIONS:
        if operation == known and isinstance(operation, str):
            return known
    choices = ", ".join(repr(value) for value in spec_values.GENERATION_OPERATIONS)
    raise InvalidRequestError([Violation("operation", operation, f"must be one of {choices}")])


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
        response_version: ResponseVersion | None = RESPONSE_VERSION,
    ) -> None:
        self.response_version = _checked_response_version(response_version)
        """The `X-APIMart-Response-Version` each submit sends (None: none)."""
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

    def _submit_request(
        self, model: str, fields: Mapping[str, object], key: str, *, check: bool = True
    ) -> tuple[dict[str, Any], Mode]:
        """The submit as the generated client builds it (method, path, JSON body, headers),
        with the pinned response version.

        The body is checked by its family's rules and built by the family's generated model.
        With `check=False` nothing is checked (an `UncheckedRequestWarning` says so) and the
        body is sent exactly as given: the generated module still builds the method, path
        and headers. The generated `sync_detailed` is not run: the answer is read by the
        boundary alone. The key travels in the sender's headers: no generated client, whose
        repr would show its token, ever holds it.
        """
        # The generated modules load with the first request, not with `import apimart_video`.
        from apimart_video._request.families import family_of
        from apimart_video._request.rules import check_request
        from apimart_video_client import models as generated
        from apimart_video_client.api.videos import create_video_generation
        from apimart_video_client.types import UNSET

        body = {"model": model, **fields}
        version = UNSET if self.response_version is None else self.response_version
        if check:
            mode = check_request(body)
            rules = family_of(model)
            assert rules is not None  # check_request refuses a model with no family
            request_model = getattr(generated, rules.values["schema"])
            request = create_video_generation._get_kwargs(
                body=request_model.from_dict(body),
                idempotency_key=key,
                x_api_mart_response_version=version,
            )
            return request, mode
        warnings.warn(
            f"the {model!r} request was not checked locally (check=False): it is sent as "
            "given, and the API alone decides whether it is valid",
            UncheckedRequestWarning,
            stacklevel=caller_stacklevel(),
        )
        request = create_video_generation._get_kwargs(
            body=generated.Wan27Request.from_dict({"model": DEFAULT_MODEL}),
            idempotency_key=key,
            x_api_mart_response_version=version,
        )
        request["json"] = body  # the caller's body, as given
        return request, Mode.UNCHECKED

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

    @staticmethod
    def _models_request() -> dict[str, Any]:
        """`GET /v1/models` as the generated client builds it."""
        from apimart_video_client.api.models import list_models

        return list_models._get_kwargs()

    @staticmethod
    def _docs_request(model: str) -> dict[str, Any]:
        """`GET /v1/model-docs?model=` as the generated client builds it."""
        from apimart_video_client.api.models import get_model_docs

        return get_model_docs._get_kwargs(model=_check_model(model))

    @staticmethod
    def _schema_request(model: str, operation: str) -> dict[str, Any]:
        """`GET /v1/model-schema?model=&operation=` as the generated client builds it."""
        from apimart_video_client.api.models import get_model_schema

        return get_model_schema._get_kwargs(
            model=_check_model(model), operation=_check_operation(operation)
        )

    @staticmethod
    def _upload_request(image: local_files.ImageFile) -> dict[str, Any]:
        """The upload as the generated client builds it (multipart, one `file` field)."""
        from apimart_video_client.api.uploads import upload_image
        from apimart_video_client.models import ImageUploadRequest
        from apimart_video_client.types import File

        file = File(
            payload=io.BytesIO(image.data), file_name=image.filename, mime_type=image.content_type
        )
        return upload_image._get_kwargs(body=ImageUploadRequest(file=file))

    @staticmethod
    def _uploads_needed(
        model: str, fields: Mapping[str, Any]
    ) -> tuple[dict[str, Path], dict[Path, local_files.ImageFile]]:
        """The local images `fields` name (field -> resolved path) and each distinct file,
        read and checked, once (the same file in two fields is uploaded once)."""
        named = local_files.local_images(fields, model=model)
        resolved = {field: path.resolve() for field, path in named.items()}
        images: dict[Path, local_files.ImageFile] = {}
        for field, path in named.items():
            if resolved[field] not in images:
                images[resolved[field]] = local_files.read_image(path, field=field)
        return resolved, images

    @staticmethod
    def _with_uploads(
        model: str,
        fields: Mapping[str, Any],
        named: Mapping[str, Path],
        urls: Mapping[Path, UploadedImage],
    ) -> dict[str, Any]:
        """`fields` with each local image (field -> resolved path) replaced by its URL."""
        return local_files.with_urls(
            fields, {field: urls[resolved].url for field, resolved in named.items()}, model
        )

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
        # The download machinery loads with the first download, not with the import.
        from apimart_video._download.files import download_target
        from apimart_video._download.transfer import Download, video_source

        source = video_source(task)
        task_id = asked or (task.task_id if isinstance(task, Task) else None)
        return Download(
            source,
            download_target(path, task, task_id),
            self.retry_policy,
            self._transport.count,
            on_progress,
            task_id=task_id,
            deadline=deadline,
            timeout=timeout,
        )


def _already_final(waiter: Waiter, task: TaskRef) -> Task | None:
    """The finished task of a synchronous result, seen by `waiter` (which raises if it
    failed or was cancelled), or None: a task to poll."""
    finished = task.result if isinstance(task, SubmittedGeneration) else None
    if finished is not None and waiter.observe(finished) is None:
        return finished
    return None


def _download_deadline(timeout: float | None) -> Deadline | None:
    from apimart_video._download.transfer import deadline_after

    if timeout is not None:
        _check_timeout(timeout)
    return deadline_after(timeout)


class _ModeHelpers(abc.ABC, Generic[R]):
    """The documented uses, each one call; shared by the sync and async clients.

    Each takes `model=` (default `wan2.7`): the model's family says where the inputs go,
    and a family without the mode is refused with the modes it has (`known_models()`).
    """

    @abc.abstractmethod
    def generate(
        self,
        *,
        model: str = DEFAULT_MODEL,
        idempotency_key: str | None = None,
        check: bool = True,
        **fields: Unpack[modes.GenerateFields],
    ) -> R:
        """Validate the fields for `model` locally, then submit them.

        `check=False` sends the body as given, unchecked (with an `UncheckedRequestWarning`):
        for a model or a field this client does not know yet.
        """

    def _helper(self, body: dict[str, Any], idempotency_key: str | None) -> R:
        model = body.pop("model")
        return self.generate(model=model, idempotency_key=idempotency_key, **body)

    def text_to_video(
        self,
        prompt: str,
        *,
        model: str = DEFAULT_MODEL,
        audio_url: str | None = None,
        idempotency_key: str | None = None,
        **options: Unpack[modes.VideoOptions],
    ) -> R:
        """Generate from text; `audio_url` adds background music (where the model takes it)."""
        body = modes.text_to_video(prompt, model=model, audio_url=audio_url, **options)
        return self._helper(body, idempotency_key)

    def first_frame_to_video(
        self,
        image_url: local_files.LocalSource,
        *,
        model: str = DEFAULT_MODEL,
        prompt: str | None = None,
        audio_url: str | None = None,
        idempotency_key: str | None = None,
        **options: Unpack[modes.VideoOptions],
    ) -> R:
        """Bring an image to life as the first frame (with driving audio if `audio_url`);
        `image_url` may be a local image file, uploaded first."""
        body = modes.first_frame_to_video(
            image_url, model=model, prompt=prompt, audio_url=audio_url, **options
        )
        return self._helper(body, idempotency_key)

    def first_last_frame_to_video(
        self,
        first_frame_url: local_files.LocalSource,
        last_frame_url: local_files.LocalSource,
        *,
        model: str = DEFAULT_MODEL,
        prompt: str | None = None,
        idempotency_key: str | None = None,
        **options: Unpack[modes.VideoOptions],
    ) -> R:
        """Generate the motion from a first frame to a last frame (URLs or local images)."""
        body = modes.first_last_frame_to_video(
            first_frame_url, last_frame_url, model=model, prompt=prompt, **options
        )
        return self._helper(body, idempotency_key)

    def continue_video(
        self,
        video_url: str,
        *,
        model: str = DEFAULT_MODEL,
        prompt: str | None = None,
        idempotency_key: str | None = None,
        **options: Unpack[modes.VideoOptions],
    ) -> R:
        """Continue an existing video (wan2.7: mp4/mov, 2-10 s)."""
        body = modes.continue_video(video_url, model=model, prompt=prompt, **options)
        return self._helper(body, idempotency_key)

    def image_with_audio(
        self,
        image_url: local_files.LocalSource,
        audio_url: str,
        *,
        model: str = DEFAULT_MODEL,
        prompt: str | None = None,
        idempotency_key: str | None = None,
        **options: Unpack[modes.VideoOptions],
    ) -> R:
        """Move an image (a URL or a local image) to a driving audio track (wan2.7: wav/mp3,
        2-30 s)."""
        body = modes.image_with_audio(image_url, audio_url, model=model, prompt=prompt, **options)
        return self._helper(body, idempotency_key)
