"""pixverse-v6: text-to-video, or the first of `image_urls` animated; `size` is for
text-to-video only. No cross-field rule refuses a body."""

from __future__ import annotations

from collections.abc import Iterator

from apimart_video._request.family import Body, Family, size_of
from apimart_video._types import Mode


def mode_of(body: Body) -> Mode:
    return Mode.FIRST_FRAME if "image_urls" in body else Mode.TEXT_TO_VIDEO


def ignored(body: Body, mode: Mode) -> Iterator[str]:
    if "size" in body and mode is Mode.FIRST_FRAME:
        yield (
            f"size={body['size']!r} is ignored in {mode.value} mode: the aspect ratio applies "
            "to text-to-video only"
        )
    images = size_of(body, "image_urls")
    if images > 1:
        yield f"only the first of {images} image_urls is used"


FAMILY = Family(
    name="pixverse-v6",
    mode_of=mode_of,
    ignored=ignored,
    writers={
        Mode.TEXT_TO_VIDEO: lambda inputs: {},
        Mode.FIRST_FRAME: lambda inputs: {"image_urls": [inputs.first_frame]},
    },
)
