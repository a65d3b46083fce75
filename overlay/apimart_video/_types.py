"""The overlay's own results: small frozen records (built from answers by `_responses`)."""

from __future__ import annotations

import enum
import logging
import time
from collections.abc import Mapping
from datetime import datetime
from typing import Any

import attrs

from apimart_video._request.rules import Mode

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
        """The status for the API's text; an undocumented one is UNKNOWN, warned about once.

        `submitted` (what the submit answer says) is PENDING; case and blanks are ignored.
        """
        text = raw.strip().lower()
        try:
            status = cls.PENDING if text == "submitted" else cls(text)
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
    """Fields the docs do not list (`cost`, `model`...), as the API sent them."""
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False)
    """The task object as the API sent it, before any lenient reading."""

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
