"""The overlay's own results: small frozen records built from the generated models."""

from __future__ import annotations

import enum
import logging
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import attrs

from apimart_video._rules import Mode
from apimart_video_client.models import SubmittedTask, TaskResponse, VideoGenerationSubmitted
from apimart_video_client.models import Task as GeneratedTask
from apimart_video_client.types import Unset

__all__ = ["SubmittedGeneration", "Task", "TaskStatus"]

logger = logging.getLogger("apimart_video")
_warned_statuses: set[str] = set()


class TaskStatus(enum.Enum):
    """A task's state. `UNKNOWN` stands for a status the docs do not list (still running)."""

    PENDING = "pending"
    PROCESSING = "processing"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"
    UNKNOWN = "unknown"

    @property
    def is_final(self) -> bool:
        """True for completed, failed and cancelled."""
        return self in (TaskStatus.COMPLETED, TaskStatus.FAILED, TaskStatus.CANCELLED)

    @classmethod
    def parse(cls, raw: str) -> TaskStatus:
        """The status for the API's text; an undocumented one is UNKNOWN, warned about once."""
        try:
            status = cls(raw)
        except ValueError:
            status = cls.UNKNOWN
        if status is cls.UNKNOWN and raw not in _warned_statuses:
            _warned_statuses.add(raw)
            logger.warning("task status %r is not documented; treating it as still running", raw)
        return status


@attrs.frozen
class SubmittedGeneration:
    """A generation the API accepted. Keep `task_id`: it is what you paid for."""

    task_id: str
    mode: Mode
    idempotency_key: str
    status: str | None = None
    submitted_at: float | None = None
    """When the submit returned (Unix seconds, the poll policy's clock)."""


def _value(value: Any) -> Any:
    return None if isinstance(value, Unset) else value


def _timestamp(value: Any) -> datetime | None:
    value = _value(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return datetime.fromtimestamp(value, tz=UTC)
    return None


@attrs.frozen
class Task:
    """A task as the API last reported it."""

    task_id: str
    status: TaskStatus
    raw_status: str
    progress: int | None = None
    video_urls: tuple[str, ...] = ()
    expires_at: datetime | None = None
    error_code: object = None
    error_message: str | None = None
    created_at: datetime | None = None
    completed_at: datetime | None = None
    estimated_time: float | None = None
    actual_time: float | None = None
    extra: Mapping[str, Any] = attrs.field(factory=dict, repr=False)

    @property
    def video_url(self) -> str | None:
        """The first video URL, once completed."""
        return self.video_urls[0] if self.video_urls else None

    @property
    def is_final(self) -> bool:
        """True once the task can no longer change."""
        return self.status.is_final

    def is_expired(self, now: float | None = None) -> bool:
        """True when the video URL has passed `expires_at`."""
        if self.expires_at is None:
            return False
        return (time.time() if now is None else now) >= self.expires_at.timestamp()

    @classmethod
    def from_generated(cls, task: GeneratedTask) -> Task:
        """Build from the generated model, keeping every field it did not know."""
        raw_status = str(task.status)
        urls: list[str] = []
        expires_at = None
        result = _value(task.result)
        if result is not None:
            for video in _value(result.videos) or []:
                url = video.url
                urls.extend([url] if isinstance(url, str) else list(url))
                expires_at = expires_at or _timestamp(video.expires_at)
        error = _value(task.error)
        return cls(
            task_id=task.id,
            status=TaskStatus.parse(raw_status),
            raw_status=raw_status,
            progress=_value(task.progress),
            video_urls=tuple(urls),
            expires_at=expires_at,
            error_code=None if error is None else _value(error.code),
            error_message=None if error is None else error.message,
            created_at=_timestamp(task.created),
            completed_at=_timestamp(task.completed),
            estimated_time=_value(task.estimated_time),
            actual_time=_value(task.actual_time),
            extra=dict(task.additional_properties),
        )

    @classmethod
    def from_response(cls, response: TaskResponse) -> Task:
        """Build from a parsed `GET /v1/tasks/{task_id}` answer."""
        return cls.from_generated(response.data)


def submitted_task(response: VideoGenerationSubmitted) -> SubmittedTask:
    """The created task, whether the API sent a list (documented) or one object."""
    data = response.data
    if isinstance(data, list):
        return data[0]
    return data
