"""Tasks of the reference server: created on submit, their state a function of the clock."""

from __future__ import annotations

import collections
import datetime
import math
import secrets
import time
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from apimart_video.testing._clips import ClipShape
from apimart_video.testing._config import Outcome, ServerConfig

FAILURE_MESSAGES = {
    "en": "The generation failed: the content safety system rejected the output.",
    "zh": "生成失败, 输出内容未通过安全审核。",
    "ko": "생성 실패: 콘텐츠 안전 시스템이 결과를 거부했습니다.",
    "ja": "生成に失敗しました。出力がコンテンツ安全審査を通過しませんでした。",
}


@attrs.define
class TaskRecord:
    """One accepted generation."""

    task_id: str
    body: Mapping[str, Any]
    created: float
    duration: float
    """Seconds the generation takes (wall clock), not the video's length."""
    outcome: Outcome
    clip: ClipShape
    """The video it makes."""


@attrs.define
class TaskStore:
    """Every task of one server instance, and the count of generations actually started."""

    config: ServerConfig
    clip_of: Callable[[Mapping[str, Any]], ClipShape]
    """The video a body asks for (its family's fields read from the spec)."""
    clock: Callable[[], float] = time.time
    tasks: dict[str, TaskRecord] = attrs.field(factory=dict)
    generations_started: int = 0
    generations_by_key: collections.Counter[str] = attrs.field(factory=collections.Counter)
    """Generations started per `Idempotency-Key`: more than 1 is a double bill."""

    def create(self, body: Mapping[str, Any], key: str | None = None) -> TaskRecord:
        """Start a generation (this is what the API bills)."""
        outcome = self.config.outcome
        record = TaskRecord(
            task_id=f"task_{secrets.token_hex(12).upper()}",
            body=body,
            created=self.clock(),
            duration=self.config.task_seconds / self.config.clock_speed,
            outcome=outcome(body) if callable(outcome) else outcome,
            clip=self.clip_of(body),
        )
        self.tasks[record.task_id] = record
        self.generations_started += 1
        if key is not None:
            self.generations_by_key[key] += 1
        return record

    def view(self, record: TaskRecord, *, video_url: str, language: str = "en") -> dict[str, Any]:
        """The task as `GET /v1/tasks/{task_id}` shows it now."""
        config = self.config
        now = self.clock()
        elapsed = now - record.created
        view: dict[str, Any] = {
            "id": record.task_id,
            "created": int(record.created),
            "estimated_time": max(1, math.ceil(record.duration * config.estimate_ratio)),
        }
        model = record.body.get("model")
        if isinstance(model, str):  # any string under `accept_invalid`; kept as sent
            view["model"] = model
        if elapsed < record.duration * config.queue_share:
            view |= {"status": "pending", "progress": 0}
        elif elapsed < record.duration:
            progress = min(99, max(1, int(100 * elapsed / record.duration)))
            view |= {"status": "processing", "progress": progress}
        elif record.outcome == "completed":
            completed = record.created + record.duration
            url: str | list[str] = video_url if config.url_shape == "string" else [video_url]
            view |= {
                "status": "completed",
                "progress": 100,
                "completed": int(completed),
                "actual_time": math.ceil(record.duration),
                "result": {"videos": [{"url": url, "expires_at": int(self.expires_at(record))}]},
            }
        elif record.outcome == "failed":
            message = FAILURE_MESSAGES.get(language, FAILURE_MESSAGES["en"])
            view |= {"status": "failed", "progress": 0} | self._failure(message)
        else:
            view |= {"status": "cancelled", "progress": 50}
        return self._drifted(view)

    def expires_at(self, record: TaskRecord) -> float:
        """When the task's video URL stops working."""
        return record.created + record.duration + self.config.url_ttl

    def _failure(self, message: str) -> dict[str, Any]:
        """The `error` of a failed task, in the configured shape."""
        code = "content_policy_violation"
        shape = self.config.failure_shape
        if shape == "missing":
            return {}
        error: Any = {
            "documented": {"code": code, "message": message},
            "no_message": {"code": code},
            "text": message,
            "null": None,
        }[shape]
        return {"error": error}

    def _drifted(self, view: dict[str, Any]) -> dict[str, Any]:
        drift = self.config.drift
        if drift == "status" and view["status"] in ("pending", "processing"):
            view["status"] = "queued_for_gpu"
        elif drift == "type":
            view["progress"] = f"{view['progress']}%"
        elif drift in ("millis", "iso"):
            stamp = _millis if drift == "millis" else _iso
            for holder, field in _timestamps(view):
                holder[field] = stamp(holder[field])
        return view


def _timestamps(view: dict[str, Any]) -> list[tuple[dict[str, Any], str]]:
    """Where a task view holds Unix times: `created`, `completed`, each `expires_at`."""
    found: list[tuple[dict[str, Any], str]] = [
        (view, field) for field in ("created", "completed") if field in view
    ]
    for video in view.get("result", {}).get("videos", []):
        found.append((video, "expires_at"))
    return found


def _millis(seconds: int) -> int:
    return seconds * 1000


def _iso(seconds: int) -> str:
    moment = datetime.datetime.fromtimestamp(seconds, datetime.UTC)
    return moment.isoformat().replace("+00:00", "Z")
