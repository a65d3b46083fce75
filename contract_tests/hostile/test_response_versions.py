"""Both submit shapes through the same `generate()` call, over a real socket (issue 19): the
versioned answer (202, one object, `request_id`) the pinned `X-APIMart-Response-Version`
asks for, and the wan2.7 page's list (200) when the client sends no version or the server
ignores it. Each failure message shows the raw answers the client read."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import Any

import httpx

from apimart_video import SubmittedGeneration, TaskStatus
from apimart_video.testing import FaultConfig, RunningServer, run_server
from contract_tests.hostile.conftest import Kind, use_client


class Answers:
    """Records each submit answer's status, headers and body as the client received them."""

    def __init__(self) -> None:
        self.seen: list[dict[str, Any]] = []

    def record(self, response: httpx.Response) -> None:
        if response.request.method == "POST":
            self.seen.append(
                {
                    "status": response.status_code,
                    "idempotency-replayed": response.headers.get("idempotency-replayed"),
                    "body": json.loads(response.content),
                }
            )

    def http_client(self, kind: Kind) -> httpx.Client | httpx.AsyncClient:
        if kind == "sync":

            def hook(response: httpx.Response) -> None:
                response.read()
                self.record(response)

            return httpx.Client(event_hooks={"response": [hook]})

        async def ahook(response: httpx.Response) -> None:
            await response.aread()
            self.record(response)

        return httpx.AsyncClient(event_hooks={"response": [ahook]})

    def __str__(self) -> str:
        return "raw answers:\n" + "\n".join(json.dumps(answer) for answer in self.seen)


def submit_and_wait(key: str) -> Callable[[Any], Any]:
    """The one call under test: `generate()`, then `wait()` on what it returned."""

    def call(client: Any) -> Any:
        created = client.generate(prompt="a fox in the snow", idempotency_key=key)
        if isinstance(created, SubmittedGeneration):
            return created, client.wait(created, timeout=30)

        async def both() -> Any:
            submitted = await created
            return submitted, await client.wait(submitted, timeout=30)

        return both()

    return call


def through_generate(
    kind: Kind, server: RunningServer, key: str, answers: Answers, **options: Any
) -> tuple[SubmittedGeneration, Any]:
    http = answers.http_client(kind)
    result: tuple[SubmittedGeneration, Any] = use_client(
        kind, server, submit_and_wait(key), http_client=http, **options
    )
    return result


def test_a_versioned_and_a_legacy_answer_yield_the_same_submitted_generation(
    kind: Kind,
) -> None:
    """The same key twice: pinned (a new task, 202), then unpinned (its replay, the list)."""
    key = str(uuid.uuid4())
    answers = Answers()
    with run_server(clock_speed=100.0) as server:
        versioned, done = through_generate(kind, server, key, answers)
        legacy, done_again = through_generate(kind, server, key, answers, response_version=None)
        generations = server.app.generations_by_key
    said = str(answers)
    assert [answer["status"] for answer in answers.seen] == [202, 200], said
    assert answers.seen[0]["body"]["data"]["object"] == "generation.task", said
    assert isinstance(answers.seen[1]["body"]["data"], list), said
    for field in ("task_id", "mode", "idempotency_key"):
        assert getattr(versioned, field) == getattr(legacy, field), f"{field}; {said}"
    assert (versioned.status, legacy.status) == ("queued", "submitted"), said
    assert versioned.request_id == answers.seen[0]["body"]["request_id"], said
    assert legacy.request_id is None, said
    assert (versioned.replayed, legacy.replayed) == (False, True), said
    assert versioned.result is legacy.result is None, said
    assert done.status is done_again.status is TaskStatus.COMPLETED, said
    assert done.task_id == done_again.task_id == versioned.task_id, said
    assert generations == {key: 1}, said


def test_a_server_that_ignores_the_version_is_read_all_the_same(kind: Kind) -> None:
    """The client pins the version; the server answers the list anyway."""
    key = str(uuid.uuid4())
    answers = Answers()
    with run_server(clock_speed=100.0, ignore_response_version=True) as server:
        created, done = through_generate(kind, server, key, answers)
        sent = [seen.headers.get("x-apimart-response-version") for seen in server.app.requests]
    said = str(answers)
    assert "2026-07-27" in sent, said
    assert [answer["status"] for answer in answers.seen] == [200], said
    created_id = answers.seen[0]["body"]["data"][0]["task_id"]
    assert (created.task_id, created.status, created.request_id) == (
        created_id,
        "submitted",
        None,
    ), said
    assert done.task_id == created_id, said
    assert done.status is TaskStatus.COMPLETED, said


def test_a_submit_in_progress_is_resent_and_its_versioned_answer_read(kind: Kind) -> None:
    """Issue 17's 409s keep working when the accepted answer is the versioned one."""
    key = str(uuid.uuid4())
    answers = Answers()
    with run_server(
        clock_speed=100.0, in_progress_409=2, faults=FaultConfig(retry_after=0)
    ) as server:
        created, done = through_generate(kind, server, key, answers)
        generations = server.app.generations_by_key
    said = str(answers)
    assert [answer["status"] for answer in answers.seen] == [409, 409, 202], said
    assert created.request_id == answers.seen[-1]["body"]["request_id"], said
    assert created.task_id == done.task_id, said
    assert generations == {key: 1}, said
