"""wan2.6-i2v-flash: one first-frame image, required; `audio_url` is ignored when `audio` is false.

No cross-field rule refuses a body; the soundtrack that `audio: false` silences is warned
about.
"""

from __future__ import annotations

from collections.abc import Iterator

from apimart_video._request.family import Body, Family, ModeInputs, has
from apimart_video._types import Mode


def mode_of(body: Body) -> Mode:
    silent = has(body, "audio", False)  # the soundtrack is then ignored
    return Mode.IMAGE_WITH_AUDIO if "audio_url" in body and not silent else Mode.FIRST_FRAME


def ignored(body: Body, mode: Mode) -> Iterator[str]:
    if "audio_url" in body and has(body, "audio", False):
        yield "audio_url is ignored with audio=false (a silent video): drop one of the two"


def _audio(inputs: ModeInputs) -> dict[str, str]:
    return {} if inputs.audio is None else {"audio_url": inputs.audio}


FAMILY = Family(
    name="wan2.6-i2v-flash",
    mode_of=mode_of,
    ignored=ignored,
    writers={
        Mode.FIRST_FRAME: lambda inputs: {"image_urls": [inputs.first_frame], **_audio(inputs)},
        Mode.IMAGE_WITH_AUDIO: lambda inputs: {
            "image_urls": [inputs.first_frame],
            **_audio(inputs),
        },
    },
)
