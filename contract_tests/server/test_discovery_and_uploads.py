"""The discovery endpoints and image uploads of the reference server, over a real uvicorn
server: models, docs and the compatibility schema all follow `openapi.yaml`; uploads are
sniffed, stored, served and capped; `docs_drift` shows the three kinds of drift."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from jsonschema import Draft202012Validator

from apimart_video.testing import RunningServer, ServerConfig, run_server
from apimart_video_client import AuthenticatedClient
from apimart_video_client.api.models import get_model_docs, get_model_schema, list_models
from apimart_video_client.api.uploads import upload_image
from apimart_video_client.models import (
    ImageUploadRequest,
    ModelDocumentation,
    ModelList,
    ModelSchema,
    UploadedImage,
)
from apimart_video_client.types import File
from contract_tests.spec.family_bodies import bodies
from contract_tests.spec.test_spec_examples import DOCUMENTED_USES
from contract_tests.spec_document import load_spec, request_validator, resolve, validator_for

IMAGES = {
    "image/jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(64),
    "image/png": b"\x89PNG\r\n\x1a\n" + bytes(64),
    "image/gif": b"GIF89a" + bytes(64),
    "image/webp": b"RIFF\x24\x00\x00\x00WEBPVP8 " + bytes(64),
}
BOUNDS = (
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
)


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    with run_server(upload_limit=4096) as running:
        yield running


def http(server: RunningServer, *, auth: bool = True) -> httpx.Client:
    headers = {"Authorization": f"Bearer {server.api_key}"} if auth else {}
    return httpx.Client(base_url=server.base_url, headers=headers)


def documented(path: str, method: str, response: httpx.Response) -> None:
    """The answer validates against the schema the spec gives its status."""
    answers = load_spec()["paths"][path][method]["responses"]
    media = resolve(answers[str(response.status_code)])["content"]["application/json"]
    errors = [e.message for e in validator_for(media["schema"]).iter_errors(response.json())]
    assert errors == []


def discriminator() -> dict[str, str]:
    """Each model id -> its family schema's `$ref`, as the spec maps them."""
    request = load_spec()["components"]["schemas"]["VideoGenerationRequest"]
    mapping: dict[str, str] = request["discriminator"]["mapping"]
    return mapping


MODELS = list(discriminator())


def family_schema(model: str) -> dict[str, Any]:
    return resolve({"$ref": discriminator()[model]})


def inlined(node: Any) -> Any:
    """A spec node with every `$ref` followed (siblings of a `$ref` win)."""
    if isinstance(node, list):
        return [inlined(value) for value in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        siblings = {key: value for key, value in node.items() if key != "$ref"}
        return inlined({**resolve({"$ref": node["$ref"]}), **siblings})
    return {key: inlined(value) for key, value in node.items()}


def table_rows(markdown: str) -> dict[str, dict[str, str]]:
    """The parameter table of a docs page, by field: its cells by column name."""
    lines = [line for line in markdown.splitlines() if line.startswith("|")]
    header = [cell.strip() for cell in lines[0].strip("|").split("|")]
    rows = {}
    for line in lines[2:]:
        cells = [cell.strip() for cell in re.split(r"(?<!\\)\|", line.strip("|"))]
        row = dict(zip(header, cells, strict=True))
        rows[row["field"].strip("`")] = row
    return rows


def docs_of(server: RunningServer, model: str = "wan2.7") -> httpx.Response:
    with http(server) as client:
        return client.get("/v1/model-docs", params={"model": model})


def schema_of(server: RunningServer, model: str = "wan2.7", **params: str) -> httpx.Response:
    with http(server) as client:
        return client.get("/v1/model-schema", params={"model": model, **params})


# --- models ---------------------------------------------------------------------------


def test_models_are_every_model_id_of_the_spec(server: RunningServer) -> None:
    with http(server) as client:
        response = client.get("/v1/models")
    documented("/v1/models", "get", response)
    ids = [model["id"] for model in response.json()["data"]]
    assert ids == MODELS
    assert set(ids) == set(resolve({"$ref": "#/components/schemas/VideoModel"})["enum"])


def test_discovery_needs_the_api_key(server: RunningServer) -> None:
    with http(server, auth=False) as client:
        for path in ("/v1/models", "/v1/model-docs?model=wan2.7", "/v1/model-schema?model=x"):
            response = client.get(path)
            assert response.status_code == 401, path
            documented(path.split("?")[0], "get", response)


# --- docs -----------------------------------------------------------------------------


@pytest.mark.parametrize("model", MODELS)
def test_model_docs_answer_is_the_documented_shape_with_the_familys_docs_url(
    server: RunningServer, model: str
) -> None:
    response = docs_of(server, model)
    documented("/v1/model-docs", "get", response)
    body = response.json()
    assert (body["object"], body["model"], body["stale"]) == ("model.documentation", model, False)
    assert body["cache_ttl_seconds"] == 604800
    assert body["doc_url"] == family_schema(model)["externalDocs"]["url"]
    assert f"Docs: {body['doc_url']}" in body["markdown"]
    with httpx.Client() as client:
        assert client.get(body["markdown_url"]).text == body["markdown"]


@pytest.mark.parametrize("model", MODELS)
def test_model_docs_table_has_each_field_of_the_models_family(
    server: RunningServer, model: str
) -> None:
    rows = table_rows(docs_of(server, model).json()["markdown"])
    schema = family_schema(model)
    assert list(rows) == list(schema["properties"])
    assert model in rows["model"]["enum"]
    for name, node in schema["properties"].items():
        target = resolve(node)
        row = rows[name]
        assert row["required"] == ("yes" if name in schema["required"] else "no"), name
        enum = target.get("enum", [])
        assert re.findall(r"`([^`]*)`", row["enum"]) == [str(value) for value in enum], name
        for keyword in BOUNDS:
            if keyword in target:
                assert f"{keyword}={target[keyword]}" in row["bounds"], (name, keyword)
        default = node.get("default", target.get("default"))
        if default is None:
            assert row["default"] == "", name
        else:
            assert row["default"].strip("`").lower() == str(default).lower(), name
        kind = target.get("type")
        assert kind is None or row["type"].startswith(kind), name


@pytest.mark.parametrize("model", MODELS)
def test_model_docs_state_the_rules_of_the_models_family(server: RunningServer, model: str) -> None:
    markdown = " ".join(docs_of(server, model).json()["markdown"].split())
    schema = family_schema(model)
    rules = [part["description"] for part in schema.get("allOf", []) if "description" in part]
    rules += [part["description"] for part in schema.get("dependentSchemas", {}).values()]
    for rule in rules:
        assert f"- {' '.join(rule.split())}" in markdown
    assert ("## Rules" in markdown) == bool(rules)


def test_unknown_model_is_404_and_a_missing_model_400(server: RunningServer) -> None:
    unknown = docs_of(server, "wan9")
    assert unknown.status_code == 404
    assert unknown.json()["error"]["param"] == "model"
    documented("/v1/model-docs", "get", unknown)
    with http(server) as client:
        missing = client.get("/v1/model-docs")
    assert missing.status_code == 400
    documented("/v1/model-docs", "get", missing)


# --- compatibility schema ---------------------------------------------------------------


@pytest.mark.parametrize("model", MODELS)
def test_model_schema_is_the_familys_schema_inlined_without_model(
    server: RunningServer, model: str
) -> None:
    response = schema_of(server, model, operation="video_generation")
    documented("/v1/model-schema", "get", response)
    body = response.json()
    assert (body["model"], body["operation"]) == (model, "video_generation")
    input_schema = body["input_schema"]
    assert "$ref" not in str(input_schema)
    family = inlined(family_schema(model))
    assert input_schema["properties"] == {
        name: node for name, node in family["properties"].items() if name != "model"
    }
    assert input_schema["required"] == [name for name in family["required"] if name != "model"]
    validator = Draft202012Validator(input_schema)
    for example in family["examples"]:
        if example["model"] == model:
            assert validator.is_valid({k: v for k, v in example.items() if k != "model"})
    assert not validator.is_valid({"prompt": "x", "model": model}), "model goes beside the input"
    assert not validator.is_valid({"prompt": "x", "not_a_field": 1})


@pytest.mark.slow
@pytest.mark.parametrize("model", MODELS)
def test_a_models_compatibility_schema_accepts_an_input_exactly_when_the_spec_does(
    server: RunningServer, model: str
) -> None:
    """The rules of the family are bound to the model: the input is valid without `model`
    exactly when the body with `model` is valid in the spec (bodies drawn from the
    family's schema)."""
    validator = Draft202012Validator(schema_of(server, model).json()["input_schema"])
    family = family_schema(model)["x-apimart-family"]

    @settings(
        max_examples=40, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    @given(bodies(family))
    def agree(body: Any) -> None:
        if not isinstance(body, dict):
            return
        body = {**body, "model": model}
        without_model = {k: v for k, v in body.items() if k != "model"}
        assert validator.is_valid(without_model) == request_validator().is_valid(body), body

    agree()


def test_the_wan27_compatibility_schema_refuses_what_its_page_refuses(
    server: RunningServer,
) -> None:
    validator = Draft202012Validator(schema_of(server).json()["input_schema"])
    for use, request in DOCUMENTED_USES.items():
        without_model = {k: v for k, v in request.items() if k != "model"}
        assert validator.is_valid(without_model), use
    assert not validator.is_valid({"prompt": "x", "duration": 20})
    assert not validator.is_valid({"prompt": "x", "resolution": "4K"})
    assert not validator.is_valid(
        {"image_urls": ["https://a/x.png"], "video_urls": ["https://a/v.mp4"]}
    )


def test_model_schema_defaults_to_video_generation(server: RunningServer) -> None:
    assert schema_of(server).json()["operation"] == "video_generation"


def test_model_schema_of_another_operation_is_404_and_a_bad_one_400(
    server: RunningServer,
) -> None:
    other = schema_of(server, operation="image_generation")
    assert other.status_code == 404
    documented("/v1/model-schema", "get", other)
    bad = schema_of(server, operation="audio")
    assert bad.status_code == 400
    documented("/v1/model-schema", "get", bad)


# --- docs drift -------------------------------------------------------------------------


def drift_of(spec: dict[str, Any], shown: dict[str, Any]) -> set[tuple[str, str, Any]]:
    """How a drifted compatibility schema's fields differ from the spec family's:
    (field, what, value) for each enum value, bound or field that is not the spec's."""
    found: set[tuple[str, str, Any]] = set()
    for name, node in shown["properties"].items():
        if name not in spec["properties"]:
            found.add((name, "new field", node["type"]))
            continue
        expected = spec["properties"][name]
        for value in set(map(str, node.get("enum", []))) - set(map(str, expected.get("enum", []))):
            found.add((name, "enum", value))
        for keyword in BOUNDS:
            if node.get(keyword) != expected.get(keyword):
                found.add((name, keyword, node.get(keyword)))
    return found


def test_docs_drift_shows_each_family_a_changed_enum_a_moved_bound_and_a_new_field() -> None:
    with run_server(docs_drift=True) as drifted:
        shown = {model: schema_of(drifted, model).json()["input_schema"] for model in MODELS}
        rows = table_rows(docs_of(drifted).json()["markdown"])
        with http(drifted) as client:
            accepted = client.post(
                "/v1/videos/generations", json={"model": "wan2.7", "prompt": "x", "duration": 15}
            )
    for model in MODELS:
        found = drift_of(inlined(family_schema(model)), shown[model])
        kinds = [what for _, what, _ in found]
        assert "new field" in kinds, found
        assert sorted(set(kinds)) == sorted(kinds), "one of each kind at most"
        assert set(kinds) <= {"enum", "maximum", "new field"}, found
    assert drift_of(inlined(family_schema("wan2.7")), shown["wan2.7"]) == {
        ("resolution", "enum", "1080p"),
        ("duration", "maximum", 10),
        ("generate_audio", "new field", "boolean"),
    }
    assert "`1080p`" in rows["resolution"]["enum"]
    assert "`1080P`" not in rows["resolution"]["enum"]
    assert "maximum=10" in rows["duration"]["bounds"]
    assert rows["generate_audio"]["type"] == "boolean"
    assert accepted.status_code == 200, "only the docs drift; the submit still follows the spec"


def test_docs_drift_of_one_family_leaves_the_others_as_the_spec_says() -> None:
    family = family_schema("doubao-seedance-2.0")["x-apimart-family"]
    with run_server(docs_drift=family) as drifted:
        shown = {model: schema_of(drifted, model).json()["input_schema"] for model in MODELS}
    for model in MODELS:
        found = drift_of(inlined(family_schema(model)), shown[model])
        drifts = family_schema(model)["x-apimart-family"] == family
        assert bool(found) == drifts, (model, found)
    assert ("generate_audio", "new field", "boolean") not in drift_of(
        inlined(family_schema("doubao-seedance-2.0")), shown["doubao-seedance-2.0"]
    ), "the family has generate_audio: the new field is another"


def test_docs_drift_naming_no_family_is_refused_at_start() -> None:
    with (
        pytest.raises(ValueError, match="no model family or model id 'wan9'"),
        run_server(docs_drift="wan9"),
    ):
        pass


def test_without_docs_drift_the_docs_follow_the_spec(server: RunningServer) -> None:
    rows = table_rows(docs_of(server).json()["markdown"])
    assert "`1080P`" in rows["resolution"]["enum"]
    assert "maximum=15" in rows["duration"]["bounds"]
    assert "generate_audio" not in rows


# --- uploads ----------------------------------------------------------------------------


def upload(
    server: RunningServer, data: bytes, filename: str = "frame.bin", *, auth: bool = True
) -> httpx.Response:
    with http(server, auth=auth) as client:
        return client.post("/v1/uploads/images", files={"file": (filename, data)})


@pytest.mark.parametrize("content_type", sorted(IMAGES))
def test_an_image_is_sniffed_stored_and_served_at_its_url(
    server: RunningServer, content_type: str
) -> None:
    data = IMAGES[content_type]
    response = upload(server, data, "misleading.txt")
    assert response.status_code == 200
    documented("/v1/uploads/images", "post", response)
    body = response.json()
    assert (body["content_type"], body["bytes"], body["filename"]) == (
        content_type,
        len(data),
        "misleading.txt",
    )
    with httpx.Client() as cdn:  # no key: a URL the API fetches like any public one
        served = cdn.get(body["url"])
    assert served.status_code == 200
    assert served.content == data
    assert served.headers["content-type"] == content_type


@pytest.mark.parametrize(
    "data", [b"plain text, not an image", b"%PDF-1.7\n", b"RIFF\x00\x00\x00\x00WAVE", b""]
)
def test_anything_else_is_refused_with_the_error_envelope(
    server: RunningServer, data: bytes
) -> None:
    response = upload(server, data)
    assert response.status_code == 400
    documented("/v1/uploads/images", "post", response)
    assert response.json()["error"]["param"] == "file"


def test_a_body_without_a_file_field_is_refused(server: RunningServer) -> None:
    with http(server) as client:
        wrong_field = client.post(
            "/v1/uploads/images", files={"image": ("a.png", IMAGES["image/png"])}
        )
        not_multipart = client.post("/v1/uploads/images", json={"file": "a.png"})
    for response in (wrong_field, not_multipart):
        assert response.status_code == 400
        documented("/v1/uploads/images", "post", response)


def test_an_image_above_the_limit_is_413_and_one_at_it_is_stored(server: RunningServer) -> None:
    png = IMAGES["image/png"]
    at_limit = png + bytes(4096 - len(png))
    assert upload(server, at_limit).status_code == 200
    above = upload(server, at_limit + b"\x00")
    assert above.status_code == 413
    documented("/v1/uploads/images", "post", above)
    far_above = upload(server, at_limit * 100)
    assert far_above.status_code == 413


def test_an_upload_needs_the_api_key(server: RunningServer) -> None:
    response = upload(server, IMAGES["image/png"], auth=False)
    assert response.status_code == 401
    documented("/v1/uploads/images", "post", response)


def test_upload_limit_must_be_positive() -> None:
    with pytest.raises(ValueError, match="upload_limit"):
        ServerConfig(upload_limit=0)


# --- the generated client against the server --------------------------------------------


def test_the_generated_client_calls_every_new_endpoint(server: RunningServer) -> None:
    client = AuthenticatedClient(base_url=server.base_url, token=server.api_key)
    with client:
        models = list_models.sync(client=client)
        docs = get_model_docs.sync(client=client, model="wan2.7")
        schema = get_model_schema.sync(client=client, model="wan2.7", operation="video_generation")
        image = File(payload=io.BytesIO(IMAGES["image/png"]), file_name="first frame.png")
        uploaded = upload_image.sync(client=client, body=ImageUploadRequest(file=image))
    assert isinstance(models, ModelList)
    assert [model.id for model in models.data] == MODELS
    assert isinstance(docs, ModelDocumentation)
    assert "| `duration` |" in docs.markdown
    assert isinstance(schema, ModelSchema)
    assert "duration" in schema.input_schema.to_dict()["properties"]
    assert isinstance(uploaded, UploadedImage)
    assert uploaded.content_type == "image/png"
    assert httpx.get(uploaded.url).content == IMAGES["image/png"]
