"""A table of documented valid and invalid bodies, judged by the spec and by `check_request`.

Each row is written from the shared notes, not from the schema: every bound at and past its
edge, every conflict, wrong types. Both the spec's JSON Schema and the overlay's rules must
give the documented verdict (and, for valid bodies, the documented mode).
"""

from __future__ import annotations

import warnings
from typing import Any

import pytest

from apimart_video import IgnoredFieldWarning, InvalidRequestError, Mode, check_request
from contract_tests.spec_document import spec_accepts_request

IMG = "https://cdn.example.com/a.jpg"
IMG2 = "https://cdn.example.com/b.jpg"
VID = "https://cdn.example.com/clip.mp4"
AUD = "https://cdn.example.com/beat.mp3"


def body(**fields: Any) -> dict[str, Any]:
    return {"model": "wan2.7", **fields}


def text(**fields: Any) -> dict[str, Any]:
    return body(prompt="a fox in the snow", **fields)


T2V, FF, FLF, CONT, AUDIO = (
    Mode.TEXT_TO_VIDEO,
    Mode.FIRST_FRAME,
    Mode.FIRST_LAST_FRAME,
    Mode.CONTINUATION,
    Mode.IMAGE_WITH_AUDIO,
)

VALID: list[tuple[str, dict[str, Any], Mode]] = [
    ("text only", text(), T2V),
    ("prompt of 1 character", body(prompt="x"), T2V),
    ("prompt of 5000 characters", body(prompt="x" * 5000), T2V),
    ("prompt of 5000 non-ASCII code points", body(prompt="é" * 5000), T2V),
    ("negative_prompt of 500 characters", text(negative_prompt="n" * 500), T2V),
    ("empty negative_prompt", text(negative_prompt=""), T2V),
    ("duration 2", text(duration=2), T2V),
    ("duration 15", text(duration=15), T2V),
    ("resolution 720P", text(resolution="720P"), T2V),
    ("resolution 1080P", text(resolution="1080P"), T2V),
    *[(f"size {s}", text(size=s), T2V) for s in ("16:9", "9:16", "1:1", "4:3", "3:4")],
    ("seed 0", text(seed=0), T2V),
    ("seed large", text(seed=2**40), T2V),
    ("booleans", text(prompt_extend=False, watermark=True), T2V),
    ("background music", text(audio_url=AUD), T2V),
    ("http URL", body(image_urls=["http://cdn.example.com/a.jpg"]), FF),
    ("one image, no prompt", body(image_urls=[IMG]), FF),
    ("one image with size (ignored)", body(image_urls=[IMG], size="1:1"), FF),
    ("two images", body(image_urls=[IMG, IMG2]), FLF),
    ("role-less image is a first frame", body(image_with_roles=[{"url": IMG}]), FF),
    ("explicit first frame", body(image_with_roles=[{"url": IMG, "role": "first_frame"}]), FF),
    (
        "first and last by role",
        body(image_with_roles=[{"url": IMG}, {"url": IMG2, "role": "last_frame"}]),
        FLF,
    ),
    (
        "last listed before first",
        body(image_with_roles=[{"url": IMG2, "role": "last_frame"}, {"url": IMG}]),
        FLF,
    ),
    ("continuation", body(video_urls=[VID], prompt="go on"), CONT),
    ("continuation, two videos (first used)", body(video_urls=[VID, VID]), CONT),
    ("image + driving audio", body(image_urls=[IMG], audio_url=AUD), AUDIO),
    ("role image + driving audio", body(image_with_roles=[{"url": IMG}], audio_url=AUD), AUDIO),
    ("URL of 2048 characters", body(image_urls=["https://h/" + "p" * 2038]), FF),
]

INVALID: list[tuple[str, Any, str]] = [
    ("not an object", ["model", "wan2.7"], "body"),
    ("model missing", {"prompt": "x"}, "model"),
    ("other model", {"model": "wan2.2", "prompt": "x"}, "model"),
    ("no prompt and no input", body(), "prompt"),
    ("empty prompt", body(prompt=""), "prompt"),
    ("prompt of 5001 characters", body(prompt="x" * 5001), "prompt"),
    ("prompt not a string", body(prompt=5), "prompt"),
    ("negative_prompt of 501 characters", text(negative_prompt="n" * 501), "negative_prompt"),
    ("duration 1", text(duration=1), "duration"),
    ("duration 16", text(duration=16), "duration"),
    ("duration as string", text(duration="5"), "duration"),
    ("duration 5.5", text(duration=5.5), "duration"),
    ("duration true", text(duration=True), "duration"),
    ("resolution 480P", text(resolution="480P"), "resolution"),
    ("resolution lowercase", text(resolution="1080p"), "resolution"),
    ("size 21:9", text(size="21:9"), "size"),
    ("seed -1", text(seed=-1), "seed"),
    ("seed as string", text(seed="42"), "seed"),
    ("prompt_extend as string", text(prompt_extend="true"), "prompt_extend"),
    ("watermark as int", text(watermark=1), "watermark"),
    ("unknown field", text(negativ_prompt="x"), "negativ_prompt"),
    ("empty image_urls", body(image_urls=[]), "image_urls"),
    ("three image_urls", body(image_urls=[IMG, IMG2, IMG]), "image_urls"),
    ("image_urls not a list", body(image_urls=IMG), "image_urls"),
    ("ftp URL", body(image_urls=["ftp://cdn.example.com/a.jpg"]), "image_urls[0]"),
    ("relative URL", body(image_urls=["/a.jpg"]), "image_urls[0]"),
    ("URL with a space", body(image_urls=["https://cdn.example.com/a b.jpg"]), "image_urls[0]"),
    ("URL without host", body(image_urls=["https:///a.jpg"]), "image_urls[0]"),
    ("URL of 2049 characters", body(image_urls=["https://h/" + "p" * 2039]), "image_urls[0]"),
    ("audio_url not a URL", text(audio_url="beat.mp3"), "audio_url"),
    ("empty video_urls", body(video_urls=[]), "video_urls"),
    (
        "image_urls with image_with_roles",
        body(image_urls=[IMG], image_with_roles=[{"url": IMG}]),
        "image_with_roles",
    ),
    ("video with image_urls", body(video_urls=[VID], image_urls=[IMG]), "image_urls"),
    (
        "video with roles",
        body(video_urls=[VID], image_with_roles=[{"url": IMG}]),
        "image_with_roles",
    ),
    ("video with audio", body(video_urls=[VID], audio_url=AUD), "audio_url"),
    ("audio with two images", body(image_urls=[IMG, IMG2], audio_url=AUD), "audio_url"),
    (
        "audio with a last_frame role",
        body(image_with_roles=[{"url": IMG}, {"url": IMG2, "role": "last_frame"}], audio_url=AUD),
        "audio_url",
    ),
    (
        "last frame without first",
        body(image_with_roles=[{"url": IMG, "role": "last_frame"}]),
        "image_with_roles",
    ),
    ("two first frames", body(image_with_roles=[{"url": IMG}, {"url": IMG2}]), "image_with_roles"),
    (
        "two last frames",
        body(image_with_roles=[{"url": IMG, "role": "last_frame"}] * 2),
        "image_with_roles",
    ),
    (
        "role unknown",
        body(image_with_roles=[{"url": IMG, "role": "middle"}]),
        "image_with_roles[0].role",
    ),
    (
        "role object without url",
        body(image_with_roles=[{"role": "first_frame"}]),
        "image_with_roles[0].url",
    ),
    (
        "role object with extra key",
        body(image_with_roles=[{"url": IMG, "weight": 1}]),
        "image_with_roles[0].weight",
    ),
    ("role entry is a string", body(image_with_roles=[IMG]), "image_with_roles[0]"),
    ("three roles", body(image_with_roles=[{"url": IMG}] * 3), "image_with_roles"),
]


@pytest.mark.parametrize(("case", "request_body", "mode"), VALID, ids=[c[0] for c in VALID])
def test_documented_valid_body_is_accepted(
    case: str, request_body: dict[str, Any], mode: Mode
) -> None:
    assert spec_accepts_request(request_body), case
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", IgnoredFieldWarning)
        assert check_request(request_body) is mode


@pytest.mark.parametrize(("case", "request_body", "field"), INVALID, ids=[c[0] for c in INVALID])
def test_documented_invalid_body_is_rejected_naming_the_field(
    case: str, request_body: Any, field: str
) -> None:
    assert not spec_accepts_request(request_body), case
    with pytest.raises(InvalidRequestError) as raised:
        check_request(request_body)
    assert field in raised.value.fields
    assert field.split("[")[0] in str(raised.value)


def test_size_in_image_mode_is_accepted_with_a_warning_that_says_so() -> None:
    with pytest.warns(IgnoredFieldWarning, match=r"size='1:1' is ignored in first_frame mode"):
        assert check_request(body(image_urls=[IMG], size="1:1")) is Mode.FIRST_FRAME


def test_conflict_message_names_the_helper_the_caller_probably_wanted() -> None:
    with pytest.raises(InvalidRequestError, match=r"image_with_audio\(image_url, audio_url\)"):
        check_request(body(image_urls=[IMG, IMG2], audio_url=AUD))
    with pytest.raises(InvalidRequestError, match=r"continue_video\(video_url\)"):
        check_request(body(video_urls=[VID], audio_url=AUD))


def test_misspelt_field_gets_a_did_you_mean() -> None:
    with pytest.raises(InvalidRequestError, match="did you mean 'negative_prompt'"):
        check_request(text(negativ_prompt="blurry"))


def test_invalid_request_error_is_a_value_error_listing_every_violation() -> None:
    with pytest.raises(ValueError, match=r"invalid wan2\.7 request") as raised:
        check_request(text(duration=99, seed=-1))
    assert isinstance(raised.value, InvalidRequestError)
    assert raised.value.fields == ("duration", "seed")
    assert "99" in str(raised.value)
    assert "from 2 to 15" in str(raised.value)
