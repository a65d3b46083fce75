from typing import Literal

KlingMotionControlRequestKeepOriginalSound = Literal["no", "yes"]

KLING_MOTION_CONTROL_REQUEST_KEEP_ORIGINAL_SOUND_VALUES: set[
    KlingMotionControlRequestKeepOriginalSound
] = {
    "no",
    "yes",
}


def check_kling_motion_control_request_keep_original_sound(
    value: str,
) -> KlingMotionControlRequestKeepOriginalSound:
    if value in KLING_MOTION_CONTROL_REQUEST_KEEP_ORIGINAL_SOUND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_MOTION_CONTROL_REQUEST_KEEP_ORIGINAL_SOUND_VALUES!r}"
    )
