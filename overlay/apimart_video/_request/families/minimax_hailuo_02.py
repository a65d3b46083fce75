"""MiniMax-Hailuo-02: `1080p` renders 5 s only; a last frame needs a first frame, not at `512p`."""

from __future__ import annotations

from collections.abc import Iterator

from apimart_video._request.family import Body, Family, conflict, has
from apimart_video._types import Mode, Violation


def conflicts(body: Body) -> Iterator[Violation]:
    if has(body, "resolution", "1080p") and has(body, "duration", 10):
        yield conflict(
            "duration",
            body,
            "cannot be 10 at resolution '1080p' (1080p renders 5-second videos only)",
            "use duration=5, or resolution='768p' or '512p' for a 10-second video",
        )
    if "last_frame_image" in body and "first_frame_image" not in body:
        yield conflict(
            "first_frame_image",
            body,
            "is required with last_frame_image (a last frame needs a first frame)",
            "give first_frame_image too; first_last_frame_to_video(first_frame_url, "
            "last_frame_url, model='MiniMax-Hailuo-02') writes both",
        )
    if "last_frame_image" in body and has(body, "resolution", "512p"):
        yield conflict(
            "resolution",
            body,
            "cannot be '512p' with last_frame_image (a last frame needs 768p or 1080p)",
            "use resolution='768p' or '1080p', or leave out last_frame_image",
        )


def mode_of(body: Body) -> Mode:
    if "last_frame_image" in body:
        return Mode.FIRST_LAST_FRAME
    return Mode.FIRST_FRAME if "first_frame_image" in body else Mode.TEXT_TO_VIDEO


FAMILY = Family(
    name="MiniMax-Hailuo-02",
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
