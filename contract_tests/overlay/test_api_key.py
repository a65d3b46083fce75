"""The API key is taken in one place, checked before anything is sent, and never shown
(issue 17, item 1): every error path is run with a marker key, and every message, repr,
traceback and log line is searched for it."""

from __future__ import annotations

import asyncio
import io
import logging
import traceback
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from apimart_video import (
    APIConnectionError,
    APIMartError,
    AsyncVideoClient,
    InvalidAPIKeyError,
    MissingAPIKeyError,
    PollPolicy,
    RetryPolicy,
    SubmitOutcomeUnknownError,
    VideoClient,
)
from apimart_video._http.sender import RetryingHTTP
from apimart_video.cli import EXIT_API_ERROR, EXIT_INVALID, main
from apimart_video.testing import FaultConfig, run_server

MARKER = "sk-MARKER-7f3a9c0d1e2b"
# Keys a user may well hold: read from a file, pasted with blanks around.
STRIPPED = [MARKER + "\n", f"  {MARKER}\r\n", f"\t{MARKER} "]
# Keys no header can carry: refused before anything is sent.
UNUSABLE = [
    MARKER + "\n-second-line",
    MARKER + "\x00",
    MARKER + "\r\nX-Injected: 1",
    MARKER.replace("-", "\u2011", 1),  # a non-breaking hyphen pasted from a web page
    MARKER + "\u00e9",
    MARKER[:6] + "\t" + MARKER[6:],
]
FAST = {
    "poll_policy": PollPolicy(first_poll=0.01, floor=0.01, cap=0.1),
    "retry_policy": RetryPolicy(max_retries=2, backoff_initial=0.01, backoff_max=0.05),
}


def shown(error: BaseException) -> str:
    """Everything a person or a log could see of an error: message, repr, traceback."""
    return "\n".join(
        [str(error), repr(error), "".join(traceback.format_exception(error))]
        + [repr(getattr(error, name, None)) for name in ("request", "response", "args")]
    )


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Every logger at DEBUG (httpx and httpcore included)."""
    caplog.set_level(logging.DEBUG)
    return caplog


def assert_hidden(*texts: str) -> None:
    leaked = [text for text in texts if MARKER in text]
    assert not leaked, f"the key was shown: {leaked[0][:400]!r}"


@pytest.mark.parametrize("given", STRIPPED, ids=["newline", "crlf-and-spaces", "tab-and-space"])
def test_surrounding_whitespace_is_stripped_from_a_key_given_or_from_the_environment(
    given: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with run_server(api_key=MARKER) as server:
        with VideoClient(given, base_url=server.base_url) as client:
            client.generate(prompt="a fox")
        monkeypatch.setenv("APIMART_API_KEY", given)
        with VideoClient(base_url=server.base_url) as client:
            client.generate(prompt="a fox")
        sent = {r.headers["authorization"] for r in server.app.requests_to("/v1/videos")}
    assert sent == {f"Bearer {MARKER}"}


@pytest.mark.parametrize(
    ("given", "source"),
    [(key, "argument") for key in UNUSABLE]
    # An environment variable cannot hold a NUL: the OS refuses it before we could.
    + [(key, "environment") for key in UNUSABLE if "\x00" not in key],
)
def test_a_key_with_a_control_or_non_ascii_character_is_refused_before_sending_without_showing_it(
    given: str, source: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if source == "environment":
        monkeypatch.setenv("APIMART_API_KEY", given)
    for client_class in (VideoClient, AsyncVideoClient):
        with pytest.raises(InvalidAPIKeyError) as raised:
            client_class(given if source == "argument" else None, base_url="http://127.0.0.1:9")
        error = raised.value
        assert isinstance(error, MissingAPIKeyError), "existing handlers keep catching it"
        assert "position" in str(error)
        assert "visible ASCII" in str(error)
        assert ("APIMART_API_KEY" in str(error)) == (source == "environment")
        assert_hidden(shown(error))


def test_a_blank_key_is_missing_and_says_where_it_was_blank(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("APIMART_API_KEY", " \n")
    with pytest.raises(MissingAPIKeyError, match="APIMART_API_KEY environment variable is blank"):
        VideoClient()


def run_both(kind: str, call: Callable[[Any], Any], **options: Any) -> Any:
    if kind == "sync":
        with VideoClient(**options) as client:
            return call(client)

    async def main_async() -> Any:
        async with AsyncVideoClient(**options) as client:
            result = call(client)
            return await result if asyncio.iscoroutine(result) else result

    return asyncio.run(main_async())


CALLS: dict[str, Callable[[Any], Any]] = {
    "submit": lambda c: c.generate(prompt="a fox"),
    "get_task": lambda c: c.get_task("task_x"),
    "wait": lambda c: c.wait("task_x", timeout=1.5),
    "download": lambda c: c.download("task_x", "/nonexistent-dir/x.mp4"),
}


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("call", sorted(CALLS))
@pytest.mark.parametrize(
    "server_mode",
    ["wrong-key", "server-errors", "silent", "nothing-listening"],
)
def test_no_error_path_shows_the_key(
    kind: str, call: str, server_mode: str, logs: pytest.LogCaptureFixture
) -> None:
    """The key (with the newline a file leaves) meets refusals, 5xx, silence and a closed
    port on each call; nothing anyone sees holds it."""
    options: dict[str, Any] = {"api_key": MARKER + "\n", "timeout": 1.0, **FAST}
    modes: dict[str, dict[str, Any]] = {
        "wrong-key": {},
        "server-errors": {
            "api_key": MARKER,
            "faults": FaultConfig.uniform(1.0, kinds=("server_error", "html")),
        },
        "silent": {"api_key": MARKER, "silent": frozenset({"submit", "status", "download"})},
        "nothing-listening": {},
    }
    with run_server(**modes[server_mode]) as server:
        base_url = server.base_url
        if server_mode != "nothing-listening":
            with pytest.raises(APIMartError) as raised:
                run_both(kind, CALLS[call], base_url=base_url, **options)
    if server_mode == "nothing-listening":  # the server has stopped: its port is closed
        with pytest.raises(APIMartError) as raised:
            run_both(kind, CALLS[call], base_url=base_url, **options)
    assert_hidden(shown(raised.value), logs.text)


@pytest.mark.parametrize(
    "command",
    [
        ["status", "task_x"],
        ["wait", "task_x", "--wait-timeout", "1"],
        ["generate", "--prompt", "x"],
    ],
    ids=["status", "wait", "generate"],
)
@pytest.mark.parametrize("via", ["flag", "environment"])
def test_the_cli_never_prints_the_key(
    command: list[str], via: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with run_server() as server:  # another key: every call is refused
        for key, expected in [(MARKER + "\n", EXIT_API_ERROR), (MARKER + "\x07", EXIT_INVALID)]:
            out, err = io.StringIO(), io.StringIO()
            before = len(server.app.requests_to("/v1/"))
            argv = ["--base-url", server.base_url, "-v", *command]
            if via == "flag":
                argv = ["--api-key", key, *argv]
            else:
                monkeypatch.setenv("APIMART_API_KEY", key)
            assert main(argv, out=out, err=err) == expected, err.getvalue()
            assert_hidden(out.getvalue(), err.getvalue())
            assert "Traceback" not in err.getvalue()
            if expected == EXIT_INVALID:
                assert "may have started" not in err.getvalue()
                assert len(server.app.requests_to("/v1/")) == before, "a refused key was sent"


def test_a_header_httpx_refuses_is_not_sent_not_retried_and_its_text_never_shown(
    logs: pytest.LogCaptureFixture,
) -> None:
    """Behind the key check, the sender itself: a header value h11 refuses (the error text
    holds the whole value) is 'not sent', not 'may have started', and is never chained."""
    with run_server() as server, httpx.Client() as http:
        sender = RetryingHTTP(
            http, server.base_url, {"Authorization": f"Bearer {MARKER}\n"}, RetryPolicy()
        )
        for method in ("POST", "GET"):
            with pytest.raises(APIConnectionError) as raised:
                sender.request(
                    method,
                    "/v1/videos/generations" if method == "POST" else "/v1/tasks/t",
                    headers={"Idempotency-Key": "k-1"},
                    json={"model": "wan2.7", "prompt": "x"},
                    operation="submit" if method == "POST" else "get_task",
                )
            error = raised.value
            assert not isinstance(error, SubmitOutcomeUnknownError)
            assert "not sent" in str(error)
            assert "may have started" not in str(error)
            assert error.__cause__ is None
            assert error.__suppress_context__
            # httpcore's own DEBUG trace prints the refused header: the reason a key is
            # checked before any client is built. Ours and httpx's print nothing of it.
            ours = [r.getMessage() for r in logs.records if not r.name.startswith("httpcore")]
            assert_hidden(shown(error), *ours)
        assert sender.retries == 0
        assert not server.app.requests_to("/v1/")


def test_a_non_ascii_header_value_is_refused_without_showing_it() -> None:
    with httpx.Client() as http:
        sender = RetryingHTTP(
            http, "http://127.0.0.1:9", {"Authorization": f"Bearer {MARKER}\u00e9"}, RetryPolicy()
        )
        with pytest.raises(APIConnectionError) as raised:
            sender.request("GET", "/v1/tasks/t")
    assert "non-ASCII" in str(raised.value)
    assert_hidden(shown(raised.value))
