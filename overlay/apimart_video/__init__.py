"""Typed Python client for APIMart's wan2.7 video generation API.

```python
from apimart_video import VideoClient

with VideoClient() as client:  # the key comes from APIMART_API_KEY
    task = client.generate_and_wait(prompt="A coastal road at sunset")
    client.download(task, "sunset.mp4")
```
"""

from apimart_video._batch import Batch, BatchSummary
from apimart_video._client import AsyncVideoClient, VideoClient
from apimart_video._exceptions import (
    APIConnectionError,
    APIMartError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    DownloadError,
    IdempotencyConflictError,
    InsufficientBalanceError,
    InternalServerError,
    InvalidRequestError,
    MissingAPIKeyError,
    NotFoundError,
    NoVideoError,
    PermissionDeniedError,
    RateLimitError,
    SubmitConnectionError,
    SubmitOutcomeUnknownError,
    SubmitResponseValidationError,
    SubmitServerError,
    SubmitTimeoutError,
    TaskCancelledError,
    TaskError,
    TaskFailedError,
    UnprocessableEntityError,
    URLExpiredError,
    WaitTimeoutError,
)
from apimart_video._jobs import InvalidJobsError
from apimart_video._journal import JobState, JournalError
from apimart_video._polling import PollPolicy
from apimart_video._retry import RetryPolicy
from apimart_video._rules import IgnoredFieldWarning, Mode, Violation, check_request
from apimart_video._types import SubmittedGeneration, Task, TaskStatus
from apimart_video._version import __version__

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
    "DownloadError",
    "IdempotencyConflictError",
    "IgnoredFieldWarning",
    "InsufficientBalanceError",
    "InternalServerError",
    "InvalidJobsError",
    "InvalidRequestError",
    "JobState",
    "JournalError",
    "MissingAPIKeyError",
    "Mode",
    "NoVideoError",
    "NotFoundError",
    "PermissionDeniedError",
    "PollPolicy",
    "RateLimitError",
    "RetryPolicy",
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
    "UnprocessableEntityError",
    "VideoClient",
    "Violation",
    "WaitTimeoutError",
    "__version__",
    "check_request",
]
