"""viduq3-pro and viduq3-turbo: 0, 1 or 2 images pick the mode; text-to-video needs a prompt."""

from __future__ import annotations

from collections.abc import Iterator

from apimart_video._request.family import Body, Family, conflict, size_of
from apimart_video._types import Mode, Violation


def conflicts(body: Body) -> Iterator[Violation]:
    if "prompt" not in body and "image_urls" not in body:
        yield conflict(
            "prompt",
            body,
            "is required in text-to-video mode (no image_urls)",
            "give a prompt, or pass image_urls for image-to-video",
        )


def mode_of(body: Body) -> Mode:
    if "image_urls" not in body:
        return Mode.TEXT_TO_VIDEO
    return Mode.FIRST_LAST_FRAME if size_of(body, "image_urls") == 2 else Mode.FIRST_FRAME


def ignored(body: Body, mode: Mode) -> Iterator[str]:
    if "aspect_ratio" in body and mode is not Mode.TEXT_TO_VIDEO:
        yield (
            f"aspect_ratio={body['aspect_ratio']!r} is ignored in {mode.value} mode: the API "
            "applies it to text-to-video only"
        )


FAMILY = Family(
    name="viduq3-pro",
    mode_of=mode_of,
    conflicts=conflicts,
    ignored=ignored,
    writers={
        Mode.TEXT_TO_VIDEO: lambda inputs: {},
        Mode.FIRST_FRAME: lambda inputs: {"image_urls": [inputs.first_frame]},
        Mode.FIRST_LAST_FRAME: lambda inputs: {
            "image_urls": [inputs.first_frame, inputs.last_frame]
        },
    },
)
