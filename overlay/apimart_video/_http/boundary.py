"""The one checked boundary: every API answer is read here, and nowhere else.

An answer leaves this module as a typed result (`SubmittedGeneration`, `Task`, `ModelInfo`,
`ModelDocs`, `ModelSchema`, the fields of an error body, a `Retry-After` in seconds) or as
an `APIMartError`; nothing it receives can raise anything else (no `TypeError`, `KeyError`,
`IndexError`, `OverflowError`, `UnicodeDecodeError`).

The JSON is read here rather than through the generated models: those do not check types
(a `"45%"` progress would pass through and crash later) and raise bare errors on a missing
field. The generated client still builds every request (the sender sends it).

Lenient where the meaning is clear, keeping the raw value in `Task.raw`:
- `progress` as `45`, `45.5`, `"45%"` or `null` (outside 0-100: ignored);
- `created`, `completed`, `expires_at` in Unix seconds, milliseconds, microseconds or
  ISO 8601 text (unreadable or absurd: ignored);
- `estimated_time` / `actual_time` as seconds, or a number in text; negative, not finite,
  over a week, or other text: ignored;
- `status` null, of another type or undocumented: still running (`TaskStatus.UNKNOWN`);
  `submitted` is pending; case and surrounding blanks do not matter;
- `cost` and `credits_cost` as numbers or numbers in text (negative or other: ignored);
- `data` as an object or a one-element list; `url` as a string or a list of strings;
- a submit's `data` in the wan2.7 page's shape (`task_id`, in a list or not) or in the
  versioned one (`{id, status, object}`, answered under `X-APIMart-Response-Version`),
  whatever was asked; `"object": "generation.result"` is a synchronous result, read as a
  task;
- a `failed` task's `error` as an object (with or without `message`), a string, or absent.
Anything else (not JSON, not an object, no task) raises `APIResponseValidationError` with
the raw body, or for a submit `SubmitResponseValidationError` with the idempotency key.
"""

from __future__ import annotations

import json
import logging
import math
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, Final

import httpx

from apimart_video._exceptions import (
    APIMartError,
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    IdempotencyConflictError,
    InsufficientBalanceError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    SubmitConflictError,
    SubmitResponseValidationError,
    SubmitServerError,
    UnprocessableEntityError,
    UploadOutcomeUnknownError,
    UploadTooLargeError,
    excerpt,
)
from apimart_video._http.parsing import (
    NOT_JSON,
    ErrorFields,
    document_of,
    error_fields,
    parse_retry_after,
)
from apimart_video._types import (
    Mode,
    ModelDocs,
    ModelInfo,
    ModelSchema,
    SubmittedGeneration,
    Task,
    TaskStatus,
    UploadedImage,
)

__all__ = [
    "ErrorFields",
    "error_fields",
    "idempotency_code",
    "is_json",
    "model_docs",
    "model_schema",
    "models",
    "parse_retry_after",
    "status_error",
    "submitted",
    "task",
    "uploaded",
]

logger = logging.getLogger("apimart_video")

SUBMIT: Final = "submit"
GET_TASK: Final = "get_task"
LIST_MODELS: Final = "list_models"
MODEL_DOCS: Final = "model_docs"
MODEL_SCHEMA: Final = "model_schema"
UPLOAD: Final = "upload"
_MAX_SECONDS: Final = 7 * 86400.0
"""Longest `estimated_time` / `actual_time` taken as meant: beyond, it is absurd."""
_EARLIEST: Final = 946684800.0  # 2000-01-01: a video API's timestamps come after
_LATEST: Final = 7258118400.0  # 2200-01-01
_NUMBER = re.compile(r"\s*([-+]?\d+(?:\.\d+)?)\s*%?\s*")


def is_json(response: httpx.Response) -> bool:
    """True when the answer's body is JSON (the sender retries a free call otherwise)."""
    return document_of(response) is not NOT_JSON


def _text(response: httpx.Response) -> str:
    return response.content.decode("utf-8", errors="replace")


# -- errors -----------------------------------------------------------------------------


IN_PROGRESS: Final = "idempotency_in_progress"
"""409: a request with this key is still being processed; resend the same one later."""
INDETERMINATE: Final = "idempotency_result_indeterminate"
"""409: the API cannot tell what became of the request with this key."""
KEY_REUSED: Final = "idempotency_key_reused"
"""409: the key was used with another body (a caller error; never resent)."""
_IDEMPOTENCY_CODES: Final = frozenset({IN_PROGRESS, INDETERMINATE, KEY_REUSED})


def idempotency_code(response: httpx.Response) -> str | None:
    """The idempotency answer of a 409 (`IN_PROGRESS`, `INDETERMINATE`, `KEY_REUSED`), read
    from the error's `code` (or `type`), or None for any other answer."""
    if response.status_code != 409:
        return None
    fields = error_fields(response)
    for said in (fields.code, fields.type):
        if isinstance(said, str) and said.strip().lower() in _IDEMPOTENCY_CODES:
            return said.strip().lower()
    return None


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: InsufficientBalanceError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
}


_NO_SUCH_MODEL: Final = (
    "check the model id (list_models(), or `apimart-video models`, names the API's models)"
)


def _says_idempotency(fields: ErrorFields) -> bool:
    said = " ".join(str(part) for part in (fields.code, fields.type, fields.message) if part)
    return "idempoten" in said.lower()


def status_error(
    response: httpx.Response, operation: str | None, idempotency_key: str | None
) -> APIMartError:
    """The typed error for an error answer (its body already read).

    Decided by the operation, not the URL: a 400 to a status request is an unknown task
    whatever prefix the base URL has; a 5xx to a submit may have started the generation.
    """
    status = response.status_code
    if operation == UPLOAD:
        uploading = _upload_error(response)
        if uploading is not None:
            return uploading
    if status == 400 and operation == GET_TASK:
        return NotFoundError(response, hint="the API answers an unknown task id with 400 too")
    if status == 404 and operation == MODEL_DOCS:
        return NotFoundError(response, hint=_NO_SUCH_MODEL)
    if status == 404 and operation == MODEL_SCHEMA:
        return NotFoundError(response, hint=f"{_NO_SUCH_MODEL}, and that it serves the operation")
    if status >= 500:
        if idempotency_key is not None:
            return SubmitServerError(response, idempotency_key=idempotency_key)
        return InternalServerError(response)
    if status == 422:
        if _says_idempotency(error_fields(response)):
            return IdempotencyConflictError(response)
        return UnprocessableEntityError(response)
    if status == 409:
        code = idempotency_code(response)
        if code == KEY_REUSED:
            return IdempotencyConflictError(response)
        if code is not None and idempotency_key is not None:
            return SubmitConflictError(response, idempotency_key=idempotency_key, reason=code)
        return ConflictError(response)
    return _STATUS_ERRORS.get(status, APIStatusError)(response)


# -- lenient values -----------------------------------------------------------------------


def _number(value: object) -> float | None:
    """A finite number from a JSON number or a number in text (`"45"`, `"45%"`)."""
    if type(value) is float or type(value) is int:  # the usual case, first (not bool)
        try:
            number = float(value)
        except OverflowError:
            return None
        return number if math.isfinite(number) else None
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        try:
            number = float(value)
        except OverflowError:
            return None
    elif isinstance(value, str) and (match := _NUMBER.fullmatch(value)):
        number = float(match.group(1))
    else:
        return None
    return number if math.isfinite(number) else None


def progress(value: object) -> int | None:
    """Percent done as a whole number, or None when absent or out of 0-100."""
    number = _number(value)
    if number is None or not 0 <= number <= 100:
        return None
    return int(number)


def amount(value: object) -> float | None:
    """A cost: a number 0 or more, or None when absent, negative or unreadable."""
    number = _number(value)
    return number if number is not None and number >= 0 else None


def seconds(value: object) -> float | None:
    """A duration in seconds, or None when absent, negative or absurd (over a week)."""
    number = _number(value)
    if number is None or not 0 <= number <= _MAX_SECONDS:
        return None
    return number


def timestamp(value: object) -> datetime | None:
    """A time from Unix seconds, milliseconds or microseconds, or ISO 8601 text."""
    if isinstance(value, str):
        number = _number(value)
        if number is None:
            return _iso(value)
    else:
        number = _number(value)
    if number is None:
        return None
    for scale in (1.0, 1e3, 1e6):
        if _EARLIEST <= number / scale <= _LATEST:
            return datetime.fromtimestamp(number / scale, tz=UTC)
    return None


def _iso(text: str) -> datetime | None:
    try:
        when = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def _identifier(value: object) -> str | None:
    """A task id: any non-empty string, as the spec says (ids are opaque: blanks, slashes,
    any length), or an integer as text. None for anything else, and for text with a lone
    surrogate (`"\\ud800"` in the JSON): that is not Unicode, and no URL can carry it."""
    if isinstance(value, str):
        if value.isascii():  # the usual case: no surrogate possible
            return value or None
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return None
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


_DOCUMENTED_SEEN: dict[str, TaskStatus] = {}
"""Status texts already read to a documented status (an undocumented one is read each time,
so that its warning logic stays `TaskStatus.parse`'s)."""


def _status(value: object) -> tuple[TaskStatus, str]:
    if isinstance(value, str):
        status = _DOCUMENTED_SEEN.get(value)
        if status is None:
            status = TaskStatus.parse(value)
            if status is not TaskStatus.UNKNOWN and len(_DOCUMENTED_SEEN) < 256:
                _DOCUMENTED_SEEN[value] = status
        return status, value
    raw = "" if value is None else json.dumps(value, default=str)[:40]
    return TaskStatus.parse(raw), raw


def _video_url(value: object) -> str | None:
    """A URL a download can use: http(s), absolute, readable."""
    if not isinstance(value, str) or not value.startswith(("http://", "https://")):
        return None
    try:
        url = httpx.URL(value)
    except (httpx.InvalidURL, ValueError):
        return None
    return value if url.host else None


def _videos(result: object) -> tuple[tuple[str, ...], datetime | None]:
    if not isinstance(result, Mapping):
        return (), None
    videos = result.get("videos")
    if isinstance(videos, Mapping):
        videos = [videos]
    urls: list[str] = []
    expires_at = None
    for video in videos if isinstance(videos, list) else []:
        if not isinstance(video, Mapping):
            continue
        found = video.get("url")
        for candidate in found if isinstance(found, list) else [found]:
            url = _video_url(candidate)
            if url is not None:
                urls.append(url)
        expires_at = expires_at or timestamp(video.get("expires_at"))
    return tuple(urls), expires_at


def _error(value: object) -> tuple[object, str | None]:
    """(code, message) of a failed task's `error`: an object, a string, or nothing."""
    if isinstance(value, str):
        return None, value or None
    if not isinstance(value, Mapping):
        return None, None
    message = value.get("message")
    return value.get("code"), message if isinstance(message, str) and message else None


_KNOWN_FIELDS: Final = frozenset(
    {
        "id",
        "status",
        "progress",
        "result",
        "created",
        "completed",
        "estimated_time",
        "actual_time",
        "error",
        "cost",
        "credits_cost",
    }
)


def _one_object(data: object) -> Mapping[str, Any] | None:
    """`data` as an object: itself, or the one object of a one-element list."""
    if isinstance(data, list) and len(data) >= 1:
        data = data[0]
    return data if isinstance(data, dict) else None


# -- answers --------------------------------------------------------------------------------


def task(response: httpx.Response, task_id: str) -> Task:
    """The task in a `GET /v1/tasks/{task_id}` answer, or `APIResponseValidationError`."""
    document = document_of(response)
    data = _one_object(document.get("data")) if isinstance(document, dict) else None
    if data is None:
        raise _unreadable(response, f"task {task_id}", "no task object in `data`")
    return _task_of(data, task_id)


def _task_of(data: Mapping[str, Any], task_id: str, unsaid: str | None = None) -> Task:
    """A task object (a poll's `data`, or a synchronous result) read leniently; `unsaid` is
    the status of one that says none."""
    said = data.get("status")
    status, raw_status = _status(unsaid if unsaid is not None and not said else said)
    urls, expires_at = _videos(data.get("result"))
    code, message = _error(data.get("error"))
    return Task(
        task_id=_identifier(data.get("id")) or task_id,
        status=status,
        raw_status=raw_status,
        progress=progress(data.get("progress")),
        video_urls=urls,
        expires_at=expires_at,
        error_code=code,
        error_message=message,
        created_at=timestamp(data.get("created")),
        completed_at=timestamp(data.get("completed")),
        estimated_time=seconds(data.get("estimated_time")),
        actual_time=seconds(data.get("actual_time")),
        cost=amount(data.get("cost")),
        credits_cost=amount(data.get("credits_cost")),
        extra={}
        if data.keys() <= _KNOWN_FIELDS
        else {name: value for name, value in data.items() if name not in _KNOWN_FIELDS},
        raw=data,
    )


def submitted(
    response: httpx.Response, mode: Mode, idempotency_key: str, submitted_at: float
) -> SubmittedGeneration:
    """The created task in a submit answer; else `SubmitResponseValidationError`.

    A 2xx answer means the generation may well have started, so an unreadable one is an
    unknown outcome, with the key to resubmit safely, never a bare parse error.
    """
    document = document_of(response)
    data = document.get("data") if isinstance(document, dict) else None
    if isinstance(data, list) and len(data) > 1:
        logger.warning("submit answered %d tasks for one generation; using the first", len(data))
    created = _one_object(data)
    task_id = None
    if created is not None:
        task_id = _identifier(created.get("task_id")) or _identifier(created.get("id"))
    if created is None or task_id is None:
        what = "not JSON" if document is NOT_JSON else "no task id"
        raise SubmitResponseValidationError(
            f"submit answered HTTP {response.status_code} with {what}: "
            f"{excerpt(_text(response))!r}",
            idempotency_key=idempotency_key,
            status_code=response.status_code,
            body=_text(response),
            content=response.content,
        )
    status = created.get("status")
    request_id = document.get("request_id") if isinstance(document, dict) else None
    result = SubmittedGeneration(
        task_id=task_id,
        mode=mode,
        idempotency_key=idempotency_key,
        status=status if isinstance(status, str) and status else None,
        submitted_at=submitted_at,
        replayed=response.headers.get("idempotency-replayed", "").strip().lower() == "true",
        request_id=request_id if isinstance(request_id, str) and request_id else None,
        result=_synchronous_result(created, task_id),
    )
    if logger.isEnabledFor(logging.INFO):
        logger.info("submitted %s task %s", mode.value, result.task_id)
    return result


SYNCHRONOUS_RESULT: Final = "generation.result"
"""A versioned submit answer's `object` when the generation finished within the request."""


def _synchronous_result(created: Mapping[str, Any], task_id: str) -> Task | None:
    """The finished task of a synchronous result, or None: a task to poll.

    A result without a status is completed (that is what the object says); one whose status
    is not final contradicts itself, and is polled like any task.
    """
    if created.get("object") != SYNCHRONOUS_RESULT:
        return None
    finished = _task_of(created, task_id, unsaid="completed")
    if not finished.is_final:
        logger.warning(
            "submit answered a synchronous result for task %s with status %r; polling it",
            task_id,
            finished.raw_status,
        )
        return None
    return finished


# -- discovery --------------------------------------------------------------------------------


def _unreadable(response: httpx.Response, what: str, why: str) -> APIResponseValidationError:
    document = document_of(response)
    return APIResponseValidationError(
        f"{what}: HTTP {response.status_code} with "
        f"{'not JSON' if document is NOT_JSON else why}: {excerpt(_text(response))!r}",
        status_code=response.status_code,
        body=_text(response),
        content=response.content,
    )


def _object(response: httpx.Response) -> dict[str, Any] | None:
    document = document_of(response)
    return document if isinstance(document, dict) else None


def _string(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def models(response: httpx.Response) -> list[ModelInfo]:
    """The models in a `GET /v1/models` answer (`data[].id`); an entry without a usable id
    is left out (and logged), an answer without the list is `APIResponseValidationError`."""
    document = _object(response)
    data = document.get("data") if document is not None else None
    if not isinstance(data, list):
        raise _unreadable(response, "list of models", "no list in `data`")
    found = []
    for entry in data:
        model_id = _identifier(entry.get("id")) if isinstance(entry, dict) else None
        if model_id is None:
            logger.warning("the list of models holds an entry without an id: %.80r", entry)
            continue
        found.append(ModelInfo(id=model_id, raw=entry))
    return found


def model_docs(response: httpx.Response, model: str) -> ModelDocs:
    """The documentation in a `GET /v1/model-docs` answer; without its Markdown, it is
    `APIResponseValidationError` (the Markdown is what it is for)."""
    document = _object(response)
    markdown = document.get("markdown") if document is not None else None
    if document is None or not isinstance(markdown, str):
        raise _unreadable(response, f"docs of model {model}", "no `markdown`")
    ttl = _number(document.get("cache_ttl_seconds"))
    return ModelDocs(
        model=_string(document.get("model")) or model,
        markdown=markdown,
        doc_url=_string(document.get("doc_url")),
        markdown_url=_string(document.get("markdown_url")),
        fetched_at=timestamp(document.get("fetched_at")),
        stale=str(document.get("stale")).strip().lower() == "true",
        cache_ttl_seconds=int(ttl) if ttl is not None and 0 <= ttl < 2**63 else None,
        warning=_string(document.get("warning")),
        raw=document,
    )


def model_schema(response: httpx.Response, model: str, operation: str) -> ModelSchema:
    """The compatibility schema in a `GET /v1/model-schema` answer; without an
    `input_schema` object, it is `APIResponseValidationError`."""
    document = _object(response)
    schema = document.get("input_schema") if document is not None else None
    if document is None or not isinstance(schema, dict):
        raise _unreadable(response, f"schema of model {model}", "no `input_schema` object")
    return ModelSchema(
        model=_string(document.get("model")) or model,
        operation=_string(document.get("operation")) or operation,
        input_schema=schema,
        raw=document,
    )


# -- uploads ------------------------------------------------------------------------------

_LIMIT = re.compile(r"(\d+)\s*bytes")


def _upload_error(response: httpx.Response) -> APIMartError | None:
    """An upload's 413 (with the limit, when the message names it in bytes) or 5xx (the
    image may be stored); None for any other status."""
    status = response.status_code
    if status == 413:
        said = error_fields(response).message
        found = _LIMIT.search(said) if isinstance(said, str) else None
        return UploadTooLargeError(response, limit=int(found.group(1)) if found else None)
    if status >= 500:
        where = f"{response.request.method} {response.request.url.path}"
        return UploadOutcomeUnknownError(
            f"{where} -> HTTP {status}: {excerpt(_text(response))!r}",
            reason="server_error",
            request=response.request,
            response=response,
        )
    return None


def uploaded(response: httpx.Response) -> UploadedImage:
    """The stored image in an upload's answer; else `UploadOutcomeUnknownError` (a 2xx may
    mean the image was stored, but without a URL there is nothing to use)."""
    document = document_of(response)
    url = document.get("url") if isinstance(document, dict) else None
    if not isinstance(document, dict) or not isinstance(url, str) or not url:
        what = "not JSON" if document is NOT_JSON else "no url"
        raise UploadOutcomeUnknownError(
            f"upload answered HTTP {response.status_code} with {what}: "
            f"{excerpt(_text(response))!r}",
            reason="unreadable_answer",
            request=response.request,
            response=response,
        )
    size = document.get("bytes")
    filename, content_type = document.get("filename"), document.get("content_type")
    return UploadedImage(
        url=url,
        filename=filename if isinstance(filename, str) else None,
        content_type=content_type if isinstance(content_type, str) else None,
        size=size if type(size) is int and size >= 0 else None,
        created_at=timestamp(document.get("created_at")),
        raw=document,
    )
