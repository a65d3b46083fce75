"""kling-3.0-turbo: `first_frame_image` selects image-to-video, where the prompt is optional
and `aspect_ratio` has no effect."""

from __future__ import annotations

from collections.abc import Iterator

from apimart_video._request.family import Body, Family, conflict
from apimart_video._types import Mode, Violation


def conflicts(body: Body) -> Iterator[Violation]:
    if "prompt" not in body and "first_frame_image" not in body:
        yield conflict(
            "prompt",
            body,
            "is required in text-to-video mode (no first_frame_image)",
            "call text_to_video(prompt), or pass first_frame_image for image-to-video",
        )


def mode_of(body: Body) -> Mode:
    return Mode.FIRST_FRAME if "first_frame_image" in body else Mode.TEXT_TO_VIDEO


def ignored(body: Body, mode: Mode) -> Iterator[str]:
    if "aspect_ratio" in body and mode is Mode.FIRST_FRAME:
        yield (
            f"aspect_ratio={body['aspect_ratio']!r} is ignored with first_frame_image: the "
            "first-frame image decides the aspect ratio"
        )


FAMILY = Family(
    name="kling-3.0-turbo",
    mode_of=mode_of,
    conflicts=conflicts,
    ignored=ignored,
    writers={
        Mode.TEXT_TO_VIDEO: lambda inputs: {},
        Mode.FIRST_FRAME: lambda inputs: {"first_frame_image": inputs.first_frame},
    },
)
