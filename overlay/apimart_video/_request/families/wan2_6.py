"""wan2.6: text-to-video needs a prompt; one first-frame image; `audio_url` wins over `audio`.

The spec's `Wan26Request` states the prompt rule in `allOf`; the fields the API ignores in a
mode (an aspect ratio with an image, a template without one) are warned about here.
"""

from __future__ import annotations

from collections.abc import Iterator

from apimart_video._request.family import Body, Family, ModeInputs, conflict, has
from apimart_video._types import Mode, Violation


def conflicts(body: Body) -> Iterator[Violation]:
    if "prompt" not in body and "image_urls" not in body:
        yield conflict(
            "prompt",
            body,
            "is required in text-to-video mode (no image_urls)",
            "call text_to_video(prompt, model='wan2.6'), or pass image_urls for image-to-video",
        )


def mode_of(body: Body) -> Mode:
    if "image_urls" not in body:
        return Mode.TEXT_TO_VIDEO
    return Mode.IMAGE_WITH_AUDIO if "audio_url" in body else Mode.FIRST_FRAME


def ignored(body: Body, mode: Mode) -> Iterator[str]:
    if "aspect_ratio" in body and mode is not Mode.TEXT_TO_VIDEO:
        yield (
            f"aspect_ratio={body['aspect_ratio']!r} is ignored in {mode.value} mode: the image "
            "decides the aspect ratio"
        )
    if "template" in body and mode is Mode.TEXT_TO_VIDEO:
        yield "template is ignored in text-to-video mode: effect templates apply to an image"
    if "audio_url" in body and has(body, "audio", False):
        yield "audio=false is ignored: audio_url takes priority and gives the video its sound"


def _audio(inputs: ModeInputs) -> dict[str, str]:
    return {} if inputs.audio is None else {"audio_url": inputs.audio}


FAMILY = Family(
    name="wan2.6",
    mode_of=mode_of,
    conflicts=conflicts,
    ignored=ignored,
    writers={
        Mode.TEXT_TO_VIDEO: _audio,
        Mode.FIRST_FRAME: lambda inputs: {"image_urls": [inputs.first_frame], **_audio(inputs)},
        Mode.IMAGE_WITH_AUDIO: lambda inputs: {
            "image_urls": [inputs.first_frame],
            **_audio(inputs),
        },
    },
)
