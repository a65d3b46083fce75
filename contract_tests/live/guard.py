"""The live suite's cost guard: no billable generation starts unless the budget allows it.

Every POST to the generation endpoint passes `LiveBudget.admit` before it is sent: a body
the spec accepts is a billable generation and needs budget (`APIMART_LIVE_BUDGET=N`, 0 by
default); a body the spec rejects is a free probe (the API must refuse it too). Accepted
POSTs are counted. The guard sits in the transports themselves (an httpx transport for our
probes, a requests adapter for schemathesis), so no code path can go around it.
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
    """A billable generation was refused before it was sent."""


@attrs.define
class LiveBudget:
    """How many billable generations this run may start, and what it has spent."""

    allowed: int = 0
    admitted: int = 0
    accepted_by_api: int = 0
    free_probes: int = 0

    @classmethod
    def from_environment(cls) -> LiveBudget:
        """`APIMART_LIVE_BUDGET` (default 0: spend nothing)."""
        return cls(allowed=int(os.environ.get("APIMART_LIVE_BUDGET", "0") or 0))

    def admit(self, method: str, path: str, content: bytes | None) -> bool:
        """Raise unless this request may be sent; True when it is billable."""
        if method.upper() != "POST" or not path.endswith(SUBMIT_PATH):
            return False
        try:
            body: Any = json.loads(content or b"null")
        except ValueError:
            body = None
        if not spec_accepts_request(body):
            self.free_probes += 1
            return False
        if self.admitted >= self.allowed:
            raise BudgetExceededError(
                f"refused a billable generation: {self.admitted} of APIMART_LIVE_BUDGET="
                f"{self.allowed} already used"
            )
        self.admitted += 1
        return True

    def record(self, billable: bool, status: int) -> None:
        """Count a POST the API accepted."""
        if status == 200 and billable:
            self.accepted_by_api += 1


class GuardedTransport(httpx.BaseTransport):
    """An httpx transport that asks the budget before every send."""

    def __init__(self, budget: LiveBudget, inner: httpx.BaseTransport | None = None) -> None:
        self.budget = budget
        self.inner = inner or httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        billable = self.budget.admit(request.method, request.url.path, request.read())
        response = self.inner.handle_request(request)
        self.budget.record(billable, response.status_code)
        return response


class GuardedAdapter(HTTPAdapter):
    """A requests adapter (schemathesis sends with requests) that asks the budget first."""

    def __init__(self, budget: LiveBudget) -> None:
        super().__init__()
        self.budget = budget

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> Any:
        body = request.body.encode() if isinstance(request.body, str) else request.body
        path = urlsplit(request.url or "").path
        billable = self.budget.admit(request.method or "", path, body)
        response = super().send(request, *args, **kwargs)
        self.budget.record(billable, response.status_code)
        return response


def guarded_session(budget: LiveBudget) -> requests.Session:
    """A requests session whose every HTTP(S) send goes through the guard."""
    session = requests.Session()
    adapter = GuardedAdapter(budget)
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    return session
