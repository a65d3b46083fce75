"""The sender reads the API's error shapes and its three 409 idempotency answers, and every
retry loop ends by count and by time (issue 17, items 2 and 5)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import respx

from apimart_video import (
    APIStatusError,
    ConflictError,
    IdempotencyConflictError,
    RateLimitError,
    RetryPolicy,
    SubmitConflictError,
    SubmitOutcomeUnknownError,
    VideoClient,
)
from contract_tests.overlay.conftest import KEY, SUBMIT, TASK_ID, Driver, VirtualClock, submitted

STATUS = f"https://api.apimart.ai/v1/tasks/{TASK_ID}"


def conflict(code: str, retry_after: str | None = None, *, plain: bool = False) -> httpx.Response:
    """A 409 as integrations model it (or in the plain `{"code", "message"}` form)."""
    detail = {"code": code, "message": f"{code} for this key", "type": "invalid_request_error"}
    body: dict[str, Any] = detail if plain else {"error": {**detail, "param": "Idempotency-Key"}}
    headers = {"Retry-After": retry_after} if retry_after is not None else {}
    return httpx.Response(409, json=body, headers=headers)


@pytest.mark.parametrize(
    "body",
    [
        {"error": {"code": "c1", "message": "said", "type": "t", "param": "p"}},
        {"error": "said"},
        {"message": "said", "code": "c1"},
        {"success": False, "message": "said"},
    ],
    ids=["envelope", "error-string", "plain-message", "success-false"],
)
def test_every_error_shape_the_api_uses_is_read(
    driver: Driver, api: respx.MockRouter, body: dict[str, Any]
) -> None:
    api.get(STATUS).mock(return_value=httpx.Response(403, json=body))
    with pytest.raises(APIStatusError) as raised:
        driver.run(lambda c: c.get_task(TASK_ID))
    assert raised.value.error_message == "said"
    assert "said" in str(raised.value)
    if "c1" in json.dumps(body):
        assert raised.value.code == "c1"


@pytest.mark.parametrize("plain", [False, True], ids=["envelope", "plain"])
def test_a_submit_in_progress_is_resent_with_the_same_key_and_body_after_retry_after(
    driver: Driver, api: respx.MockRouter, plain: bool
) -> None:
    route = api.post(SUBMIT).mock(
        side_effect=[
            conflict("idempotency_in_progress", "3", plain=plain),
            conflict("idempotency_in_progress", "86400", plain=plain),
            httpx.Response(200, json=submitted()),
        ]
    )
    # max_retries=0: the resends the API asks for are counted apart.
    result = driver.run(lambda c: c.text_to_video("a fox", idempotency_key="k-42"), max_retries=0)
    assert result.task_id == TASK_ID
    assert route.call_count == 3
    assert {call.request.headers["idempotency-key"] for call in route.calls} == {"k-42"}
    assert len({call.request.content for call in route.calls}) == 1
    assert driver.retry_sleeps == [3.0, 60.0], "Retry-After is honoured, and capped"


def test_a_submit_still_in_progress_after_the_resends_allowed_is_an_unknown_outcome_with_the_key(
    driver: Driver, api: respx.MockRouter
) -> None:
    route = api.post(SUBMIT).mock(return_value=conflict("idempotency_in_progress", "0"))
    with pytest.raises(SubmitConflictError) as raised:
        driver.run(lambda c: c.text_to_video("a fox", idempotency_key="k-43"))
    error = raised.value
    assert route.call_count == RetryPolicy().in_progress_retries + 1
    assert isinstance(error, SubmitOutcomeUnknownError)
    assert isinstance(error, ConflictError)
    assert error.idempotency_key == "k-43"
    assert error.reason == "idempotency_in_progress"
    assert "k-43" in str(error)


def test_an_indeterminate_result_is_an_unknown_outcome_and_is_not_resent(
    driver: Driver, api: respx.MockRouter
) -> None:
    route = api.post(SUBMIT).mock(return_value=conflict("idempotency_result_indeterminate", "1"))
    with pytest.raises(SubmitOutcomeUnknownError) as raised:
        driver.run(lambda c: c.text_to_video("a fox", idempotency_key="k-44"))
    assert route.call_count == 1
    assert raised.value.idempotency_key == "k-44"
    assert raised.value.reason == "idempotency_result_indeterminate"


def test_a_reused_key_is_an_idempotency_conflict_and_nothing_is_resent(
    driver: Driver, api: respx.MockRouter
) -> None:
    route = api.post(SUBMIT).mock(return_value=conflict("idempotency_key_reused", "1"))
    with pytest.raises(IdempotencyConflictError) as raised:
        driver.run(lambda c: c.text_to_video("a fox", idempotency_key="k-45"))
    assert route.call_count == 1
    assert not isinstance(raised.value, SubmitOutcomeUnknownError)
    assert raised.value.status_code == 409
    assert raised.value.idempotency_key == "k-45"


def test_another_409_is_a_conflict_error_never_resent(
    driver: Driver, api: respx.MockRouter
) -> None:
    route = api.post(SUBMIT).mock(return_value=conflict("something_else", "1"))
    with pytest.raises(ConflictError) as raised:
        driver.run(lambda c: c.text_to_video("a fox"))
    assert route.call_count == 1
    assert not isinstance(raised.value, SubmitOutcomeUnknownError)
    status = api.get(STATUS).mock(return_value=conflict("idempotency_in_progress", "1"))
    with pytest.raises(ConflictError):
        driver.run(lambda c: c.get_task(TASK_ID))
    assert status.call_count == 1, "only a submit is resent on 'in progress'"


def clocked(clock: VirtualClock, **options: Any) -> VideoClient:
    policy = RetryPolicy(clock=clock.time, sleep=clock.sleep, **options)
    return VideoClient(KEY, retry_policy=policy)


def test_retries_stop_at_the_time_bound_before_the_attempt_bound(api: respx.MockRouter) -> None:
    clock = VirtualClock()
    route = api.get(STATUS).mock(
        return_value=httpx.Response(429, headers={"Retry-After": "60"}, json={"message": "slow"})
    )
    with (
        clocked(clock, max_retries=100, retry_time_max=120.0) as client,
        pytest.raises(RateLimitError),
    ):
        client.get_task(TASK_ID)
    assert clock.sleeps == [60.0, 60.0]
    assert route.call_count == 3


def test_in_progress_resends_stop_at_the_time_bound(api: respx.MockRouter) -> None:
    clock = VirtualClock()
    route = api.post(SUBMIT).mock(return_value=conflict("idempotency_in_progress", "45"))
    with (
        clocked(clock, in_progress_retries=100, retry_time_max=100.0) as client,
        pytest.raises(SubmitConflictError),
    ):
        client.text_to_video("a fox")
    assert clock.sleeps == [45.0, 45.0]
    assert route.call_count == 3
