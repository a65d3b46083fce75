"""Retries, in one place: the sender the generated client calls, around one httpx client.

The policy, which never bills twice:

- `GET` (task status) is free and idempotent: it is retried on connection errors and
  timeouts, on 408, 429 and 5xx answers, and on a 2xx answer that is not JSON.
- The `POST` that starts a generation is billed: it is retried only when the request
  certainly did not reach the server (the connection could not be made, or no pooled
  connection was free) or when the server said so (429, or 503 with `Retry-After`).
  Never after a read timeout, a dropped connection or another 5xx: the generation may
  have started. Every retry of a submit carries the same `Idempotency-Key`.
- Waits grow exponentially with full jitter (`backoff_initial` doubling up to
  `backoff_max`); a `Retry-After` header, when present, is honoured instead (up to
  `retry_after_max`). At most `max_retries` retries follow the first attempt.
- The first attempt runs outside tenacity (the common case never retries, and building
  a retry loop per request cost more than the rest of the overlay); after a retryable
  failure, tenacity runs the rest.

The retrying itself is tenacity's; the sync and async senders share every decision and
differ only in how they send and sleep.
"""

from __future__ import annotations

import json
import logging
import random
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import attrs
import httpx

if TYPE_CHECKING:  # tenacity is imported when a first retry happens: it is slow to import
    import tenacity

from apimart_video._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    parse_retry_after,
    status_error,
)

__all__ = ["AsyncRetryingHTTP", "RetryPolicy", "RetryingHTTP"]

logger = logging.getLogger("apimart_video")

_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


async def asyncio_sleep(seconds: float) -> None:
    """`asyncio.sleep`, imported when an async client first sleeps, not with the package."""
    import asyncio

    await asyncio.sleep(seconds)


@attrs.frozen
class RetryPolicy:
    """How many times and how long to retry; see the module docstring for when."""

    max_retries: int = 3
    backoff_initial: float = 0.5
    backoff_max: float = 8.0
    retry_after_max: float = 60.0
    sleep: Callable[[float], None] = time.sleep
    async_sleep: Callable[[float], Awaitable[None]] = asyncio_sleep


class _MalformedAnswer(Exception):
    """A 2xx API answer whose body is not JSON (internal: retried for GET only)."""

    def __init__(self, response: httpx.Response) -> None:
        super().__init__("malformed JSON")
        self.response = response


def _is_billed(request: httpx.Request) -> bool:
    return request.method == "POST"


def _check_body(response: httpx.Response) -> httpx.Response:
    """Raise `_MalformedAnswer` for a 2xx API answer that is not JSON."""
    if response.is_success:
        try:
            parsed = json.loads(response.content)
        except ValueError:
            raise _MalformedAnswer(response) from None
        # The generated parser calls `.json()` next: hand it this parse, not a second one.
        response.json = lambda **_: parsed  # type: ignore[method-assign]
    return response


def _should_retry(
    request: httpx.Request, response: httpx.Response | None, error: BaseException | None
) -> bool:
    """The policy: may this outcome of `request` be retried?"""
    billed = _is_billed(request)
    if error is not None:
        if isinstance(error, _MalformedAnswer):
            return not billed
        if billed:
            return isinstance(error, _NEVER_SENT)
        return isinstance(error, httpx.TransportError)
    assert response is not None
    status = response.status_code
    if billed:
        return status == 429 or (status == 503 and "retry-after" in response.headers)
    return status in (408, 429) or status >= 500


def _outcome(state: tenacity.RetryCallState) -> tuple[httpx.Response | None, BaseException | None]:
    outcome = state.outcome
    assert outcome is not None
    if outcome.failed:
        return None, outcome.exception()
    return outcome.result(), None


def _wait_seconds(policy: RetryPolicy, response: httpx.Response | None, attempt: int) -> float:
    """`Retry-After` when the answer has one, else full-jitter exponential backoff."""
    if response is not None:
        retry_after = parse_retry_after(response.headers.get("retry-after"))
        if retry_after is not None:
            return min(retry_after, policy.retry_after_max)
    ceiling = min(policy.backoff_max, policy.backoff_initial * 2 ** (attempt - 1))
    return random.uniform(0, ceiling)


def _log_retry(
    request: httpx.Request,
    response: httpx.Response | None,
    error: BaseException | None,
    attempt: int,
    sleep: float,
) -> None:
    why = type(error).__name__ if error is not None else f"HTTP {response and response.status_code}"
    logger.info(
        "retrying %s %s after %s (attempt %d) in %.2f s",
        request.method,
        request.url.path,
        why,
        attempt + 1,
        sleep,
    )


def _last_outcome(state: tenacity.RetryCallState) -> Any:
    assert state.outcome is not None
    return state.outcome.result()  # raises the last exception, or returns the last response


def _tenacity_options(
    policy: RetryPolicy, request: httpx.Request, on_retry: Callable[[], None]
) -> dict[str, Any]:
    """The retry loop after a first attempt that failed in a retryable way.

    Attempt numbers continue from that first attempt, so backoff keeps growing.
    """
    import tenacity

    def wait(state: tenacity.RetryCallState) -> float:
        return _wait_seconds(policy, _outcome(state)[0], state.attempt_number + 1)

    def before_sleep(state: tenacity.RetryCallState) -> None:
        on_retry()
        sleep = state.next_action.sleep if state.next_action else 0.0
        _log_retry(request, *_outcome(state), state.attempt_number + 1, sleep)

    return {
        "retry": lambda state: _should_retry(request, *_outcome(state)),
        "wait": wait,
        "stop": tenacity.stop_after_attempt(policy.max_retries),
        "before_sleep": before_sleep,
        "retry_error_callback": _last_outcome,
    }


def _first_wait(
    policy: RetryPolicy,
    request: httpx.Request,
    response: httpx.Response | None,
    error: BaseException | None,
) -> float | None:
    """Seconds to wait before the first retry, or None when the first attempt is final."""
    if policy.max_retries <= 0 or not _should_retry(request, response, error):
        return None
    sleep = _wait_seconds(policy, response, 1)
    _log_retry(request, response, error, 1, sleep)
    return sleep


def _final(response: httpx.Response) -> httpx.Response:
    """Return a usable answer, or raise the typed error for it."""
    if not response.is_success:
        raise status_error(response)
    return response


def _translate(request: httpx.Request, error: Exception) -> Exception:
    if isinstance(error, _MalformedAnswer):
        response = error.response
        hint = ""
        if _is_billed(request):
            key = request.headers.get("idempotency-key", "")
            hint = (
                " The generation was probably accepted: submit again with "
                f"idempotency_key={key!r} to get the same task without a second charge."
            )
        return APIResponseValidationError(
            f"{request.method} {request.url.path} -> HTTP {response.status_code} with a body "
            f"that is not JSON: {response.text[:120]!r}.{hint}",
            status_code=response.status_code,
            body=response.text,
        )
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(
            f"{request.method} {request.url.path} timed out ({type(error).__name__})",
            request=request,
        )
    return APIConnectionError(
        f"{request.method} {request.url.path} failed: {type(error).__name__}: {error}",
        request=request,
    )


def _build(
    client: httpx.Client | httpx.AsyncClient,
    base_url: str,
    headers: dict[str, str],
    method: str,
    url: str,
    options: dict[str, Any],
) -> httpx.Request:
    """The request the generated code asked for, on the wrapped client, with URL and key."""
    merged = {**headers, **options.pop("headers", {})}
    if not options.get("params"):
        options.pop("params", None)  # the generated code sends `{}`: httpx would copy the URL
    return client.build_request(method, base_url + url, headers=merged, **options)


class RetryingHTTP:
    """What the generated client sends through: one `httpx.Client`, retries, typed errors.

    The generated code only calls `.request(method, url, **kwargs)`; this builds the
    request on the wrapped client (the caller's own, with its proxies and limits, or
    ours), adds the base URL and the key, and sends it as the policy says. Wrapping the
    client, not its transport, keeps it to one httpx layer per request.
    """

    def __init__(
        self, client: httpx.Client, base_url: str, headers: dict[str, str], policy: RetryPolicy
    ) -> None:
        self._client = client
        self._base_url = base_url
        self._headers = headers
        self._policy = policy
        self.retries = 0

    def count(self) -> None:
        """Count one retry (downloads count theirs here too)."""
        self.retries += 1

    def _attempt(self, request: httpx.Request) -> httpx.Response:
        return _check_body(self._client.send(request))

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """Send `method url` (relative to the base URL) with retries; raise typed errors."""
        request = _build(self._client, self._base_url, self._headers, method, url, kwargs)
        try:
            response, error = self._attempt(request), None
        except (httpx.TransportError, _MalformedAnswer) as failure:
            response, error = None, failure
        if response is not None and response.is_success:
            return response  # the common case: nothing to retry, nothing to translate
        sleep = _first_wait(self._policy, request, response, error)
        try:
            if sleep is not None:
                import tenacity

                self.count()
                self._policy.sleep(sleep)
                retrying = tenacity.Retrying(
                    sleep=self._policy.sleep,
                    **_tenacity_options(self._policy, request, self.count),
                )
                response = retrying(self._attempt, request)
            elif error is not None:
                raise error
        except (httpx.TransportError, _MalformedAnswer) as failure:
            raise _translate(request, failure) from failure
        assert response is not None
        return _final(response)

    def close(self) -> None:
        """Close the wrapped client."""
        self._client.close()


class AsyncRetryingHTTP:
    """The async twin of `RetryingHTTP`: same decisions, async send and sleep."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        base_url: str,
        headers: dict[str, str],
        policy: RetryPolicy,
    ) -> None:
        self._client = client
        self._base_url = base_url
        self._headers = headers
        self._policy = policy
        self.retries = 0

    def count(self) -> None:
        """Count one retry (downloads count theirs here too)."""
        self.retries += 1

    async def _attempt(self, request: httpx.Request) -> httpx.Response:
        return _check_body(await self._client.send(request))

    async def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """Send `method url` (relative to the base URL) with retries; raise typed errors."""
        request = _build(self._client, self._base_url, self._headers, method, url, kwargs)
        try:
            response, error = await self._attempt(request), None
        except (httpx.TransportError, _MalformedAnswer) as failure:
            response, error = None, failure
        if response is not None and response.is_success:
            return response  # the common case: nothing to retry, nothing to translate
        sleep = _first_wait(self._policy, request, response, error)
        try:
            if sleep is not None:
                import tenacity

                self.count()
                await self._policy.async_sleep(sleep)
                retrying = tenacity.AsyncRetrying(
                    sleep=self._policy.async_sleep,
                    **_tenacity_options(self._policy, request, self.count),
                )
                response = await retrying(self._attempt, request)
            elif error is not None:
                raise error
        except (httpx.TransportError, _MalformedAnswer) as failure:
            raise _translate(request, failure) from failure
        assert response is not None
        return _final(response)

    async def aclose(self) -> None:
        """Close the wrapped client."""
        await self._client.aclose()
