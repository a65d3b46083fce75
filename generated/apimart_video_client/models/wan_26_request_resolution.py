from typing import Literal

Wan26RequestResolution = Literal["1080p", "720p"]

WAN_26_REQUEST_RESOLUTION_VALUES: set[Wan26RequestResolution] = {
    "1080p",
    "720p",
}


def check_wan_26_request_resolution(value: str) -> Wan26RequestResolution:
    if value in WAN_26_REQUEST_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WAN_26_REQUEST_RESOLUTION_VALUES!r}"
    )
