"""The errors this package raises: one base class and a small tree under it.

APIMartError
+-- InvalidRequestError (also a ValueError)     bad input, nothing was sent
+-- MissingAPIKeyError                          no key given or in the environment
+-- APIConnectionError                          the API could not be reached
|   +-- APITimeoutError
+-- APIResponseValidationError                  a 2xx answer that could not be read
+-- APIStatusError                              the API answered 4xx/5xx
|   +-- BadRequestError (400), AuthenticationError (401),
|   +-- PermissionDeniedError (403) +-- InsufficientBalanceError (402)
|   +-- NotFoundError (404, or 400 for an unknown task), IdempotencyConflictError (422),
|   +-- RateLimitError (429), InternalServerError (5xx)
+-- TaskError                                   a task ended without a video
|   +-- TaskFailedError, TaskCancelledError
+-- WaitTimeoutError                            the task is still running
+-- DownloadError
    +-- URLExpiredError
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from apimart_video._rules import Violation
    from apimart_video._types import Task

__all__ = [
    "APIConnectionError",
    "APIMartError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "DownloadError",
    "IdempotencyConflictError",
    "InsufficientBalanceError",
    "InternalServerError",
    "InvalidRequestError",
    "MissingAPIKeyError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "TaskCancelledError",
    "TaskError",
    "TaskFailedError",
    "URLExpiredError",
    "WaitTimeoutError",
]


class APIMartError(Exception):
    """Base class of every error raised by `apimart_video`."""


class InvalidRequestError(APIMartError, ValueError):
    """A request body breaks a rule of the spec; raised before anything is sent.

    `violations` lists every broken rule (field, value, rule, hint); the message
    names each of them so that a person can fix the call without the docs.
    """

    def __init__(self, violations: Sequence[Violation]) -> None:
        self.violations: tuple[Violation, ...] = tuple(violations)
        lines = [str(violation) for violation in self.violations]
        if len(lines) == 1:
            message = f"invalid wan2.7 request: {lines[0]}"
        else:
            message = "invalid wan2.7 request:\n" + "\n".join(f"  - {line}" for line in lines)
        super().__init__(message)

    @property
    def fields(self) -> tuple[str, ...]:
        """The fields at fault, in the order the violations were found."""
        return tuple(violation.field for violation in self.violations)


class MissingAPIKeyError(APIMartError):
    """No API key was given and `APIMART_API_KEY` is not set."""


class APIConnectionError(APIMartError):
    """The API could not be reached, or the connection broke before an answer."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The API did not answer in time."""


class APIResponseValidationError(APIMartError):
    """A 2xx answer whose body is not what the spec describes (not JSON, wrong shape)."""

    def __init__(self, message: str, *, status_code: int, body: str) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.body = body


_REQUEST_ID = re.compile(r"request id:?\s*([A-Za-z0-9_-]+)", re.IGNORECASE)


class APIStatusError(APIMartError):
    """The API answered with an error status.

    Carries the status, the parsed error body (`code`, `error_message`, `type`, `param`)
    when the body is the documented JSON, the raw text when it is not (an HTML gateway
    page), and the request id when the API gave one.
    """

    status_code: int
    hint = "see the message for details"

    def __init__(self, response: httpx.Response, *, hint: str | None = None) -> None:
        self.response = response
        self.status_code = response.status_code
        self.body: dict[str, Any] | None = _json_object(response)
        detail = (self.body or {}).get("error")
        detail = detail if isinstance(detail, dict) else {}
        self.code: object = detail.get("code")
        self.error_message: str | None = _str_or_none(detail.get("message"))
        self.type: str | None = _str_or_none(detail.get("type"))
        self.param: str | None = _str_or_none(detail.get("param"))
        self.request_id = response.headers.get("x-request-id") or _request_id(self.error_message)
        if hint is not None:
            self.hint = hint
        super().__init__(self._describe())

    def _describe(self) -> str:
        request = self.response.request
        where = f"{request.method} {request.url.path}"
        if self.error_message is not None:
            said = self.error_message
            if self.type:
                said = f"{said} ({self.type})"
        elif not self.response.content:
            said = "no body"
        elif self.body is None:
            said = f"the answer was not JSON: {_excerpt(self.response.text)!r}"
        else:
            said = f"unexpected error body {_excerpt(self.response.text)!r}"
        return f"{where} -> HTTP {self.status_code}: {said}. {self.hint}"


class BadRequestError(APIStatusError):
    """400: the API refused the parameters."""

    hint = "fix the parameter named in the message"


class AuthenticationError(APIStatusError):
    """401: the API key is missing, malformed or revoked."""

    hint = "check the API key (api_key=... or APIMART_API_KEY)"


class PermissionDeniedError(APIStatusError):
    """403: the key may not use this model or endpoint."""

    hint = "check that this key is allowed to use wan2.7"


class InsufficientBalanceError(PermissionDeniedError):
    """402: the account cannot pay for the generation."""

    hint = "top up the account balance; nothing was generated"


class NotFoundError(APIStatusError):
    """404 (or 400 on the task endpoint): no such task for this key."""

    hint = "check the task id; tasks belong to the key that created them"


class IdempotencyConflictError(APIStatusError):
    """422: the Idempotency-Key was already used with a different body."""

    hint = "use a new idempotency_key for a different request"


class RateLimitError(APIStatusError):
    """429: too many requests."""

    hint = "slow down; the client already waited as long as Retry-After asked"

    @property
    def retry_after(self) -> float | None:
        """Seconds the API asked to wait, when it said."""
        return parse_retry_after(self.response.headers.get("retry-after"))


class InternalServerError(APIStatusError):
    """5xx: the API or a gateway in front of it failed."""

    hint = "retry later"


class TaskError(APIMartError):
    """A task ended without producing a video."""

    def __init__(self, message: str, *, task: Task) -> None:
        super().__init__(message)
        self.task = task
        self.task_id = task.task_id


class TaskFailedError(TaskError):
    """The task failed; `error_code` and `error_message` are the API's."""

    def __init__(self, task: Task) -> None:
        self.error_code = task.error_code
        self.error_message = task.error_message
        code = f" [{task.error_code}]" if task.error_code not in (None, "") else ""
        super().__init__(
            f"task {task.task_id} failed{code}: {task.error_message or 'no reason given'}",
            task=task,
        )


class TaskCancelledError(TaskError):
    """The task was cancelled before it finished."""

    def __init__(self, task: Task) -> None:
        super().__init__(f"task {task.task_id} was cancelled", task=task)


class WaitTimeoutError(APIMartError):
    """`wait()` gave up; the task keeps running on the server and can be waited on again."""

    def __init__(self, task_id: str, *, waited: float, last_status: str | None) -> None:
        self.task_id = task_id
        self.waited = waited
        self.last_status = last_status
        super().__init__(
            f"task {task_id} is still {last_status or 'unknown'} after {waited:.0f} s; it keeps "
            f"running: resume with `apimart-video wait {task_id}` or client.wait({task_id!r})"
        )


class DownloadError(APIMartError):
    """The video could not be downloaded; no partial file is left behind."""


class URLExpiredError(DownloadError):
    """The video URL has passed its `expires_at`."""


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a `Retry-After` header given in seconds (dates are not used by the API)."""
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        return None
    return max(seconds, 0.0)


def _json_object(response: httpx.Response) -> dict[str, Any] | None:
    try:
        document = json.loads(response.content)
    except ValueError:
        return None
    return document if isinstance(document, dict) else None


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _request_id(message: str | None) -> str | None:
    match = _REQUEST_ID.search(message or "")
    return match.group(1) if match else None


def _excerpt(text: str, limit: int = 120) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit] + "..."


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: InsufficientBalanceError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: IdempotencyConflictError,
    429: RateLimitError,
}


def status_error(response: httpx.Response) -> APIStatusError:
    """The typed error for an error response (the body must already be read)."""
    status = response.status_code
    if status == 400 and response.request.url.path.startswith("/v1/tasks/"):
        return NotFoundError(response, hint="the API answers an unknown task id with 400 too")
    if status >= 500:
        hint = "retry later"
        if response.request.method == "POST":
            hint = (
                "the generation may or may not have started: retry with the same "
                "idempotency_key, or check your task list, before submitting again"
            )
        return InternalServerError(response, hint=hint)
    return _STATUS_ERRORS.get(status, APIStatusError)(response)
