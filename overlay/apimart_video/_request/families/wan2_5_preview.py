"""wan2.5-preview: text-to-video needs a prompt; at 480p, `size` 4:3 and 3:4 are refused.

The spec's `Wan25PreviewRequest` states both in `allOf`; here they get their messages and
the way out. `size` with an image is warned about (the image decides the ratio).
"""

from __future__ import annotations

from collections.abc import Iterator

from apimart_video._request.family import Body, Family, ModeInputs, conflict, has
from apimart_video._types import Mode, Violation

LOW_RESOLUTION = "480p"
NOT_AT_LOW_RESOLUTION = ("4:3", "3:4")


def conflicts(body: Body) -> Iterator[Violation]:
    if "prompt" not in body and "image_urls" not in body:
        yield conflict(
            "prompt",
            body,
            "is required in text-to-video mode (no image_urls)",
            "call text_to_video(prompt, model='wan2.5-preview'), or pass image_urls for "
            "image-to-video",
        )
    size = body.get("size")
    if has(body, "resolution", LOW_RESOLUTION) and size in NOT_AT_LOW_RESOLUTION:
        yield conflict(
            "size",
            body,
            f"{size!r} is not available at resolution '480p' (only 16:9, 9:16 and 1:1)",
            "pick size '16:9', '9:16' or '1:1', or resolution '720p' or '1080p'",
        )


def mode_of(body: Body) -> Mode:
    if "image_urls" not in body:
        return Mode.TEXT_TO_VIDEO
    return Mode.IMAGE_WITH_AUDIO if "audio_url" in body else Mode.FIRST_FRAME


def ignored(body: Body, mode: Mode) -> Iterator[str]:
    if "size" in body and mode is not Mode.TEXT_TO_VIDEO:
        yield (
            f"size={body['size']!r} is ignored in {mode.value} mode: the image decides the "
            "aspect ratio"
        )


def _audio(inputs: ModeInputs) -> dict[str, str]:
    return {} if inputs.audio is None else {"audio_url": inputs.audio}


FAMILY = Family(
    name="wan2.5-preview",
    mode_of=mode_of,
    conflicts=conflicts,
    ignored=ignored,
    writers={
        Mode.TEXT_TO_VIDEO: _audio,
        Mode.FIRST_FRAME: lambda inputs: {"image_urls": [inputs.first_frame], **_audio(inputs)},
        Mode.IMAGE_WITH_AUDIO: lambda inputs: {
            "image_urls": [inputs.first_frame],
            **_audio(inputs),
        },
    },
)
