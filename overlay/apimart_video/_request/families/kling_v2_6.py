"""kling-v2-6: `std` is silent; audio and a last frame need `pro`, and never go together."""

from __future__ import annotations

from collections.abc import Iterator

from apimart_video._request.family import Body, Family, conflict, has, is_true, size_of
from apimart_video._types import Mode, Violation

PRO = "pro"


def conflicts(body: Body) -> Iterator[Violation]:
    pro = has(body, "mode", PRO)
    last_frame = size_of(body, "image_urls") >= 2
    if is_true(body, "audio") and not pro:
        yield conflict(
            "audio",
            body,
            "needs mode 'pro' (mode 'std', the default, renders silent video)",
            "add mode='pro', or leave audio out",
        )
    if last_frame and not pro:
        yield conflict(
            "image_urls",
            body,
            "holds a last frame, which needs mode 'pro'",
            "add mode='pro', or give only the first frame",
        )
    if last_frame and is_true(body, "audio") and pro:
        yield conflict(
            "audio",
            body,
            "cannot be used with a last frame (in 'pro' it is one or the other)",
            "drop the last frame for a video with sound, or audio for a first-to-last motion",
        )


def mode_of(body: Body) -> Mode:
    images = size_of(body, "image_urls")
    if images == 0:
        return Mode.TEXT_TO_VIDEO
    return Mode.FIRST_LAST_FRAME if images == 2 else Mode.FIRST_FRAME


FAMILY = Family(
    name="kling-v2-6",
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
