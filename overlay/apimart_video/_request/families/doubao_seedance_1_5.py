"""doubao-seedance-1.5: as 1.0 (first frame, or first and last, in one of two image fields)."""

from __future__ import annotations

from apimart_video._request.families._frames import frame_conflicts, frames_mode
from apimart_video._request.family import Family
from apimart_video._types import Mode

FAMILY = Family(
    name="doubao-seedance-1.5",
    mode_of=frames_mode,
    conflicts=frame_conflicts,
    writers={
        Mode.TEXT_TO_VIDEO: lambda inputs: {},
        Mode.FIRST_FRAME: lambda inputs: {"image_urls": [inputs.first_frame]},
        Mode.FIRST_LAST_FRAME: lambda inputs: {
            "image_urls": [inputs.first_frame, inputs.last_frame]
        },
    },
)
