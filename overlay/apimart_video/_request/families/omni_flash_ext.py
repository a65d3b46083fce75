"""Omni-Flash-Ext: 0, 1 or 3 images (never 2); a reference video gives the motion.

Modes: no image and no video is text-to-video, one image image-to-video (the image opens the
video), three images reference fusion; a video in `video_urls`, with or without images, is
motion control (the video moves, the images give identity and composition).
"""

from __future__ import annotations

from collections.abc import Iterator

from apimart_video._request.family import Body, Family, conflict, size_of
from apimart_video._types import Mode, Violation


def conflicts(body: Body) -> Iterator[Violation]:
    if size_of(body, "image_urls") == 2:
        yield conflict(
            "image_urls",
            body,
            "holds 2 images; Omni-Flash-Ext takes 0, 1 or 3 (the API answers "
            "unsupported_image_count: there is no first-and-last-frame mode)",
            "give one image for image-to-video, or three for reference fusion",
        )


def mode_of(body: Body) -> Mode:
    if size_of(body, "video_urls"):
        return Mode.MOTION_CONTROL
    images = size_of(body, "image_urls")
    if images == 0:
        return Mode.TEXT_TO_VIDEO
    return Mode.FIRST_FRAME if images == 1 else Mode.REFERENCE_TO_VIDEO


FAMILY = Family(
    name="Omni-Flash-Ext",
    mode_of=mode_of,
    conflicts=conflicts,
    writers={
        Mode.TEXT_TO_VIDEO: lambda inputs: {},
        Mode.FIRST_FRAME: lambda inputs: {"image_urls": [inputs.first_frame]},
    },
    extra_modes=(Mode.REFERENCE_TO_VIDEO, Mode.MOTION_CONTROL),
)
