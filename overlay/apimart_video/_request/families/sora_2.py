"""sora-2: `1024p` and `1080p` need `sora-2-pro`; one image at most (character creation is not
part of this contract)."""

from __future__ import annotations

from collections.abc import Iterator

from apimart_video._request.family import Body, Family, conflict, has, size_of
from apimart_video._types import Mode, Violation

PRO = "sora-2-pro"
PRO_RESOLUTIONS = ("1024p", "1080p")


def conflicts(body: Body) -> Iterator[Violation]:
    wanted = next((value for value in PRO_RESOLUTIONS if has(body, "resolution", value)), None)
    if wanted is not None and not has(body, "model", PRO):
        yield conflict(
            "resolution",
            body,
            f"{wanted!r} needs model {PRO!r} ({body.get('model')!r} renders '720p' only)",
            f"use model={PRO!r}, or resolution='720p'",
        )


def mode_of(body: Body) -> Mode:
    return Mode.FIRST_FRAME if size_of(body, "image_urls") else Mode.TEXT_TO_VIDEO


FAMILY = Family(
    name="sora-2",
    mode_of=mode_of,
    conflicts=conflicts,
    writers={
        Mode.TEXT_TO_VIDEO: lambda inputs: {},
        Mode.FIRST_FRAME: lambda inputs: {"image_urls": [inputs.first_frame]},
    },
)
