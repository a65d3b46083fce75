"""wan2.7: five modes picked by the fields present; the conflicts between them.

The spec's `Wan27Request` states these in `allOf` and `dependentSchemas`; here they get
their messages and the helper the caller probably wanted.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from apimart_video._request.family import Body, Family, ModeInputs, conflict, listed
from apimart_video._types import Mode, Violation

IMAGE_FIELDS = ("image_urls", "image_with_roles")
INPUT_FIELDS = (*IMAGE_FIELDS, "video_urls")


def _is_last_frame(entry: object) -> bool:
    return isinstance(entry, Mapping) and entry.get("role", None) == "last_frame"


def conflicts(body: Body) -> Iterator[Violation]:
    present = set(body)
    if "prompt" not in present and not present & set(INPUT_FIELDS):
        yield conflict(
            "prompt",
            body,
            "is required in text-to-video mode (no image_urls, image_with_roles or video_urls)",
            "call text_to_video(prompt), or pass an image or a video for image-to-video",
        )
    if {"image_urls", "image_with_roles"} <= present:
        yield conflict(
            "image_with_roles",
            body,
            "cannot be combined with image_urls (use one or the other)",
            "for a first and a last frame call "
            "first_last_frame_to_video(first_frame_url, last_frame_url)",
        )
    if "video_urls" in present:
        for other in (*IMAGE_FIELDS, "audio_url"):
            if other in present:
                audio_hint = (
                    " or image_with_audio(image_url, audio_url)" if other == "audio_url" else ""
                )
                yield conflict(
                    other,
                    body,
                    f"cannot be combined with video_urls (video continuation uses only the "
                    f"video{'' if other != 'audio_url' else ' and takes no audio'})",
                    "to extend a video call continue_video(video_url) with nothing else; "
                    f"to animate an image call first_frame_to_video(image_url){audio_hint}",
                )
    if "audio_url" in present:
        roles = body.get("image_with_roles")
        has_last_frame = len(listed(body, "image_urls")) > 1 or (
            isinstance(roles, list) and any(_is_last_frame(entry) for entry in roles)
        )
        if has_last_frame:
            yield conflict(
                "audio_url",
                body,
                "cannot be combined with a last frame: driving audio takes a single first frame",
                "call image_with_audio(image_url, audio_url) for an image moved by audio, or "
                "first_last_frame_to_video(first_frame_url, last_frame_url) without audio",
            )
    roles = body.get("image_with_roles")
    if isinstance(roles, list):
        objects = [entry for entry in roles if isinstance(entry, Mapping)]
        first_frames = sum(1 for entry in objects if not _is_last_frame(entry))
        last_frames = sum(
            1 for entry in roles if _is_last_frame(entry) or not isinstance(entry, Mapping)
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
            yield conflict(
                "image_with_roles", body, f"holds {last_frames} last frames; at most one"
            )


def mode_of(body: Body) -> Mode:
    if "video_urls" in body:
        return Mode.CONTINUATION
    if "image_urls" in body:
        has_last_frame = len(body["image_urls"]) == 2
    elif "image_with_roles" in body:
        has_last_frame = any(_is_last_frame(entry) for entry in body["image_with_roles"])
    else:
        return Mode.TEXT_TO_VIDEO
    if has_last_frame:
        return Mode.FIRST_LAST_FRAME
    return Mode.IMAGE_WITH_AUDIO if "audio_url" in body else Mode.FIRST_FRAME


def ignored(body: Body, mode: Mode) -> Iterator[str]:
    if "size" in body and mode is not Mode.TEXT_TO_VIDEO:
        yield (
            f"size={body['size']!r} is ignored in {mode.value} mode: the API takes the aspect "
            "ratio from the input image or video"
        )
    if mode is Mode.CONTINUATION and len(body["video_urls"]) > 1:
        yield f"only the first of {len(body['video_urls'])} video_urls is used"


def _audio(inputs: ModeInputs) -> dict[str, str]:
    return {} if inputs.audio is None else {"audio_url": inputs.audio}


FAMILY = Family(
    name="wan2.7",
    mode_of=mode_of,
    conflicts=conflicts,
    ignored=ignored,
    writers={
        Mode.TEXT_TO_VIDEO: _audio,
        Mode.FIRST_FRAME: lambda inputs: {"image_urls": [inputs.first_frame], **_audio(inputs)},
        Mode.FIRST_LAST_FRAME: lambda inputs: {
            "image_urls": [inputs.first_frame, inputs.last_frame]
        },
        Mode.CONTINUATION: lambda inputs: {"video_urls": [inputs.video]},
        Mode.IMAGE_WITH_AUDIO: lambda inputs: {
            "image_urls": [inputs.first_frame],
            **_audio(inputs),
        },
    },
)
