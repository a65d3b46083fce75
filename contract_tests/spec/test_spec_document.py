"""The spec is valid OpenAPI 3.1, fully described, and encodes the shared notes' facts."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from typing import Any

import pytest
from openapi_spec_validator import OpenAPIV31SpecValidator

from contract_tests.spec_document import component_validator, load_spec, resolve

SUBMIT = ("/v1/videos/generations", "post")
STATUS = ("/v1/tasks/{task_id}", "get")
MODELS = ("/v1/models", "get")
MODEL_DOCS = ("/v1/model-docs", "get")
MODEL_SCHEMA = ("/v1/model-schema", "get")
UPLOAD = ("/v1/uploads/images", "post")


def operation(path: str, method: str) -> dict[str, Any]:
    node: dict[str, Any] = load_spec()["paths"][path][method]
    return node


def operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in load_spec()["paths"].items():
        for method, op in item.items():
            yield path, method, op


def test_spec_is_valid_openapi_31_without_warnings() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        errors = list(OpenAPIV31SpecValidator(load_spec()).iter_errors())
    assert errors == []
    assert [str(w.message) for w in caught] == []
    assert load_spec()["openapi"].startswith("3.1")


def test_server_is_the_apimart_api() -> None:
    assert [server["url"] for server in load_spec()["servers"]] == ["https://api.apimart.ai"]


def test_every_operation_requires_the_bearer_scheme() -> None:
    scheme = load_spec()["components"]["securitySchemes"]["bearerAuth"]
    assert scheme == {**scheme, "type": "http", "scheme": "bearer"}
    for path, method, op in operations():
        assert op.get("security", load_spec()["security"]) == [{"bearerAuth": []}], (path, method)


def test_operations_have_ids_descriptions_and_declared_tags() -> None:
    declared = {tag["name"] for tag in load_spec()["tags"]}
    assert all(tag.get("description") for tag in load_spec()["tags"])
    ids = {op["operationId"] for _, _, op in operations()}
    assert ids == {
        "create_video_generation",
        "get_task",
        "list_models",
        "get_model_docs",
        "get_model_schema",
        "upload_image",
    }
    for path, method, op in operations():
        assert op.get("summary"), (path, method)
        assert op.get("description"), (path, method)
        assert op["tags"], (path, method)
        assert set(op["tags"]) <= declared, (path, method)


def test_every_parameter_has_a_description() -> None:
    for _, _, op in operations():
        for parameter in op.get("parameters", []):
            assert resolve(parameter).get("description"), parameter


def described_schemas() -> Iterator[tuple[str, dict[str, Any]]]:
    for name, schema in load_spec()["components"]["schemas"].items():
        yield name, schema
        for prop, sub in schema.get("properties", {}).items():
            yield f"{name}.{prop}", sub


@pytest.mark.parametrize(("where", "schema"), list(described_schemas()))
def test_every_schema_and_property_has_a_description(where: str, schema: dict[str, Any]) -> None:
    assert schema.get("description") or resolve(schema).get("description"), where


def test_every_error_response_uses_the_shared_error_schema() -> None:
    for path, _method, op in operations():
        for status, response in op["responses"].items():
            if status.startswith(("4", "5")):
                schema = resolve(response)["content"]["application/json"]["schema"]
                assert schema == {"$ref": "#/components/schemas/ErrorResponse"}, (path, status)


def test_submit_documents_every_expected_status() -> None:
    statuses = set(operation(*SUBMIT)["responses"])
    assert statuses >= {"200", "400", "401", "402", "403", "422", "429", "500", "503"}


def test_status_documents_unknown_task_as_404_or_400() -> None:
    statuses = set(operation(*STATUS)["responses"])
    assert statuses >= {"200", "400", "401", "404", "429", "500", "503"}


@pytest.mark.parametrize("path_method", [SUBMIT, STATUS])
def test_rate_limit_responses_carry_retry_after(path_method: tuple[str, str]) -> None:
    response = resolve(operation(*path_method)["responses"]["429"])
    assert resolve(response["headers"]["Retry-After"])["schema"]["type"] == "integer"


def test_submit_links_to_the_task_status_operation() -> None:
    links = operation(*SUBMIT)["responses"]["200"]["links"]
    (link,) = links.values()
    assert link["operationId"] == "get_task"
    assert link["parameters"] == {"task_id": "$response.body#/data/0/task_id"}


def submit_header(name: str) -> dict[str, Any]:
    (parameter,) = [
        resolve(p) for p in operation(*SUBMIT)["parameters"] if resolve(p)["name"] == name
    ]
    return parameter


def idempotency_key_schema() -> dict[str, Any]:
    parameter = submit_header("Idempotency-Key")
    assert parameter["in"] == "header"
    assert parameter["required"] is False
    schema: dict[str, Any] = parameter["schema"]
    return schema


@pytest.mark.parametrize(
    ("key", "accepted"),
    [
        ("5f0c1f9e-8a51-4d6e-9a57-3b1f4c2d7e80", True),
        ("a", True),
        ("!" * 191, True),
        ("~" * 191 + "x", False),
        ("", False),
        ("has space", False),
        ("tab\tkey", False),
        ("clé", False),
    ],
)
def test_idempotency_key_is_1_to_191_visible_ascii(key: str, accepted: bool) -> None:
    schema = idempotency_key_schema()
    ok = (
        schema["minLength"] <= len(key) <= schema["maxLength"]
        and re.search(schema["pattern"], key) is not None
    )
    assert ok is accepted


def test_reused_idempotency_key_is_a_documented_422() -> None:
    response = resolve(operation(*SUBMIT)["responses"]["422"])
    assert "Idempotency-Key" in response["description"]


def test_response_version_is_an_optional_header_pinned_to_2026_07_27() -> None:
    parameter = submit_header("X-APIMart-Response-Version")
    assert (parameter["in"], parameter["required"]) == ("header", False)
    assert resolve(parameter["schema"])["enum"] == ["2026-07-27"]


def test_submit_documents_both_answer_shapes_and_the_replay_header() -> None:
    responses = operation(*SUBMIT)["responses"]
    legacy = component_validator("VideoGenerationSubmitted")
    versioned = component_validator("VersionedGenerationSubmitted")
    array = {"data": [{"task_id": "t", "status": "submitted"}]}
    task = {"data": {"id": "t", "status": "queued", "object": "generation.task"}, "request_id": "r"}
    result = {"data": {"id": "t", "status": "completed", "object": "generation.result"}}
    assert legacy.is_valid(array)
    assert legacy.is_valid(task)
    assert legacy.is_valid(result)
    assert versioned.is_valid(task)
    assert versioned.is_valid(result)
    assert not versioned.is_valid(array)
    assert not versioned.is_valid({"data": {"id": "t", "object": "generation.batch"}})
    assert not versioned.is_valid({"data": {"id": "", "object": "generation.task"}})
    for status in ("200", "202"):
        header = resolve(responses[status])["headers"]["idempotency-replayed"]
        assert "true" in resolve(header)["schema"]["enum"]
    links = resolve(responses["202"])["links"]
    assert [link["parameters"] for link in links.values()] == [
        {"task_id": "$response.body#/data/id"}
    ]


def conflict_examples() -> dict[str, Any]:
    media = resolve(operation(*SUBMIT)["responses"]["409"])["content"]["application/json"]
    return {name: resolve(example)["value"] for name, example in media["examples"].items()}


def test_the_three_idempotency_conflicts_are_documented_409s() -> None:
    codes = {example["error"]["code"] for example in conflict_examples().values()}
    assert codes == {
        "idempotency_in_progress",
        "idempotency_result_indeterminate",
        "idempotency_key_reused",
    }
    response = resolve(operation(*SUBMIT)["responses"]["409"])
    assert resolve(response["headers"]["Retry-After"])["schema"]["type"] == "integer"


@pytest.mark.parametrize(
    ("body", "valid"),
    [
        ({"error": {"code": "x", "message": "m", "type": "server_error", "param": "p"}}, True),
        ({"success": False, "message": "Request entity too large"}, True),
        ({"success": True, "message": "m"}, False),
        ({"success": False}, False),
        ({"message": "m"}, False),
    ],
)
def test_error_body_is_the_envelope_or_the_plain_form(body: dict[str, Any], valid: bool) -> None:
    assert component_validator("ErrorResponse").is_valid(body) is valid


def test_tasks_carry_cost_and_credits_cost() -> None:
    properties = load_spec()["components"]["schemas"]["Task"]["properties"]
    assert properties["cost"]["type"] == properties["credits_cost"]["type"] == "number"
    task = {"id": "t", "status": "queued", "cost": 0.6, "credits_cost": 60}
    assert component_validator("Task").is_valid(task)
    assert not component_validator("Task").is_valid({**task, "cost": "0.6"})


@pytest.mark.parametrize("path_method", [MODELS, MODEL_DOCS, MODEL_SCHEMA])
def test_discovery_operations_are_free_gets_with_json_answers(path_method: tuple[str, str]) -> None:
    op = operation(*path_method)
    assert path_method[1] == "get"
    assert "free" in op["description"].lower()
    assert "200" in op["responses"]


def test_model_docs_and_schema_take_the_model_and_the_operation() -> None:
    for path_method in (MODEL_DOCS, MODEL_SCHEMA):
        (model,) = [
            resolve(p)
            for p in operation(*path_method)["parameters"]
            if resolve(p)["name"] == "model"
        ]
        assert (model["in"], model["required"]) == ("query", True)
    (op,) = [p for p in operation(*MODEL_SCHEMA)["parameters"] if p.get("name") == "operation"]
    assert "video_generation" in resolve(op["schema"])["enum"]
    required = load_spec()["components"]["schemas"]["ModelDocumentation"]["required"]
    assert set(required) == {
        "object",
        "model",
        "doc_url",
        "markdown_url",
        "markdown",
        "fetched_at",
        "cache_ttl_seconds",
        "stale",
    }


def test_upload_is_multipart_with_one_file_field_and_may_answer_413() -> None:
    op = operation(*UPLOAD)
    (media,) = op["requestBody"]["content"]
    assert media == "multipart/form-data"
    schema = resolve(op["requestBody"]["content"][media]["schema"])
    assert (schema["required"], list(schema["properties"])) == (["file"], ["file"])
    assert schema["properties"]["file"]["format"] == "binary"
    assert "413" in op["responses"]
    uploaded = load_spec()["components"]["schemas"]["UploadedImage"]
    assert set(uploaded["required"]) == {"url", "filename", "content_type", "bytes", "created_at"}
    assert resolve({"$ref": "#/components/schemas/UploadContentType"})["enum"] == [
        "image/jpeg",
        "image/png",
        "image/gif",
        "image/webp",
    ]


def test_task_status_allows_undocumented_values_but_names_the_documented_six() -> None:
    schemas = load_spec()["components"]["schemas"]
    assert schemas["TaskStatus"]["enum"] == [
        "pending",
        "processing",
        "completed",
        "failed",
        "cancelled",
        "queued",
    ]
    assert schemas["Task"]["properties"]["status"]["anyOf"] == [
        {"$ref": "#/components/schemas/TaskStatus"},
        {"type": "string"},
    ]


def test_language_parameter_is_the_documented_enum() -> None:
    (language,) = [p for p in operation(*STATUS)["parameters"] if p["name"] == "language"]
    assert language["in"] == "query"
    assert resolve(language["schema"])["enum"] == ["zh", "en", "ko", "ja"]


@pytest.mark.parametrize(
    ("task", "valid"),
    [
        ({"id": "t", "status": "pending", "progress": 0}, True),
        ({"id": "t", "status": "queued_for_gpu"}, True),
        (
            {
                "id": "t",
                "status": "completed",
                "completed": 2,
                "result": {"videos": [{"url": "u"}]},
            },
            True,
        ),
        ({"id": "t", "status": "completed", "completed": 2}, False),
        ({"id": "t", "status": "completed", "completed": 2, "result": {"videos": []}}, False),
        ({"id": "t", "status": "completed", "result": {"videos": [{"url": "u"}]}}, False),
        ({"id": "t", "status": "failed", "error": {"code": "", "message": "m"}}, True),
        ({"id": "t", "status": "failed"}, False),
        ({"id": "t", "status": "processing", "progress": 101}, False),
        ({"id": "t", "status": 3}, False),
    ],
)
def test_task_schema_ties_result_and_error_to_the_status(task: dict[str, Any], valid: bool) -> None:
    assert component_validator("Task").is_valid(task) is valid
