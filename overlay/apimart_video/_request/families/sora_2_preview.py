"""sora-2-preview: 4, 8 or 12 s; with an image, only the first one counts and its ratio wins."""

from __future__ import annotations

from collections.abc import Iterator

from apimart_video._request.family import Body, Family, size_of
from apimart_video._types import Mode


def mode_of(body: Body) -> Mode:
    return Mode.FIRST_FRAME if size_of(body, "image_urls") else Mode.TEXT_TO_VIDEO


def ignored(body: Body, mode: Mode) -> Iterator[str]:
    if mode is Mode.FIRST_FRAME and "aspect_ratio" in body:
        yield (
            f"aspect_ratio={body['aspect_ratio']!r} is ignored with a reference image: the API "
            "takes the ratio from the image (give an image already in the ratio you want)"
        )
    images = size_of(body, "image_urls")
    if images > 1:
        yield f"only the first of {images} image_urls is used"


FAMILY = Family(
    name="sora-2-preview",
    mode_of=mode_of,
    ignored=ignored,
    writers={
        Mode.TEXT_TO_VIDEO: lambda inputs: {},
        Mode.FIRST_FRAME: lambda inputs: {"image_urls": [inputs.first_frame]},
    },
)
