"""The live cost guard and the drift detector, offline (these always run)."""

from __future__ import annotations

import json

import httpx
import pytest

from apimart_video.testing import run_server
from contract_tests.live.drift import error_drift, task_drift
from contract_tests.live.guard import (
    BudgetExceededError,
    GuardedTransport,
    LiveBudget,
    guarded_session,
)

VALID = {"model": "wan2.7", "prompt": "a fox"}
INVALID = {"model": "wan2.7", "prompt": "a fox", "duration": 99}
AUTH = {"Authorization": "Bearer sk-live"}


def client(
    budget: LiveBudget, sent: list[httpx.Request], status: int = 200, auth: bool = True
) -> httpx.Client:
    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(status, json={"code": 200, "data": [{"task_id": "t"}]})

    inner = httpx.MockTransport(answer)
    headers = AUTH if auth else {}
    return httpx.Client(
        transport=GuardedTransport(budget, inner), base_url="https://api", headers=headers
    )


@pytest.mark.parametrize("body", [VALID, INVALID], ids=["spec-accepted", "spec-rejected"])
def test_without_budget_no_authenticated_post_is_sent_whatever_its_body(
    body: dict[str, object],
) -> None:
    budget, sent = LiveBudget(allowed=0), list[httpx.Request]()
    with pytest.raises(BudgetExceededError, match=r"needs APIMART_LIVE_BUDGET >= 1 \(it is 0"):
        client(budget, sent).post("/v1/videos/generations", json=body)
    with pytest.raises(BudgetExceededError):
        client(budget, sent).post("/v1/videos/generations", content=b"not json")
    assert sent == []
    assert (budget.sent, budget.may_have_started) == (0, 0)


def test_budget_allows_exactly_n_posts_and_counts_what_the_api_accepted() -> None:
    budget, sent = LiveBudget(allowed=2), list[httpx.Request]()
    http = client(budget, sent)
    http.post("/v1/videos/generations", json=VALID)
    http.post("/v1/videos/generations", json=INVALID)
    with pytest.raises(BudgetExceededError, match=r">= 3 \(it is 2, 2 used\)"):
        http.post("/v1/videos/generations", json=VALID)
    assert (len(sent), budget.sent, budget.accepted, budget.remaining) == (2, 2, 2, 0)


def test_a_2xx_to_a_body_the_spec_rejects_is_spent_and_reported_as_drift() -> None:
    budget, sent = LiveBudget(allowed=3), list[httpx.Request]()
    http = client(budget, sent, status=201)
    http.post("/v1/videos/generations", json=VALID)
    assert budget.take_findings() == []
    http.post("/v1/videos/generations", json=INVALID)
    (finding,) = budget.take_findings()
    assert finding.startswith("spec stricter than the API: a body the spec rejects got 201")
    assert '"duration":99' in finding
    assert budget.take_findings() == []
    assert budget.may_have_started == 2


def test_a_refused_post_is_not_spent_but_5xx_and_lost_answers_may_have_started() -> None:
    for status, started in ((400, 0), (502, 1)):
        budget = LiveBudget(allowed=1)
        client(budget, [], status=status).post("/v1/videos/generations", json=VALID)
        assert (budget.sent, budget.may_have_started) == (1, started)

    def lost(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("no answer", request=request)

    budget = LiveBudget(allowed=1)
    transport = GuardedTransport(budget, httpx.MockTransport(lost))
    with pytest.raises(httpx.ReadTimeout), httpx.Client(transport=transport) as http:
        http.post("https://api/v1/videos/generations", json=VALID, headers=AUTH)
    assert (budget.sent, budget.unanswered, budget.may_have_started) == (1, 1, 1)
    assert "may have started 1 billed generation(s)" in budget.summary()


def test_unauthenticated_posts_and_gets_are_free() -> None:
    budget, sent = LiveBudget(allowed=0), list[httpx.Request]()
    client(budget, sent, auth=False).post("/v1/videos/generations", json=VALID)
    client(budget, sent).get("/v1/tasks/task_x")
    assert len(sent) == 2
    assert (budget.sent, budget.may_have_started) == (0, 0)


def test_the_schemathesis_session_is_guarded_against_a_loose_server() -> None:
    with run_server(accept_invalid=True) as server:
        budget = LiveBudget(allowed=1)
        session = guarded_session(budget)
        auth = {"Authorization": f"Bearer {server.api_key}"}
        url = f"{server.base_url}/v1/videos/generations"
        assert session.post(url, json=INVALID, headers=auth).status_code == 200
        with pytest.raises(BudgetExceededError):
            session.post(url, json=VALID, headers=auth)
        assert session.post(url, json=VALID).status_code == 401  # no key: free
        started = server.app.generations_started
    assert started == 1
    assert (budget.sent, budget.accepted) == (1, 1)
    assert len(budget.take_findings()) == 1


def test_default_budget_from_the_environment_is_zero(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("APIMART_LIVE_BUDGET", raising=False)
    assert LiveBudget.from_environment().allowed == 0
    monkeypatch.setenv("APIMART_LIVE_BUDGET", "3")
    assert LiveBudget.from_environment().allowed == 3


def test_drift_detector_reports_undocumented_status_fields_and_url_shape() -> None:
    task = {
        "id": "t",
        "status": "queued_for_gpu",
        "gpu_seconds": 1,
        "result": {"videos": [{"url": "https://c/v.mp4", "width": 1280}]},
    }
    findings = task_drift(task)
    assert "undocumented status 'queued_for_gpu'" in findings
    assert "undocumented task fields ['gpu_seconds']" in findings
    assert "undocumented video fields ['width']" in findings
    assert task_drift({"id": "t", "status": "pending", "progress": 0}) == []
    assert error_drift(json.loads('{"error": {"message": "m", "code": 1}}')) == []
    assert error_drift("<html>") != []
