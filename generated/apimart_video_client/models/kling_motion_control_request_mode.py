from typing import Literal

KlingMotionControlRequestMode = Literal["pro", "std"]

KLING_MOTION_CONTROL_REQUEST_MODE_VALUES: set[KlingMotionControlRequestMode] = {
    "pro",
    "std",
}


def check_kling_motion_control_request_mode(
    value: str,
) -> KlingMotionControlRequestMode:
    if value in KLING_MOTION_CONTROL_REQUEST_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_MOTION_CONTROL_REQUEST_MODE_VALUES!r}"
    )
