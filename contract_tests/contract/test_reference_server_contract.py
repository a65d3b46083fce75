"""schemathesis against the reference server, in process: the spec and the server agree.

Settings (phases, positive and negative modes, checks, volumes) live in `schemathesis.toml`
at the repository root, shared with `make contract-server`.
"""

from __future__ import annotations

import collections
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from schemathesis.core.failures import FailureGroup

from apimart_video.testing import create_app
from contract_tests.schemathesis_auth import use_bearer_key

# Slow whole: schemathesis builds its coverage cases while the module is collected.
pytestmark = pytest.mark.slow
SPEC = Path(__file__).resolve().parents[2] / "openapi.yaml"
KEY = "contract-key"
AUTH = {"Authorization": f"Bearer {KEY}"}
MIN_CASES = {
    "POST /v1/videos/generations": 150,
    "GET /v1/tasks/{task_id}": 40,
    "GET /v1/models": 5,
    "GET /v1/model-docs": 20,
    "GET /v1/model-schema": 20,
    "POST /v1/uploads/images": 20,
}
EXPECTED_STATUSES = {
    "POST /v1/videos/generations": {200, 202, 400, 401},
    "GET /v1/tasks/{task_id}": {401, 404},
    "GET /v1/models": {200, 401},
    "GET /v1/model-docs": {200, 401, 404},
    "GET /v1/model-schema": {200, 401, 404},
    "POST /v1/uploads/images": {200, 400, 401},
}

# An image upload is an image by its bytes: each type the spec's multipart encoding names
# gets bytes that start with that type's signature, so positive uploads are stored.
IMAGE_SIGNATURES = {
    "image/jpeg": b"\xff\xd8\xff",
    "image/png": b"\x89PNG\r\n\x1a\n",
    "image/gif": b"GIF89a",
    "image/webp": b"RIFF\x00\x00\x00\x00WEBP",
}


def image_bytes(signature: bytes) -> st.SearchStrategy[bytes]:
    return st.binary(max_size=256).map(lambda tail: signature + tail)


for media_type, signature in IMAGE_SIGNATURES.items():
    schemathesis.openapi.media_type(media_type, image_bytes(signature))

app = create_app(api_key=KEY, clock_speed=2000.0)
schema = schemathesis.openapi.from_path(SPEC)
schema.app = app


use_bearer_key(schema, lambda: KEY)


@pytest.fixture
def statuses(request: pytest.FixtureRequest) -> Iterator[collections.Counter[int]]:
    """The statuses of one operation's cases; proves the volume and variety were real.

    Checked at teardown, once hypothesis has run every case of this operation (schemathesis
    makes one test item per operation): the check belongs to the run it measures, so it
    holds in any test order and with any selection.
    """
    label: str = request.node.operation_label
    failed_before = request.session.testsfailed
    seen: collections.Counter[int] = collections.Counter()
    yield seen
    if request.session.testsfailed > failed_before:
        return  # the run itself failed: its own report says why
    cases = sum(seen.values())
    summary = f"{label}: {cases} cases, statuses {dict(seen)}"
    assert cases >= MIN_CASES[label], summary
    missing = EXPECTED_STATUSES[label] - set(seen)
    assert not missing, f"no case got {sorted(missing)}; {summary}"


@schema.parametrize()
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_reference_server_conforms_to_the_spec(
    case: schemathesis.Case[Any], statuses: collections.Counter[int]
) -> None:
    statuses[case.call_and_validate().status_code] += 1


class ReferenceServerStateMachine(schema.as_state_machine()):  # type: ignore[misc]
    """Submit, then follow the link to the task: sequences across both operations."""


TestReferenceServerStateful = ReferenceServerStateMachine.TestCase
TestReferenceServerStateful.settings = settings(
    max_examples=40,
    stateful_step_count=6,
    derandomize=True,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)


async def submit_a_task(target: Any) -> str:
    transport = httpx.ASGITransport(app=target)
    async with httpx.AsyncClient(transport=transport, base_url="http://ref") as client:
        response = await client.post(
            "/v1/videos/generations", json={"model": "wan2.7", "prompt": "drift"}, headers=AUTH
        )
    task_id: str = response.json()["data"][0]["task_id"]
    return task_id


async def test_drift_mode_with_a_wrong_typed_field_makes_schemathesis_fail() -> None:
    drifting = create_app(api_key=KEY, clock_speed=2000.0, drift="type")
    drift_schema = schemathesis.openapi.from_path(SPEC)
    drift_schema.app = drifting
    task_id = await submit_a_task(drifting)
    case = drift_schema["/v1/tasks/{task_id}"]["GET"].Case(path_parameters={"task_id": task_id})
    with pytest.raises(FailureGroup) as raised:
        case.call_and_validate(headers=AUTH)
    assert "progress" in str(raised.value)


async def test_the_same_case_passes_without_drift() -> None:
    task_id = await submit_a_task(app)
    case = schema["/v1/tasks/{task_id}"]["GET"].Case(path_parameters={"task_id": task_id})
    case.call_and_validate(headers=AUTH)
