"""The reference server serves every model of the spec: it accepts each family's documented
bodies and makes each one a real MP4 as long and as large as asked, and it refuses a body
with 400 exactly when the spec's `VideoGenerationRequest` does, naming the field and model.

The verdicts are compared with a JSON Schema validation of the whole `oneOf`
(`request_validator`), and the bodies are drawn from each family's schema by
`family_bodies`: neither shares code with the server. The clips are decoded by FFmpeg.
"""

from __future__ import annotations

import copy
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import av
import httpx
import pytest
import yaml
from hypothesis import HealthCheck, given, settings

from apimart_video.testing import ReferenceApp, RunningServer, clip, run_server
from contract_tests.spec.family_bodies import bodies, families
from contract_tests.spec.family_cases import CASES
from contract_tests.spec_document import load_spec, request_validator, resolve

KEY = "test-key"
AUTH = {"Authorization": f"Bearer {KEY}"}
VERSIONED = AUTH | {"X-APIMart-Response-Version": "2026-07-27"}
FAMILIES = list(families())
EXAMPLES = [
    pytest.param(body, index % 2 == 1, id=f"{family}-{index}")
    for family, schema in families().items()
    for index, body in enumerate(schema.get("examples", []))
]
DOCUMENTED_VALID = [
    pytest.param(body, id=f"{family}-{index}")
    for family, cases in CASES.items()
    for index, body in enumerate(cases["valid"])
]
DOCUMENTED_INVALID = [
    pytest.param(body, field, id=f"{family}-{index}-{field}")
    for family, cases in CASES.items()
    for index, (body, field) in enumerate(cases["invalid"])
]


class Clock:
    def __init__(self) -> None:
        self.now = 1_763_088_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def server(clock: Clock) -> Iterator[RunningServer]:
    with run_server(api_key=KEY, task_seconds=10.0) as running:
        running.app.store.clock = clock
        yield running


@pytest.fixture
def app(server: RunningServer) -> ReferenceApp:
    return server.app


@pytest.fixture
def client(server: RunningServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, timeout=30) as http:
        yield http


def family_of(model: str) -> dict[str, Any]:
    """The model's family schema, read from the spec's discriminator mapping."""
    mapping = load_mapping()
    return resolve({"$ref": mapping[model]})


def load_mapping() -> dict[str, str]:
    request = resolve({"$ref": "#/components/schemas/VideoGenerationRequest"})
    mapping: dict[str, str] = request["discriminator"]["mapping"]
    return mapping


def asked(body: dict[str, Any], field: str) -> Any:
    """The body's value of `field`, else the default its family's schema gives it."""
    if field in body:
        return body[field]
    node = family_of(body["model"])["properties"].get(field, {})
    return node.get("default", resolve(node).get("default")) if node else None


def expected_seconds(body: dict[str, Any]) -> float:
    """The body's duration, else the family's default, first allowed value or minimum,
    else 5 s (0 is no length: wan2.7-videoedit's "as long as the input video")."""
    node = resolve(family_of(body["model"])["properties"].get("duration", {}))
    candidates = [asked(body, "duration"), node.get("const"), *node.get("enum", [])[:1]]
    for duration in [*candidates, node.get("minimum")]:
        if isinstance(duration, int | float) and not isinstance(duration, bool) and duration > 0:
            return float(duration)
    return 5.0


def expected_lines_and_ratio(body: dict[str, Any]) -> tuple[int | None, float | None]:
    """The short side a `NNNp` value asks for, and the shape a `W:H` value asks for."""
    lines = ratio = None
    for field, node in family_of(body["model"])["properties"].items():
        value = asked(body, field)
        if "enum" not in resolve(node) or not isinstance(value, str):
            continue
        if match := re.fullmatch(r"(\d+)[pP]", value):
            lines = lines or int(match[1])
        elif match := re.fullmatch(r"(\d+):(\d+)", value):
            ratio = ratio or int(match[1]) / int(match[2])
    return lines, ratio


def run_to_completion(
    client: httpx.Client, clock: Clock, body: dict[str, Any], *, versioned: bool = False
) -> bytes:
    """Submit (in the legacy or the versioned shape), let the task finish, download it."""
    answer = client.post(
        "/v1/videos/generations", json=body, headers=VERSIONED if versioned else AUTH
    )
    assert answer.status_code == (202 if versioned else 200), answer.text
    data = answer.json()["data"]
    task_id = data["id"] if versioned else data[0]["task_id"]
    clock.now += 11
    task = client.get(f"/v1/tasks/{task_id}", headers=AUTH).json()["data"]
    assert (task["status"], task["model"]) == ("completed", body["model"])
    (video,) = task["result"]["videos"]
    (url,) = video["url"]
    download = client.get(url)
    assert download.status_code == 200
    assert download.headers["content-type"] == "video/mp4"
    mp4: bytes = download.content
    return mp4


def decoded(mp4: bytes) -> tuple[int, int, float, int]:
    """Width, height, seconds and frames of an MP4, as FFmpeg decodes it."""
    with av.open(io.BytesIO(mp4), mode="r") as container:
        stream = container.streams.video[0]
        frames = list(container.decode(stream))
        assert stream.duration is not None
        assert stream.time_base is not None
        seconds = float(stream.duration * stream.time_base)
        return frames[0].width, frames[0].height, seconds, len(frames)


@pytest.mark.parametrize(("body", "versioned"), EXAMPLES)
def test_each_documented_example_makes_a_real_clip_as_long_and_as_large_as_asked(
    client: httpx.Client, clock: Clock, body: dict[str, Any], versioned: bool
) -> None:
    content = run_to_completion(client, clock, body, versioned=versioned)
    width, height, seconds, frames = decoded(content)
    assert seconds == pytest.approx(expected_seconds(body))
    assert frames == round(expected_seconds(body) * 24)
    lines, ratio = expected_lines_and_ratio(body)
    if lines is not None:
        assert min(width, height) == lines
    if ratio is not None:
        assert width / height == pytest.approx(ratio, abs=0.01)
    assert content == clip(body)


@pytest.mark.parametrize("body", DOCUMENTED_VALID)
def test_each_documented_valid_body_is_accepted_and_completes(
    client: httpx.Client, clock: Clock, body: dict[str, Any]
) -> None:
    content = run_to_completion(client, clock, body)
    assert decoded(content)[3] == round(expected_seconds(body) * 24)


@pytest.mark.parametrize(("body", "field"), DOCUMENTED_INVALID)
def test_each_documented_invalid_body_is_400_naming_the_field_and_the_model(
    client: httpx.Client, app: ReferenceApp, body: dict[str, Any], field: str
) -> None:
    answer = client.post("/v1/videos/generations", json=body, headers=AUTH)
    assert answer.status_code == 400, answer.text
    error = answer.json()["error"]
    assert (error["type"], error["param"]) == ("invalid_request_error", field)
    model = body.get("model")
    if field == "model":  # not a model of the spec: the message lists the known ones
        assert "known models: wan2.7" in error["message"]
    else:
        assert f"model {model} (" in error["message"]
    assert app.generations_started == 0


@pytest.mark.slow
@pytest.mark.parametrize("family", FAMILIES)
def test_a_body_is_refused_exactly_when_the_spec_refuses_it(
    client: httpx.Client, family: str
) -> None:
    family_fields = set(families()[family]["properties"])

    @settings(
        max_examples=150,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    @given(bodies(family))
    def agree(body: Any) -> None:
        answer = client.post("/v1/videos/generations", json=body, headers=AUTH)
        assert answer.status_code == (200 if request_validator().is_valid(body) else 400), body
        if answer.status_code == 200:
            return
        error = answer.json()["error"]
        if not isinstance(body, dict):
            assert "param" not in error
            return
        # A field of the body, "model", or a field of the model's family that a rule needs.
        model = body.get("model")
        fields = set(family_of(model)["properties"]) if model in load_mapping() else set()
        field = re.split(r"[\[.]", error["param"])[0]  # image_urls[0] is of image_urls
        assert field in set(body) | {"model"} | fields | family_fields, (body, error)
        if error["param"] != "model":
            assert f"model {model} " in error["message"], error

    agree()


def test_an_unknown_model_is_400_model_not_found_listing_the_known_ones(
    client: httpx.Client, app: ReferenceApp
) -> None:
    answer = client.post(
        "/v1/videos/generations", json={"model": "wan9", "prompt": "x"}, headers=AUTH
    )
    assert answer.status_code == 400
    error = answer.json()["error"]
    assert (error["type"], error["param"], error["code"]) == (
        "invalid_request_error",
        "model",
        "model_not_found",
    )
    assert all(model in error["message"] for model in load_mapping())
    missing = client.post("/v1/videos/generations", json={"prompt": "x"}, headers=AUTH)
    assert (missing.status_code, missing.json()["error"]["param"]) == (400, "model")
    assert app.generations_started == 0


def test_accept_invalid_takes_an_unknown_model_and_still_makes_a_clip(clock: Clock) -> None:
    body = {"model": "wan9", "prompt": "x", "duration": 3, "resolution": "480p"}
    with run_server(api_key=KEY, task_seconds=10.0, accept_invalid=True) as server:
        server.app.store.clock = clock
        with httpx.Client(base_url=server.base_url, timeout=30) as client:
            content = run_to_completion(client, clock, body)
    width, height, seconds, _ = decoded(content)
    assert (width, height) == (854, 480)
    assert seconds == pytest.approx(3.0)


def test_a_family_added_to_a_scratch_spec_reaches_the_server(tmp_path: Path, clock: Clock) -> None:
    """`spec_path`: the server validates, describes and makes clips for the models of the
    spec it is given, such as a copy with one more family."""
    document = copy.deepcopy(load_spec())
    schemas = document["components"]["schemas"]
    schemas["AcmeV1Request"] = {
        "type": "object",
        "x-apimart-family": "acme-v1",
        "externalDocs": {"url": "https://docs.example.com/acme-v1"},
        "additionalProperties": False,
        "required": ["model", "prompt"],
        "properties": {
            "model": {"type": "string", "enum": ["acme-v1"]},
            "prompt": {"type": "string", "minLength": 1},
            "duration": {"type": "integer", "enum": [4, 8], "default": 4},
            "aspect_ratio": {"type": "string", "enum": ["16:9", "9:16"], "default": "9:16"},
        },
    }
    request = schemas["VideoGenerationRequest"]
    request["oneOf"].append({"$ref": "#/components/schemas/AcmeV1Request"})
    request["discriminator"]["mapping"]["acme-v1"] = "#/components/schemas/AcmeV1Request"
    schemas["VideoModel"]["enum"].append("acme-v1")
    spec = tmp_path / "openapi.yaml"
    spec.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")

    with run_server(api_key=KEY, task_seconds=10.0, spec_path=spec) as server:
        server.app.store.clock = clock
        with httpx.Client(base_url=server.base_url, headers=AUTH, timeout=30) as client:
            listed = [model["id"] for model in client.get("/v1/models").json()["data"]]
            docs = client.get("/v1/model-docs", params={"model": "acme-v1"}).json()
            refused = client.post(
                "/v1/videos/generations", json={"model": "acme-v1", "prompt": "x", "duration": 5}
            )
            content = run_to_completion(client, clock, {"model": "acme-v1", "prompt": "x"})
    assert listed[-1] == "acme-v1"
    assert docs["doc_url"] == "https://docs.example.com/acme-v1"
    assert "| `duration` | integer | no | `4`, `8` |" in docs["markdown"]
    assert (refused.status_code, refused.json()["error"]["param"]) == (400, "duration")
    assert "model acme-v1 (AcmeV1Request)" in refused.json()["error"]["message"]
    width, height, seconds, _ = decoded(content)
    assert (width, height) == (720, 1280)
    assert seconds == pytest.approx(4.0)
