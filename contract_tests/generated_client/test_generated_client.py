"""The generated client alone, over respx: every operation, every documented status."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import respx

from apimart_video_client import AuthenticatedClient
from apimart_video_client.api.models import get_model_docs, get_model_schema, list_models
from apimart_video_client.api.tasks import get_task
from apimart_video_client.api.uploads import upload_image
from apimart_video_client.api.videos import create_video_generation
from apimart_video_client.models import (
    ErrorDetail,
    ErrorResponse,
    ImageUploadRequest,
    ModelDocumentation,
    ModelList,
    ModelSchema,
    TaskResponse,
    UploadedImage,
    VersionedGeneration,
    VersionedGenerationSubmitted,
    VideoGenerationSubmitted,
    Wan27Request,
)
from apimart_video_client.types import File
from contract_tests.spec.test_spec_examples import examples_of
from contract_tests.spec_document import load_spec, resolve

BASE = "https://api.apimart.ai"
BODY = {"model": "wan2.7", "prompt": "a fox", "duration": 8}
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16


@pytest.fixture
def client() -> AuthenticatedClient:
    return AuthenticatedClient(base_url=BASE, token="sk-generated-test")


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE) as router:
        yield router


def documented_statuses(path: str, method: str) -> list[Any]:
    """(status, example body) for every example of every documented error status."""
    out = []
    for status, response in load_spec()["paths"][path][method]["responses"].items():
        if status.startswith("2"):
            continue
        media = resolve(response)["content"]["application/json"]
        for name, example in examples_of(media):
            out.append(pytest.param(int(status), example, id=f"{status}-{name}"))
    return out


def documented_example(path: str, method: str, status: str) -> Any:
    """The first example of one documented answer."""
    media = resolve(load_spec()["paths"][path][method]["responses"][status])["content"]
    return next(examples_of(media["application/json"]))[1]


def test_submit_sends_body_key_and_bearer(
    client: AuthenticatedClient, api: respx.MockRouter
) -> None:
    route = api.post("/v1/videos/generations").mock(
        return_value=httpx.Response(200, json={"code": 200, "data": [{"task_id": "t1"}]})
    )
    response = create_video_generation.sync_detailed(
        client=client, body=Wan27Request.from_dict(BODY), idempotency_key="k1"
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
        client=client, body=Wan27Request.from_dict(BODY)
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
    assert isinstance(response.parsed.error, ErrorDetail)
    assert response.parsed.error.message == example["error"]["message"]


def test_submit_sends_the_response_version_and_reads_the_202_object(
    client: AuthenticatedClient, api: respx.MockRouter
) -> None:
    example = documented_example("/v1/videos/generations", "post", "202")
    route = api.post("/v1/videos/generations").mock(
        return_value=httpx.Response(202, json=example, headers={"idempotency-replayed": "true"})
    )
    response = create_video_generation.sync_detailed(
        client=client,
        body=Wan27Request.from_dict(BODY),
        idempotency_key="k1",
        x_api_mart_response_version="2026-07-27",
    )
    assert route.calls.last.request.headers["x-apimart-response-version"] == "2026-07-27"
    assert isinstance(response.parsed, VersionedGenerationSubmitted)
    assert response.parsed.data.id == example["data"]["id"]
    assert response.parsed.data.object_ == "generation.task"
    assert response.headers["idempotency-replayed"] == "true"


def test_submit_without_the_version_sends_no_version_header(
    client: AuthenticatedClient, api: respx.MockRouter
) -> None:
    route = api.post("/v1/videos/generations").mock(
        return_value=httpx.Response(200, json={"data": {"id": "t1", "object": "generation.task"}})
    )
    response = create_video_generation.sync_detailed(
        client=client, body=Wan27Request.from_dict(BODY)
    )
    assert "x-apimart-response-version" not in route.calls.last.request.headers
    assert isinstance(response.parsed, VideoGenerationSubmitted)
    assert isinstance(response.parsed.data, VersionedGeneration)


def test_list_models_reads_the_ids(client: AuthenticatedClient, api: respx.MockRouter) -> None:
    example = documented_example("/v1/models", "get", "200")
    api.get("/v1/models").mock(return_value=httpx.Response(200, json=example))
    parsed = list_models.sync(client=client)
    assert isinstance(parsed, ModelList)
    assert [model.id for model in parsed.data] == [model["id"] for model in example["data"]]


def test_model_docs_sends_the_model_and_reads_the_markdown(
    client: AuthenticatedClient, api: respx.MockRouter
) -> None:
    example = documented_example("/v1/model-docs", "get", "200")
    route = api.get("/v1/model-docs").mock(return_value=httpx.Response(200, json=example))
    parsed = get_model_docs.sync(client=client, model="wan2.7")
    assert route.calls.last.request.url.params["model"] == "wan2.7"
    assert isinstance(parsed, ModelDocumentation)
    assert (parsed.markdown, parsed.stale) == (example["markdown"], example["stale"])


def test_model_schema_sends_model_and_operation(
    client: AuthenticatedClient, api: respx.MockRouter
) -> None:
    example = documented_example("/v1/model-schema", "get", "200")
    route = api.get("/v1/model-schema").mock(return_value=httpx.Response(200, json=example))
    parsed = get_model_schema.sync(client=client, model="wan2.7", operation="video_generation")
    params = route.calls.last.request.url.params
    assert (params["model"], params["operation"]) == ("wan2.7", "video_generation")
    assert isinstance(parsed, ModelSchema)
    assert parsed.input_schema.to_dict() == example["input_schema"]


def test_upload_sends_one_file_field_and_reads_the_stored_image(
    client: AuthenticatedClient, api: respx.MockRouter
) -> None:
    example = documented_example("/v1/uploads/images", "post", "200")
    route = api.post("/v1/uploads/images").mock(return_value=httpx.Response(200, json=example))
    image = File(payload=io.BytesIO(PNG), file_name="frame.png", mime_type="image/png")
    parsed = upload_image.sync(client=client, body=ImageUploadRequest(file=image))
    request = route.calls.last.request
    request.read()
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="file"; filename="frame.png"' in request.content
    assert PNG in request.content
    assert isinstance(parsed, UploadedImage)
    assert parsed.url == example["url"]


@pytest.mark.parametrize(("status", "example"), documented_statuses("/v1/uploads/images", "post"))
def test_upload_parses_every_documented_error_status(
    client: AuthenticatedClient, api: respx.MockRouter, status: int, example: dict[str, Any]
) -> None:
    api.post("/v1/uploads/images").mock(return_value=httpx.Response(status, json=example))
    image = File(payload=io.BytesIO(PNG), file_name="frame.png")
    response = upload_image.sync_detailed(client=client, body=ImageUploadRequest(file=image))
    assert isinstance(response.parsed, ErrorResponse)
    assert response.parsed.to_dict() == example


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
