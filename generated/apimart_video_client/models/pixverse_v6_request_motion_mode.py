from typing import Literal

PixverseV6RequestMotionMode = Literal["normal"]

PIXVERSE_V6_REQUEST_MOTION_MODE_VALUES: set[PixverseV6RequestMotionMode] = {
    "normal",
}


def check_pixverse_v6_request_motion_mode(value: str) -> PixverseV6RequestMotionMode:
    if value in PIXVERSE_V6_REQUEST_MOTION_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PIXVERSE_V6_REQUEST_MOTION_MODE_VALUES!r}"
    )
