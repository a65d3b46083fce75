"""The same contract, against the live API (`make contract-live`); costs nothing by default.

Findings the spec does not cover (new statuses, new fields, a looser or stricter API) are
recorded as `drift` properties with the raw JSON in the JUnit report rather than failing,
unless they break the contract outright. Every authenticated POST goes through the cost
guard (`guard.py`): a probe the budget cannot pay for is skipped, naming the budget it needs.
The probes that need budget run first, in this order: audio with one image (1), the
idempotency probe (2), then each body the spec rejects (1 each: the API may bill it).
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import negative_data_rejection

from contract_tests.live.conftest import LIVE_URL, SKIP_REASON
from contract_tests.live.drift import error_drift, task_drift
from contract_tests.live.guard import (
    BudgetExceededError,
    GuardedTransport,
    LiveBudget,
    guarded_session,
)
from contract_tests.schemathesis_auth import use_bearer_key
from contract_tests.spec_document import component_validator, spec_accepts_request

pytestmark = [
    pytest.mark.live,
    pytest.mark.skipif(not os.environ.get("APIMART_API_KEY"), reason=SKIP_REASON),
]
SPEC = Path(__file__).resolve().parents[2] / "openapi.yaml"
Record = Callable[[str, object], None]

SPEC_REJECTED_BODIES = {
    "duration_above_15": {"model": "wan2.7", "prompt": "a fox", "duration": 16},
    "no_prompt_no_input": {"model": "wan2.7"},
    "audio_with_last_frame": {
        "model": "wan2.7",
        "image_urls": ["https://cdn.example.com/a.jpg", "https://cdn.example.com/b.jpg"],
        "audio_url": "https://cdn.example.com/beat.mp3",
    },
    "audio_with_video": {
        "model": "wan2.7",
        "video_urls": ["https://cdn.example.com/clip.mp4"],
        "audio_url": "https://cdn.example.com/beat.mp3",
    },
    "unknown_field": {"model": "wan2.7", "prompt": "a fox", "fps": 24},
}


@pytest.fixture
def api(live_key: str, budget: LiveBudget) -> Iterator[httpx.Client]:
    transport = GuardedTransport(budget)
    with httpx.Client(
        base_url=LIVE_URL,
        transport=transport,
        timeout=60,
        headers={"Authorization": f"Bearer {live_key}"},
    ) as client:
        yield client


def test_wrong_key_is_401_with_the_documented_error_body(
    live_key: str, record_property: Record
) -> None:
    response = httpx.get(
        f"{LIVE_URL}/v1/tasks/task_probe",
        headers={"Authorization": "Bearer sk-wrong-key-probe"},
        timeout=60,
    )
    assert response.status_code == 401
    for finding in error_drift(_json(response)):
        record_property("drift", f"401: {finding}: {response.text[:500]}")


def test_unknown_task_is_404_or_400(api: httpx.Client, record_property: Record) -> None:
    response = api.get(f"/v1/tasks/task_{uuid.uuid4().hex}")
    assert response.status_code in (400, 404), response.text
    record_property("unknown_task_status", response.status_code)
    for finding in error_drift(_json(response)):
        record_property("drift", f"{response.status_code}: {finding}: {response.text[:500]}")


def test_open_question_audio_with_one_image_is_accepted(
    api: httpx.Client, record_property: Record
) -> None:
    """Billable: needs APIMART_LIVE_BUDGET >= 1."""
    body = {
        "model": "wan2.7",
        "prompt": "moves to the beat",
        "duration": 2,
        "resolution": "720P",
        "image_urls": ["https://cdn.example.com/dancer.jpg"],
        "audio_url": "https://cdn.example.com/beat.mp3",
    }
    try:
        response = api.post(
            "/v1/videos/generations", json=body, headers={"Idempotency-Key": str(uuid.uuid4())}
        )
    except BudgetExceededError as refused:
        pytest.skip(f"not sent: {refused}")
    record_property("audio_with_one_image", f"{response.status_code}: {response.text[:500]}")
    assert response.status_code == 200, "the API refuses audio with one first frame"
    follow_submitted_task(_json(response), api.get, record_property)


def test_idempotency_key_is_honoured_or_not(
    api: httpx.Client, budget: LiveBudget, record_property: Record
) -> None:
    """Billable: needs two units of APIMART_LIVE_BUDGET. One body, sent twice with one key:
    the same task twice means the API honours the key (a resubmit is safe), two tasks mean
    it does not. Recorded as `idempotency_honoured=true|false`."""
    try:
        budget.require(2, "the idempotency probe (one body sent twice with one key)")
    except BudgetExceededError as refused:
        pytest.skip(f"not sent: {refused}")
    body = {"model": "wan2.7", "prompt": "a paper boat on a pond", "duration": 2}
    body["resolution"] = "720P"
    key = {"Idempotency-Key": str(uuid.uuid4())}
    first = api.post("/v1/videos/generations", json=body, headers=key)
    second = api.post("/v1/videos/generations", json=body, headers=key)
    answers = f"{first.status_code}: {first.text[:300]} | {second.status_code}: {second.text[:300]}"
    record_property("idempotency_answers", answers)
    assert first.is_success, f"the API refused a body the spec accepts: {answers}"
    assert second.is_success, f"the API refused the same body and key again: {answers}"
    first_id, second_id = _submitted_task_id(_json(first)), _submitted_task_id(_json(second))
    assert first_id, f"the API accepted the submit but named no task: {answers}"
    assert second_id, f"the API accepted the submit but named no task: {answers}"
    record_property("idempotency_honoured", "true" if first_id == second_id else "false")


@pytest.mark.parametrize("name", sorted(SPEC_REJECTED_BODIES))
def test_a_body_the_spec_rejects_is_rejected_by_the_api(
    api: httpx.Client, budget: LiveBudget, name: str, record_property: Record
) -> None:
    """Possibly billed (the API may accept it): needs one unit of APIMART_LIVE_BUDGET."""
    body = SPEC_REJECTED_BODIES[name]
    assert not spec_accepts_request(body)
    try:
        response = api.post("/v1/videos/generations", json=body)
    except BudgetExceededError as refused:
        pytest.skip(f"not sent: {refused}")
    report_guard_findings(budget, record_property)
    if response.is_success:  # drift, already reported: the API is looser than the spec
        follow_submitted_task(_json(response), api.get, record_property)
        return
    assert 400 <= response.status_code < 600


def follow_submitted_task(
    submitted: Any, get: Callable[[str], Any], record_property: Record
) -> None:
    """A generation the API accepted is looked at once (a free GET): the task must match the
    spec's `TaskResponse`, and whatever it has beyond the spec is reported as drift."""
    task_id = _submitted_task_id(submitted)
    assert task_id, f"the API accepted the submit but named no task: {submitted}"
    record_property("live_task_id", task_id)
    response = get(f"/v1/tasks/{task_id}")
    document = _json_or_none(response.content)
    record_task_drift(document, record_property)
    assert response.status_code == 200, response.text
    errors = sorted(e.message for e in component_validator("TaskResponse").iter_errors(document))
    assert not errors, f"task {task_id} does not match the spec: {errors}: {response.text[:1000]}"


def report_guard_findings(budget: LiveBudget, record_property: Record) -> None:
    """What the cost guard saw (a 2xx to a body the spec rejects), as drift properties."""
    for finding in budget.take_findings():
        record_property("drift", finding)


def record_task_drift(document: Any, record_property: Record) -> None:
    """Report, with the raw JSON, what a task body has that the spec does not document."""
    if isinstance(document, dict) and isinstance(document.get("data"), dict):
        for finding in task_drift(document["data"]):
            record_property("drift", f"{finding}: {json.dumps(document)[:1000]}")


def _submitted_task_id(document: Any) -> str | None:
    data = document.get("data") if isinstance(document, dict) else None
    first = data[0] if isinstance(data, list) and data else data
    task_id = first.get("task_id") if isinstance(first, dict) else None
    return task_id if isinstance(task_id, str) else None


def check_live_case(
    case: schemathesis.Case[Any], budget: LiveBudget, record_property: Record
) -> None:
    """Send one schemathesis case through the guard, report drift, validate the answer."""
    session = guarded_session(budget)
    try:
        response = case.call(base_url=LIVE_URL, session=session)
    except BudgetExceededError:
        return  # a possibly billed POST beyond the budget is never sent
    looser = budget.findings != []
    report_guard_findings(budget, record_property)
    document = _json_or_none(response.content)
    record_task_drift(document, record_property)
    # A 2xx to a body the spec rejects is drift (reported above), not a failure.
    case.validate_response(response, excluded_checks=[negative_data_rejection] if looser else [])
    if case.method.upper() == "POST" and 200 <= response.status_code < 300:
        auth = {"Authorization": f"Bearer {os.environ['APIMART_API_KEY']}"}
        follow_submitted_task(
            document,
            lambda path: session.get(f"{LIVE_URL}{path}", headers=auth, timeout=60),
            record_property,
        )


if os.environ.get("APIMART_API_KEY"):
    schema = schemathesis.openapi.from_path(SPEC)
    use_bearer_key(schema, lambda: os.environ["APIMART_API_KEY"])

    @schema.parametrize()
    @settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
    def test_live_api_conforms_to_the_spec(
        case: schemathesis.Case[Any], budget: LiveBudget, record_property: Record
    ) -> None:
        check_live_case(case, budget, record_property)

else:

    def test_live_api_conforms_to_the_spec() -> None:
        """Generating cases costs time; without a key there is nothing to send them to."""
        pytest.skip(SKIP_REASON)


def _json(response: httpx.Response) -> Any:
    return _json_or_none(response.content)


def _json_or_none(content: bytes) -> Any:
    try:
        return json.loads(content)
    except ValueError:
        return None
