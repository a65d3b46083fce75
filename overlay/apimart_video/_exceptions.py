"""The errors this package raises: one base class and a small tree under it.

APIMartError
+-- InvalidRequestError (also a ValueError)     bad input, nothing was sent
+-- MissingAPIKeyError                          no key given or in the environment
|   +-- InvalidAPIKeyError                      a key that cannot go into a header
+-- APIConnectionError                          the API could not be reached
|   +-- APITimeoutError
+-- APIResponseValidationError                  a 2xx answer that could not be read
+-- APIStatusError                              the API answered 4xx/5xx
|   +-- BadRequestError (400), AuthenticationError (401), InsufficientBalanceError (402),
|   +-- PermissionDeniedError (403), NotFoundError (404, or 400 for an unknown task),
|   +-- ConflictError (409), UnprocessableEntityError (422)
|   |   +-- IdempotencyConflictError (422 naming the key, or 409 `idempotency_key_reused`)
|   +-- RateLimitError (429), InternalServerError (5xx)
+-- SubmitOutcomeUnknownError                   a submit that may have started a generation
|   (each instance is also the error above for its cause: SubmitTimeoutError is an
|   APITimeoutError, SubmitConnectionError an APIConnectionError, SubmitServerError an
|   InternalServerError, SubmitResponseValidationError an APIResponseValidationError,
|   SubmitConflictError a ConflictError); `.reason` says which
+-- TaskError                                   a task ended without a video
|   +-- TaskFailedError, TaskCancelledError
+-- WaitTimeoutError                            the task is still running
+-- DownloadError
|   +-- URLExpiredError, NoVideoError
+-- DiskFullError (also an OSError, ENOSPC)       a local file could not be written
+-- UploadOutcomeUnknownError                   an image upload that may have been stored
+-- (APIStatusError) UploadTooLargeError (413)   an image above the upload limit

Every error raised by `generate()` and the mode helpers carries `idempotency_key`, the key
that was (or would have been) sent: `except APIMartError as e: e.idempotency_key`.

A submit that may have started is one error class (`SubmitOutcomeUnknownError`) *and* keeps
the class of its cause, by multiple inheritance, so code that catches `InternalServerError`
or `APITimeoutError` keeps catching those, and code that cares about billing catches one
class for every case.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from apimart_video._types import Task, Violation

__all__ = [
    "APIConnectionError",
    "APIMartError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DiskFullError",
    "DownloadError",
    "IdempotencyConflictError",
    "InsufficientBalanceError",
    "InternalServerError",
    "InvalidAPIKeyError",
    "InvalidRequestError",
    "MissingAPIKeyError",
    "NoVideoError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "SubmitConflictError",
    "SubmitConnectionError",
    "SubmitOutcomeUnknownError",
    "SubmitResponseValidationError",
    "SubmitServerError",
    "SubmitTimeoutError",
    "TaskCancelledError",
    "TaskError",
    "TaskFailedError",
    "URLExpiredError",
    "UncheckedRequestWarning",
    "UnprocessableEntityError",
    "UploadOutcomeUnknownError",
    "UploadTooLargeError",
    "WaitTimeoutError",
]


class APIMartError(Exception):
    """Base class of every error raised by `apimart_video`."""

    idempotency_key: str | None = None
    """For errors out of a submit: the `Idempotency-Key` sent, or chosen, for it."""


class InvalidRequestError(APIMartError, ValueError):
    """A request body breaks a rule of the spec; raised before anything is sent.

    `violations` lists every broken rule (field, value, rule, hint); the message
    names each of them so that a person can fix the call without the docs.
    """

    def __init__(self, violations: Sequence[Violation], *, model: object = None) -> None:
        self.violations: tuple[Violation, ...] = tuple(violations)
        self.model: str | None = model if isinstance(model, str) else None
        """The model the request was checked for (None when it names none the client knows)."""
        lines = [str(violation) for violation in self.violations]
        what = f"invalid {self.model} request" if self.model else "invalid request"
        if len(lines) == 1:
            message = f"{what}: {lines[0]}"
        else:
            message = f"{what}:\n" + "\n".join(f"  - {line}" for line in lines)
        super().__init__(message)

    @property
    def fields(self) -> tuple[str, ...]:
        """The fields at fault, in the order the violations were found."""
        return tuple(violation.field for violation in self.violations)


class MissingAPIKeyError(APIMartError):
    """No API key was given and `APIMART_API_KEY` is not set (or is blank)."""


class InvalidAPIKeyError(MissingAPIKeyError):
    """The key holds a character no header may carry (a control or non-ASCII character).

    Raised before anything is sent; the message names the rule and the position, never the
    key. A kind of `MissingAPIKeyError`: there is no usable key.
    """


class APIConnectionError(APIMartError):
    """The API could not be reached, or the connection broke before an answer."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The API did not answer in time."""


class APIResponseValidationError(APIMartError):
    """A 2xx answer whose body is not what the spec describes (not JSON, wrong shape).

    `body` is the answer as text (undecodable bytes replaced), `content` the raw bytes.
    """

    def __init__(
        self, message: str, *, status_code: int, body: str, content: bytes | None = None
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.body = body
        self.content = body.encode(errors="replace") if content is None else content


class APIStatusError(APIMartError):
    """The API answered with an error status.

    Carries the status, the parsed error body (`code`, `error_message`, `type`, `param`)
    when the body is the documented JSON, the raw text when it is not (an HTML gateway
    page), and the request id when the API gave one.
    """

    status_code: int
    hint = "see the message for details"

    def __init__(self, response: httpx.Response, *, hint: str | None = None) -> None:
        from apimart_video._http.parsing import error_fields  # read as the boundary reads it

        self.response = response
        self.status_code = response.status_code
        fields = error_fields(response)
        self.body: dict[str, Any] | None = fields.body
        self.code: object = fields.code
        self.error_message: str | None = fields.message
        self.type: str | None = fields.type
        self.param: str | None = fields.param
        self.request_id = fields.request_id
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
            said = f"the answer was not JSON: {excerpt(self.response.text)!r}"
        else:
            said = f"unexpected error body {excerpt(self.response.text)!r}"
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


class InsufficientBalanceError(APIStatusError):
    """402: the account cannot pay for the generation (not a kind of 403)."""

    hint = "top up the account balance; nothing was generated"


class NotFoundError(APIStatusError):
    """404 (or 400 on the task endpoint): no such task for this key, or no such model."""

    hint = "check the task id; tasks belong to the key that created them"


class UnprocessableEntityError(APIStatusError):
    """422: the API understood the request but refused it."""

    hint = "see the message for what the API refused"


class ConflictError(APIStatusError):
    """409: the request conflicts with another one (for a submit: one with the same key)."""

    hint = "see the message for what the request conflicts with"


class IdempotencyConflictError(UnprocessableEntityError, ConflictError):
    """The idempotency key was already used with another body: a 422 whose error names the
    key, or a 409 with code `idempotency_key_reused`. Nothing is resent."""

    hint = "use a new idempotency_key for a different request"


class RateLimitError(APIStatusError):
    """429: too many requests."""

    hint = "slow down; the client already waited as long as Retry-After asked"

    @property
    def retry_after(self) -> float | None:
        """Seconds the API asked to wait, when it said so in a usable form."""
        from apimart_video._http.parsing import parse_retry_after

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


class NoVideoError(DownloadError):
    """The task has no usable video URL (not completed, or completed without one)."""


def resubmit_advice(idempotency_key: str) -> str:
    """How to stay safe after a submit whose outcome is unknown; written once, said as verified.

    The reference server honours the key; the live API is not yet shown to.
    """
    return (
        "The generation may have started. To resubmit safely, send the same request with "
        f"idempotency_key={idempotency_key!r} (CLI: --idempotency-key {idempotency_key}): "
        "where the API honours the key, that returns the task already started instead of "
        "starting (and billing) a second one. Whether the live API honours it is not yet "
        "verified: if a second charge matters, check your APIMart task list first."
    )


class SubmitOutcomeUnknownError(APIMartError):
    """A submit failed after the generation may have started (billed, maybe running).

    Raised for a timeout after sending, a dropped connection, any 5xx, and a 2xx answer
    without a readable task id. `idempotency_key` is the key sent; the message says how to
    resubmit with it. Each instance is also the error of its cause (see the subclasses).
    """

    idempotency_key: str
    reason: str = "unknown"
    """Why the outcome is unknown, one word for code and journals: `timeout`, `connection`,
    `server_error`, `unreadable_answer`, `idempotency_in_progress` (still in progress after
    the resends allowed) or `idempotency_result_indeterminate` (the API cannot tell)."""

    def __init__(self, message: str, *, idempotency_key: str) -> None:
        self.idempotency_key = idempotency_key
        super().__init__(f"{message}. {resubmit_advice(idempotency_key)}")


class SubmitTimeoutError(SubmitOutcomeUnknownError, APITimeoutError):
    """A submit timed out after it was sent."""

    reason = "timeout"

    def __init__(
        self, message: str, *, idempotency_key: str, request: httpx.Request | None = None
    ) -> None:
        self.idempotency_key = idempotency_key
        APITimeoutError.__init__(
            self, f"{message}. {resubmit_advice(idempotency_key)}", request=request
        )


class SubmitConnectionError(SubmitOutcomeUnknownError, APIConnectionError):
    """The connection broke after a submit was sent."""

    reason = "connection"

    def __init__(
        self, message: str, *, idempotency_key: str, request: httpx.Request | None = None
    ) -> None:
        self.idempotency_key = idempotency_key
        APIConnectionError.__init__(
            self, f"{message}. {resubmit_advice(idempotency_key)}", request=request
        )


class SubmitServerError(SubmitOutcomeUnknownError, InternalServerError):
    """A submit answered with a 5xx status."""

    reason = "server_error"

    def __init__(self, response: httpx.Response, *, idempotency_key: str) -> None:
        self.idempotency_key = idempotency_key
        InternalServerError.__init__(self, response, hint=resubmit_advice(idempotency_key))


class SubmitResponseValidationError(SubmitOutcomeUnknownError, APIResponseValidationError):
    """A submit answered 2xx with a body that names no task."""

    reason = "unreadable_answer"

    def __init__(
        self,
        message: str,
        *,
        idempotency_key: str,
        status_code: int,
        body: str,
        content: bytes | None = None,
    ) -> None:
        self.idempotency_key = idempotency_key
        APIResponseValidationError.__init__(
            self,
            f"{message}. {resubmit_advice(idempotency_key)}",
            status_code=status_code,
            body=body,
            content=content,
        )


class SubmitConflictError(SubmitOutcomeUnknownError, ConflictError):
    """A submit answered 409 for its key: `idempotency_in_progress` after the resends
    allowed, or `idempotency_result_indeterminate`. `reason` is that code."""

    def __init__(self, response: httpx.Response, *, idempotency_key: str, reason: str) -> None:
        self.idempotency_key = idempotency_key
        self.reason = reason
        ConflictError.__init__(self, response, hint=resubmit_advice(idempotency_key))


def excerpt(text: str, limit: int = 120) -> str:
    """The start of a text on one line, for a message."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit] + "..."


DISK_FULL = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})
"""The `errno`s of a full disk (or of a spent quota)."""


class LocalFileError(APIMartError, OSError):
    """A local file or folder could not be used: nothing the API did is lost.

    Also an `OSError` with the system's `errno` and `filename`, for code that catches those.
    """

    def __init__(self, code: int, message: str, path: str | os.PathLike[str]) -> None:
        super().__init__(code, message, os.fspath(path))

    def __str__(self) -> str:
        return str(self.strerror)

    @classmethod
    def from_os_error(cls, path: str | os.PathLike[str], error: OSError) -> LocalFileError:
        """`error`, met while using `path`, as a message that names the path and the cause."""
        reason = error.strerror or str(error)
        if isinstance(error, FileExistsError | NotADirectoryError):
            reason = f"{reason} (a file stands where a directory is needed)"
        return cls(error.errno or 0, f"cannot use {os.fspath(path)}: {reason}", path)


class DiskFullError(LocalFileError):
    """A local file could not be written: the disk (or the quota) is full.

    Nothing the API did is lost: free some space and run again (a batch resumes from its
    journal). `filename` is the file being written (`errno.ENOSPC`).
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        message = f"the disk is full: could not write {os.fspath(path)}; free some space"
        super().__init__(errno.ENOSPC, message, path)

    @classmethod
    @contextlib.contextmanager
    def raised_for(cls, path: str | os.PathLike[str]) -> Iterator[None]:
        """Turn an `OSError` of a full disk, inside the block, into this error for `path`."""
        try:
            yield
        except OSError as error:
            if isinstance(error, cls) or error.errno not in DISK_FULL:
                raise
            raise cls(path) from error


class UploadTooLargeError(APIStatusError):
    """413: the image is larger than the API accepts. `size` is the image's bytes (when the
    client knew them), `limit` the limit (when the answer said it)."""

    hint = "send a smaller image (scale it down or compress it)"

    def __init__(
        self, response: httpx.Response, *, size: int | None = None, limit: int | None = None
    ) -> None:
        self.size = size
        self.limit = limit
        parts = [f"the image is {size} bytes" if size is not None else "the image is too large"]
        if limit is not None:
            parts.append(f"the upload limit is {limit} bytes")
        super().__init__(response, hint=f"{'; '.join(parts)}: {self.hint}")


class UploadOutcomeUnknownError(APIMartError):
    """An image upload failed after it was sent: the image may have been stored.

    Raised for a timeout after sending, a dropped connection, a 5xx and an unreadable 2xx
    answer. Uploads have no idempotency key, so the client never retries one; upload again
    yourself (a second copy is harmless: it costs nothing and expires in 72 hours).
    `reason` is `timeout`, `connection`, `server_error` or `unreadable_answer`; `response`
    is the answer when there was one.
    """

    def __init__(
        self,
        message: str,
        *,
        reason: str,
        request: httpx.Request | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        self.reason = reason
        self.request = request
        self.response = response
        self.status_code = None if response is None else response.status_code
        super().__init__(
            f"{message}. The upload may have happened (uploads are never retried "
            "automatically, as they carry no idempotency key): upload the image again"
        )


class UncheckedRequestWarning(UserWarning):
    """A request was sent with `check=False`: nothing was checked locally.

    The body went out exactly as given, so a typo or a value the model refuses is found by
    the API (a 400), or not at all.
    """
