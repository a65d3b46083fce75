"""The live cost guard and the drift detector, offline (these always run)."""

from __future__ import annotations

import json

import httpx
import pytest

from contract_tests.live.drift import error_drift, task_drift
from contract_tests.live.guard import BudgetExceededError, GuardedTransport, LiveBudget

VALID = {"model": "wan2.7", "prompt": "a fox"}
INVALID = {"model": "wan2.7", "prompt": "a fox", "duration": 99}


def client(budget: LiveBudget, sent: list[httpx.Request]) -> httpx.Client:
    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"code": 200, "data": [{"task_id": "t"}]})

    inner = httpx.MockTransport(answer)
    return httpx.Client(transport=GuardedTransport(budget, inner), base_url="https://api")


def test_billable_post_is_refused_without_budget_and_never_sent() -> None:
    budget, sent = LiveBudget(allowed=0), list[httpx.Request]()
    with pytest.raises(BudgetExceededError, match="APIMART_LIVE_BUDGET=0"):
        client(budget, sent).post("/v1/videos/generations", json=VALID)
    assert sent == []
    assert budget.admitted == 0


def test_budget_allows_exactly_n_and_counts_what_the_api_accepted() -> None:
    budget, sent = LiveBudget(allowed=2), list[httpx.Request]()
    http = client(budget, sent)
    http.post("/v1/videos/generations", json=VALID)
    http.post("/v1/videos/generations", json=VALID)
    with pytest.raises(BudgetExceededError):
        http.post("/v1/videos/generations", json=VALID)
    assert (len(sent), budget.admitted, budget.accepted_by_api) == (2, 2, 2)


def test_spec_rejected_bodies_and_gets_are_free() -> None:
    budget, sent = LiveBudget(allowed=0), list[httpx.Request]()
    http = client(budget, sent)
    http.post("/v1/videos/generations", json=INVALID)
    http.post("/v1/videos/generations", content=b"not json")
    http.get("/v1/tasks/task_x")
    assert len(sent) == 3
    assert budget.free_probes == 2


def test_default_budget_from_the_environment_is_zero(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("APIMART_LIVE_BUDGET", raising=False)
    assert LiveBudget.from_environment().allowed == 0
    monkeypatch.setenv("APIMART_LIVE_BUDGET", "3")
    assert LiveBudget.from_environment().allowed == 3


def test_drift_detector_reports_undocumented_status_fields_and_url_shape() -> None:
    task = {
        "id": "t",
        "status": "queued_for_gpu",
        "cost": 1,
        "result": {"videos": [{"url": "https://c/v.mp4", "width": 1280}]},
    }
    findings = task_drift(task)
    assert "undocumented status 'queued_for_gpu'" in findings
    assert "undocumented task fields ['cost']" in findings
    assert "undocumented video fields ['width']" in findings
    assert task_drift({"id": "t", "status": "pending", "progress": 0}) == []
    assert error_drift(json.loads('{"error": {"message": "m", "code": 1}}')) == []
    assert error_drift("<html>") != []
