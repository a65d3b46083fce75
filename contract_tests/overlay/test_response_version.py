"""The pinned response version (issue 19, item 2): what a submit sends, and every shape of
its answer read whatever was sent: the wan2.7 page's list, the versioned object (under 200
and 202), a replay, a request id, and a synchronous result that `wait()` returns at once."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

from apimart_video import (
    InvalidRequestError,
    SubmittedGeneration,
    Task,
    TaskFailedError,
    TaskStatus,
)
from apimart_video._client.base import RESPONSE_VERSION
from apimart_video._request.spec_values import RESPONSE_VERSIONS
from contract_tests.overlay.conftest import (
    CDN_URL,
    FAR_FUTURE,
    SUBMIT,
    TASK_ID,
    Driver,
    submitted,
    task,
)

STATUS = f"https://api.apimart.ai/v1/tasks/{TASK_ID}"
HEADER = "X-APIMart-Response-Version"
REQUEST_ID = "req_01J9HA7K2V3X4Y5Z6A7B8C9D0E"


def versioned(kind: str = "generation.task", **fields: Any) -> dict[str, Any]:
    data = {"id": TASK_ID, "status": "queued", "object": kind, **fields}
    return {"code": 200, "data": data, "request_id": REQUEST_ID}


def fox(client: Any) -> Any:
    return client.text_to_video("a fox in the snow")


def test_the_default_pins_the_version_the_spec_names() -> None:
    assert RESPONSE_VERSION in RESPONSE_VERSIONS


def test_a_submit_sends_the_pinned_response_version_by_default(
    driver: Driver, api: respx.MockRouter
) -> None:
    route = api.post(SUBMIT).mock(return_value=httpx.Response(202, json=versioned()))
    driver.run(fox)
    assert route.calls.last.request.headers[HEADER] == "2026-07-27"


def test_response_version_none_sends_no_header(driver: Driver, api: respx.MockRouter) -> None:
    route = api.post(SUBMIT).mock(return_value=httpx.Response(200, json=submitted()))
    driver.run(fox, response_version=None)
    assert HEADER not in route.calls.last.request.headers


def test_a_poll_sends_no_response_version(driver: Driver, api: respx.MockRouter) -> None:
    route = api.get(STATUS).mock(return_value=httpx.Response(200, json=task("processing")))
    driver.run(lambda client: client.get_task(TASK_ID))
    assert HEADER not in route.calls.last.request.headers


@pytest.mark.parametrize("value", ["2099-01-01", "", "2026-07-27 ", 20260727, True])
def test_a_response_version_the_spec_does_not_name_is_refused_before_sending(
    driver: Driver, api: respx.MockRouter, value: object
) -> None:
    route = api.post(SUBMIT).mock(return_value=httpx.Response(202, json=versioned()))
    with pytest.raises(InvalidRequestError) as raised:
        driver.run(fox, response_version=value)
    assert raised.value.fields == ("response_version",)
    assert "'2026-07-27'" in str(raised.value)
    assert "None" in str(raised.value)
    assert route.call_count == 0


ANSWERS = {
    "legacy list, 200": (200, submitted()),
    "legacy object, 200": (200, {"code": 200, "data": {"status": "submitted", "task_id": TASK_ID}}),
    "versioned, 202": (202, versioned()),
    "versioned, 200": (200, versioned()),
}


@pytest.mark.parametrize("sent", [RESPONSE_VERSION, None], ids=["pinned", "unpinned"])
@pytest.mark.parametrize("answer", list(ANSWERS))
def test_every_submit_shape_is_read_whatever_was_sent(
    driver: Driver, api: respx.MockRouter, answer: str, sent: str | None
) -> None:
    status, body = ANSWERS[answer]
    api.post(SUBMIT).mock(return_value=httpx.Response(status, json=body))
    created: SubmittedGeneration = driver.run(fox, response_version=sent)
    assert created.task_id == TASK_ID
    assert created.status == ("queued" if "versioned" in answer else "submitted")
    assert created.request_id == (REQUEST_ID if "versioned" in answer else None)
    assert created.replayed is False
    assert created.result is None


@pytest.mark.parametrize(
    ("header", "replayed"),
    [
        ("true", True),
        ("True", True),
        (" true ", True),
        ("false", False),
        ("", False),
        (None, False),
    ],
)
def test_a_replay_is_read_from_the_idempotency_replayed_header(
    driver: Driver, api: respx.MockRouter, header: str | None, replayed: bool
) -> None:
    headers = {} if header is None else {"idempotency-replayed": header}
    api.post(SUBMIT).mock(return_value=httpx.Response(202, json=versioned(), headers=headers))
    assert driver.run(fox).replayed is replayed


@pytest.mark.parametrize("request_id", [None, "", 42, ["req_1"]])
def test_a_request_id_that_is_not_text_is_none(
    driver: Driver, api: respx.MockRouter, request_id: object
) -> None:
    body = {**versioned(), "request_id": request_id}
    api.post(SUBMIT).mock(return_value=httpx.Response(202, json=body))
    assert driver.run(fox).request_id is None


def test_the_old_constructor_still_makes_a_submitted_generation() -> None:
    from apimart_video import Mode

    created = SubmittedGeneration(TASK_ID, Mode.TEXT_TO_VIDEO, "key", "submitted", 1.0)
    assert (created.replayed, created.request_id, created.result) == (False, None, None)


# -- a synchronous result -------------------------------------------------------------------

VIDEO = {"videos": [{"url": CDN_URL, "expires_at": FAR_FUTURE}]}


def test_a_synchronous_result_is_a_completed_task_that_wait_returns_without_polling(
    driver: Driver, api: respx.MockRouter
) -> None:
    body = versioned("generation.result", status="completed", result=VIDEO, cost=0.6)
    api.post(SUBMIT).mock(return_value=httpx.Response(202, json=body))
    polls = api.get(STATUS).mock(return_value=httpx.Response(200, json=task("processing")))
    seen: list[Task] = []

    def submit_then_wait(client: Any) -> Any:
        if driver.kind == "sync":
            created = fox(client)
            return created, client.wait(created, on_progress=seen.append)

        async def both() -> Any:
            created = await fox(client)
            return created, await client.wait(created, on_progress=seen.append)

        return both()

    created, finished = driver.run(submit_then_wait)
    assert isinstance(created.result, Task)
    assert created.result.status is TaskStatus.COMPLETED
    assert finished == created.result
    assert finished.video_url == CDN_URL
    assert finished.cost == 0.6
    assert seen == [finished]
    assert polls.call_count == 0
    assert driver.clock.sleeps == []


def test_generate_and_wait_returns_a_synchronous_result_without_polling(
    driver: Driver, api: respx.MockRouter
) -> None:
    body = versioned("generation.result", status="completed", result=VIDEO)
    api.post(SUBMIT).mock(return_value=httpx.Response(202, json=body))
    polls = api.get(STATUS).mock(return_value=httpx.Response(200, json=task("processing")))
    finished = driver.run(lambda client: client.generate_and_wait(prompt="a fox"))
    assert finished.status is TaskStatus.COMPLETED
    assert polls.call_count == 0


def test_a_synchronous_result_without_a_status_is_completed(
    driver: Driver, api: respx.MockRouter
) -> None:
    body = versioned("generation.result", result=VIDEO)
    del body["data"]["status"]
    api.post(SUBMIT).mock(return_value=httpx.Response(202, json=body))
    created = driver.run(fox)
    assert created.result.status is TaskStatus.COMPLETED
    assert created.result.raw == body["data"]  # as sent: no status made up in it


def test_a_failed_synchronous_result_raises_from_wait_without_polling(
    driver: Driver, api: respx.MockRouter
) -> None:
    error = {"code": "content_rejected", "message": "the prompt was rejected"}
    body = versioned("generation.result", status="failed", error=error)
    api.post(SUBMIT).mock(return_value=httpx.Response(202, json=body))
    polls = api.get(STATUS).mock(return_value=httpx.Response(200, json=task("processing")))
    with pytest.raises(TaskFailedError) as raised:
        driver.run(lambda client: client.generate_and_wait(prompt="a fox"))
    assert raised.value.error_code == "content_rejected"
    assert polls.call_count == 0


def test_a_synchronous_result_that_is_not_final_is_polled(
    driver: Driver, api: respx.MockRouter
) -> None:
    body = versioned("generation.result", status="processing")
    api.post(SUBMIT).mock(return_value=httpx.Response(202, json=body))
    polls = api.get(STATUS).mock(return_value=httpx.Response(200, json=task("completed")))
    finished = driver.run(lambda client: client.generate_and_wait(prompt="a fox"))
    assert finished.status is TaskStatus.COMPLETED
    assert polls.call_count == 1


# -- tasks as the newer contract reports them --------------------------------------------------


def test_a_queued_task_is_waited_on_like_a_pending_one(
    driver: Driver, api: respx.MockRouter
) -> None:
    answers = [task("queued"), task("queued", progress=0), task("completed")]
    polls = api.get(STATUS).mock(
        side_effect=[httpx.Response(200, json=answer) for answer in answers]
    )
    seen: list[Task] = []
    finished = driver.run(lambda client: client.wait(TASK_ID, on_progress=seen.append))
    assert [t.status for t in seen] == [TaskStatus.QUEUED] * 2 + [TaskStatus.COMPLETED]
    assert not TaskStatus.QUEUED.is_final
    assert finished.status is TaskStatus.COMPLETED
    assert polls.call_count == 3


def test_a_failed_tasks_string_code_is_kept_in_the_task_and_the_error(
    driver: Driver, api: respx.MockRouter
) -> None:
    error = {"code": "content_rejected", "message": "the image was rejected"}
    api.get(STATUS).mock(return_value=httpx.Response(200, json=task("failed", error=error)))
    with pytest.raises(TaskFailedError) as raised:
        driver.run(lambda client: client.wait(TASK_ID))
    assert raised.value.error_code == "content_rejected"
    assert raised.value.task.error_code == "content_rejected"
    assert "[content_rejected]" in str(raised.value)
