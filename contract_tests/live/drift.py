"""What the live API returns that the spec does not document: found, and reported as
`drift` properties of the JUnit report, never fatal."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from contract_tests.live.guard import LiveBudget
from contract_tests.spec_document import component_validator, load_spec

Record = Callable[[str, object], None]


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


def follow_submitted_task(
    submitted: Any, get: Callable[[str], Any], record_property: Record
) -> None:
    """A generation the API accepted is looked at once (a free GET): the task must match the
    spec's `TaskResponse`, and whatever it has beyond the spec is reported as drift."""
    task_id = submitted_task_id(submitted)
    assert task_id, f"the API accepted the submit but named no task: {submitted}"
    record_property("live_task_id", task_id)
    response = get(f"/v1/tasks/{task_id}")
    document = json_or_none(response.content)
    record_task_drift(document, record_property)
    assert response.status_code == 200, response.text
    errors = sorted(e.message for e in component_validator("TaskResponse").iter_errors(document))
    assert not errors, f"task {task_id} does not match the spec: {errors}: {response.text[:1000]}"


def report_guard_findings(budget: LiveBudget, record_property: Record) -> None:
    """What the cost guard saw (a 2xx to a body the spec rejects), as drift properties."""
    for finding in budget.take_findings():
        record_property("drift", finding)


def record_task_drift(document: Any, record_property: Record) -> None:
    """Report, with the raw JSON, what a task body has that the spec does not document."""
    if isinstance(document, dict) and isinstance(document.get("data"), dict):
        for finding in task_drift(document["data"]):
            record_property("drift", f"{finding}: {json.dumps(document)[:1000]}")


def submitted_task_id(document: Any) -> str | None:
    """The task id of a submit answer, if it names one (a list or an object as `data`)."""
    data = document.get("data") if isinstance(document, dict) else None
    first = data[0] if isinstance(data, list) and data else data
    task_id = first.get("task_id") if isinstance(first, dict) else None
    return task_id if isinstance(task_id, str) else None


def json_or_none(content: bytes) -> Any:
    """The JSON document, or None when the body is not JSON."""
    try:
        return json.loads(content)
    except ValueError:
        return None
