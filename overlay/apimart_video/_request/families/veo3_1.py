"""veo3.1: always 8 s; `image_urls` as frames (at most 2) or references (not on
`veo3.1-quality`); no GIF at `1080p` or `4k`."""

from __future__ import annotations

from collections.abc import Iterator

from apimart_video._request.family import Body, Family, conflict, has, is_true, size_of
from apimart_video._types import Mode, Violation

QUALITY = "veo3.1-quality"
FRAME = "frame"
REFERENCE = "reference"
MAX_FRAMES = 2
GIF_REFUSED = ("1080p", "4k")


def conflicts(body: Body) -> Iterator[Violation]:
    quality = has(body, "model", QUALITY)
    images = size_of(body, "image_urls")
    if quality and has(body, "generation_type", REFERENCE):
        yield conflict(
            "generation_type",
            body,
            f"'reference' is not supported by {QUALITY!r}",
            "use model='veo3.1-fast' for reference images, or generation_type='frame'",
        )
    if images > MAX_FRAMES and has(body, "generation_type", FRAME):
        yield conflict(
            "image_urls",
            body,
            f"holds {images} images; frame mode takes a first and a last frame (at most 2)",
            "give at most 2 images, or generation_type='reference' for up to 3 references",
        )
    elif images > MAX_FRAMES and quality:
        yield conflict(
            "image_urls",
            body,
            f"holds {images} images; {QUALITY!r} takes frames only (at most 2, no references)",
            "give a first and a last frame, or use model='veo3.1-fast' for 3 references",
        )
    resolution = next((value for value in GIF_REFUSED if has(body, "resolution", value)), None)
    if is_true(body, "enable_gif") and resolution is not None:
        yield conflict(
            "enable_gif",
            body,
            f"cannot be used with resolution {resolution!r} (a GIF is made at '720p' only)",
            "set resolution='720p', or leave enable_gif out",
        )


def mode_of(body: Body) -> Mode:
    images = size_of(body, "image_urls")
    if images == 0:
        return Mode.TEXT_TO_VIDEO
    if has(body, "generation_type", REFERENCE) or (
        images > MAX_FRAMES and not has(body, "generation_type", FRAME)
    ):
        return Mode.REFERENCE_TO_VIDEO
    return Mode.FIRST_LAST_FRAME if images == MAX_FRAMES else Mode.FIRST_FRAME


def ignored(body: Body, mode: Mode) -> Iterator[str]:
    if mode is Mode.TEXT_TO_VIDEO and "generation_type" in body:
        yield (
            f"generation_type={body['generation_type']!r} is ignored without image_urls "
            "(text-to-video)"
        )


FAMILY = Family(
    name="veo3.1",
    mode_of=mode_of,
    conflicts=conflicts,
    ignored=ignored,
    writers={
        Mode.TEXT_TO_VIDEO: lambda inputs: {},
        Mode.FIRST_FRAME: lambda inputs: {
            "generation_type": FRAME,
            "image_urls": [inputs.first_frame],
        },
        Mode.FIRST_LAST_FRAME: lambda inputs: {
            "generation_type": FRAME,
            "image_urls": [inputs.first_frame, inputs.last_frame],
        },
    },
    extra_modes=(Mode.REFERENCE_TO_VIDEO,),
)
