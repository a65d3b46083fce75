"""Mode builders: the request body of each documented use, from the caller's words.

Only what the caller gave is put in the body (plus `model`): the API's defaults stay the
API's. Each family's rules file says where its inputs go (a first frame is `image_urls[0]`
for wan2.7, `first_frame_image` for Hailuo); a family without the mode, or with nowhere to
put an input, is refused with the modes it has. The body is then checked by
`check_request` like any other.
"""

from __future__ import annotations

import os
from typing import Any, Unpack

from apimart_video._config import DEFAULT_MODEL
from apimart_video._exceptions import InvalidRequestError
from apimart_video._request.inputs import ModeInputs
from apimart_video._request.spec_values import AspectRatio, GenerateFields, Resolution, VideoOptions
from apimart_video._types import Mode

__all__ = [
    "AspectRatio",
    "GenerateFields",
    "Resolution",
    "VideoOptions",
    "build",
    "continue_video",
    "first_frame_to_video",
    "first_last_frame_to_video",
    "image_with_audio",
    "text_to_video",
]

# The types come from the spec (`spec_values`, written by `make generate`): `VideoOptions`
# holds every family's options, `GenerateFields` adds the fields that carry the inputs.


def build(
    mode: Mode, model: str, *, prompt: str | None, inputs: ModeInputs, options: dict[str, Any]
) -> dict[str, Any]:
    """The body that asks `model` for `mode`; `InvalidRequestError` if its family has none."""
    from apimart_video._request.families import family_of  # the rules load with a request
    from apimart_video._request.rules import unknown_model

    rules = family_of(model) if isinstance(model, str) else None
    if rules is None:
        raise InvalidRequestError([unknown_model(model)])
    written = rules.write(mode, inputs)
    fields = {"prompt": prompt, **written, **options}
    return {"model": model, **{name: value for name, value in fields.items() if value is not None}}


def text_to_video(
    prompt: str,
    *,
    model: str = DEFAULT_MODEL,
    audio_url: str | None = None,
    **options: Unpack[VideoOptions],
) -> dict[str, Any]:
    """Text-to-video; `audio_url` is background music (where the model takes one)."""
    inputs = ModeInputs(audio=audio_url)
    return build(Mode.TEXT_TO_VIDEO, model, prompt=prompt, inputs=inputs, options=dict(options))


def first_frame_to_video(
    image_url: str | os.PathLike[str],
    *,
    model: str = DEFAULT_MODEL,
    prompt: str | None = None,
    audio_url: str | None = None,
    **options: Unpack[VideoOptions],
) -> dict[str, Any]:
    """The image becomes the first frame; `audio_url`, if given, drives the motion."""
    inputs = ModeInputs(first_frame=image_url, audio=audio_url)
    mode = Mode.FIRST_FRAME
    return build(mode, model, prompt=prompt, inputs=inputs, options=dict(options))


def first_last_frame_to_video(
    first_frame_url: str | os.PathLike[str],
    last_frame_url: str | os.PathLike[str],
    *,
    model: str = DEFAULT_MODEL,
    prompt: str | None = None,
    **options: Unpack[VideoOptions],
) -> dict[str, Any]:
    """The video runs from the first frame to the last frame."""
    inputs = ModeInputs(first_frame=first_frame_url, last_frame=last_frame_url)
    mode = Mode.FIRST_LAST_FRAME
    return build(mode, model, prompt=prompt, inputs=inputs, options=dict(options))


def continue_video(
    video_url: str,
    *,
    model: str = DEFAULT_MODEL,
    prompt: str | None = None,
    **options: Unpack[VideoOptions],
) -> dict[str, Any]:
    """Continues the video (wan2.7: mp4/mov, 2-10 s)."""
    inputs = ModeInputs(video=video_url)
    return build(Mode.CONTINUATION, model, prompt=prompt, inputs=inputs, options=dict(options))


def image_with_audio(
    image_url: str | os.PathLike[str],
    audio_url: str,
    *,
    model: str = DEFAULT_MODEL,
    prompt: str | None = None,
    **options: Unpack[VideoOptions],
) -> dict[str, Any]:
    """The image moves to the driving audio (wan2.7: wav/mp3, 2-30 s)."""
    inputs = ModeInputs(first_frame=image_url, audio=audio_url)
    mode = Mode.IMAGE_WITH_AUDIO
    return build(mode, model, prompt=prompt, inputs=inputs, options=dict(options))
