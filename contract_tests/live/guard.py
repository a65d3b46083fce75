"""The live suite's cost guard: it sends no POST that could bill a generation unless the
budget allows it.

Every authenticated POST (the generation endpoint is the API's only POST) is a possibly
billed generation, whatever the spec says of its body: an API looser than our spec accepts
(and bills) what the spec rejects. So each one needs budget (`APIMART_LIVE_BUDGET=N`, 0 by
default) before it is sent, and each one sent uses budget, whatever the answer. A POST
without a key cannot bill anyone and is free. Any 2xx to a POST counts as spent; when the
spec rejects its body, that is drift, kept in `findings` for the test to report. The guard
sits in the transports themselves (an httpx transport for our probes, a requests adapter for
schemathesis), so no code path can go around it.
"""

from __future__ import annotations

import json
import os
from typing import Any
from urllib.parse import urlsplit

import attrs
import httpx
import requests
from requests.adapters import HTTPAdapter

from contract_tests.spec_document import spec_accepts_request

SUBMIT_PATH = "/v1/videos/generations"


class BudgetExceededError(RuntimeError):
    """A possibly billed generation was refused before it was sent."""


@attrs.define
class LiveBudget:
    """How many possibly billed POSTs this run may send, and what came of them."""

    allowed: int = 0
    sent: int = 0
    """Authenticated POSTs to the generation endpoint that were sent."""
    accepted: int = 0
    """Of those, answered 2xx: generations started."""
    unanswered: int = 0
    """Of those, answered 5xx or not at all: generations that may have started."""
    findings: list[str] = attrs.field(factory=list)
    """Drift seen by the guard, for the next test to report (see `take_findings`)."""

    @classmethod
    def from_environment(cls) -> LiveBudget:
        """`APIMART_LIVE_BUDGET` (default 0: spend nothing)."""
        return cls(allowed=int(os.environ.get("APIMART_LIVE_BUDGET", "0") or 0))

    @property
    def remaining(self) -> int:
        """POSTs that may still be sent."""
        return max(self.allowed - self.sent, 0)

    @property
    def may_have_started(self) -> int:
        """Generations this run may have started (2xx, 5xx or no answer)."""
        return self.accepted + self.unanswered

    def require(self, needed: int, why: str) -> None:
        """Raise unless `needed` more POSTs may be sent (for a probe that needs several)."""
        if self.remaining < needed:
            raise BudgetExceededError(
                f"{why} needs APIMART_LIVE_BUDGET >= {self.sent + needed} "
                f"(it is {self.allowed}, {self.sent} used)"
            )

    def admit(self, method: str, headers: Any) -> bool:
        """Raise unless this request may be sent; True when it may bill a generation.

        Every authenticated POST counts, whatever its path: the generation endpoint is the
        API's only POST, and no spelling of its path can slip past this way.
        """
        if method.upper() != "POST" or not headers.get("authorization"):
            return False  # a GET is free; no key, no bill: negative auth cases stay free
        self.require(1, "a POST to the generation endpoint (the API may bill any body)")
        self.sent += 1
        return True

    def record(self, billable: bool, path: str, status: int | None, content: bytes | None) -> None:
        """Count what came of a POST that was sent (`status` None: no answer)."""
        if not billable:
            return
        if status is None or status >= 500:
            self.unanswered += 1
        elif 200 <= status < 300:
            self.accepted += 1
            if path.endswith(SUBMIT_PATH) and not spec_accepts_request(_json_or_none(content)):
                body = (content or b"")[:500].decode("utf-8", "replace")
                self.findings.append(
                    f"spec stricter than the API: a body the spec rejects got {status} "
                    f"(counted as spent): {body}"
                )

    def take_findings(self) -> list[str]:
        """The drift found since the last call."""
        found, self.findings = self.findings, []
        return found

    def summary(self) -> str:
        """The one line the run ends with."""
        return (
            f"live budget: this run may have started {self.may_have_started} billed "
            f"generation(s): {self.sent} authenticated POST(s) sent of APIMART_LIVE_BUDGET="
            f"{self.allowed}, {self.accepted} accepted, {self.unanswered} unanswered or 5xx"
        )


def _json_or_none(content: bytes | None) -> Any:
    try:
        return json.loads(content or b"null")
    except ValueError:
        return None


class GuardedTransport(httpx.BaseTransport):
    """An httpx transport that asks the budget before every send."""

    def __init__(self, budget: LiveBudget, inner: httpx.BaseTransport | None = None) -> None:
        self.budget = budget
        self.inner = inner or httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        content, path = request.read(), request.url.path
        billable = self.budget.admit(request.method, request.headers)
        try:
            response = self.inner.handle_request(request)
        except BaseException:
            self.budget.record(billable, path, None, content)
            raise
        self.budget.record(billable, path, response.status_code, content)
        return response


class GuardedAdapter(HTTPAdapter):
    """A requests adapter (schemathesis sends with requests) that asks the budget first."""

    def __init__(self, budget: LiveBudget) -> None:
        super().__init__()
        self.budget = budget

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> Any:
        body = request.body.encode() if isinstance(request.body, str) else request.body
        content = body if isinstance(body, bytes) else None
        path = urlsplit(request.url or "").path
        billable = self.budget.admit(request.method or "", request.headers)
        try:
            response = super().send(request, *args, **kwargs)
        except BaseException:
            self.budget.record(billable, path, None, content)
            raise
        self.budget.record(billable, path, response.status_code, content)
        return response


def guarded_session(budget: LiveBudget) -> requests.Session:
    """A requests session whose every HTTP(S) send goes through the guard."""
    session = requests.Session()
    adapter = GuardedAdapter(budget)
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    return session
