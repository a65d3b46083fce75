"""Documented responses round-trip through the generated models; lenient shapes parse."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Protocol, Self

import pytest

from apimart_video_client import models as generated
from apimart_video_client.models import (
    ErrorDetail,
    ErrorResponse,
    ModelDocumentation,
    ModelList,
    ModelSchema,
    SubmittedTask,
    TaskError,
    TaskResponse,
    TaskResult,
    TaskVideo,
    UploadedImage,
    VersionedGeneration,
    VersionedGenerationSubmitted,
    VideoGenerationSubmitted,
)
from apimart_video_client.models.task_status import TASK_STATUS_VALUES
from apimart_video_client.types import UNSET
from contract_tests.spec.test_spec_examples import examples_of
from contract_tests.spec_document import load_spec, resolve


def request_model(body: dict[str, Any]) -> type[Model]:
    """The generated class of a request body's family: the discriminator's choice."""
    request = load_spec()["components"]["schemas"]["VideoGenerationRequest"]
    name = request["discriminator"]["mapping"][body["model"]].rsplit("/", 1)[-1]
    found: type[Model] = getattr(generated, name)
    return found


def family_examples() -> Iterator[Any]:
    for branch in load_spec()["components"]["schemas"]["VideoGenerationRequest"]["oneOf"]:
        schema = resolve(branch)
        for index, body in enumerate(schema.get("examples", [])):
            yield pytest.param(body, id=f"{schema['x-apimart-family']} example {index}")


class Model(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Any) -> Self: ...

    def to_dict(self) -> dict[str, Any]: ...


MODELS: dict[str, type[Model]] = {
    "#/components/schemas/VideoGenerationSubmitted": VideoGenerationSubmitted,
    "#/components/schemas/TaskResponse": TaskResponse,
    "#/components/schemas/ErrorResponse": ErrorResponse,
    "#/components/schemas/VersionedGenerationSubmitted": VersionedGenerationSubmitted,
    "#/components/schemas/ModelList": ModelList,
    "#/components/schemas/ModelDocumentation": ModelDocumentation,
    "#/components/schemas/ModelSchema": ModelSchema,
    "#/components/schemas/UploadedImage": UploadedImage,
}


def documented_bodies() -> Iterator[Any]:
    for path, item in load_spec()["paths"].items():
        for method, op in item.items():
            for media in op.get("requestBody", {}).get("content", {}).values():
                for name, value in examples_of(media):
                    model = MODELS.get(media["schema"]["$ref"]) or request_model(value)
                    yield pytest.param(model, value, id=f"request {name}")
            for status, response in op["responses"].items():
                for media in resolve(response)["content"].values():
                    model = MODELS[media["schema"]["$ref"]]
                    for name, value in examples_of(media):
                        yield pytest.param(model, value, id=f"{method} {path} {status} {name}")


@pytest.mark.parametrize(("model", "document"), list(documented_bodies()))
def test_documented_example_round_trips_through_the_generated_model(
    model: type[Model], document: dict[str, Any]
) -> None:
    assert model.from_dict(document).to_dict() == document


def task(**fields: Any) -> dict[str, Any]:
    return {"code": 200, "data": {"id": "task_1", "status": "completed", **fields}}


def first_video(parsed: TaskResponse) -> TaskVideo:
    assert isinstance(parsed.data.result, TaskResult)
    assert isinstance(parsed.data.result.videos, list)
    return parsed.data.result.videos[0]


def test_video_url_as_a_string_parses() -> None:
    parsed = TaskResponse.from_dict(
        task(result={"videos": [{"url": "https://cdn/x.mp4", "expires_at": 1}]})
    )
    assert first_video(parsed).url == "https://cdn/x.mp4"


def test_video_url_as_a_list_parses() -> None:
    parsed = TaskResponse.from_dict(task(result={"videos": [{"url": ["https://cdn/x.mp4"]}]}))
    assert first_video(parsed).url == ["https://cdn/x.mp4"]


def test_task_with_extra_fields_keeps_them() -> None:
    document = task(cost=0.5, credits_cost=12, model="wan2.7")
    parsed = TaskResponse.from_dict(document)
    assert parsed.data.additional_properties == {"model": "wan2.7"}
    assert parsed.to_dict() == document


def test_task_cost_and_credits_cost_are_typed_fields() -> None:
    parsed = TaskResponse.from_dict(task(cost=0.5, credits_cost=12))
    assert (parsed.data.cost, parsed.data.credits_cost) == (0.5, 12)


def test_queued_is_a_documented_status() -> None:
    parsed = TaskResponse.from_dict(task(status="queued"))
    assert parsed.data.status == "queued"
    assert "queued" in TASK_STATUS_VALUES


def test_failed_task_error_with_a_string_code_parses() -> None:
    error = {"code": "content_rejected", "message": "rejected"}
    parsed = TaskResponse.from_dict(task(status="failed", error=error))
    assert isinstance(parsed.data.error, TaskError)
    assert parsed.data.error.code == "content_rejected"


def test_undocumented_status_parses_as_its_raw_text() -> None:
    parsed = TaskResponse.from_dict(task(status="queued_for_gpu"))
    assert parsed.data.status == "queued_for_gpu"
    assert parsed.to_dict()["data"]["status"] == "queued_for_gpu"


def test_failed_task_error_with_integer_code_parses() -> None:
    parsed = TaskResponse.from_dict(task(status="failed", error={"code": 500, "message": "boom"}))
    assert isinstance(parsed.data.error, TaskError)
    assert parsed.data.error.code == 500
    assert parsed.data.error.message == "boom"


@pytest.mark.parametrize("code", ["get_channel_failed", "", 400])
def test_error_body_code_may_be_a_string_or_an_integer(code: str | int) -> None:
    document = {"error": {"code": code, "message": "m", "type": "apimart_error", "param": ""}}
    parsed = ErrorResponse.from_dict(document)
    assert isinstance(parsed.error, ErrorDetail)
    assert parsed.error.code == code
    assert parsed.to_dict() == document


def test_error_body_without_type_and_param_parses() -> None:
    parsed = ErrorResponse.from_dict({"error": {"message": "bad"}})
    assert isinstance(parsed.error, ErrorDetail)
    assert parsed.error.type_ is UNSET
    assert parsed.error.code is UNSET


def test_plain_error_body_parses() -> None:
    parsed = ErrorResponse.from_dict({"success": False, "message": "Request entity too large"})
    assert parsed.error is UNSET
    assert (parsed.success, parsed.message) == (False, "Request entity too large")


@pytest.mark.parametrize("kind", ["generation.task", "generation.result"])
def test_versioned_submit_data_parses_as_one_object(kind: str) -> None:
    document = {
        "code": 200,
        "data": {"id": "task_9", "status": "queued", "object": kind},
        "request_id": "req_1",
    }
    for model in (VideoGenerationSubmitted, VersionedGenerationSubmitted):
        parsed = model.from_dict(document)
        assert isinstance(parsed.data, VersionedGeneration)
        assert parsed.data.id == "task_9"
        assert parsed.data.object_ == kind
        assert parsed.request_id == "req_1"
        assert parsed.to_dict() == document


def test_submit_data_as_a_single_object_parses() -> None:
    parsed = VideoGenerationSubmitted.from_dict(
        {"code": 200, "data": {"status": "submitted", "task_id": "task_9"}}
    )
    assert isinstance(parsed.data, SubmittedTask)
    assert parsed.data.task_id == "task_9"


def test_submit_data_as_a_list_parses() -> None:
    parsed = VideoGenerationSubmitted.from_dict({"data": [{"task_id": "task_9", "extra": 1}]})
    assert isinstance(parsed.data, list)
    assert parsed.data[0].task_id == "task_9"
    assert parsed.data[0].additional_properties == {"extra": 1}


def test_request_model_built_from_a_body_sends_only_its_fields() -> None:
    body = {"model": "wan2.7", "prompt": "x"}
    assert generated.Wan27Request.from_dict(body).to_dict() == body


@pytest.mark.parametrize("body", list(family_examples()))
def test_each_family_has_a_typed_request_model_that_round_trips_its_examples(
    body: dict[str, Any],
) -> None:
    model = request_model(body)
    assert model.__name__ != "VideoGenerationRequest"
    assert model.from_dict(body).to_dict() == body


def test_the_model_enum_lists_exactly_the_discriminated_ids() -> None:
    schemas = load_spec()["components"]["schemas"]
    mapping = schemas["VideoGenerationRequest"]["discriminator"]["mapping"]
    ids = [
        model
        for branch in schemas["VideoGenerationRequest"]["oneOf"]
        for model in resolve(branch)["properties"]["model"]["enum"]
    ]
    assert sorted(schemas["VideoModel"]["enum"]) == sorted(mapping) == sorted(ids)
    for model, target in mapping.items():
        assert model in resolve({"$ref": target})["properties"]["model"]["enum"]
    assert len(ids) == len(set(ids)), "the families' model enums must be disjoint"
