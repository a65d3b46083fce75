"""grok-imagine-video: text-to-video, one image animated, or several as references.
No cross-field rule refuses a body."""

from __future__ import annotations

from apimart_video._request.family import Body, Family, size_of
from apimart_video._types import Mode


def mode_of(body: Body) -> Mode:
    images = size_of(body, "image_urls")
    if images == 0:
        return Mode.TEXT_TO_VIDEO
    return Mode.FIRST_FRAME if images == 1 else Mode.REFERENCE_TO_VIDEO


FAMILY = Family(
    name="grok-imagine-video",
    mode_of=mode_of,
    writers={
        Mode.TEXT_TO_VIDEO: lambda inputs: {},
        Mode.FIRST_FRAME: lambda inputs: {"image_urls": [inputs.first_frame]},
    },
    extra_modes=(Mode.REFERENCE_TO_VIDEO,),
)
