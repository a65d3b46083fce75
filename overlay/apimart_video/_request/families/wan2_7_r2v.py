"""wan2.7-r2v: reference images and/or videos (at least one, at most five in all), one first frame.

The spec's `Wan27R2vRequest` states these in `allOf`; here they get their messages and the
way out. There is one mode, reference-to-video, which no mode helper writes.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from apimart_video._request.family import Body, Family, conflict, listed
from apimart_video._types import Mode, Violation

MAX_INPUTS = 5
"""Reference images and videos together, as the page counts them."""


def _is_first_frame(entry: object) -> bool:
    return isinstance(entry, Mapping) and entry.get("role", None) == "first_frame"


def conflicts(body: Body) -> Iterator[Violation]:
    if "image_with_roles" not in body and "video_urls" not in body:
        yield conflict(
            "image_with_roles",
            body,
            "is required unless video_urls is given: wan2.7-r2v makes a video from "
            "references, not from text alone",
            "add image_with_roles=[{'url': ..., 'role': 'reference_image'}] or video_urls=[...], "
            "or pick a text-to-video model such as wan2.7",
        )
    images, videos = body.get("image_with_roles"), body.get("video_urls")
    if isinstance(images, list) and images and isinstance(videos, list):
        total = min(len(images), MAX_INPUTS) + len(videos)
        if total > MAX_INPUTS:
            yield conflict(
                "video_urls",
                body,
                f"with image_with_roles makes {len(images) + len(videos)} inputs; at most "
                f"{MAX_INPUTS} images and videos in all",
                "drop references until image_with_roles and video_urls hold 5 together",
            )
    first_frames = sum(1 for entry in listed(body, "image_with_roles") if _is_first_frame(entry))
    if first_frames > 1:
        yield conflict(
            "image_with_roles",
            body,
            f"holds {first_frames} images with role 'first_frame'; at most one",
            "give the other images role 'reference_image' (the default)",
        )


def mode_of(body: Body) -> Mode:
    return Mode.REFERENCE_TO_VIDEO


def ignored(body: Body, mode: Mode) -> Iterator[str]:
    if "size" in body and any(_is_first_frame(e) for e in listed(body, "image_with_roles")):
        yield (
            f"size={body['size']!r} is ignored with a first_frame image: the video takes that "
            "image's aspect ratio"
        )


FAMILY = Family(
    name="wan2.7-r2v",
    mode_of=mode_of,
    conflicts=conflicts,
    ignored=ignored,
    writers={},
    extra_modes=(Mode.REFERENCE_TO_VIDEO,),
)
