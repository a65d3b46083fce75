"""Every example in the spec is valid against its schema; the six documented uses are there."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from contract_tests.spec_document import load_spec, resolve, validator_for

DOCUMENTED_USES: dict[str, dict[str, Any]] = {
    "text_to_video": {
        "model": "wan2.7",
        "prompt": "A coastal road at sunset, slow-motion camera push-in, cinematic feel",
    },
    "text_to_video_all_options": {
        "model": "wan2.7",
        "prompt": "A cat chasing butterflies on the grass, bright sunshine, slow motion",
        "negative_prompt": "blurry, distorted, low quality",
        "resolution": "1080P",
        "duration": 8,
        "size": "16:9",
        "audio_url": "https://cdn.example.com/bgm.mp3",
        "prompt_extend": True,
        "watermark": False,
        "seed": 42,
    },
    "first_frame": {
        "model": "wan2.7",
        "prompt": "The character slowly stands up and walks toward the camera",
        "image_urls": ["https://cdn.example.com/person.jpg"],
        "resolution": "1080P",
        "duration": 8,
    },
    "first_last_frame": {
        "model": "wan2.7",
        "prompt": "The camera pans slowly from the beach to the mountaintop",
        "image_urls": ["https://cdn.example.com/beach.jpg", "https://cdn.example.com/mountain.jpg"],
        "resolution": "1080P",
        "duration": 10,
    },
    "video_continuation": {
        "model": "wan2.7",
        "prompt": "Continue walking forward, camera follows",
        "video_urls": ["https://cdn.example.com/clip.mp4"],
        "resolution": "1080P",
        "duration": 8,
    },
    "image_with_driving_audio": {
        "model": "wan2.7",
        "prompt": "The character moves to the rhythm of the music",
        "image_urls": ["https://cdn.example.com/dancer.jpg"],
        "audio_url": "https://cdn.example.com/beat.mp3",
        "resolution": "1080P",
        "duration": 8,
    },
}


def examples_of(media: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    if "example" in media:
        yield "example", media["example"]
    for name, example in media.get("examples", {}).items():
        yield name, resolve(example)["value"]


def all_examples() -> Iterator[Any]:
    """(where, schema, value) for every example the spec holds."""
    for path, item in load_spec()["paths"].items():
        for method, op in item.items():
            where = f"{method.upper()} {path}"
            for parameter in map(resolve, op.get("parameters", [])):
                if "example" in parameter:
                    yield pytest.param(
                        parameter["schema"], parameter["example"], id=f"{where} {parameter['name']}"
                    )
            for media in op.get("requestBody", {}).get("content", {}).values():
                for name, value in examples_of(media):
                    yield pytest.param(media["schema"], value, id=f"{where} request {name}")
            for status, response in op["responses"].items():
                for media in resolve(response).get("content", {}).values():
                    for name, value in examples_of(media):
                        yield pytest.param(media["schema"], value, id=f"{where} {status} {name}")


@pytest.mark.parametrize(("schema", "value"), list(all_examples()))
def test_example_is_valid_against_its_schema(schema: dict[str, Any], value: Any) -> None:
    errors = [error.message for error in validator_for(schema).iter_errors(value)]
    assert errors == []


def test_every_status_and_response_has_an_example() -> None:
    for path, item in load_spec()["paths"].items():
        for method, op in item.items():
            for status, response in op["responses"].items():
                media = resolve(response)["content"]["application/json"]
                assert list(examples_of(media)), f"{method} {path} {status}"


def test_the_six_documented_uses_are_named_request_examples() -> None:
    media = load_spec()["paths"]["/v1/videos/generations"]["post"]["requestBody"]["content"]
    examples = dict(examples_of(media["application/json"]))
    for name, body in DOCUMENTED_USES.items():
        assert examples[name] == body, name


def test_task_examples_cover_the_four_states() -> None:
    op = load_spec()["paths"]["/v1/tasks/{task_id}"]["get"]
    media = op["responses"]["200"]["content"]["application/json"]
    statuses = {value["data"]["status"] for _, value in examples_of(media)}
    assert statuses >= {"pending", "processing", "completed", "failed"}
