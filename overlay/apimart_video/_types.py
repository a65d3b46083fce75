"""The package's plain data, imported by every layer and importing nothing of the package.

What a request is and what is wrong with it (`Mode`, `Violation`, checked by
`_request.rules`), and what the API answered (`Task`, `TaskStatus`, `SubmittedGeneration`,
built from answers by `_http.boundary`), and what the API says of its models (`ModelInfo`,
`ModelDocs`, `ModelSchema`): small frozen records and enums, no behaviour.
"""

from __future__ import annotations

import enum
import logging
import time
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any, Final

import attrs

__all__ = [
    "MISSING",
    "Mode",
    "ModelDocs",
    "ModelInfo",
    "ModelSchema",
    "SubmittedGeneration",
    "Task",
    "TaskStatus",
    "UploadedImage",
    "Violation",
]

logger = logging.getLogger("apimart_video")
_warned_statuses: set[str] = set()


class Mode(enum.Enum):
    """What a request asks for; the API picks it from the fields present."""

    TEXT_TO_VIDEO = "text_to_video"
    FIRST_FRAME = "first_frame"
    FIRST_LAST_FRAME = "first_last_frame"
    CONTINUATION = "continuation"
    IMAGE_WITH_AUDIO = "image_with_audio"
    REFERENCE_TO_VIDEO = "reference_to_video"
    """Reference images (subjects, styles) the video draws on, none of them a frame."""
    VIDEO_EDIT = "video_edit"
    """An input video changed as the prompt says."""
    MOTION_CONTROL = "motion_control"
    """A character image moved the way a reference video moves."""
    UNCHECKED = "unchecked"
    """Sent with `check=False`: nothing was checked locally, so the mode is not known."""


class _Missing:
    def __repr__(self) -> str:
        return "<missing>"


MISSING: Final = _Missing()


def _show(value: object) -> str:
    if value is MISSING:
        return "missing"
    if isinstance(value, str) and len(value) > 60:
        return f"{value[:40]!r}... ({len(value)} characters)"
    text = repr(value)
    return text if len(text) <= 80 else f"{text[:70]}... ({type(value).__name__})"


@attrs.frozen
class Violation:
    """One broken rule: the field, the value it had, the rule, and what to do instead."""

    field: str
    value: object
    rule: str
    hint: str | None = None

    def __str__(self) -> str:
        text = f"{self.field} ({_show(self.value)}): {self.rule}"
        return f"{text}; {self.hint}" if self.hint else text


class TaskStatus(enum.Enum):
    """A task's state. `UNKNOWN` stands for a status the docs do not list (still running)."""

    PENDING = "pending"
    QUEUED = "queued"
    """Waiting to start, like `PENDING` (what a versioned submit answer says)."""
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
    replayed: bool = False
    """True when the API answered from its record of this `idempotency_key` (the header
    `idempotency-replayed: true`): no second generation started."""
    request_id: str | None = None
    """The API's id of the submit request, when its answer carries one (quote it to support)."""
    result: Task | None = None
    """The finished task, when the API answered with a synchronous result
    (`"object": "generation.result"`): `wait()` returns it without polling. None for a task
    to poll."""


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
    cost: float | None = attrs.field(default=None, kw_only=True)
    """What the task costs, in the account's currency (the API does not document the unit)."""
    credits_cost: float | None = attrs.field(default=None, kw_only=True)
    """What the task costs in credits."""
    extra: Mapping[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the docs do not list (`model`...), as the API sent them."""
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


# -- discovery: what the API says about its models (free GETs) ------------------------------


@attrs.frozen
class ModelFamily:
    """A family of models the client knows: its ids, its docs page, its modes and fields."""

    name: str
    """The family, as the spec names it (`kling-v2-6`, `MiniMax-Hailuo-2.3`)."""
    models: tuple[str, ...]
    """The model ids a request's `model` may say for this family."""
    modes: tuple[Mode, ...]
    """What a body may ask of it; the mode helpers take `model=` for these."""
    fields: tuple[str, ...]
    """The request fields it takes (`model` first); any other field is refused."""
    required: tuple[str, ...]
    """The fields every request must carry."""
    docs_url: str
    """The family's page in APIMart's API reference: the source of its schema."""
    summary: str
    """What the spec says of it, in a few sentences."""


@attrs.frozen
class ModelInfo:
    """One model `GET /v1/models` lists."""

    id: str
    """The exact model id, such as `wan2.7`: what a request's `model` says."""
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False)
    """The model object as the API sent it."""


@attrs.frozen
class ModelDocs:
    """A model's live documentation page as Markdown (`GET /v1/model-docs`): its parameter
    tables are the exact truth for the model's input, newer than any spec."""

    model: str
    markdown: str = attrs.field(repr=False)
    """The page as Markdown."""
    doc_url: str | None = None
    """The page for people."""
    markdown_url: str | None = None
    """The same page's raw Markdown."""
    fetched_at: datetime | None = None
    """When the API fetched the page (None when it does not say, or not readably)."""
    stale: bool = False
    """True when the API's cached copy could not be refreshed: it may be out of date."""
    cache_ttl_seconds: int | None = None
    """How long the API caches the page."""
    warning: str | None = None
    """Why the copy may be out of date, when the API says so."""
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False)
    """The answer as the API sent it."""


@attrs.frozen
class ModelSchema:
    """A model's compatibility schema for one operation (`GET /v1/model-schema`): a JSON
    Schema of the input, looser than the documentation, which is the exact truth."""

    model: str
    operation: str
    input_schema: dict[str, Any] = attrs.field(repr=False)
    """A JSON Schema of the operation's input (without `model`)."""
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False)
    """The answer as the API sent it."""


UPLOAD_VALIDITY: Final = timedelta(hours=72)
"""How long an uploaded image's URL works after `created_at`, as APIMart documents it."""


@attrs.frozen
class UploadedImage:
    """An image stored by `POST /v1/uploads/images`: use `url` in an image field."""

    url: str
    filename: str | None = None
    content_type: str | None = None
    size: int | None = None
    """Bytes stored (the answer's `bytes`)."""
    created_at: datetime | None = None
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False)
    """The answer as the API sent it."""

    @property
    def expires_at(self) -> datetime | None:
        """`created_at` plus 72 hours: the validity APIMart documents for upload URLs (the
        answer itself does not say; None when `created_at` was unreadable)."""
        return None if self.created_at is None else self.created_at + UPLOAD_VALIDITY
