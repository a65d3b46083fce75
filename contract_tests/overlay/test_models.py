"""Any model the client knows, through `generate(model=...)` and the mode helpers; an unknown
model refused before sending unless `check=False`, then sent exactly as given."""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import respx

from apimart_video import (
    InvalidRequestError,
    Mode,
    UncheckedRequestWarning,
    check_request,
    known_models,
)
from contract_tests.overlay.conftest import SUBMIT, Driver, submitted
from contract_tests.spec.family_bodies import families

IMG, IMG2 = "https://cdn.example.com/a.jpg", "https://cdn.example.com/b.jpg"
VID, AUD = "https://cdn.example.com/clip.mp4", "https://cdn.example.com/beat.mp3"


def _examples() -> list[Any]:
    return [
        pytest.param(body, id=f"{name}-{index}")
        for name, schema in families().items()
        for index, body in enumerate(schema.get("examples", []))
    ]


@pytest.mark.parametrize("body", _examples())
def test_generate_sends_each_documented_example_of_every_model_as_given(
    driver: Driver, api: respx.MockRouter, body: dict[str, Any]
) -> None:
    route = api.post(SUBMIT).mock(return_value=httpx.Response(200, json=submitted()))
    fields = {name: value for name, value in body.items() if name != "model"}
    result = driver.run(lambda c: c.generate(model=body["model"], **fields))
    assert json.loads(route.calls.last.request.content) == body
    assert result.mode is check_request(body)


def test_a_rule_of_another_model_is_enforced_before_sending(
    driver: Driver, api: respx.MockRouter
) -> None:
    route = api.post(SUBMIT).mock(return_value=httpx.Response(200, json=submitted()))
    with pytest.raises(InvalidRequestError) as raised:
        driver.run(lambda c: c.generate(model="kling-v2-6", prompt="x", audio=True))
    assert not route.called
    message = str(raised.value)
    for word in ("kling-v2-6", "audio", "'pro'"):
        assert word in message
    assert raised.value.model == "kling-v2-6"


def test_an_unknown_model_is_refused_with_the_known_ids(
    driver: Driver, api: respx.MockRouter
) -> None:
    route = api.post(SUBMIT).mock(return_value=httpx.Response(200, json=submitted()))
    with pytest.raises(InvalidRequestError) as raised:
        driver.run(lambda c: c.generate(model="kling-v2-7", prompt="x"))
    assert not route.called
    message = str(raised.value)
    for family in known_models():
        for model in family.models:
            assert model in message
    assert "did you mean 'kling-v2-6'" in message
    assert "check=False" in message


def test_check_false_sends_an_unknown_model_as_given_with_a_warning(
    driver: Driver, api: respx.MockRouter
) -> None:
    route = api.post(SUBMIT).mock(return_value=httpx.Response(200, json=submitted()))
    fields: dict[str, Any] = {"prompt": "x", "brand_new_option": {"a": [1, 2]}, "duration": "7"}
    with pytest.warns(UncheckedRequestWarning, match="not checked") as caught:
        result = driver.run(lambda c: c.generate(model="acme-video-9", check=False, **fields))
    assert json.loads(route.calls.last.request.content) == {"model": "acme-video-9", **fields}
    assert result.mode is Mode.UNCHECKED
    if driver.kind == "sync":  # async: the line that awaits it (the driver's, here)
        assert caught[0].filename == __file__  # the warning points at the caller's line


def test_check_false_sends_a_known_model_unchecked_too(
    driver: Driver, api: respx.MockRouter
) -> None:
    route = api.post(SUBMIT).mock(return_value=httpx.Response(200, json=submitted()))
    with pytest.warns(UncheckedRequestWarning):
        driver.run(lambda c: c.generate(model="kling-v2-6", check=False, prompt="x", audio=True))
    assert json.loads(route.calls.last.request.content)["audio"] is True


HELPERS: list[tuple[str, Callable[[Any], Any], dict[str, Any], Mode]] = [
    (
        "text_to_video",
        lambda c: c.text_to_video("a fox", model="kling-v2-6", mode="pro", audio=True),
        {"model": "kling-v2-6", "prompt": "a fox", "mode": "pro", "audio": True},
        Mode.TEXT_TO_VIDEO,
    ),
    (
        "first_frame_to_video",
        lambda c: c.first_frame_to_video(IMG, model="kling-v2-6", prompt="spin"),
        {"model": "kling-v2-6", "prompt": "spin", "image_urls": [IMG]},
        Mode.FIRST_FRAME,
    ),
    (
        "first_last_frame_to_video",
        lambda c: c.first_last_frame_to_video(
            IMG, IMG2, model="kling-v2-6", prompt="go", mode="pro"
        ),
        {"model": "kling-v2-6", "prompt": "go", "image_urls": [IMG, IMG2], "mode": "pro"},
        Mode.FIRST_LAST_FRAME,
    ),
]


@pytest.mark.parametrize(("name", "call", "body", "mode"), HELPERS, ids=[h[0] for h in HELPERS])
def test_mode_helpers_write_another_models_fields(
    driver: Driver,
    api: respx.MockRouter,
    name: str,
    call: Callable[[Any], Any],
    body: dict[str, Any],
    mode: Mode,
) -> None:
    route = api.post(SUBMIT).mock(return_value=httpx.Response(200, json=submitted()))
    result = driver.run(call)
    assert json.loads(route.calls.last.request.content) == body
    assert result.mode is mode


REFUSED: list[tuple[str, Callable[[Any], Any], list[str]]] = [
    (
        "a mode the model lacks",
        lambda c: c.continue_video(VID, model="kling-v2-6", prompt="x"),
        ["kling-v2-6 has no continuation mode", "text_to_video", "first_frame", "known_models()"],
    ),
    (
        "an input the model has no field for",
        lambda c: c.text_to_video("x", model="kling-v2-6", audio_url=AUD),
        ["kling-v2-6 takes no audio_url", "text_to_video"],
    ),
    (
        "an unknown model",
        lambda c: c.text_to_video("x", model="nope"),
        ["not a model this client knows", "wan2.7"],
    ),
]


@pytest.mark.parametrize(("name", "call", "words"), REFUSED, ids=[r[0] for r in REFUSED])
def test_mode_helpers_say_where_a_model_has_no_such_mode_and_send_nothing(
    driver: Driver,
    api: respx.MockRouter,
    name: str,
    call: Callable[[Any], Any],
    words: list[str],
) -> None:
    route = api.post(SUBMIT).mock(return_value=httpx.Response(200, json=submitted()))
    with pytest.raises(InvalidRequestError) as raised:
        driver.run(call)
    assert not route.called
    for word in words:
        assert word in str(raised.value)


def test_known_models_lists_each_family_with_its_ids_modes_and_fields() -> None:
    known = {family.name: family for family in known_models()}
    assert known["wan2.7"].models == ("wan2.7",)
    assert set(known["wan2.7"].modes) >= {Mode.TEXT_TO_VIDEO, Mode.CONTINUATION}
    assert known["kling-v2-6"].modes == (
        Mode.TEXT_TO_VIDEO,
        Mode.FIRST_FRAME,
        Mode.FIRST_LAST_FRAME,
    )
    assert "mode" in known["kling-v2-6"].fields
    assert "size" not in known["kling-v2-6"].fields
    assert known["kling-v2-6"].docs_url.startswith("https://docs.apimart.ai/")
    for family in known.values():
        assert family.fields[0] == "model"
        assert set(family.required) <= set(family.fields)


def test_the_default_model_is_still_wan27_for_every_helper(
    driver: Driver, api: respx.MockRouter
) -> None:
    route = api.post(SUBMIT).mock(return_value=httpx.Response(200, json=submitted()))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no warning on the default path
        driver.run(lambda c: c.generate(prompt="x"))
    assert json.loads(route.calls.last.request.content) == {"model": "wan2.7", "prompt": "x"}
