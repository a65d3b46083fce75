"""kling-v3: 15 s only in text-to-video; `last_frame_image` needs a single first frame."""

from __future__ import annotations

from collections.abc import Iterator

from apimart_video._request.family import Body, Family, conflict, has, size_of
from apimart_video._types import Mode, Violation


def conflicts(body: Body) -> Iterator[Violation]:
    images = "image_urls" in body
    if images and has(body, "duration", 15):
        yield conflict(
            "duration",
            body,
            "15 s is for text-to-video only; with image_urls the duration is 5 or 10",
            "set duration to 5 or 10, or leave image_urls out for text-to-video",
        )
    if "last_frame_image" in body and not images:
        yield conflict(
            "last_frame_image",
            body,
            "is only used in image-to-video: it needs the first frame in image_urls",
            "add image_urls=[first_frame_url], or call "
            "first_last_frame_to_video(first_frame_url, last_frame_url)",
        )
    if "last_frame_image" in body and size_of(body, "image_urls") >= 2:
        yield conflict(
            "last_frame_image",
            body,
            "cannot be combined with a second image in image_urls (both are the last frame)",
            "keep one first frame in image_urls with last_frame_image, or two image_urls "
            "without it",
        )


def mode_of(body: Body) -> Mode:
    images = size_of(body, "image_urls")
    if images == 0:
        return Mode.TEXT_TO_VIDEO
    if images == 2 or "last_frame_image" in body:
        return Mode.FIRST_LAST_FRAME
    return Mode.FIRST_FRAME


FAMILY = Family(
    name="kling-v3",
    mode_of=mode_of,
    conflicts=conflicts,
    writers={
        Mode.TEXT_TO_VIDEO: lambda inputs: {},
        Mode.FIRST_FRAME: lambda inputs: {"image_urls": [inputs.first_frame]},
        Mode.FIRST_LAST_FRAME: lambda inputs: {
            "image_urls": [inputs.first_frame, inputs.last_frame]
        },
    },
)
