"""Typed errors for every status, and retries that never bill twice."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import httpx
import pytest
import respx

from apimart_video import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    IdempotencyConflictError,
    InsufficientBalanceError,
    InternalServerError,
    InvalidRequestError,
    MissingAPIKeyError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    VideoClient,
)
from contract_tests.overlay.conftest import BASE, KEY, SUBMIT, TASK_ID, Driver, submitted, task

STATUS = f"{BASE}/v1/tasks/{TASK_ID}"
GATEWAY_PAGE = "<html><body><h1>502 Bad Gateway</h1></body></html>"


def error(status: int, code: Any, message: str, type_: str) -> httpx.Response:
    return httpx.Response(
        status, json={"error": {"code": code, "message": message, "type": type_, "param": ""}}
    )


@pytest.mark.parametrize(
    ("status", "code", "expected"),
    [
        (400, 400, BadRequestError),
        (401, 401, AuthenticationError),
        (402, 402, InsufficientBalanceError),
        (403, 403, PermissionDeniedError),
        (422, "idempotency_key_reused", IdempotencyConflictError),
        (422, "unprocessable", UnprocessableEntityError),
        (429, 429, RateLimitError),
        (500, "get_channel_failed", InternalServerError),
        (502, "", InternalServerError),
        (503, 503, InternalServerError),
    ],
)
def test_submit_error_status_becomes_its_typed_error(
    driver: Driver, api: respx.MockRouter, status: int, code: Any, expected: type[Exception]
) -> None:
    api.post(SUBMIT).mock(return_value=error(status, code, "went wrong", "some_error"))
    with pytest.raises(expected) as raised:
        driver.run(lambda c: c.text_to_video("x"), max_retries=0)
    assert isinstance(raised.value, APIStatusError)
    assert raised.value.status_code == status
    assert raised.value.code == code
    assert raised.value.error_message == "went wrong"
    assert raised.value.type == "some_error"
    assert f"HTTP {status}" in str(raised.value)


@pytest.mark.parametrize(
    ("status", "expected"), [(404, NotFoundError), (400, NotFoundError), (401, AuthenticationError)]
)
def test_status_error_becomes_its_typed_error(
    driver: Driver, api: respx.MockRouter, status: int, expected: type[Exception]
) -> None:
    api.get(STATUS).mock(return_value=error(status, status, "task not found", "x"))
    with pytest.raises(expected):
        driver.run(lambda c: c.get_task(TASK_ID))


def test_html_gateway_page_is_a_clear_error_not_a_parse_crash(
    driver: Driver, api: respx.MockRouter
) -> None:
    api.post(SUBMIT).mock(return_value=httpx.Response(502, text=GATEWAY_PAGE))
    with pytest.raises(InternalServerError, match="not JSON") as raised:
        driver.run(lambda c: c.text_to_video("x"))
    assert raised.value.body is None
    assert "idempotency_key" in str(raised.value)


def test_request_id_in_the_message_is_kept(driver: Driver, api: respx.MockRouter) -> None:
    api.post(SUBMIT).mock(
        return_value=error(500, "x", "get channel failed (request id: 2025111410153)", "server")
    )
    with pytest.raises(InternalServerError) as raised:
        driver.run(lambda c: c.text_to_video("x"))
    assert raised.value.request_id == "2025111410153"


def test_malformed_json_on_submit_is_not_retried_and_names_the_key(
    driver: Driver, api: respx.MockRouter
) -> None:
    route = api.post(SUBMIT).mock(return_value=httpx.Response(200, text='{"code": 200, "da'))
    with pytest.raises(APIResponseValidationError, match="idempotency_key=") as raised:
        driver.run(lambda c: c.text_to_video("x", idempotency_key="k-1"))
    assert route.call_count == 1
    assert "'k-1'" in str(raised.value)


def test_malformed_json_on_status_is_retried(driver: Driver, api: respx.MockRouter) -> None:
    route = api.get(STATUS).mock(
        side_effect=[httpx.Response(200, text="{oops"), httpx.Response(200, json=task("pending"))]
    )
    assert driver.run(lambda c: c.get_task(TASK_ID)).raw_status == "pending"
    assert route.call_count == 2


def test_a_base_url_with_a_path_gets_the_same_errors_and_retries(driver: Driver) -> None:
    """A gateway that mounts the API under a path prefix is still the API."""
    base = "https://gateway.example.com/apimart"
    with respx.mock(base_url=base, assert_all_called=True) as gateway:
        gateway.get(f"/v1/tasks/{TASK_ID}").mock(
            side_effect=[
                httpx.Response(200, text="{oops"),
                httpx.Response(404, json={"error": {"code": 404, "message": "no such task"}}),
            ]
        )
        with pytest.raises(NotFoundError, match="no such task"):
            driver.run(lambda c: c.get_task(TASK_ID), base_url=base)


@pytest.mark.parametrize(
    "failure",
    [
        httpx.Response(500, json={"error": {"message": "boom"}}),
        httpx.Response(502, text=GATEWAY_PAGE),
        httpx.Response(503, json={"error": {"message": "busy"}}),
        httpx.Response(408, text=""),
        httpx.ConnectError("refused"),
        httpx.ReadTimeout("slow"),
        httpx.RemoteProtocolError("peer closed connection"),
    ],
    ids=["500", "502-html", "503", "408", "connect", "read-timeout", "dropped"],
)
def test_status_request_is_retried_on_transient_failures(
    driver: Driver, api: respx.MockRouter, failure: Any
) -> None:
    route = api.get(STATUS).mock(side_effect=[failure, httpx.Response(200, json=task("pending"))])
    assert driver.run(lambda c: c.get_task(TASK_ID)).raw_status == "pending"
    assert route.call_count == 2
    assert len(driver.retry_sleeps) == 1


def test_retry_after_is_honoured(driver: Driver, api: respx.MockRouter) -> None:
    api.get(STATUS).mock(
        side_effect=[
            httpx.Response(429, headers={"Retry-After": "7"}, json={"error": {"message": "s"}}),
            httpx.Response(200, json=task("pending")),
        ]
    )
    driver.run(lambda c: c.get_task(TASK_ID))
    assert driver.retry_sleeps == [7.0]


def test_backoff_grows_and_stops_after_max_retries(driver: Driver, api: respx.MockRouter) -> None:
    route = api.get(STATUS).mock(return_value=httpx.Response(500, json={"error": {"message": "x"}}))
    with pytest.raises(InternalServerError):
        # The jitter picks the top of each range: the ceilings themselves must grow.
        driver.run(lambda c: c.get_task(TASK_ID), max_retries=6, jitter=lambda low, high: high)
    assert route.call_count == 7
    assert driver.retry_sleeps == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]


def test_backoff_jitter_stays_under_each_growing_ceiling(
    driver: Driver, api: respx.MockRouter
) -> None:
    api.get(STATUS).mock(return_value=httpx.Response(500, json={"error": {"message": "x"}}))
    for _ in range(40):
        with pytest.raises(InternalServerError):
            driver.run(lambda c: c.get_task(TASK_ID), max_retries=4)
    by_attempt = [driver.retry_sleeps[n::4] for n in range(4)]
    for ceiling, sleeps in zip([0.5, 1.0, 2.0, 4.0], by_attempt, strict=True):
        assert all(0 <= s <= ceiling for s in sleeps)
    assert max(by_attempt[0]) < max(by_attempt[3])  # P(fail) = 2**-160


@pytest.mark.parametrize(
    "header", ["nan", "inf", "-inf", "-1", "soon", "1e999", "", "Mon, 99 Foo 2020"]
)
def test_a_retry_after_that_is_not_seconds_or_a_date_is_ignored(
    driver: Driver, api: respx.MockRouter, header: str
) -> None:
    api.get(STATUS).mock(
        side_effect=[
            httpx.Response(429, headers={"Retry-After": header}, json={"error": {}}),
            httpx.Response(200, json=task("pending")),
        ]
    )
    driver.run(lambda c: c.get_task(TASK_ID), jitter=lambda low, high: high)
    assert driver.retry_sleeps == [0.5]  # the backoff, not the header


def test_a_retry_after_http_date_is_honoured_and_a_long_one_capped(
    driver: Driver, api: respx.MockRouter
) -> None:
    soon = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    late = format_datetime(datetime.now(UTC) + timedelta(days=2), usegmt=True)
    past = format_datetime(datetime.now(UTC) - timedelta(days=2), usegmt=True)
    api.get(STATUS).mock(
        side_effect=[
            httpx.Response(503, headers={"Retry-After": soon}, json={"error": {}}),
            httpx.Response(503, headers={"Retry-After": late}, json={"error": {}}),
            httpx.Response(503, headers={"Retry-After": past}, json={"error": {}}),
            httpx.Response(503, headers={"Retry-After": "86400"}, json={"error": {}}),
            httpx.Response(200, json=task("pending")),
        ]
    )
    driver.run(lambda c: c.get_task(TASK_ID), max_retries=4)
    first, second, third, fourth = driver.retry_sleeps
    assert 27 <= first <= 30
    assert second == fourth == 60.0  # RetryPolicy.retry_after_max
    assert third == 0.0


def test_402_is_not_a_kind_of_403(driver: Driver, api: respx.MockRouter) -> None:
    api.post(SUBMIT).mock(return_value=error(402, 402, "no balance", "payment_required"))
    with pytest.raises(InsufficientBalanceError) as raised:
        driver.run(lambda c: c.text_to_video("x"))
    assert not isinstance(raised.value, PermissionDeniedError)


@pytest.mark.parametrize(
    ("code", "message", "type_"),
    [
        ("idempotency_key_reused", "key reused", "invalid_request_error"),
        (422, "Idempotency-Key was used with another body", "x"),
        (422, "conflict", "idempotency_error"),
    ],
)
def test_422_is_an_idempotency_conflict_only_when_the_error_says_so(
    driver: Driver, api: respx.MockRouter, code: Any, message: str, type_: str
) -> None:
    api.post(SUBMIT).mock(
        side_effect=[
            error(422, code, message, type_),
            error(422, 422, "prompt rejected", "invalid_request_error"),
        ]
    )
    with pytest.raises(IdempotencyConflictError):
        driver.run(lambda c: c.text_to_video("x"))
    with pytest.raises(UnprocessableEntityError) as plain:
        driver.run(lambda c: c.text_to_video("x"))
    assert not isinstance(plain.value, IdempotencyConflictError)


def test_400_for_an_unknown_task_is_not_found_under_a_base_url_prefix(driver: Driver) -> None:
    base = "https://gateway.example.com/apimart"
    with respx.mock(base_url=base, assert_all_called=True) as gateway:
        gateway.get(f"/v1/tasks/{TASK_ID}").mock(return_value=error(400, 400, "no task", "x"))
        gateway.post("/v1/videos/generations").mock(return_value=error(400, 400, "bad", "x"))
        with pytest.raises(NotFoundError):
            driver.run(lambda c: c.get_task(TASK_ID), base_url=base)
        with pytest.raises(BadRequestError) as submit:
            driver.run(lambda c: c.text_to_video("x"), base_url=base)
    assert not isinstance(submit.value, NotFoundError)


def test_exhausted_connection_retries_raise_a_connection_error(
    driver: Driver, api: respx.MockRouter
) -> None:
    api.get(STATUS).mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(APIConnectionError, match="ConnectError"):
        driver.run(lambda c: c.get_task(TASK_ID), max_retries=2)


@pytest.mark.parametrize(
    "first",
    [
        httpx.ConnectError("refused"),
        httpx.ConnectTimeout("no connection"),
        httpx.Response(429, headers={"Retry-After": "1"}, json={"error": {"message": "slow"}}),
        httpx.Response(503, headers={"Retry-After": "2"}, json={"error": {"message": "busy"}}),
    ],
    ids=["connect-error", "connect-timeout", "429", "503-retry-after"],
)
def test_submit_is_retried_only_when_it_surely_did_not_start_and_reuses_the_key(
    driver: Driver, api: respx.MockRouter, first: Any
) -> None:
    route = api.post(SUBMIT).mock(side_effect=[first, httpx.Response(200, json=submitted())])
    result = driver.run(lambda c: c.text_to_video("a fox"))
    assert route.call_count == 2
    keys = [call.request.headers["idempotency-key"] for call in route.calls]
    assert keys == [result.idempotency_key] * 2
    bodies = [json.loads(call.request.content) for call in route.calls]
    assert bodies[0] == bodies[1]


@pytest.mark.parametrize(
    ("failure", "expected"),
    [
        (httpx.ReadTimeout("slow"), APITimeoutError),
        (httpx.RemoteProtocolError("peer closed"), APIConnectionError),
        (httpx.Response(500, json={"error": {"message": "boom"}}), InternalServerError),
        (httpx.Response(502, text=GATEWAY_PAGE), InternalServerError),
        (httpx.Response(503, json={"error": {"message": "busy"}}), InternalServerError),
    ],
    ids=["read-timeout", "dropped", "500", "502", "503-without-retry-after"],
)
def test_submit_is_never_retried_after_it_may_have_started(
    driver: Driver, api: respx.MockRouter, failure: Any, expected: type[Exception]
) -> None:
    route = api.post(SUBMIT).mock(side_effect=[failure, httpx.Response(200, json=submitted())])
    with pytest.raises(expected):
        driver.run(lambda c: c.text_to_video("a fox"))
    assert route.call_count == 1


def test_missing_api_key_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("APIMART_API_KEY", raising=False)
    with pytest.raises(MissingAPIKeyError, match="APIMART_API_KEY"):
        VideoClient()


def test_environment_supplies_key_and_base_url(
    monkeypatch: pytest.MonkeyPatch, api: respx.MockRouter
) -> None:
    monkeypatch.setenv("APIMART_API_KEY", "sk-from-env-123456")
    monkeypatch.setenv("APIMART_BASE_URL", "http://127.0.0.1:9/")
    with respx.mock(base_url="http://127.0.0.1:9") as local:
        route = local.get("/v1/tasks/t1").mock(
            return_value=httpx.Response(200, json=task("pending"))
        )
        with VideoClient() as client:
            client.get_task("t1")
    assert route.calls.last.request.headers["authorization"] == "Bearer sk-from-env-123456"


def test_the_key_never_appears_in_reprs_errors_or_logs(
    driver: Driver, api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    api.post(SUBMIT).mock(
        side_effect=[httpx.ConnectError("refused"), error(401, 401, "bad key", "auth")]
    )
    with pytest.raises(AuthenticationError) as raised:
        driver.run(lambda c: c.text_to_video("x"))
    texts = [caplog.text, str(raised.value), repr(raised.value)]
    with VideoClient(KEY) as client:
        texts += [repr(client), str(client), repr(client.__dict__.get("_client"))]
    assert not [text for text in texts if KEY in text]
    assert "***cdef" in repr(client)


def test_unknown_language_is_refused_before_any_request(
    driver: Driver, api: respx.MockRouter
) -> None:
    route = api.get(STATUS).mock(return_value=httpx.Response(200, json=task("pending")))
    with pytest.raises(InvalidRequestError, match="language"):
        driver.run(lambda c: c.get_task(TASK_ID, language="fr"))
    assert route.call_count == 0
    driver.run(lambda c: c.get_task(TASK_ID, language="ko"))
    assert route.calls.last.request.url.params["language"] == "ko"
