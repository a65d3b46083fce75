"""First and last frames as the Seedance families take them: `image_urls` or `image_with_roles`.

Shared by the doubao-seedance rules files: the two image fields exclude each other, and
`image_with_roles` holds exactly one first frame (an entry whose role is absent or
`first_frame`) and at most one last frame, counted the way the spec's `contains` counts them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from apimart_video._request.family import Body, conflict, listed, size_of
from apimart_video._types import Mode, Violation

LAST_FRAME = "last_frame"


def is_last_frame(entry: object) -> bool:
    return isinstance(entry, Mapping) and entry.get("role", None) == LAST_FRAME


def has_last_frame(body: Body) -> bool:
    """A last frame: a second `image_urls` entry, or an `image_with_roles` entry in that role."""
    return size_of(body, "image_urls") >= 2 or any(
        is_last_frame(entry) for entry in listed(body, "image_with_roles")
    )


def frame_conflicts(body: Body) -> Iterator[Violation]:
    """`image_urls` xor `image_with_roles`; one first frame and at most one last frame."""
    if "image_urls" in body and "image_with_roles" in body:
        yield conflict(
            "image_with_roles",
            body,
            "cannot be combined with image_urls (use one or the other)",
            "for a first and a last frame call "
            "first_last_frame_to_video(first_frame_url, last_frame_url)",
        )
    roles = listed(body, "image_with_roles")
    objects = [entry for entry in roles if isinstance(entry, Mapping)]
    first_frames = sum(1 for entry in objects if not is_last_frame(entry))
    # An entry that is not an object counts as a last frame, as `contains` counts it.
    last_frames = sum(
        1 for entry in roles if is_last_frame(entry) or not isinstance(entry, Mapping)
    )
    if objects and first_frames == 0:
        yield conflict(
            "image_with_roles",
            body,
            "needs exactly one first_frame (a last_frame needs a first_frame)",
            "for a single image call first_frame_to_video(image_url)",
        )
    if first_frames > 1:
        yield conflict(
            "image_with_roles",
            body,
            f"holds {first_frames} first frames; exactly one is allowed "
            "(an image without a role is a first_frame)",
            "give the second image role 'last_frame', or call "
            "first_last_frame_to_video(first_frame_url, last_frame_url)",
        )
    if last_frames > 1:
        yield conflict("image_with_roles", body, f"holds {last_frames} last frames; at most one")


def frames_mode(body: Body) -> Mode:
    """The mode of a body whose only inputs are frames (1.0 and 1.5)."""
    if "image_urls" not in body and "image_with_roles" not in body:
        return Mode.TEXT_TO_VIDEO
    return Mode.FIRST_LAST_FRAME if has_last_frame(body) else Mode.FIRST_FRAME
