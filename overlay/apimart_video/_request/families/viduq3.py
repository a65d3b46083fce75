"""viduq3 and viduq3-mix: reference images only; viduq3 from 3 s, viduq3-mix without `540p`."""

from __future__ import annotations

from collections.abc import Iterator

from apimart_video._request.family import Body, Family, conflict, has, number
from apimart_video._types import Mode, Violation

MIX = "viduq3-mix"


def conflicts(body: Body) -> Iterator[Violation]:
    duration = number(body, "duration")
    if has(body, "model", "viduq3") and duration is not None and duration < 3:
        yield conflict(
            "duration",
            body,
            "must be at least 3 with model 'viduq3' (1 and 2 seconds need viduq3-mix)",
            f"use duration=3 or more, or model={MIX!r}",
        )
    if has(body, "model", MIX) and has(body, "resolution", "540p"):
        yield conflict(
            "resolution",
            body,
            f"cannot be '540p' with model {MIX!r} (it renders 720p or 1080p)",
            "use resolution='720p' or '1080p', or model='viduq3'",
        )


FAMILY = Family(
    name="viduq3",
    mode_of=lambda body: Mode.REFERENCE_TO_VIDEO,
    conflicts=conflicts,
    writers={},
    extra_modes=(Mode.REFERENCE_TO_VIDEO,),
)
