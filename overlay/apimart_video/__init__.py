"""Typed Python client for APIMart's wan2.7 video generation API.

```python
from apimart_video import VideoClient

with VideoClient() as client:  # the key comes from APIMART_API_KEY
    task = client.generate_and_wait(prompt="A coastal road at sunset")
    client.download(task, "sunset.mp4")
```

Every public name loads on first use (PEP 562): `import apimart_video` imports nothing but
this file, so the pytest plugin (`apimart_video.pytest_plugin`) costs pytest runs nothing,
and the batch machinery (SQLite, its file lock) loads only when a batch name is used.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from apimart_video._client.asynchronous import AsyncVideoClient
    from apimart_video._client.sync import VideoClient
    from apimart_video._exceptions import (
        APIConnectionError,
        APIMartError,
        APIResponseValidationError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ConflictError,
        DiskFullError,
        DownloadError,
        IdempotencyConflictError,
        InsufficientBalanceError,
        InternalServerError,
        InvalidAPIKeyError,
        InvalidRequestError,
        LocalFileError,
        MissingAPIKeyError,
        NotFoundError,
        NoVideoError,
        PermissionDeniedError,
        RateLimitError,
        SubmitConflictError,
        SubmitConnectionError,
        SubmitOutcomeUnknownError,
        SubmitResponseValidationError,
        SubmitServerError,
        SubmitTimeoutError,
        TaskCancelledError,
        TaskError,
        TaskFailedError,
        UncheckedRequestWarning,
        UnprocessableEntityError,
        UploadOutcomeUnknownError,
        UploadTooLargeError,
        URLExpiredError,
        WaitTimeoutError,
    )
    from apimart_video._http.retry import RetryPolicy
    from apimart_video._request.rules import IgnoredFieldWarning, check_request, known_models
    from apimart_video._types import (
        Mode,
        ModelDocs,
        ModelFamily,
        ModelInfo,
        ModelSchema,
        SubmittedGeneration,
        Task,
        TaskStatus,
        UploadedImage,
        Violation,
    )
    from apimart_video._version import __version__
    from apimart_video._waiting.policy import PollPolicy
    from apimart_video.batch.jobs import InvalidJobsError
    from apimart_video.batch.journal import JobState, JournalError
    from apimart_video.batch.runner import Batch, BatchSummary

__all__ = [
    "APIConnectionError",
    "APIMartError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncVideoClient",
    "AuthenticationError",
    "BadRequestError",
    "Batch",
    "BatchSummary",
    "ConflictError",
    "DiskFullError",
    "DownloadError",
    "IdempotencyConflictError",
    "IgnoredFieldWarning",
    "InsufficientBalanceError",
    "InternalServerError",
    "InvalidAPIKeyError",
    "InvalidJobsError",
    "InvalidRequestError",
    "JobState",
    "JournalError",
    "LocalFileError",
    "MissingAPIKeyError",
    "Mode",
    "ModelDocs",
    "ModelFamily",
    "ModelInfo",
    "ModelSchema",
    "NoVideoError",
    "NotFoundError",
    "PermissionDeniedError",
    "PollPolicy",
    "RateLimitError",
    "RetryPolicy",
    "SubmitConflictError",
    "SubmitConnectionError",
    "SubmitOutcomeUnknownError",
    "SubmitResponseValidationError",
    "SubmitServerError",
    "SubmitTimeoutError",
    "SubmittedGeneration",
    "Task",
    "TaskCancelledError",
    "TaskError",
    "TaskFailedError",
    "TaskStatus",
    "URLExpiredError",
    "UncheckedRequestWarning",
    "UnprocessableEntityError",
    "UploadOutcomeUnknownError",
    "UploadTooLargeError",
    "UploadedImage",
    "VideoClient",
    "Violation",
    "WaitTimeoutError",
    "__version__",
    "check_request",
    "known_models",
]

_MODULES: dict[str, str] = {
    "Batch": "apimart_video.batch.runner",
    "BatchSummary": "apimart_video.batch.runner",
    "AsyncVideoClient": "apimart_video._client.asynchronous",
    "VideoClient": "apimart_video._client.sync",
    "APIConnectionError": "apimart_video._exceptions",
    "SubmitConflictError": "apimart_video._exceptions",
    "LocalFileError": "apimart_video._exceptions",
    "InvalidAPIKeyError": "apimart_video._exceptions",
    "DiskFullError": "apimart_video._exceptions",
    "ConflictError": "apimart_video._exceptions",
    "APIMartError": "apimart_video._exceptions",
    "APIResponseValidationError": "apimart_video._exceptions",
    "APIStatusError": "apimart_video._exceptions",
    "APITimeoutError": "apimart_video._exceptions",
    "AuthenticationError": "apimart_video._exceptions",
    "BadRequestError": "apimart_video._exceptions",
    "DownloadError": "apimart_video._exceptions",
    "IdempotencyConflictError": "apimart_video._exceptions",
    "InsufficientBalanceError": "apimart_video._exceptions",
    "InternalServerError": "apimart_video._exceptions",
    "InvalidRequestError": "apimart_video._exceptions",
    "MissingAPIKeyError": "apimart_video._exceptions",
    "NoVideoError": "apimart_video._exceptions",
    "NotFoundError": "apimart_video._exceptions",
    "PermissionDeniedError": "apimart_video._exceptions",
    "RateLimitError": "apimart_video._exceptions",
    "SubmitConnectionError": "apimart_video._exceptions",
    "SubmitOutcomeUnknownError": "apimart_video._exceptions",
    "SubmitResponseValidationError": "apimart_video._exceptions",
    "SubmitServerError": "apimart_video._exceptions",
    "SubmitTimeoutError": "apimart_video._exceptions",
    "TaskCancelledError": "apimart_video._exceptions",
    "TaskError": "apimart_video._exceptions",
    "TaskFailedError": "apimart_video._exceptions",
    "URLExpiredError": "apimart_video._exceptions",
    "UnprocessableEntityError": "apimart_video._exceptions",
    "WaitTimeoutError": "apimart_video._exceptions",
    "UploadOutcomeUnknownError": "apimart_video._exceptions",
    "UploadTooLargeError": "apimart_video._exceptions",
    "InvalidJobsError": "apimart_video.batch.jobs",
    "JobState": "apimart_video.batch.journal",
    "JournalError": "apimart_video.batch.journal",
    "PollPolicy": "apimart_video._waiting.policy",
    "RetryPolicy": "apimart_video._http.retry",
    "IgnoredFieldWarning": "apimart_video._request.rules",
    "Mode": "apimart_video._types",
    "Violation": "apimart_video._types",
    "check_request": "apimart_video._request.rules",
    "known_models": "apimart_video._request.rules",
    "ModelFamily": "apimart_video._types",
    "UncheckedRequestWarning": "apimart_video._exceptions",
    "SubmittedGeneration": "apimart_video._types",
    "Task": "apimart_video._types",
    "TaskStatus": "apimart_video._types",
    "ModelInfo": "apimart_video._types",
    "ModelDocs": "apimart_video._types",
    "ModelSchema": "apimart_video._types",
    "UploadedImage": "apimart_video._types",
    "__version__": "apimart_video._version",
}
"""Where each public name lives; its module is imported when the name is first used."""

if not TYPE_CHECKING:  # type checkers read the imports above, and flag unknown names

    def __getattr__(name: str) -> Any:
        """Import a public name's module on first use, then keep the name here."""
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(module), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
