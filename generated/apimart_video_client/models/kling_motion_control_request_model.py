from typing import Literal

KlingMotionControlRequestModel = Literal[
    "kling-v2-6-motion-control", "kling-v3-motion-control"
]

KLING_MOTION_CONTROL_REQUEST_MODEL_VALUES: set[KlingMotionControlRequestModel] = {
    "kling-v2-6-motion-control",
    "kling-v3-motion-control",
}


def check_kling_motion_control_request_model(
    value: str,
) -> KlingMotionControlRequestModel:
    if value in KLING_MOTION_CONTROL_REQUEST_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KLING_MOTION_CONTROL_REQUEST_MODEL_VALUES!r}"
    )
