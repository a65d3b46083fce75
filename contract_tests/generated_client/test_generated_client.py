"""The generated client alone, over respx: every operation, every documented status."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import respx

from apimart_video_client import AuthenticatedClient
from apimart_video_client.api.tasks import get_task
from apimart_video_client.api.videos import create_video_generation
from apimart_video_client.models import (
    ErrorResponse,
    TaskResponse,
    VideoGenerationRequest,
    VideoGenerationSubmitted,
)
from contract_tests.spec_document import load_spec, resolve

BASE = "https://api.apimart.ai"
BODY = {"model": "wan2.7", "prompt": "a fox", "duration": 8}


@pytest.fixture
def client() -> AuthenticatedClient:
    return AuthenticatedClient(base_url=BASE, token="sk-generated-test")


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE) as router:
        yield router


def documented_statuses(path: str, method: str) -> list[tuple[int, dict[str, Any]]]:
    """(status, first example body) for every documented error status."""
    out = []
    for status, response in load_spec()["paths"][path][method]["responses"].items():
        if status == "200":
            continue
        media = resolve(response)["content"]["application/json"]
        out.append((int(status), media["example"]))
    return out


def test_submit_sends_body_key_and_bearer(
    client: AuthenticatedClient, api: respx.MockRouter
) -> None:
    route = api.post("/v1/videos/generations").mock(
        return_value=httpx.Response(200, json={"code": 200, "data": [{"task_id": "t1"}]})
    )
    response = create_video_generation.sync_detailed(
        client=client, body=VideoGenerationRequest.from_dict(BODY), idempotency_key="k1"
    )
    assert isinstance(response.parsed, VideoGenerationSubmitted)
    request = route.calls.last.request
    assert json.loads(request.content) == BODY
    assert request.headers["idempotency-key"] == "k1"
    assert request.headers["authorization"] == "Bearer sk-generated-test"


@pytest.mark.parametrize(
    ("status", "example"), documented_statuses("/v1/videos/generations", "post")
)
def test_submit_parses_every_documented_error_status(
    client: AuthenticatedClient, api: respx.MockRouter, status: int, example: dict[str, Any]
) -> None:
    api.post("/v1/videos/generations").mock(return_value=httpx.Response(status, json=example))
    response = create_video_generation.sync_detailed(
        client=client, body=VideoGenerationRequest.from_dict(BODY)
    )
    assert response.status_code == status
    assert isinstance(response.parsed, ErrorResponse)
    assert response.parsed.to_dict() == example


@pytest.mark.parametrize(("status", "example"), documented_statuses("/v1/tasks/{task_id}", "get"))
async def test_status_parses_every_documented_error_status(
    client: AuthenticatedClient, api: respx.MockRouter, status: int, example: dict[str, Any]
) -> None:
    api.get("/v1/tasks/t1").mock(return_value=httpx.Response(status, json=example))
    response = await get_task.asyncio_detailed("t1", client=client)
    assert isinstance(response.parsed, ErrorResponse)
    assert response.parsed.error.message == example["error"]["message"]


@pytest.mark.parametrize(
    "data",
    [
        {"id": "t1", "status": "completed", "result": {"videos": [{"url": "https://c/v.mp4"}]}},
        {"id": "t1", "status": "completed", "result": {"videos": [{"url": ["https://c/v.mp4"]}]}},
        {"id": "t1", "status": "queued_for_gpu", "credits_cost": 3},
    ],
    ids=["url-string", "url-list", "undocumented-status-and-field"],
)
def test_status_parses_lenient_shapes(
    client: AuthenticatedClient, api: respx.MockRouter, data: dict[str, Any]
) -> None:
    route = api.get("/v1/tasks/t1").mock(
        return_value=httpx.Response(200, json={"code": 200, "data": data})
    )
    parsed = get_task.sync("t1", client=client, language="ja")
    assert isinstance(parsed, TaskResponse)
    assert parsed.to_dict()["data"] == data
    assert route.calls.last.request.url.params["language"] == "ja"


def test_undocumented_status_code_is_unexpected(
    client: AuthenticatedClient, api: respx.MockRouter
) -> None:
    api.get("/v1/tasks/t1").mock(return_value=httpx.Response(418, text="teapot"))
    assert get_task.sync_detailed("t1", client=client).parsed is None
