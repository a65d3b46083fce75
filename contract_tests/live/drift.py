"""What the live API returns that the spec does not document: reported, never fatal."""

from __future__ import annotations

from typing import Any

from contract_tests.spec_document import load_spec


def _documented(schema: str) -> set[str]:
    return set(load_spec()["components"]["schemas"][schema]["properties"])


def task_drift(task: dict[str, Any]) -> list[str]:
    """Undocumented status values and fields of a task, as readable findings."""
    findings = []
    statuses = set(load_spec()["components"]["schemas"]["TaskStatus"]["enum"])
    if task.get("status") not in statuses:
        findings.append(f"undocumented status {task.get('status')!r}")
    extra = sorted(set(task) - _documented("Task"))
    if extra:
        findings.append(f"undocumented task fields {extra}")
    for video in (task.get("result") or {}).get("videos") or []:
        extra_video = sorted(set(video) - _documented("TaskVideo"))
        if extra_video:
            findings.append(f"undocumented video fields {extra_video}")
        if isinstance(video.get("url"), str):
            findings.append("video url is a string (the docs show a list)")
    return findings


def error_drift(document: Any) -> list[str]:
    """How an error body differs from the documented `{"error": {...}}` shape."""
    if not isinstance(document, dict) or not isinstance(document.get("error"), dict):
        return [f"error body is not {{'error': {{...}}}}: {str(document)[:200]}"]
    extra = sorted(set(document["error"]) - _documented("ErrorDetail"))
    return [f"undocumented error fields {extra}"] if extra else []
