from typing import Literal

KlingMotionControlRequestCharacterOrientation = Literal["image", "video"]

KLING_MOTION_CONTROL_REQUEST_CHARACTER_ORIENTATION_VALUES: set[
    KlingMotionControlRequestCharacterOrientation
] = {
    "image",
    "video",
}


def check_kling_motion_control_request_character_orientation(
    value: str,
) -> KlingMotionControlRequestCharacterOrientation:
    if value in KLING_MOTION_CONTROL_REQUEST_CHARACTER_ORIENTATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_MOTION_CONTROL_REQUEST_CHARACTER_ORIENTATION_VALUES!r}"
    )
