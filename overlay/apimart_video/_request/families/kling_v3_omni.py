"""kling-v3-omni: images by position or by role (not both); a last frame needs a first frame;
a video to edit takes no frames; a multi-shot video needs its shot type and, custom, its shots.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from apimart_video._request.family import Body, Family, ModeInputs, conflict, has, is_true, listed
from apimart_video._types import Mode, Violation

FRAMES = ("first_frame", "last_frame")


def _roles(body: Body, role: str) -> int:
    """How many `image_with_roles` entries have `role`."""
    return sum(
        1
        for entry in listed(body, "image_with_roles")
        if isinstance(entry, Mapping) and has(entry, "role", role)
    )


def _edits_a_video(body: Body) -> bool:
    """`video_list` holds a video to edit (`refer_type` `base`, or none given)."""
    return any(
        isinstance(entry, Mapping) and not has(entry, "refer_type", "feature")
        for entry in listed(body, "video_list")
    )


def _custom_shots(body: Body) -> bool:
    return is_true(body, "multi_shot") and has(body, "shot_type", "customize")


def conflicts(body: Body) -> Iterator[Violation]:
    yield from _input_conflicts(body)
    yield from _shot_conflicts(body)


def _input_conflicts(body: Body) -> Iterator[Violation]:
    if "image_urls" in body and "image_with_roles" in body:
        yield conflict(
            "image_with_roles",
            body,
            "cannot be combined with image_urls (use one or the other)",
            "put every image in image_with_roles with its role, or only references in image_urls",
        )
    first, last = _roles(body, "first_frame"), _roles(body, "last_frame")
    for role, count in (("first_frame", first), ("last_frame", last)):
        if count > 1:
            yield conflict(
                "image_with_roles",
                body,
                f"holds {count} images with role {role!r}; at most one",
                "give the other images role 'reference'",
            )
    if last and not first:
        yield conflict(
            "image_with_roles",
            body,
            "holds a last_frame without a first_frame (a last frame needs a first frame)",
            "add the first frame with role 'first_frame', or call "
            "first_last_frame_to_video(first_frame_url, last_frame_url)",
        )
    if (first or last) and _edits_a_video(body):
        yield conflict(
            "image_with_roles",
            body,
            "holds a first or last frame, which a video to edit (video_list with refer_type "
            "'base', the default) does not take",
            "give the images role 'reference', or set refer_type='feature' to use the video "
            "as a reference",
        )


def _shot_conflicts(body: Body) -> Iterator[Violation]:
    if "prompt" not in body and not _custom_shots(body):
        yield conflict(
            "prompt",
            body,
            "is required (only a custom multi-shot, multi_shot=true with "
            "shot_type='customize', gives each shot its own prompt instead)",
            "add a prompt",
        )
    if is_true(body, "multi_shot") and "shot_type" not in body:
        yield conflict(
            "shot_type",
            body,
            "is required with multi_shot=true",
            "add shot_type='intelligence' (the model cuts the prompt) or 'customize' (with "
            "multi_prompt)",
        )
    if _custom_shots(body) and "multi_prompt" not in body:
        yield conflict(
            "multi_prompt",
            body,
            "is required with multi_shot=true and shot_type='customize'",
            "add the shots as multi_prompt=[{'index': 1, 'prompt': ..., 'duration': ...}, "
            "...], or use shot_type='intelligence'",
        )
    for place, shot in enumerate(listed(body, "multi_prompt")[:6], start=1):
        if isinstance(shot, Mapping) and "index" in shot and not has(shot, "index", place):
            yield conflict(
                "multi_prompt",
                body,
                f"shot {place} has index {shot['index']!r}; the indexes count 1, 2, 3, ... "
                "in order",
                f"set index {place} on shot {place}",
            )


def mode_of(body: Body) -> Mode:
    if _edits_a_video(body):
        return Mode.VIDEO_EDIT
    if _roles(body, "first_frame"):
        return Mode.FIRST_LAST_FRAME if _roles(body, "last_frame") else Mode.FIRST_FRAME
    if {"image_urls", "image_with_roles", "video_list", "element_list"} & set(body):
        return Mode.REFERENCE_TO_VIDEO
    return Mode.TEXT_TO_VIDEO


def ignored(body: Body, mode: Mode) -> Iterator[str]:
    if is_true(body, "audio") and "video_list" in body:
        yield "audio=true is ignored with video_list: a video with a reference video gets no sound"


def _frames(*urls: object) -> dict[str, Any]:
    roles = FRAMES[: len(urls)]
    return {
        "image_with_roles": [
            {"url": url, "role": role} for url, role in zip(urls, roles, strict=True)
        ]
    }


def _first_frame(inputs: ModeInputs) -> dict[str, Any]:
    return _frames(inputs.first_frame)


def _first_last_frame(inputs: ModeInputs) -> dict[str, Any]:
    return _frames(inputs.first_frame, inputs.last_frame)


FAMILY = Family(
    name="kling-v3-omni",
    mode_of=mode_of,
    conflicts=conflicts,
    ignored=ignored,
    writers={
        Mode.TEXT_TO_VIDEO: lambda inputs: {},
        Mode.FIRST_FRAME: _first_frame,
        Mode.FIRST_LAST_FRAME: _first_last_frame,
    },
    extra_modes=(Mode.REFERENCE_TO_VIDEO, Mode.VIDEO_EDIT),
)
