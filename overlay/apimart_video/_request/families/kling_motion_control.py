"""kling motion control: a character image moved like a reference video; no cross-field rules.

The reference video's length (3-10 s with `character_orientation` `image`, 3-30 s with
`video`) is measured by the API when it fetches the file, so nothing here can check it.
"""

from __future__ import annotations

from apimart_video._request.family import Body, Family
from apimart_video._types import Mode


def mode_of(body: Body) -> Mode:
    return Mode.MOTION_CONTROL


FAMILY = Family(
    name="kling-motion-control",
    mode_of=mode_of,
    writers={},
    extra_modes=(Mode.MOTION_CONTROL,),
)
