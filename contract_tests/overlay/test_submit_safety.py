"""A paid task is never lost: every submit error carries its idempotency key, and every
outcome after which the generation may have started is a `SubmitOutcomeUnknownError`."""

from __future__ import annotations

import io
import json
import shlex
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import respx

from apimart_video import (
    APIConnectionError,
    APIMartError,
    APIResponseValidationError,
    APITimeoutError,
    InternalServerError,
    InvalidRequestError,
    SubmitOutcomeUnknownError,
    cli,
)
from contract_tests.overlay.conftest import SUBMIT, TASK_ID, Driver, submitted

HELPERS: dict[str, Callable[[Any], Any]] = {
    "generate": lambda c: c.generate(prompt="a fox"),
    "text_to_video": lambda c: c.text_to_video("a fox"),
    "first_frame_to_video": lambda c: c.first_frame_to_video("https://a.example/1.jpg"),
    "first_last_frame_to_video": lambda c: c.first_last_frame_to_video(
        "https://a.example/1.jpg", "https://a.example/2.jpg"
    ),
    "continue_video": lambda c: c.continue_video("https://a.example/v.mp4"),
    "image_with_audio": lambda c: c.image_with_audio(
        "https://a.example/1.jpg", "https://a.example/a.mp3"
    ),
}

MAY_HAVE_STARTED: dict[str, Any] = {
    "read-timeout": httpx.ReadTimeout("slow"),
    "write-timeout": httpx.WriteTimeout("slow"),
    "dropped": httpx.RemoteProtocolError("peer closed connection"),
    "read-error": httpx.ReadError("reset"),
    "500": httpx.Response(500, json={"error": {"message": "boom"}}),
    "502-html": httpx.Response(502, text="<html>Bad Gateway</html>"),
    "503": httpx.Response(503, json={"error": {"message": "busy"}}),
    "504-empty": httpx.Response(504),
    "200-not-json": httpx.Response(200, text='{"code": 200, "da'),
    "200-empty": httpx.Response(200),
    "200-empty-list": httpx.Response(200, json={"code": 200, "data": []}),
    "200-empty-object": httpx.Response(200, json={"code": 200, "data": {}}),
    "200-null-data": httpx.Response(200, json={"code": 200, "data": None}),
    "200-text-data": httpx.Response(200, json={"code": 200, "data": "accepted"}),
    "200-list-of-text": httpx.Response(200, json={"code": 200, "data": ["task_1"]}),
    "200-no-task-id": httpx.Response(200, json={"code": 200, "data": [{"status": "submitted"}]}),
    "200-null-task-id": httpx.Response(200, json={"data": [{"task_id": None}]}),
    "200-empty-task-id": httpx.Response(200, json={"data": [{"task_id": ""}]}),
    "200-array": httpx.Response(200, json=[{"task_id": "x"}]),
    "201-bad-utf8": httpx.Response(201, content=b'{"data": [{"task_id": "\xff\xfe"}]}'),
    "204": httpx.Response(204),
}
CAUSE: dict[str, type[APIMartError]] = {
    "read-timeout": APITimeoutError,
    "write-timeout": APITimeoutError,
    "dropped": APIConnectionError,
    "read-error": APIConnectionError,
    "500": InternalServerError,
    "502-html": InternalServerError,
    "503": InternalServerError,
    "504-empty": InternalServerError,
}


@pytest.mark.parametrize("failure", list(MAY_HAVE_STARTED), ids=list(MAY_HAVE_STARTED))
def test_a_submit_that_may_have_started_is_outcome_unknown_with_the_key(
    driver: Driver, api: respx.MockRouter, failure: str
) -> None:
    route = api.post(SUBMIT).mock(side_effect=[MAY_HAVE_STARTED[failure]])
    with pytest.raises(SubmitOutcomeUnknownError) as raised:
        driver.run(lambda c: c.text_to_video("a fox"))
    sent = route.calls.last.request.headers["idempotency-key"]
    error = raised.value
    assert route.call_count == 1  # never resent by the client
    assert error.idempotency_key == sent
    assert f"idempotency_key={sent!r}" in str(error)
    assert f"--idempotency-key {sent}" in str(error)
    assert "where the API honours the key" in str(error)
    assert "without a second charge" not in str(error)
    # Code that catches the cause's class keeps catching it.
    expected = CAUSE.get(failure, APIResponseValidationError)
    assert isinstance(error, expected)


@pytest.mark.parametrize("helper", list(HELPERS), ids=list(HELPERS))
def test_every_helper_carries_the_callers_own_key_on_an_unknown_outcome(
    driver: Driver, api: respx.MockRouter, helper: str
) -> None:
    api.post(SUBMIT).mock(side_effect=httpx.ReadTimeout("slow"))
    call = HELPERS[helper]
    with pytest.raises(SubmitOutcomeUnknownError) as raised:
        driver.run(lambda c: _with_key(c, call, "my-key-1"))
    assert raised.value.idempotency_key == "my-key-1"


def _with_key(client: Any, call: Callable[[Any], Any], key: str) -> Any:
    """Call a helper with `idempotency_key=key` (the lambdas in HELPERS take none)."""
    original = client.generate

    def generate(**kwargs: Any) -> Any:
        kwargs["idempotency_key"] = kwargs.get("idempotency_key") or key
        return original(**kwargs)

    client.generate = generate
    return call(client)


@pytest.mark.parametrize("helper", list(HELPERS), ids=list(HELPERS))
@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(400, json={"error": {"message": "bad"}}),
        httpx.Response(401, json={"error": {"message": "key"}}),
        httpx.Response(402, json={"error": {"message": "balance"}}),
        httpx.Response(422, json={"error": {"message": "nope"}}),
        httpx.ConnectError("refused"),
    ],
    ids=["400", "401", "402", "422", "never-connected"],
)
def test_every_error_of_every_helper_carries_the_key_sent(
    driver: Driver, api: respx.MockRouter, helper: str, answer: Any
) -> None:
    route = api.post(SUBMIT).mock(side_effect=[answer] * 4)
    with pytest.raises(APIMartError) as raised:
        driver.run(HELPERS[helper])
    assert not isinstance(raised.value, SubmitOutcomeUnknownError)
    assert raised.value.idempotency_key == route.calls.last.request.headers["idempotency-key"]


def test_an_invalid_request_carries_the_key_chosen_before_anything_is_sent(
    driver: Driver, api: respx.MockRouter
) -> None:
    route = api.post(SUBMIT).mock(return_value=httpx.Response(200, json=submitted()))
    with pytest.raises(InvalidRequestError) as raised:
        driver.run(lambda c: c.text_to_video("a fox", duration=99))
    assert isinstance(raised.value.idempotency_key, str)
    assert len(raised.value.idempotency_key) == 36  # a UUID4
    with pytest.raises(InvalidRequestError) as mine:
        driver.run(lambda c: c.text_to_video("a fox", duration=99, idempotency_key="k-7"))
    assert mine.value.idempotency_key == "k-7"
    assert route.call_count == 0


@pytest.mark.parametrize("key", ["", "has space", "new\nline", "é", "x" * 192])
def test_an_idempotency_key_outside_the_spec_is_refused_before_sending(
    driver: Driver, api: respx.MockRouter, key: str
) -> None:
    route = api.post(SUBMIT).mock(return_value=httpx.Response(200, json=submitted()))
    with pytest.raises(InvalidRequestError, match="idempotency_key") as raised:
        driver.run(lambda c: c.text_to_video("a fox", idempotency_key=key))
    assert raised.value.idempotency_key == key  # the caller's own, even refused
    assert route.call_count == 0


def test_a_connection_never_made_is_retried_and_is_not_an_unknown_outcome(
    driver: Driver, api: respx.MockRouter
) -> None:
    route = api.post(SUBMIT).mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(APIConnectionError) as raised:
        driver.run(lambda c: c.text_to_video("a fox"), max_retries=2)
    assert route.call_count == 3
    assert not isinstance(raised.value, SubmitOutcomeUnknownError)
    keys = {call.request.headers["idempotency-key"] for call in route.calls}
    assert keys == {raised.value.idempotency_key}


def test_resubmitting_with_the_key_from_the_error_sends_the_same_key(
    driver: Driver, api: respx.MockRouter
) -> None:
    route = api.post(SUBMIT).mock(
        side_effect=[httpx.ReadTimeout("slow"), httpx.Response(200, json=submitted())]
    )
    with pytest.raises(SubmitOutcomeUnknownError) as raised:
        driver.run(lambda c: c.text_to_video("a fox"))
    key = raised.value.idempotency_key
    again = driver.run(lambda c: c.text_to_video("a fox", idempotency_key=key))
    assert again.task_id == TASK_ID
    assert [call.request.headers["idempotency-key"] for call in route.calls] == [key, key]


def _cli(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(argv, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_cli_prints_the_exact_command_that_resubmits_safely(
    api: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("APIMART_API_KEY", "sk-cli-secret-0000")
    route = api.post(SUBMIT).mock(
        side_effect=[httpx.Response(502, text="<html>"), httpx.Response(200, json=submitted())]
    )
    argv = ["--max-retries", "0", "generate", "--prompt", "a fox's tale", "--duration", "8"]
    argv += ["--image", "https://a.example/1.jpg", "--no-prompt-extend", "--json"]
    code, _, err = _cli(argv)
    key = route.calls.last.request.headers["idempotency-key"]
    assert code == cli.EXIT_API_ERROR
    assert f"idempotency key is {key}" in err
    command = next(line.strip() for line in err.splitlines() if "apimart-video generate" in line)
    assert "sk-cli-secret" not in err
    words = shlex.split(command)
    assert words[:2] == ["apimart-video", "generate"]
    assert words[words.index("--idempotency-key") + 1] == key
    # Running that command sends the same body with the same key.
    code, out, err = _cli(words[1:])
    assert code == cli.EXIT_OK, err
    first, second = (call.request for call in route.calls)
    assert second.headers["idempotency-key"] == key
    assert json.loads(first.content) == json.loads(second.content)
    assert json.loads(out)["idempotency_key"] == key


def test_cli_prints_the_key_and_command_when_interrupted_during_the_submit(
    api: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("APIMART_API_KEY", "sk-cli-secret-0000")

    def interrupt(request: httpx.Request) -> httpx.Response:
        raise KeyboardInterrupt

    api.post(SUBMIT).mock(side_effect=interrupt)
    code, _, err = _cli(["generate", "--prompt", "x", "--idempotency-key", "mine-1"])
    assert code == cli.EXIT_INTERRUPTED
    assert "interrupted during the submit" in err
    assert "idempotency key is mine-1" in err
    assert "apimart-video generate --model wan2.7 --prompt x --idempotency-key mine-1" in err
