from typing import Literal

Wan26RequestShotType = Literal["multi", "single"]

WAN_26_REQUEST_SHOT_TYPE_VALUES: set[Wan26RequestShotType] = {
    "multi",
    "single",
}


def check_wan_26_request_shot_type(value: str) -> Wan26RequestShotType:
    if value in WAN_26_REQUEST_SHOT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_26_REQUEST_SHOT_TYPE_VALUES!r}"
    )
