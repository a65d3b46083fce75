"""The structural comparison alone, on in-memory edits of the spec: one rule per test."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from contract_tests.spec_diff.conftest import schemas
from contract_tests.spec_document import load_spec
from tools.spec_diff import Audience, Change, Severity
from tools.spec_diff.corpus import documented_bodies, spec_examples
from tools.spec_diff.replay import Replay, replay
from tools.spec_diff.run import structural

Edit = Callable[[dict[str, Any]], object]


def diff(edit: Edit) -> list[Change]:
    old = copy.deepcopy(load_spec())
    new = copy.deepcopy(old)
    edit(new)
    return structural(old, new)


def request(document: dict[str, Any]) -> dict[str, Any]:
    """The wan2.7 family's request schema: the field rules hold inside any family."""
    found: dict[str, Any] = schemas(document)["Wan27Request"]
    return found


def task_operation(document: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = document["paths"]["/v1/tasks/{task_id}"]["get"]
    return found


def verdicts(changes: list[Change]) -> set[tuple[str, str, str]]:
    return {(c.audience.value, c.subject, c.severity.value) for c in changes}


def test_unchanged_spec_has_no_change() -> None:
    assert diff(lambda d: None) == []


def test_reworded_description_is_no_change() -> None:
    assert diff(lambda d: request(d)["properties"]["seed"].update(description="A seed.")) == []


CASES: list[tuple[str, Edit, tuple[str, str, str]]] = [
    (
        "new dependentSchemas conflict",
        lambda d: request(d)["dependentSchemas"].update(
            seed={"description": "No seed with a video.", "not": {"required": ["video_urls"]}}
        ),
        ("callers", "seed", "breaking"),
    ),
    (
        "conflict removed",
        lambda d: request(d)["dependentSchemas"].pop("video_urls"),
        ("callers", "video_urls", "compatible"),
    ),
    (
        # Inside `not`, a wider inner schema is a narrower body: one more field now conflicts.
        "negated conflict extended",
        lambda d: request(d)["dependentSchemas"]["video_urls"]["not"]["anyOf"].append(
            {"required": ["seed"]}
        ),
        ("callers", "video_urls", "breaking"),
    ),
    (
        "negated conflict reduced",
        lambda d: request(d)["dependentSchemas"]["video_urls"]["not"]["anyOf"].pop(),
        ("callers", "video_urls", "compatible"),
    ),
    (
        "oneOf added",
        lambda d: request(d)["properties"]["seed"].update(oneOf=[{"maximum": 10}, {"minimum": 5}]),
        ("callers", "seed", "breaking"),
    ),
    (
        "pattern narrowed",
        lambda d: schemas(d)["HttpUrl"].update(pattern="^https://"),
        ("callers", "audio_url", "breaking"),
    ),
    (
        "type narrowed",
        lambda d: request(d)["properties"]["seed"].update(type="string"),
        ("callers", "seed", "breaking"),
    ),
    (
        "integer widened to number",
        lambda d: request(d)["properties"]["seed"].update(type="number"),
        ("callers", "seed", "compatible"),
    ),
    (
        "array shortened",
        lambda d: request(d)["properties"]["image_urls"].update(maxItems=1),
        ("callers", "image_urls", "breaking"),
    ),
    (
        "new optional field",
        lambda d: request(d)["properties"].update(fps={"type": "integer"}),
        ("callers", "fps", "compatible"),
    ),
    (
        "item schema narrowed",
        lambda d: schemas(d)["ImageWithRole"]["required"].append("role"),
        ("callers", "role", "breaking"),
    ),
    (
        "query parameter enum value removed",
        lambda d: schemas(d)["TaskLanguage"]["enum"].remove("ko"),
        ("callers", "ko", "breaking"),
    ),
    (
        "header parameter bound narrowed",
        lambda d: d["components"]["parameters"]["IdempotencyKey"]["schema"].update(maxLength=64),
        ("callers", "Idempotency-Key", "breaking"),
    ),
    (
        "new required query parameter",
        lambda d: task_operation(d)["parameters"].append(
            {"name": "fields", "in": "query", "required": True, "schema": {"type": "string"}}
        ),
        ("callers", "fields", "breaking"),
    ),
    (
        "operation removed",
        lambda d: d["paths"].pop("/v1/tasks/{task_id}"),
        ("callers", "get_task", "breaking"),
    ),
    (
        "response bound widened",
        lambda d: schemas(d)["Task"]["properties"]["progress"].update(maximum=1000),
        ("parsers", "progress", "breaking"),
    ),
    (
        "response bound narrowed",
        lambda d: schemas(d)["Task"]["properties"]["progress"].update(minimum=1),
        ("parsers", "progress", "compatible"),
    ),
    (
        "response field no longer required",
        lambda d: schemas(d)["Task"]["required"].remove("status"),
        ("parsers", "status", "breaking"),
    ),
    (
        "response type changed",
        lambda d: schemas(d)["TaskVideo"]["properties"]["expires_at"].update(type="string"),
        ("parsers", "expires_at", "breaking"),
    ),
    (
        "response header removed",
        lambda d: d["components"]["responses"]["RateLimited"].pop("headers"),
        ("parsers", "Retry-After", "breaking"),
    ),
    (
        "success response removed",
        lambda d: task_operation(d)["responses"].pop("200"),
        ("parsers", "200", "breaking"),
    ),
    (
        "error response removed",
        lambda d: task_operation(d)["responses"].pop("404"),
        ("parsers", "404", "compatible"),
    ),
    (
        "parameter serialization changed",
        lambda d: task_operation(d)["parameters"][1].update(style="deepObject"),
        ("callers", "language", "breaking"),
    ),
    (
        "link removed",
        lambda d: d["paths"]["/v1/videos/generations"]["post"]["responses"]["200"].pop("links"),
        ("parsers", "GetTaskOfGeneration", "compatible"),
    ),
    (
        "server removed",
        lambda d: d.update(servers=[{"url": "https://other.example"}]),
        ("callers", "https://api.apimart.ai", "breaking"),
    ),
]


@pytest.mark.parametrize(("edit", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_change_is_classified(edit: Edit, expected: tuple[str, str, str]) -> None:
    assert expected in verdicts(diff(edit))


def test_unknown_keyword_is_reported_as_breaking_rather_than_ignored() -> None:
    changes = diff(
        lambda d: request(d)["properties"]["seed"].update(propertyNames={"maxLength": 3})
    )
    assert [(c.subject, c.severity) for c in changes] == [("seed", Severity.BREAKING)]
    assert "no rule classifies it" in changes[0].description


def test_default_change_is_reported_as_compatible() -> None:
    changes = diff(lambda d: request(d)["properties"]["duration"].update(default=10))
    assert [(c.audience, c.subject, c.severity) for c in changes] == [
        (Audience.CALLERS, "duration", Severity.COMPATIBLE)
    ]
    assert changes[0].description == "default changed from 5 to 10"


def replayed(edit: Edit) -> Replay:
    old = copy.deepcopy(load_spec())
    new = copy.deepcopy(old)
    edit(new)
    return replay(old, new, [*spec_examples(old, "base"), *spec_examples(new, "new")])


def test_parameter_example_is_replayed_against_its_own_parameter() -> None:
    result = replayed(
        lambda d: d["components"]["parameters"]["IdempotencyKey"]["schema"].update(maxLength=30)
    )
    [rejected] = result.rejected
    assert rejected.target == "POST /v1/videos/generations header Idempotency-Key"
    assert rejected.body == "5f0c1f9e-8a51-4d6e-9a57-3b1f4c2d7e80"
    assert "is too long" in rejected.reason


def test_response_example_the_new_spec_rejects_is_listed_once_per_schema() -> None:
    result = replayed(lambda d: schemas(d)["ErrorCode"].update(anyOf=[{"type": "integer"}]))
    codes = [item.body["error"]["code"] for item in result.rejected if "error" in item.body]
    # Shared error responses are one schema: each body is listed once (the 422 and the 409
    # are two bodies with the code `idempotency_key_reused`).
    assert sorted(codes) == [
        "",
        "file_too_large",
        "get_channel_failed",
        "idempotency_in_progress",
        "idempotency_key_reused",
        "idempotency_key_reused",
        "idempotency_result_indeterminate",
        "model_not_found",
    ]
    failed_tasks = [item for item in result.rejected if "data" in item.body]
    assert sorted(item.body["data"]["error"]["code"] for item in failed_tasks) == [
        "content_policy_violation",
        "content_rejected",
    ]
    assert all(item.reason.startswith("data.error.code: ") for item in failed_tasks)
    assert {item.audience for item in result.rejected} == {Audience.PARSERS}


def test_unchanged_spec_rejects_nothing_of_the_whole_corpus() -> None:
    spec = load_spec()
    bodies = [*spec_examples(spec, "spec"), *documented_bodies()]
    result = replay(spec, copy.deepcopy(spec), bodies)
    assert (result.rejected, result.newly_accepted) == ([], [])
    assert result.size > 100
