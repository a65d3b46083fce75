"""The client reads every answer the spec allows: the spec's own response schemas generate
the answers, and the sync and async clients must read each one.

The submit's 200 answer yields a `SubmittedGeneration` with the id the answer holds; that id
then goes into `GET /v1/tasks/{task_id}` as one path segment, whatever it contains; the
task's 200 answer yields a `Task`. Answers are drawn by schemathesis' JSON Schema generator
(pinned with schemathesis), from the schemas `openapi.yaml` gives the two 200 responses.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote_to_bytes

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.generation.jsonschema.builder import build

from apimart_video import (
    AsyncVideoClient,
    InvalidRequestError,
    PollPolicy,
    RetryPolicy,
    SubmitResponseValidationError,
    SubmittedGeneration,
    Task,
    TaskStatus,
    VideoClient,
)
from contract_tests.spec_document import load_spec, resolve, validator_for

BASE = "https://api.apimart.ai/prefix"
ASKED = "task_01J9HA7JPQ9A0Z6JZ3V8M9W6PZ"
DRAFT_2020_12 = 20  # schemathesis' number for the spec's JSON Schema dialect


def inlined(node: Any) -> Any:
    """`node` with every local `$ref` replaced by what it names (the spec has no cycles)."""
    if isinstance(node, dict):
        return {key: inlined(value) for key, value in resolve(node).items()}
    if isinstance(node, list):
        return [inlined(value) for value in node]
    return node


def answer_schema(path: str, method: str, status: str = "200") -> dict[str, Any]:
    """The JSON schema of an operation's answer (200 unless told), as the spec writes it."""
    response = resolve(load_spec()["paths"][path][method]["responses"][status])
    schema: dict[str, Any] = response["content"]["application/json"]["schema"]
    return schema


def answers(path: str, method: str, status: str = "200") -> st.SearchStrategy[dict[str, Any]]:
    """Bodies the answer's schema admits (objects: the schema says `type: object`)."""
    schema = inlined(answer_schema(path, method, status))
    strategy = build(schema, draft=DRAFT_2020_12, formats={})
    return strategy.map(lambda body: body if isinstance(body, dict) else {})


SUBMIT_SCHEMA = answer_schema("/v1/videos/generations", "post")
TASK_SCHEMA = answer_schema("/v1/tasks/{task_id}", "get")
SUBMIT_ANSWERS = answers("/v1/videos/generations", "post")
VERSIONED_SCHEMA = answer_schema("/v1/videos/generations", "post", "202")
VERSIONED_ANSWERS = answers("/v1/videos/generations", "post", "202")
TASK_ANSWERS = answers("/v1/tasks/{task_id}", "get")
SPEC_STATUSES = frozenset(load_spec()["components"]["schemas"]["TaskStatus"]["enum"])
PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def created_id(body: dict[str, Any]) -> str:
    """The task id a submit answer holds: `data` is the task, or a list whose first it is;
    the legacy object names it `task_id`, the versioned one (`object` set) `id`."""
    data = body["data"]
    created = data[0] if isinstance(data, list) else data
    task_id: str = created["task_id"] if "task_id" in created else created["id"]
    return task_id


class Mock:
    """Answers the submit and task requests with the bodies given; keeps every request."""

    def __init__(
        self, submit: dict[str, Any] | None, task: dict[str, Any] | None, submit_status: int = 200
    ) -> None:
        self.bodies = {"POST": submit, "GET": task}
        self.statuses = {"POST": submit_status, "GET": 200}
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(self.statuses[request.method], json=self.bodies[request.method])


def options() -> dict[str, Any]:
    async def no_sleep(_: float) -> None:
        raise AssertionError("a valid answer was retried")

    def check_sleep(_: float) -> None:
        raise AssertionError("a valid answer was retried")

    return {
        "api_key": "sk-spec-answers",
        "base_url": BASE,
        "retry_policy": RetryPolicy(max_retries=0, sleep=check_sleep, async_sleep=no_sleep),
        "poll_policy": PollPolicy(sleep=check_sleep, async_sleep=no_sleep),
    }


def run(kind: str, mock: Mock, call: Callable[[Any], Any]) -> Any:
    """`call(client)` on a sync or async client whose every request `mock` answers."""
    if kind == "sync":
        http = httpx.Client(transport=httpx.MockTransport(mock))
        with VideoClient(http_client=http, **options()) as client:
            return call(client)

    async def main() -> Any:
        http = httpx.AsyncClient(transport=httpx.MockTransport(mock))
        async with AsyncVideoClient(http_client=http, **options()) as client:
            return await call(client)

    return asyncio.run(main())


def polled_id(request: httpx.Request) -> str:
    """The task id a status request asks for, read back from its raw path (one segment)."""
    prefix = httpx.URL(BASE).raw_path + b"/v1/tasks/"
    raw = request.url.raw_path
    assert raw.startswith(prefix), raw
    segment = raw.removeprefix(prefix)
    for delimiter in (b"/", b"?", b"#"):
        assert delimiter not in segment, raw
    return unquote_to_bytes(segment).decode("utf-8")


def test_the_generated_answers_are_ones_the_spec_accepts() -> None:
    """The generator honours the schemas (the `if`/`then`, the `anyOf`s), else the property
    below would prove nothing."""
    submit, task = validator_for(SUBMIT_SCHEMA), validator_for(TASK_SCHEMA)
    versioned = validator_for(VERSIONED_SCHEMA)

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(SUBMIT_ANSWERS, TASK_ANSWERS, VERSIONED_ANSWERS)
    def check(
        submit_body: dict[str, Any], task_body: dict[str, Any], versioned_body: dict[str, Any]
    ) -> None:
        assert submit.is_valid(submit_body)
        assert task.is_valid(task_body)
        assert versioned.is_valid(versioned_body)

    check()


@pytest.mark.parametrize("kind", ["sync", "async"])
@PROPERTY
@given(body=SUBMIT_ANSWERS)
def test_every_submit_answer_the_spec_allows_yields_its_task_id(
    kind: str, body: dict[str, Any]
) -> None:
    mock = Mock(submit=body, task={"data": {"id": "x", "status": "processing"}})
    task_id = created_id(body)

    def submit_then_poll(client: Any) -> Any:
        if kind == "sync":
            return client.text_to_video("a fox"), client.get_task(task_id)

        async def both() -> Any:
            return await client.text_to_video("a fox"), await client.get_task(task_id)

        return both()

    submitted, polled = run(kind, mock, submit_then_poll)
    assert isinstance(submitted, SubmittedGeneration)
    assert submitted.task_id == task_id
    assert isinstance(polled, Task)
    assert polled_id(mock.requests[-1]) == task_id


@pytest.mark.parametrize("kind", ["sync", "async"])
@PROPERTY
@given(body=VERSIONED_ANSWERS)
def test_every_versioned_202_answer_the_spec_allows_yields_its_task_id(
    kind: str, body: dict[str, Any]
) -> None:
    mock = Mock(submit=body, task=None, submit_status=202)

    def submit(client: Any) -> Any:
        if kind == "sync":
            return client.text_to_video("a fox")

        async def once() -> Any:
            return await client.text_to_video("a fox")

        return once()

    submitted = run(kind, mock, submit)
    assert isinstance(submitted, SubmittedGeneration)
    assert submitted.task_id == created_id(body)


@pytest.mark.parametrize("kind", ["sync", "async"])
@PROPERTY
@given(body=TASK_ANSWERS)
def test_every_task_answer_the_spec_allows_yields_a_task(kind: str, body: dict[str, Any]) -> None:
    mock = Mock(submit=None, task=body)
    polled = run(kind, mock, lambda client: client.get_task(ASKED))
    assert isinstance(polled, Task)
    data = body["data"]
    # Every status the spec documents is one of the overlay's (the test below holds it).
    if data["status"] in SPEC_STATUSES:
        assert polled.status is TaskStatus(data["status"])
    if "progress" in data:
        assert polled.progress == data["progress"]
    assert polled_id(mock.requests[-1]) == ASKED


def test_every_status_the_spec_documents_is_a_task_status() -> None:
    assert {status.value for status in TaskStatus} >= SPEC_STATUSES


@pytest.mark.parametrize(
    "task_id",
    [".", "..", "a/b", "a b", " ", "a?b=1", "#frag", "%2F", "50%", "\n", "é/ü", "x" * 300],
)
def test_a_task_id_is_one_path_segment_whatever_it_holds(task_id: str) -> None:
    mock = Mock(submit=None, task={"data": {"id": task_id, "status": "processing"}})
    for kind in ("sync", "async"):
        run(kind, mock, lambda client: client.get_task(task_id))
        assert polled_id(mock.requests[-1]) == task_id


def test_a_submit_answer_with_an_empty_task_id_is_an_unknown_outcome() -> None:
    """The one thing the client needs beyond a string, and the spec says it (minLength 1)."""
    body = {"code": 200, "data": [{"task_id": "", "status": "submitted"}]}
    assert not validator_for(SUBMIT_SCHEMA).is_valid(body)
    with pytest.raises(SubmitResponseValidationError, match="no task id"):
        run("sync", Mock(submit=body, task=None), lambda client: client.text_to_video("a fox"))


def test_a_task_id_no_url_can_carry_is_refused_before_sending() -> None:
    mock = Mock(submit=None, task=None)
    with pytest.raises(InvalidRequestError, match=r"task_id.*UTF-8"):
        run("sync", mock, lambda client: client.get_task("task_\ud800"))
    assert mock.requests == []
