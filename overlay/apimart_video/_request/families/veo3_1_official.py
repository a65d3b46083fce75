"""veo3.1-official: a last frame needs a first frame (`first_frame_image`); 4, 6 or 8 s."""

from __future__ import annotations

from collections.abc import Iterator

from apimart_video._request.family import Body, Family, conflict
from apimart_video._types import Mode, Violation


def conflicts(body: Body) -> Iterator[Violation]:
    if "last_frame_image" in body and "first_frame_image" not in body:
        yield conflict(
            "last_frame_image",
            body,
            "needs first_frame_image (a last frame is used together with a first frame)",
            "add first_frame_image, or call "
            "first_last_frame_to_video(first_frame_url, last_frame_url)",
        )


def mode_of(body: Body) -> Mode:
    if "first_frame_image" not in body:
        return Mode.TEXT_TO_VIDEO
    return Mode.FIRST_LAST_FRAME if "last_frame_image" in body else Mode.FIRST_FRAME


FAMILY = Family(
    name="veo3.1-official",
    mode_of=mode_of,
    conflicts=conflicts,
    writers={
        Mode.TEXT_TO_VIDEO: lambda inputs: {},
        Mode.FIRST_FRAME: lambda inputs: {"first_frame_image": inputs.first_frame},
        Mode.FIRST_LAST_FRAME: lambda inputs: {
            "first_frame_image": inputs.first_frame,
            "last_frame_image": inputs.last_frame,
        },
    },
)
