"""The sender: what every request the generated client builds is sent through (base URL,
key, retries, typed errors).

The policy:

- `GET` (task status) is free and idempotent: it is retried on connection errors and
  timeouts, on 408, 429 and 5xx answers, and on a 2xx answer that is not JSON.
- The `POST` that starts a generation may be billed: it is retried only when the request
  certainly did not reach the server (the connection could not be made, or no pooled
  connection was free) or when the server said so (429, or 503 with `Retry-After`). Never
  after a timeout once sent, a dropped connection or another 5xx: the generation may have
  started, and the error is a `SubmitOutcomeUnknownError` naming the key. Every retry of a
  submit carries the same `Idempotency-Key`.
- A submit answered 409 `idempotency_in_progress` (a request with the same key is still
  being processed) is resent, same key and body, after its `Retry-After`, at most
  `in_progress_retries` times; still in progress after that, or answered 409
  `idempotency_result_indeterminate`, it is a `SubmitOutcomeUnknownError` naming the key.
  A 409 `idempotency_key_reused` is an `IdempotencyConflictError`, never resent.
- An image upload (operation `upload`) carries no idempotency key, so it is sent once and
  never retried: failing before a byte went out, it is an `APIConnectionError` (not
  uploaded); after (a timeout, a dropped connection, a 5xx), an `UploadOutcomeUnknownError`
  saying the image may be stored. Its `Content-Type` (multipart, with the boundary the
  generated code names) is given to httpx with the files, so the body uses that boundary.
- A request the HTTP library refused before sending it (a malformed header:
  `LocalProtocolError`) was not sent: it is never reported as "may have started", never
  retried, and its text, which holds the header's value, is never shown or chained.
- Waits grow exponentially with full jitter (`backoff_initial` doubling up to
  `backoff_max`); a usable `Retry-After` (seconds or an HTTP date) is honoured instead,
  capped by `capped_retry_after` at `retry_after_max`. Every retry loop is bounded twice:
  at most `max_retries` retries follow the first attempt, and none starts once
  `retry_time_max` seconds have passed since it.
- With a deadline (a `wait()` in progress) the deadline holds for the whole request, not
  each read: the async sender cancels the request at the deadline, the sync one waits for
  it in a worker thread no longer than the time left (and the worker drops the connection
  at the next byte). Each sleep is cut to the time left, and no retry starts that could not
  finish in time.
- No message, log line or chained cause carries the key: the text of a transport error is
  shown with the key and the `Authorization` value replaced.

The retry policy and its one backoff formula live in `retry`, the deadline in `deadline`.
The sync and async senders share every decision and differ only in how they send and sleep.
"""

from __future__ import annotations

import logging
import math
import threading
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from apimart_video._exceptions import (
    APIConnectionError,
    APIMartError,
    APITimeoutError,
    SubmitConnectionError,
    SubmitTimeoutError,
    UploadOutcomeUnknownError,
)
from apimart_video._http import boundary
from apimart_video._http.deadline import MIN_ATTEMPT, Deadline, within
from apimart_video._http.retry import RetryPolicy, backoff

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["AsyncRetryingHTTP", "RetryingHTTP"]

logger = logging.getLogger("apimart_video")

_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
"""Failures that certainly happened before a byte went out, and that a retry may cure."""
_REFUSED_LOCALLY = httpx.LocalProtocolError
"""The HTTP library refused to send the request (a malformed header): not sent, and no
retry can cure it. Its text holds the header's value, which may be the key."""


class _MalformedAnswer(Exception):
    """A 2xx answer to a free call whose body is not JSON (retried; then the boundary reads it)."""

    def __init__(self, response: httpx.Response) -> None:
        super().__init__("malformed JSON")
        self.response = response


def _is_billed(request: httpx.Request) -> bool:
    return request.method == "POST"


def _check_body(request: httpx.Request, response: httpx.Response) -> httpx.Response:
    """Raise `_MalformedAnswer` for a 2xx answer to a free call whose body is not JSON."""
    if response.is_success and not boundary.is_json(response) and not _is_billed(request):
        raise _MalformedAnswer(response)
    return response


def _in_progress(request: httpx.Request, response: httpx.Response | None) -> bool:
    """A submit answered 409 `idempotency_in_progress`: the API asks for the same request later."""
    return (
        response is not None
        and response.status_code == 409
        and _is_billed(request)
        and boundary.idempotency_code(response) == boundary.IN_PROGRESS
    )


def _should_retry(
    request: httpx.Request, response: httpx.Response | None, error: BaseException | None
) -> bool:
    """The policy: may this outcome of `request` be retried (409 in progress aside)?"""
    billed = _is_billed(request)
    if error is not None:
        if isinstance(error, _MalformedAnswer):
            return not billed
        if isinstance(error, _REFUSED_LOCALLY):
            return False
        if billed:
            return isinstance(error, _NEVER_SENT)
        return isinstance(error, httpx.TransportError)
    assert response is not None
    status = response.status_code
    if billed:
        return status == 429 or (status == 503 and "retry-after" in response.headers)
    return status in (408, 429) or status >= 500


def _next_sleep(
    policy: RetryPolicy,
    request: httpx.Request,
    response: httpx.Response | None,
    error: BaseException | None,
    attempt: int,
    deadline: Deadline | None,
    spent: float = 0.0,
) -> float | None:
    """Seconds to sleep before retry number `attempt`, or None: final.

    `attempt` counts the retries of its kind (409 in progress apart), `spent` the seconds
    since the first attempt: past `retry_time_max` no retry starts.
    """
    if _in_progress(request, response):
        if attempt > policy.in_progress_retries:
            return None
    elif attempt > policy.max_retries or not _should_retry(request, response, error):
        return None
    retry_after = None
    if response is not None:
        retry_after = boundary.parse_retry_after(response.headers.get("retry-after"))
    wait = backoff(policy, attempt, retry_after)
    if spent + wait > policy.retry_time_max:
        logger.info(
            "not retrying %s %s: the retry would start %.0f s after the first attempt, "
            "past retry_time_max (%.0f s)",
            request.method,
            request.url.path,
            spent + wait,
            policy.retry_time_max,
        )
        return None
    sleep = within(deadline, wait)
    if sleep is not None:
        status = response.status_code if response is not None else None
        why = type(error).__name__ if error is not None else f"HTTP {status}"
        logger.info(
            "retrying %s %s after %s (attempt %d) in %.2f s",
            request.method,
            request.url.path,
            why,
            attempt + 1,
            sleep,
        )
    return sleep


def _retime(
    request: httpx.Request, baseline: dict[str, Any], deadline: Deadline, after: float = 0.0
) -> None:
    """Cut each of the request's timeouts (connect, read, write, pool) to the time left
    `after` seconds from now (when it will be sent)."""
    budget = max(deadline.left() - after, MIN_ATTEMPT)
    if math.isinf(budget):
        return
    request.extensions["timeout"] = {
        phase: budget if value is None else min(value, budget) for phase, value in baseline.items()
    }


def _chain(error: BaseException) -> Iterator[BaseException]:
    """`error` and every exception it was raised from or during."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _says_secret(error: BaseException, secrets: tuple[str, ...]) -> bool:
    """Whether the text or repr of `error`, or of anything in its chain, holds a secret."""
    for link in _chain(error):
        text = f"{link!s} {link!r} {link.args!r}"
        if any(secret in text for secret in secrets):
            return True
    return False


def _scrubbed(text: str, secrets: tuple[str, ...]) -> str:
    for secret in secrets:
        text = text.replace(secret, "[redacted]")
    return text


def _translate(
    request: httpx.Request,
    error: httpx.HTTPError,
    secrets: tuple[str, ...] = (),
    operation: str | None = None,
) -> APIMartError:
    """The typed error for a request that got no usable answer (its text without secrets)."""
    where = f"{request.method} {request.url.path}"
    if isinstance(error, _REFUSED_LOCALLY):
        return APIConnectionError(
            f"{where} was not sent: the HTTP library refused one of its headers "
            f"({type(error).__name__}; its text is not shown, as it may hold the API key). "
            "Check the API key and any headers set on your http_client",
            request=request,
        )
    said = _scrubbed(str(error), secrets)
    if operation == boundary.UPLOAD and not isinstance(error, _NEVER_SENT):
        timed_out = isinstance(error, httpx.TimeoutException)
        return UploadOutcomeUnknownError(
            f"{where} {'timed out' if timed_out else 'failed'} after it was sent "
            f"({type(error).__name__}{'' if timed_out else ': ' + said})",
            reason="timeout" if timed_out else "connection",
            request=request,
        )
    key = request.headers.get("idempotency-key")
    if _is_billed(request) and key is not None and not isinstance(error, _NEVER_SENT):
        if isinstance(error, httpx.TimeoutException):
            return SubmitTimeoutError(
                f"{where} timed out after it was sent ({type(error).__name__})",
                idempotency_key=key,
                request=request,
            )
        return SubmitConnectionError(
            f"{where} failed after it was sent: {type(error).__name__}: {said}",
            idempotency_key=key,
            request=request,
        )
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(f"{where} timed out ({type(error).__name__})", request=request)
    return APIConnectionError(f"{where} failed: {type(error).__name__}: {said}", request=request)


def _final(
    request: httpx.Request,
    response: httpx.Response | None,
    error: BaseException | None,
    operation: str | None,
    secrets: tuple[str, ...] = (),
) -> httpx.Response:
    """The answer to hand to the boundary (`boundary.py`), or the typed error to raise.

    Called outside any `except` block, so a translated error carries no implicit context;
    its cause is the transport error only when that holds no secret (a refused header's
    text holds its value).
    """
    if isinstance(error, _MalformedAnswer):
        return error.response  # the boundary reads it and says what is wrong
    if isinstance(error, httpx.HTTPError):
        translated = _translate(request, error, secrets, operation)
        if isinstance(error, _REFUSED_LOCALLY) or _says_secret(error, secrets):
            raise translated from None
        raise translated from error
    assert response is not None
    if not response.is_success:
        key = request.headers.get("idempotency-key") if _is_billed(request) else None
        raise boundary.status_error(response, operation, key)
    return response


def _override(target: httpx.Headers, headers: Mapping[str, str]) -> None:
    """Set `headers` over the client's, as `build_request(headers=...)` would merge them.

    Set one by one on the built request: httpx's merge copies and rescans every header
    (about 5 us a call, as much as the rest of the sender). Like the merge, refuse what is
    not ASCII, with httpx's own error, but never one whose text or repr holds the value
    (it may be the key): a `UnicodeEncodeError` carries the whole string.
    """
    for name, value in headers.items():
        if not (name.isascii() and value.isascii()):
            try:
                httpx.Headers({name: value})  # raises as the merge would
            except UnicodeEncodeError:
                position = next(i for i, char in enumerate(value) if not char.isascii())
                raise APIConnectionError(
                    f"header {name!r} was not sent: it holds a non-ASCII character at "
                    f"position {position + 1} (its value is not shown)"
                ) from None
        target[name] = value


_FAILURES = (httpx.RequestError, _MalformedAnswer)


def _secrets(headers: Mapping[str, str]) -> tuple[str, ...]:
    """What no message may show: the `Authorization` value and the key within it."""
    found: list[str] = []
    for name, value in headers.items():
        if name.lower() == "authorization" and value:
            found.append(value)
            token = value.partition(" ")[2].strip()
            if token:
                found.append(token)
    return tuple(found)


class _Attempts:
    """The attempts at one request: what to do after each, shared by both senders."""

    def __init__(
        self,
        sender: _Sender,
        request: httpx.Request,
        operation: str | None,
        deadline: Deadline | None,
    ) -> None:
        self._sender = sender
        self.request = request
        self._operation = operation
        self.deadline = deadline
        self._retries = 0
        self._in_progress = 0
        self._started = sender.policy.clock()
        self._baseline: dict[str, Any] = {}
        if deadline is not None:
            self._baseline = dict(request.extensions.get("timeout") or {})
            _retime(request, self._baseline, deadline)

    def next(self, response: httpx.Response | None, error: BaseException | None) -> float | None:
        """Seconds to sleep before the next attempt, or None when this outcome is final."""
        if self._operation == boundary.UPLOAD:
            return None  # no idempotency key: sent once, whatever happened
        policy = self._sender.policy
        if _in_progress(self.request, response):
            self._in_progress += 1
            number = self._in_progress
        else:
            self._retries += 1
            number = self._retries
        spent = policy.clock() - self._started
        sleep = _next_sleep(
            policy, self.request, response, error, number, self.deadline, spent=spent
        )
        if sleep is not None:
            self._sender.count()
            if self.deadline is not None:
                _retime(self.request, self._baseline, self.deadline, after=sleep)
        return sleep

    def final(self, response: httpx.Response | None, error: BaseException | None) -> httpx.Response:
        """The answer, or the typed error, once no retry follows."""
        return _final(self.request, response, error, self._operation, self._sender.secrets)

    def budget(self) -> float:
        """Seconds this attempt may take in all (headers and body): the time left."""
        assert self.deadline is not None
        return max(self.deadline.left(), MIN_ATTEMPT)


def _past_deadline(request: httpx.Request) -> httpx.ReadTimeout:
    return httpx.ReadTimeout("no whole answer before the deadline", request=request)


class _Abandonable(httpx.SyncByteStream):
    """A response body that stops at the next chunk once its reader has given up, so that
    a worker left reading a trickle drops the connection instead of reading on."""

    def __init__(
        self, inner: httpx.SyncByteStream, abandoned: threading.Event, request: httpx.Request
    ) -> None:
        self._inner = inner
        self._abandoned = abandoned
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._inner:
            if self._abandoned.is_set():
                raise _past_deadline(self._request)
            yield chunk

    def close(self) -> None:
        self._inner.close()


def _send_by(client: httpx.Client, attempts: _Attempts) -> httpx.Response:
    """Send and read the whole answer within the time left, however slowly it trickles.

    httpx's timeouts are per read: a host sending a byte every half second never trips
    them, and a blocked read cannot be interrupted from the thread that does it. So the
    request runs in a worker thread and the caller waits no longer than the time left;
    then it raises a timeout, and the worker, once it reads another byte, drops the
    connection (or ends when the client is closed).
    """
    request = attempts.request
    outcome: list[httpx.Response | BaseException] = []
    done = threading.Event()
    abandoned = threading.Event()

    def run() -> None:
        try:
            response = client.send(request, stream=True)
            response.stream = _Abandonable(response.stream, abandoned, request)  # type: ignore[arg-type]
            try:
                response.read()
            finally:
                response.close()
            outcome.append(response)
        except BaseException as error:  # handed to the caller's thread
            outcome.append(error)
        finally:
            done.set()

    threading.Thread(target=run, name="apimart-video request", daemon=True).start()
    finished = False
    try:
        finished = done.wait(attempts.budget())
    finally:  # past the deadline, or interrupted (Ctrl-C): the worker stops at its next byte
        if not finished:
            abandoned.set()
    if not finished:
        raise _past_deadline(request)
    answer = outcome[0]
    if isinstance(answer, BaseException):
        raise answer
    return answer


class _Sender:
    """What the sync and async senders share: the wrapped client, the policy, a count."""

    def __init__(
        self,
        client: httpx.Client | httpx.AsyncClient,
        base_url: str,
        headers: dict[str, str],
        policy: RetryPolicy,
    ) -> None:
        self._client = client
        self._base_url = base_url
        self._headers = headers
        self.policy = policy
        self.retries = 0
        self.secrets = _secrets(headers)

    def count(self) -> None:
        """Count one retry (downloads count theirs here too)."""
        self.retries += 1

    def _attempts(
        self,
        method: str,
        url: str,
        options: dict[str, Any],
        operation: str | None,
        deadline: Deadline | None,
    ) -> _Attempts:
        return _Attempts(self, self._build(method, url, options), operation, deadline)

    def _build(self, method: str, url: str, options: dict[str, Any]) -> httpx.Request:
        """The request the generated code asked for, on the wrapped client, with URL and key."""
        extra = options.pop("headers", None)
        if not options.get("params"):
            options.pop("params", None)  # the generated code sends `{}`: httpx would copy the URL
        if extra and options.get("files"):
            options["headers"] = extra  # httpx encodes the body with the header's boundary
        try:
            request = self._client.build_request(method, self._url(url), **options)
        except httpx.InvalidURL as error:
            raise APIConnectionError(
                f"{method} {self._base_url}{url}: invalid URL: {error}"
            ) from error
        _override(request.headers, self._headers)
        if extra:
            _override(request.headers, extra)
        return request

    def _url(self, path: str) -> httpx.URL:
        """The absolute URL of an API path."""
        return httpx.URL(self._base_url + path)


class RetryingHTTP(_Sender):
    """What the generated requests are sent through: one `httpx.Client`, retries, typed errors.

    `.request()` takes what the generated `_get_kwargs` made (method, path, body, headers,
    params): it builds the request on the wrapped client (the caller's own, with its
    proxies and limits, or ours), adds the base URL and the key, and sends it as the
    policy says.
    """

    _client: httpx.Client

    def request(
        self,
        method: str,
        url: str,
        *,
        operation: str | None = None,
        deadline: Deadline | None = None,
        **kwargs: Any,
    ) -> httpx.Response:
        """Send `method url` (relative to the base URL) with retries; raise typed errors."""
        attempts = self._attempts(method, url, kwargs, operation, deadline)
        while True:
            try:
                if deadline is None:
                    sent = self._client.send(attempts.request)
                else:
                    sent = _send_by(self._client, attempts)
                response, error = _check_body(attempts.request, sent), None
            except _FAILURES as failure:
                response, error = None, failure
            else:
                if sent.is_success:
                    return sent  # final: never retried (a non-JSON one to a free call raised)
            sleep = attempts.next(response, error)
            if sleep is None:
                return attempts.final(response, error)
            self.policy.sleep(sleep)

    def close(self) -> None:
        """Close the wrapped client."""
        self._client.close()


class AsyncRetryingHTTP(_Sender):
    """The async twin of `RetryingHTTP`: same decisions, async send and sleep."""

    _client: httpx.AsyncClient

    async def request(
        self,
        method: str,
        url: str,
        *,
        operation: str | None = None,
        deadline: Deadline | None = None,
        **kwargs: Any,
    ) -> httpx.Response:
        """Send `method url` (relative to the base URL) with retries; raise typed errors."""
        attempts = self._attempts(method, url, kwargs, operation, deadline)
        while True:
            try:
                if deadline is None:
                    sent = await self._client.send(attempts.request)
                else:
                    sent = await self._send_by(attempts)
                response, error = _check_body(attempts.request, sent), None
            except _FAILURES as failure:
                response, error = None, failure
            else:
                if sent.is_success:
                    return sent  # final: never retried (a non-JSON one to a free call raised)
            sleep = attempts.next(response, error)
            if sleep is None:
                return attempts.final(response, error)
            await self.policy.async_sleep(sleep)

    async def _send_by(self, attempts: _Attempts) -> httpx.Response:
        """Send and read the whole answer within the time left: cancelled at the deadline,
        however slowly the host trickles (anyio, so that trio works as asyncio does)."""
        import anyio

        try:
            with anyio.fail_after(attempts.budget()):
                return await self._client.send(attempts.request)
        except TimeoutError:
            raise _past_deadline(attempts.request) from None

    async def aclose(self) -> None:
        """Close the wrapped client."""
        await self._client.aclose()
