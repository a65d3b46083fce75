"""Mode builders: the request body of each documented use, from the caller's words.

Only what the caller gave is put in the body (plus `model`): the API's defaults stay the
API's. The body is then checked by `check_request` like any other.
"""

from __future__ import annotations

import os
from typing import Any, Unpack

from apimart_video._request.rules import MODEL
from apimart_video._request.spec_values import AspectRatio, GenerateFields, Resolution, VideoOptions

__all__ = [
    "AspectRatio",
    "GenerateFields",
    "Resolution",
    "VideoOptions",
    "continue_video",
    "first_frame_to_video",
    "first_last_frame_to_video",
    "image_with_audio",
    "text_to_video",
]

# The types come from the spec (`_spec`, written by `make generate`): `VideoOptions` holds
# the fields every mode takes, `GenerateFields` adds those that select the mode.


def _body(**fields: Any) -> dict[str, Any]:
    return {"model": MODEL, **{name: value for name, value in fields.items() if value is not None}}


def text_to_video(
    prompt: str, *, audio_url: str | None = None, **options: Unpack[VideoOptions]
) -> dict[str, Any]:
    """Text-to-video; `audio_url` is background music."""
    return _body(prompt=prompt, audio_url=audio_url, **options)


def first_frame_to_video(
    image_url: str | os.PathLike[str],
    *,
    prompt: str | None = None,
    audio_url: str | None = None,
    **options: Unpack[VideoOptions],
) -> dict[str, Any]:
    """The image becomes the first frame; `audio_url`, if given, drives the motion."""
    return _body(prompt=prompt, image_urls=[image_url], audio_url=audio_url, **options)


def first_last_frame_to_video(
    first_frame_url: str | os.PathLike[str],
    last_frame_url: str | os.PathLike[str],
    *,
    prompt: str | None = None,
    **options: Unpack[VideoOptions],
) -> dict[str, Any]:
    """The video runs from the first frame to the last frame."""
    return _body(prompt=prompt, image_urls=[first_frame_url, last_frame_url], **options)


def continue_video(
    video_url: str, *, prompt: str | None = None, **options: Unpack[VideoOptions]
) -> dict[str, Any]:
    """Continues the video (mp4/mov, 2-10 s)."""
    return _body(prompt=prompt, video_urls=[video_url], **options)


def image_with_audio(
    image_url: str | os.PathLike[str],
    audio_url: str,
    *,
    prompt: str | None = None,
    **options: Unpack[VideoOptions],
) -> dict[str, Any]:
    """The image moves to the driving audio (wav/mp3, 2-30 s)."""
    return _body(prompt=prompt, image_urls=[image_url], audio_url=audio_url, **options)
