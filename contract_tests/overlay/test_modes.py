"""Every mode helper sends exactly the documented body, and nothing for invalid input."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import respx

from apimart_video import InvalidRequestError, Mode, SubmittedGeneration
from contract_tests.overlay.conftest import KEY, SUBMIT, TASK_ID, Driver, submitted

IMG, IMG2 = "https://cdn.example.com/a.jpg", "https://cdn.example.com/b.jpg"
VID, AUD = "https://cdn.example.com/clip.mp4", "https://cdn.example.com/beat.mp3"

HELPERS: list[tuple[str, Callable[[Any], Any], dict[str, Any], Mode]] = [
    (
        "text_to_video",
        lambda c: c.text_to_video("a fox", duration=8, size="9:16", seed=42),
        {"model": "wan2.7", "prompt": "a fox", "duration": 8, "size": "9:16", "seed": 42},
        Mode.TEXT_TO_VIDEO,
    ),
    (
        "text_to_video with music",
        lambda c: c.text_to_video("a fox", audio_url=AUD, watermark=False, prompt_extend=True),
        {
            "model": "wan2.7",
            "prompt": "a fox",
            "audio_url": AUD,
            "watermark": False,
            "prompt_extend": True,
        },
        Mode.TEXT_TO_VIDEO,
    ),
    (
        "first_frame_to_video",
        lambda c: c.first_frame_to_video(IMG, prompt="stand up", resolution="720P"),
        {"model": "wan2.7", "prompt": "stand up", "image_urls": [IMG], "resolution": "720P"},
        Mode.FIRST_FRAME,
    ),
    (
        "first_last_frame_to_video",
        lambda c: c.first_last_frame_to_video(IMG, IMG2, duration=10),
        {"model": "wan2.7", "image_urls": [IMG, IMG2], "duration": 10},
        Mode.FIRST_LAST_FRAME,
    ),
    (
        "continue_video",
        lambda c: c.continue_video(VID, prompt="keep walking", negative_prompt="blur"),
        {
            "model": "wan2.7",
            "prompt": "keep walking",
            "video_urls": [VID],
            "negative_prompt": "blur",
        },
        Mode.CONTINUATION,
    ),
    (
        "image_with_audio",
        lambda c: c.image_with_audio(IMG, AUD, prompt="dance"),
        {"model": "wan2.7", "prompt": "dance", "image_urls": [IMG], "audio_url": AUD},
        Mode.IMAGE_WITH_AUDIO,
    ),
    (
        "generate with roles",
        lambda c: c.generate(
            image_with_roles=[{"url": IMG}, {"url": IMG2, "role": "last_frame"}], duration=5
        ),
        {
            "model": "wan2.7",
            "image_with_roles": [{"url": IMG}, {"url": IMG2, "role": "last_frame"}],
            "duration": 5,
        },
        Mode.FIRST_LAST_FRAME,
    ),
]


@pytest.mark.parametrize(("name", "call", "body", "mode"), HELPERS, ids=[h[0] for h in HELPERS])
def test_helper_sends_exactly_the_documented_body_and_headers(
    driver: Driver,
    api: respx.MockRouter,
    name: str,
    call: Callable[[Any], Any],
    body: dict[str, Any],
    mode: Mode,
) -> None:
    route = api.post(SUBMIT).mock(return_value=httpx.Response(200, json=submitted()))
    result = driver.run(call)
    assert isinstance(result, SubmittedGeneration)
    assert (result.task_id, result.mode, result.status) == (TASK_ID, mode, "submitted")
    (sent,) = route.calls
    assert json.loads(sent.request.content) == body
    assert sent.request.headers["authorization"] == f"Bearer {KEY}"
    assert sent.request.headers["content-type"] == "application/json"
    key = sent.request.headers["idempotency-key"]
    assert uuid.UUID(key).version == 4
    assert (str(uuid.UUID(key)), uuid.UUID(key).variant) == (key, uuid.RFC_4122)
    assert result.idempotency_key == key


def test_callers_idempotency_key_is_sent(driver: Driver, api: respx.MockRouter) -> None:
    route = api.post(SUBMIT).mock(return_value=httpx.Response(200, json=submitted()))
    result = driver.run(lambda c: c.text_to_video("x", idempotency_key="order-42"))
    assert route.calls.last.request.headers["idempotency-key"] == "order-42"
    assert result.idempotency_key == "order-42"


def test_each_submit_gets_a_fresh_idempotency_key(driver: Driver, api: respx.MockRouter) -> None:
    route = api.post(SUBMIT).mock(return_value=httpx.Response(200, json=submitted()))

    async def twice_async(client: Any) -> None:
        await client.text_to_video("x")
        await client.text_to_video("x")

    def twice(client: Any) -> Any:
        if driver.kind == "async":
            return twice_async(client)
        client.text_to_video("x")
        return client.text_to_video("x")

    driver.run(twice)
    keys = {call.request.headers["idempotency-key"] for call in route.calls}
    assert len(keys) == 2


def test_submit_answer_with_a_single_object_parses(driver: Driver, api: respx.MockRouter) -> None:
    api.post(SUBMIT).mock(
        return_value=httpx.Response(200, json={"code": 200, "data": {"task_id": "task_9"}})
    )
    assert driver.run(lambda c: c.text_to_video("x")).task_id == "task_9"


INVALID: list[tuple[str, Callable[[Any], Any], str]] = [
    ("duration too long", lambda c: c.text_to_video("x", duration=16), "duration"),
    ("empty prompt", lambda c: c.text_to_video(""), "prompt"),
    ("bad image URL", lambda c: c.first_frame_to_video("not a url"), "image_urls[0]"),
    ("audio with video", lambda c: c.generate(video_urls=[VID], audio_url=AUD), "audio_url"),
    (
        "audio with last frame",
        lambda c: c.generate(image_urls=[IMG, IMG2], audio_url=AUD),
        "audio_url",
    ),
    ("unknown option", lambda c: c.text_to_video("x", fps=24), "fps"),
    ("bad resolution", lambda c: c.continue_video(VID, resolution="4K"), "resolution"),
]


@pytest.mark.parametrize(("name", "call", "field"), INVALID, ids=[i[0] for i in INVALID])
def test_invalid_input_is_refused_before_any_request(
    driver: Driver, api: respx.MockRouter, name: str, call: Callable[[Any], Any], field: str
) -> None:
    route = api.post(SUBMIT).mock(return_value=httpx.Response(200, json=submitted()))
    with pytest.raises(InvalidRequestError) as raised:
        driver.run(call)
    assert field in raised.value.fields
    assert field.split("[")[0] in str(raised.value)
    assert route.call_count == 0
