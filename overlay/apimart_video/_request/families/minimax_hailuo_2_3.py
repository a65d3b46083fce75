"""MiniMax-Hailuo-2.3: `1080p` renders 6 s only; `MiniMax-Hailuo-2.3-Fast` needs a first frame."""

from __future__ import annotations

from collections.abc import Iterator

from apimart_video._request.family import Body, Family, conflict, has
from apimart_video._types import Mode, Violation

FAST = "MiniMax-Hailuo-2.3-Fast"


def conflicts(body: Body) -> Iterator[Violation]:
    if has(body, "resolution", "1080p") and has(body, "duration", 10):
        yield conflict(
            "duration",
            body,
            "cannot be 10 at resolution '1080p' (1080p renders 6-second videos only)",
            "use duration=6, or resolution='768p' for a 10-second video",
        )
    if has(body, "model", FAST) and "first_frame_image" not in body:
        yield conflict(
            "first_frame_image",
            body,
            f"is required by {FAST} (it is image-to-video only)",
            "give first_frame_image, or use model='MiniMax-Hailuo-2.3' for text-to-video",
        )


def mode_of(body: Body) -> Mode:
    return Mode.FIRST_FRAME if "first_frame_image" in body else Mode.TEXT_TO_VIDEO


FAMILY = Family(
    name="MiniMax-Hailuo-2.3",
    mode_of=mode_of,
    conflicts=conflicts,
    writers={
        Mode.TEXT_TO_VIDEO: lambda inputs: {},
        Mode.FIRST_FRAME: lambda inputs: {"first_frame_image": inputs.first_frame},
    },
)
