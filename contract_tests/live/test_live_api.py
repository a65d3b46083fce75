"""The same contract, against the live API (`make contract-live`); costs nothing by default.

Findings the spec does not cover (new statuses, new fields, a looser or stricter API) are
recorded as `drift` properties with the raw JSON in the JUnit report rather than failing,
unless they break the contract outright (schemathesis' run is in
`test_live_schemathesis.py`). Every authenticated POST goes through the cost
guard (`guard.py`): a probe the budget cannot pay for is skipped, naming the budget it needs.
The probes that need budget run first, in this order: audio with one image (1), the
idempotency probe (2), then each body the spec rejects (1 each: the API may bill it).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from contract_tests.live.conftest import LIVE_MARKS, LIVE_URL
from contract_tests.live.drift import (
    Record,
    error_drift,
    follow_submitted_task,
    json_or_none,
    report_guard_findings,
    submitted_task_id,
)
from contract_tests.live.guard import BudgetExceededError, GuardedTransport, LiveBudget
from contract_tests.spec_document import spec_accepts_request

pytestmark = LIVE_MARKS

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
    first_id, second_id = submitted_task_id(_json(first)), submitted_task_id(_json(second))
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


def _json(response: httpx.Response) -> Any:
    return json_or_none(response.content)
